"""Session 10, exam findings: the exam asked leave for, the limb placed before its findings, the skin of the
limb examined. Sentences written for these tests, in the ways several authors would say them."""

import pytest

from tests.fact_readers import findings, has

# -- asking leave to examine opens the exam, as "let me" does


@pytest.mark.parametrize(
    "ask",
    [
        "Can I look in your ears with my light?",
        "Mind if I have a look at your throat?",
        "Could I take a quick look in your mouth?",
        "Is it okay if I check your ears?",
    ],
)
def test_asking_leave_opens_the_exam(ask):
    got = findings(ask, "Okay. Throat is a little red, the left ear looks fine.")
    assert has(got, ("erythema", "red"), site="throat", normal="no")


@pytest.mark.parametrize("ask", ["Can I look at your chart?", "Could I see your medication list?"])
def test_asking_for_records_opens_nothing(ask):
    assert not findings(ask, "You had some swelling at the last visit, the list says.")


# -- a limb placed before its findings: what follows is on that limb


@pytest.mark.parametrize(
    "exam",
    [
        "Let me look. So on the left lower leg, there's redness over the shin. The calf is soft. Pulses in the "
        "foot are good.",
        "Let me look. On your left lower leg there's redness on the front of the shin. Calf is soft, pulses in "
        "the foot are good.",
        "Let me have a look at your left leg. There's redness over the shin. The calf is soft. Pulses in the foot "
        "good.",
    ],
)
def test_parts_of_the_limb_placed_take_its_side(exam):
    got = findings(exam)
    assert has(got, "redness", site="shin", side="left")
    assert has(got, "soft", site="calf", side="left")
    assert has(got, ("normal", "pulse"), site="foot", side="left")


def test_the_whole_arm_holds_the_forearm():
    got = findings("Let me look at your right arm. There's a bruise on the forearm. The wrist is not tender.")
    assert has(got, "bruise", site="forearm", side="right")
    assert has(got, "tender", site="wrist", side="right", normal="yes")


def test_a_limb_placed_does_not_side_the_throat():
    got = findings("Let me look. On the right forearm there's a bruise. Your throat is red.")
    assert has(got, "bruise", site="forearm", side="right")
    assert has(got, "erythema", site="throat", side="")


# -- the skin of the limb examined


def test_the_skin_of_the_feet_is_both_sides():
    got = findings("Let me see your feet. Skin is intact, no ulcers.")
    assert has(got, "skin intact", site="feet", side="bilateral", normal="yes")
    assert has(got, "ulcer", site="feet", side="bilateral", normal="yes")


def test_the_skin_of_one_foot_is_that_side():
    assert has(findings("Let me look at your left foot. The skin is dry."), "dry skin", site="foot", side="left")


def test_the_skin_of_the_back_has_no_side():
    assert has(findings("Let me look at your back. The skin is dry."), "dry", site="skin", side="")


# -- a function and its grade with no verb between, as dictated


@pytest.mark.parametrize(
    "said", ["Pedal pulses good.", "Radial pulse strong.", "Pulses palpable bilaterally.", "Range of motion full."]
)
def test_telegraphic_function_and_grade(said):
    assert has(findings("Let me look. " + said), ("pulse", "range of motion"), normal="yes")


# -- the eyes move together; a finding said again without its side is the one charted with it


def test_eye_movements_are_both_eyes_in_a_visit_about_one_eye():
    got = findings("Let me examine you. The left eye doesn't close fully. Eye movements are full.")
    assert has(got, "eye movements", side="bilateral", normal="yes")


def test_a_finding_recapped_without_its_side_is_not_charted_twice():
    got = findings(
        "Let me look. The right eardrum is red and bulging.", "With a bulging eardrum like that, I'd treat it."
    )
    assert [f for f in got if "bulging" in f[0]] == [("bulging", "tympanic membrane", "right", "no")]


# -- the whole person as they seem, said to them or of them while examined


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("And you seem pretty flat today, a little teary.", "flat affect"),
        ("And you seem pretty flat today, a little teary.", "tearful"),
        ("You look a bit anxious.", "appears anxious"),
        ("So he's alert and playful.", "alert"),
        ("You're alert, you know where you are.", "oriented"),
    ],
)
def test_how_the_person_seems(said, name):
    got = findings("Let me have a look at you. Lungs are clear. " + said)
    assert has(got, name, side="")


def test_the_person_seeming_well_is_normal_and_sideless_in_a_visit_about_one_knee():
    got = findings("Let me look at your right knee. It's swollen. You're alert and oriented, you know where you are.")
    assert has(got, "alert", side="", normal="yes")


@pytest.mark.parametrize("said", ["She looks a bit anxious about the shots.", "He's nervous to get on the table."])
def test_worry_about_something_is_no_finding(said):
    assert not has(findings("Let me have a look. " + said), "anxious")
