"""A monofilament test told to the patient ("you're not feeling it on the left big toe", "feeling with the
little nylon is normal") is sensation reduced or normal; pulses the clinician says they can feel are
palpable. A question, a symptom ("feeling less tired") and pulses not felt are never charted as found."""

from engine.types import FactKind
from tests.fact_readers import facts

_LOOK = "Okay, shoes and socks off, let me look at your feet."


def _exam(*said):
    """(name, site, laterality, normal) of the exam findings after a clinician's turns in a foot exam."""
    turns = [_LOOK, "Okay."]
    for s in said:
        turns += [s, "Okay."]
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in facts(*turns)
        if f.kind == FactKind.exam
    ]


def test_not_felt_on_a_named_toe_is_reduced_sensation_there():
    got = _exam("So you're not feeling it on the left big toe.")
    assert ("reduced sensation", "great toe", "left", "no") in got


def test_feeling_less_on_a_foot_is_reduced_sensation():
    got = _exam("Now this nylon thread, tell me when you feel it.", "On the left foot, you're feeling less.")
    assert ("reduced sensation", "foot", "left", "no") in got


def test_missed_spots_are_reduced_sensation():
    got = _exam("Left foot you missed the big toe and the ball of the foot.")
    assert any(n == "reduced sensation" and side == "left" and ok == "no" for n, _, side, ok in got)


def test_feeling_with_the_monofilament_is_sensation():
    got = _exam("Feeling with the monofilament is normal in both feet.")
    assert ("normal sensation", "feet", "bilateral", "yes") in got


def test_felt_everywhere_is_normal_sensation():
    got = _exam("You can feel the monofilament everywhere in both feet, so the feeling is normal.")
    assert any(n == "normal sensation" and ok == "yes" for n, _, _, ok in got)


def test_pulses_the_clinician_can_feel_are_palpable():
    assert ("palpable pulses", "feet", "bilateral", "yes") in _exam("I can feel the pulses in both feet.")
    assert ("palpable pulses", "feet", "bilateral", "yes") in _exam("Pulses I can feel on both feet.")


def test_a_question_or_a_symptom_is_no_finding():
    got = _exam("Can you feel this?", "You're feeling less tired now?")
    assert not [g for g in got if "sensation" in g[0]]


def test_pulses_not_felt_are_never_palpable():
    got = _exam("I can't feel the pulses in the left foot.")
    assert not [g for g in got if g[0] == "palpable pulses" or (g[0].endswith("pulses") and g[3] == "yes")]


def test_hands_held_out_are_the_part_examined():
    assert ("no tremor", "hands", "bilateral", "yes") in _exam("Hold your hands out for me... no tremor.")


def test_a_question_about_the_hands_held_out_is_no_finding():
    assert _exam("Hold your hands out for me. Any shaking in them at home?") == []
