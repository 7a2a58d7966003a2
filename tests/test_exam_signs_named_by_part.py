"""Findings said in the words a patient is told, named as a note names them on that part: "no fluid in the
belly" is no ascites, "no white spots" on the throat no exudate, "spider naevi ... the little red spots" one
finding, "not working hard to breathe" no increased work of breathing; "the top of the tummy" is the
epigastrium and "the pinky side of your left palm" the left palm's ulnar side. A side said of long-ago
history ("right knee, ten years ago") is not the side the visit is about, and the examiner's instruction
("bend just the tip") is no finding."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    """(name, site, laterality, normal) of the exam findings of the turns (clinician first)."""
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in facts(*turns)
        if f.kind == FactKind.exam
    ]


def test_fluid_in_the_belly_is_ascites():
    got = _exam("Lie back for me. The belly is soft and there's no fluid in the belly.", "Okay.")
    assert ("no ascites", "abdomen", "", "yes") in got


def test_fluid_in_a_joint_stays_an_effusion():
    got = _exam("Let me examine the knee. There's some fluid in the knee.", "Okay.")
    assert any(n == "effusion" and s == "knee" for n, s, *_ in got)
    assert not any("ascites" in n for n, *_ in got)


def test_white_spots_on_the_throat_are_exudate():
    got = _exam("Open big for me. Her throat is a little red, no white spots on the throat.", "Okay.")
    assert ("no exudate", "throat", "", "yes") in got


def test_spider_naevi_and_their_gloss_are_one_finding():
    got = _exam("Let me have a look. I can see a couple of spider naevi on your chest there, the little red spots.")
    assert ("spider naevi", "chest", "", "no") in got
    assert not any(n == "red spots" for n, *_ in got)


def test_not_working_hard_to_breathe():
    got = _exam("Let me listen. Lungs are clear and she's not working hard to breathe.", "Okay.")
    assert ("no increased work of breathing", "chest", "", "yes") in got


def test_top_of_the_tummy_is_the_epigastrium():
    got = _exam("Lie back on the couch. Tender at the top of the tummy.", "Ow.")
    assert ("tenderness", "epigastrium", "", "no") in got


def test_pinky_side_of_the_palm():
    got = _exam("Let's take a look. You've got a laceration on the pinky side of your left palm.", "Okay.")
    assert ("laceration", "ulnar palm", "left", "no") in got


def test_a_long_ago_side_is_not_the_visits():
    got = _exam(
        "Which hand?",
        "Left. The outside edge of my palm.",
        "Any surgeries?",
        "Just a knee scope. Right knee, like ten years ago.",
        "Let's take a look. A laceration on your left palm. Sensation's normal. No swelling over the hand.",
        "Okay.",
    )
    assert ("no swelling", "hand", "left", "yes") in got
    assert not any(side == "right" for _n, _s, side, _ in got)


def test_an_instruction_to_bend_is_no_limited_movement():
    got = _exam("Let's take a look. Push your fingers against my hand and bend just the tip. Good.", "Okay.")
    assert not any(n.startswith("limited") for n, *_ in got)
    still = _exam("Let me examine the knee. The right knee bends only to about ninety degrees.", "Okay.")
    assert ("limited flexion", "knee", "right", "no") in still


def test_fluid_asked_about_is_not_charted():
    # a question about fluid is no finding of it
    got = _exam("Have you noticed any fluid in your belly?", "No.")
    assert not any("ascites" in n for n, *_ in got)


def test_neck_veins_up_is_jugular_venous_distension():
    # told in lay words, the sign in the spelling the annotated notes use
    got = _exam("Let me take a look. Your neck veins are up, I'd say about ten centimeters.", "Okay.")
    assert ("jugular venous distension", "neck", "", "no") in got
    flat = _exam("Let me examine you. No distended neck veins. Lungs are clear.", "Okay.")
    assert ("no jugular venous distension", "neck", "", "yes") in flat


def test_neck_veins_looking_normal_is_no_distention():
    got = _exam("Let me examine you. Your neck veins look normal.", "Okay.")
    assert not any(n.startswith("jugular venous disten") for n, *_ in got)


def test_pus_on_the_throat_is_exudate():
    got = _exam("Say ah. The throat is a bit red but there's no pus on the throat.", "Okay.")
    assert ("no exudate", "throat", "", "yes") in got
