"""Exam findings said the ways many clinicians say them (session 12 probes): a tender spot answered by how much
it hurts ("a bit", "a touch", "slightly"), British "movement" graded like range of motion, pain on straight leg
raise, and the smaller part said before the larger one ("the big toe on the right foot"); advice and a bowel
movement are no exam. Sentences written for these tests."""

import pytest
from fact_readers import exam, facts, findings, has

C, P = "clinician", "patient"


@pytest.mark.parametrize(
    ("turns", "words", "site", "side", "normal"),
    [
        # British "movement", graded like range of motion
        (
            ["Let me look at your shoulder. There's reduced movement in the left shoulder."],
            "reduced movement",
            "shoulder",
            "left",
            "no",
        ),
        (
            ["Let me move your hip. Movement is restricted in the right hip."],
            "restricted movement",
            "hip",
            "right",
            "no",
        ),
        (["Let me examine your neck. Full movement in the neck."], "full movement", "neck", "", "yes"),
        # pain on straight leg raise, on the side said after it
        (
            ["Let me examine you. There's pain on straight leg raise on the right."],
            "straight leg raise",
            None,
            "right",
            "no",
        ),
        (
            ["Let me examine your back. Pain on straight leg raise on the left at about forty degrees."],
            "straight leg raise",
            None,
            "left",
            "no",
        ),
        # the smaller part said first, on the larger part's side
        (
            ["Shoes and socks off please. The big toe on the right foot is red and swollen."],
            "swelling",
            "toe",
            "right",
            "no",
        ),
        (["Let me see your hands. The knuckle on the left hand is swollen."], "swelling", "knuckle", "left", "no"),
        (["Shoes and socks off. The heel on the right foot is tender."], "tender", "heel", "right", "no"),
    ],
)
def test_finding(turns, words, site, side, normal):
    got = exam(facts(*turns))
    assert has(got, words, site=site, side=side, normal=normal), got


@pytest.mark.parametrize(
    "turns",
    [
        ["Let me press on your tummy. Any tenderness here?", "A bit, yeah.", "Okay."],
        ["Let me feel your tummy. Is that tender?", "Bit tender, yeah.", "Okay."],
        ["I'm going to press on your back. Does that hurt?", "Mm, a touch.", "Right."],
        ["Let me press here on the right. Any pain?", "Slightly.", "Okay."],
    ],
)
def test_how_much_it_hurts_is_a_yes(turns):
    got = exam(facts(*turns))
    assert has(got, "tender", normal="no"), got


def test_the_skin_on_a_leg_is_the_legs():
    assert has(findings("Let me examine you. The skin on the right leg is red."), "erythema", "leg", "right")


@pytest.mark.parametrize(
    ("turns", "words"),
    [
        # advice, not the patient placed for the exam
        (
            [
                (C, "Try not to lie flat after meals, and prop the bed up."),
                (C, "Your tummy may feel tender for a while."),
            ],
            "tender",
        ),
        ([(C, "When the panic comes on, breathe in and out slowly."), (C, "Your chest may feel tight.")], "tight"),
        # a bowel movement is not movement of a joint
        (["Lie down for me.", "Okay.", "Any bowel movement today?", "No, not since yesterday."], "movement"),
        # the patient's complaint, a relative's, a past visit's
        (["What brings you in?", "My left ankle's been swollen for three days and it's really tender."], "swell"),
        (["How's your son?", "His ear was red and bulging, the doctor said."], "bulging"),
        (["Last time you were here your chest had some crackles. Let me listen now. That's clear today."], "crackles"),
        ([(C, "If the knee gets swollen or red, come back and we'll drain it.")], "swelling"),
    ],
)
def test_not_a_finding(turns, words):
    got = exam(facts(*turns))
    assert not has(got, words), got


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Does it hurt when I press here?", "A bit. Well, no, not really."),
        ("Does it hurt when I press here?", "A bit. No, actually, it is fine."),
        ("Any tenderness when I press on the ankle?", "A bit on the other side, not there."),
    ],
)
def test_a_yes_taken_back_or_moved_off_the_spot_is_no_finding_there(question, answer):
    from fact_readers import facts

    assert not [f for f in facts(question, answer) if f.kind.value == "exam"]
