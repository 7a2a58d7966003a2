"""Three spoken shapes of a normal exam: "when I look at your neck I don't see any jugular vein distention"
(opens like a question, tells what was seen), "I'm gon na quickly listen to your heart and lungs ... those sound
good" (the plural is every part listened to, and the adverb still starts the exam), and "jugular vein
distention" (the note's jugular venous distention). A real question ("when I press here does it hurt?") still
charts nothing, and a symptom the patient denies is no exam finding."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_when_i_look_then_what_was_seen():
    got = _exam(
        "Okay, let me examine you.",
        "Sure.",
        "when i look at your neck i do n't see any jugular vein distention and i'm gon na listen here real quick no "
        "i do n't hear any carotid bruits",
        "Okay.",
    )
    assert "no jugular venous distention (neck)" in got
    assert "no carotid bruits" in got
    assert "no masses (abdomen)" in _exam("when i press on your belly i do n't feel any masses", "okay")


def test_when_i_press_asked_is_no_finding():
    # the patient's "no" answers it: never a tenderness found
    got = _exam("Let me examine you.", "Sure.", "when i press on your belly is there any tenderness", "no")
    assert all(g.startswith("no ") for g in got)
    assert all(
        g.startswith("no ") for g in _exam("Let me examine you.", "Sure.", "when i press here does it hurt", "no")
    )


def test_those_sound_good_is_each_part_listened_to():
    got = _exam("i'm gon na just quickly listen to your heart and lungs okay those sound good", "okay")
    assert "normal (heart)" in got and any(g.startswith("normal (") and "lungs" in g for g in got)
    got = _exam("i'm going to quickly listen to your heart and lungs.", "okay.", "okay, those sound good.", "okay")
    assert "normal (heart)" in got


def test_one_part_listened_to_stays_that_part():
    got = _exam("let me listen to your lungs. they sound clear.", "okay")
    assert not any("heart" in g for g in got)


def test_jugular_vein_distention_named_as_the_note():
    # the note's "venous", in the spelling said
    got = _exam("Let me examine you.", "Sure.", "There is jugular vein distension up to the jaw.", "Okay.")
    assert any(g.startswith("jugular venous distension") for g in got)


def test_denied_symptom_is_no_finding():
    got = _exam("Any swelling in your neck?", "No, no swelling.", "Okay, any chest pain?", "No.")
    assert got == []
