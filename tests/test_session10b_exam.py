"""Session 10 (second round), exam findings: the side said before or after the part, a lung sound placed low
down, the parts of the mouth and scrotum. Sentences written for these tests, in the
ways several authors would say them."""

import pytest

from tests.fact_readers import findings, has

# -- a side that places the whole clause, said before the finding


@pytest.mark.parametrize(
    "said, side",
    [
        ("On the right side at the bottom I can hear crackles.", "right"),
        ("Over on the left I can hear a few crackles low down at the base.", "left"),
        ("On the left side, there are some crackles at the bottom.", "left"),
        ("I can hear crackles at the bottom on the right.", "right"),
        ("At the right base I hear crackles.", "right"),
    ],
)
def test_crackles_placed_low_on_one_side_are_that_lung_base(said, side):
    got = findings("Let me have a listen to your chest.", said)
    assert has(got, "crackles", site="lung base", side=side, normal="no"), got
    assert not has(got, "crackles", side="bilateral"), got


def test_no_crackles_at_the_bases_is_both_bases():
    got = findings("Let me listen. Lungs are clear, no crackles at the bases.")
    assert has(got, "no crackles", site="lung bases", side="bilateral", normal="yes"), got


def test_a_side_of_a_part_is_not_a_side_placing_the_clause():
    got = findings("Let me feel your neck. On the right side of the neck there's a small lump.")
    assert has(got, "lump", site="neck", normal="no"), got
    assert not has(got, "lump", side="right"), got


# -- the side said after a part named alone, before its states


@pytest.mark.parametrize(
    "said, site, side",
    [
        ("Okay, the big toe joint on the left, it's red, it's hot, it's real swollen.", "metatarsophalangeal", "left"),
        ("The ankle on the right side, it's a bit swollen.", "ankle", "right"),
        ("The knee on the left one, it's hot and swollen.", "knee", "left"),
    ],
)
def test_side_after_the_part_goes_to_its_states(said, site, side):
    got = findings("Let me have a look.", said)
    assert has(got, "swelling", site=site, side=side, normal="no"), got


@pytest.mark.parametrize(
    "said", ["The joint is hot and swollen.", "It's red, it's hot, and it's swollen.", "The joint is red and hot."]
)
def test_a_hot_joint_is_warmth(said):
    got = findings("Let me look at your right knee.", said)
    assert has(got, "warmth", normal="no"), got


def test_a_hot_room_is_no_finding():
    assert not has(findings("Let me examine you. It's hot in here today, sorry."), "warmth")


def test_the_big_toe_joint_is_the_first_mtp():
    got = findings("Let me look at your foot. The left big toe joint is red.")
    assert has(got, ("erythema", "red"), site="first metatarsophalangeal joint", side="left"), got


# -- parts of the mouth and the scrotum


@pytest.mark.parametrize(
    "said, side",
    [
        ("On the lower left gum there's a white patch.", "left"),
        ("There's a white patch on the right lower gum.", "right"),
    ],
)
def test_a_patch_on_one_gum(said, side):
    got = findings("Open up, let me look in your mouth.", said)
    assert has(got, "patch", site="gum", side=side, normal="no"), got


def test_testicles_have_sides():
    got = findings(
        "Let me examine you.",
        "On the right testicle there's a small nodule, no varicocele. The left testicle is normal.",
    )
    assert has(got, "nodule", site="testicle", side="right", normal="no"), got
    assert has(got, "normal", site="testicle", side="left", normal="yes"), got
