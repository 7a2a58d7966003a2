"""Exam findings said the ways batch 11's clinics say them (session 9), each with variants another author would use.

Every sentence here was written for these tests (none is copied from the annotated encounters).
"""

from __future__ import annotations

import pytest
from fact_readers import exam_of as exam
from fact_readers import normal, triples

from engine.name_matching import exam_list_item, same_exam_site, same_name


@pytest.mark.parametrize(
    "said",
    [
        "Let me listen. Your heart is regular but a little fast.",
        "Let me listen. Heart regular, a bit quick.",
        "Let me listen. The heart's fast but regular.",
        "Let me listen to your chest. Heart is rapid and regular.",
    ],
)
def test_a_heart_regular_and_fast_is_one_abnormal_finding(said):
    fs = exam(said)
    assert normal(fs).get("regular, fast") == "no"
    assert "regular" not in normal(fs) and "tachycardic" not in normal(fs)


def test_a_regular_heart_alone_stays_normal_and_a_fast_one_tachycardic():
    assert normal(exam("Let me listen. Your heart is regular."))["regular"] == "yes"
    assert normal(exam("Let me listen. Your heart is a bit fast."))["tachycardic"] == "no"
    # a denied pace is no "regular, fast"
    assert "regular, fast" not in normal(exam("Let me listen. Heart is regular, not fast."))


@pytest.mark.parametrize(
    "said",
    [
        "Shoes and socks off for me. The skin is dry on both feet.",
        "Okay, take your shoes and socks off. Skin's dry on both feet.",
        "Let's do the feet now. Skin is dry on both feet.",
        "Let me check you over. Skin's dry on both feet.",
    ],
)
def test_undressing_or_naming_the_part_opens_the_exam(said):
    assert ("dry", "feet", "bilateral") in triples(exam(said))


def test_a_referral_ends_the_exam():
    fs = exam(
        "Shoes off, let's do the feet. There's a callus on the right heel.", "Referrals: the eye clinic and podiatry."
    )
    assert {f.attributes["site"] for f in fs} == {"heel"}


@pytest.mark.parametrize(
    "said, site",
    [
        ("Let me have a look. No clubbing of the fingers.", "fingers"),
        ("Let me have a look. Fingernails look normal.", "fingernails"),
        ("Let me examine you. Power is five out of five in all four limbs.", "limbs"),
        ("Let me examine you. Strength is full in the upper limbs.", "upper limbs"),
    ],
)
def test_digits_nails_and_limbs_in_the_plural_are_both_sides(said, site):
    assert {(f.attributes["site"], f.attributes["laterality"]) for f in exam(said)} == {(site, "bilateral")}


@pytest.mark.parametrize(
    "said",
    [
        "Let me examine you. Reflexes are normal and symmetrical.",
        "Let me examine you. Reflexes normal and symmetric.",
        "Let me examine you. The reflexes are equal.",
    ],
)
def test_a_state_that_compares_the_sides_is_bilateral(said):
    fs = exam(said)
    assert fs and all(f.attributes["laterality"] == "bilateral" for f in fs)


@pytest.mark.parametrize(
    "said, name",
    [
        ("Let me examine you. Finger to nose is normal.", "normal finger to nose"),
        ("Let me examine you. Coordination finger nose is fine.", "normal finger nose"),
        ("Let me examine you. Heel to shin is normal.", "normal heel to shin"),
        ("let me examine you reflexes are normal finger nose is fine", "normal finger nose"),
    ],
)
def test_coordination_tests_said_by_name(said, name):
    fs = exam(said)
    assert name in normal(fs)
    assert not any(f.attributes["site"] == "nose" for f in fs)  # the test is no finding of the nose


@pytest.mark.parametrize(
    "said",
    [
        "Let me look. Chest: wheeze on both sides.",
        "Let me listen. Wheeze all over both sides.",
        "Let me listen to your chest. There's wheeze across both sides.",
    ],
)
def test_both_sides_said_after_the_finding(said):
    assert any(f.name == "wheeze" and f.attributes["laterality"] == "bilateral" for f in exam(said))


@pytest.mark.parametrize(
    "said, site",
    [
        ("Let me look at your left forearm. Full range of motion in all the fingers and wrist.", "fingers and wrist"),
        ("Let me look at your left forearm. Full range of motion in all of your fingers.", "fingers"),
        ("Let me examine the right knee. The calf is soft.", "calf"),
    ],
)
def test_a_part_further_out_on_the_limb_examined_takes_its_side(said, site):
    fs = exam(said)
    assert any(f.attributes["site"] == site and f.attributes["laterality"] in ("left", "right") for f in fs)


def test_a_part_of_a_limb_named_with_a_side_elsewhere_takes_none():
    # the whole leg is not further out than the knee; an ankle named after a sided knee finding stays unsided
    fs = exam("Let me examine you. Right knee is tender. The ankle looks normal.")
    assert [f.attributes["laterality"] for f in fs if f.attributes["site"] == "ankle"] == [""]


@pytest.mark.parametrize(
    "gold, got",
    [
        (("thyroid not enlarged", "neck"), ("not enlarged", "thyroid")),
        (("chest clear", "lungs"), ("clear", "chest")),
        (("eardrums normal", "ears"), ("normal", "tympanic membranes")),
        (("normal, pearly gray", "tympanic membranes"), ("normal tympanic membranes", "ears")),
        (("swollen turbinates", "nose"), ("swollen", "turbinates")),
    ],
)
def test_scoring_a_part_named_inside_the_other_finding_is_its_site(gold, got):
    assert same_exam_site(*gold, *got)


@pytest.mark.parametrize(
    "gold, got",
    [
        (("no tenderness", "abdomen"), ("no tenderness", "chest")),
        (("chest wall not tender", "chest"), ("no tenderness", "back")),
        (("swelling", "right ankle"), ("swelling", "knee")),
    ],
)
def test_scoring_another_part_is_still_another_site(gold, got):
    assert not same_exam_site(*gold, *got)


def test_scoring_nodes_felt_are_lymphadenopathy():
    assert same_name("no lymph nodes", "no lymphadenopathy")
    assert same_name("eardrum normal", "normal tympanic membrane")


@pytest.mark.parametrize(
    "said, found",
    [
        ("Let me examine you. Her lips aren't blue.", ("no cyanosis", "lips")),
        ("Let me examine you. His lips look a bit dusky.", ("cyanosis", "lips")),
        ("Let me examine you. You're using your neck muscles to breathe.", ("accessory muscle use", "neck")),
        ("Let me examine you. He's using his accessory muscles.", ("accessory muscle use", "")),
        ("Let me examine you. She's breathing out through pursed lips.", ("pursed-lip breathing", "")),
        ("Let me listen. He's got a little sweat on his forehead.", ("diaphoresis", "forehead")),
        ("Let me listen. She's diaphoretic.", ("diaphoresis", "")),
    ],
)
def test_the_work_of_breathing_and_a_sick_patient_seen(said, found):
    assert found in {(f.name, f.attributes["site"]) for f in exam(said)}


def test_asking_leave_still_examines():
    assert exam("If you don't mind I'll have a listen. Lungs are clear.")


@pytest.mark.parametrize(
    "said",
    [
        "If her lips look blue or she's working hard to breathe, go to the ER.",
        "If she needs the inhaler more often, or her lips look blue, go straight to the ER.",
        "If his lips turn dusky, call 911.",
    ],
)
def test_a_warning_said_as_a_condition_is_no_finding(said):
    fs = exam("Let me listen. Lungs are clear.", said)
    assert {f.name for f in fs} == {"clear"}


@pytest.mark.parametrize(
    "said, found",
    [
        ("Let me listen. The air entry is reduced at the right base.", ("reduced air entry", "lung base", "right")),
        ("Let me listen. Reduced air entry at the left base.", ("reduced air entry", "lung base", "left")),
        ("Let me listen. Air entry is good on both sides.", ("normal air entry", "lungs", "bilateral")),
    ],
)
def test_air_entry_is_graded_like_breath_sounds(said, found):
    assert found in triples(exam(said))


@pytest.mark.parametrize(
    "said",
    [
        "Let me feel your belly. A little tender right here over the bladder.",
        "Let me feel your belly. You're tender over the suprapubic area.",
        "Let me feel your belly. There's some suprapubic tenderness.",
    ],
)
def test_tender_over_the_bladder_is_suprapubic(said):
    assert {f.attributes["site"] for f in exam(said)} == {"suprapubic area"}


def test_a_point_of_care_result_read_in_the_exam_is_no_finding():
    fs = exam("Let me feel your belly. Soft. Your pregnancy test is negative, and the urine dip shows blood.")
    assert {f.name for f in fs} == {"soft"}


@pytest.mark.parametrize(
    "gold, got, part",
    [
        (("regular rate and rhythm, no murmurs", "heart"), ("no murmurs", "heart"), True),
        (("soft, no rebound", "abdomen"), ("no rebound", "abdomen"), True),
        (("thyroid not enlarged, no nodules", "neck"), ("no nodules", "thyroid"), True),
        # the polarity of the item must agree: a murmur heard is no item of "no murmurs"
        (("regular rhythm, no murmurs", "heart"), ("murmur", "heart"), False),
        # another site, or a finding that is not a list
        (("regular rhythm, no murmurs", "heart"), ("no murmurs", "neck"), False),
        (("scattered wheezes that clear with cough", "lung"), ("clear", "lungs"), False),
    ],
)
def test_scoring_one_item_of_an_annotated_list_is_no_extra(gold, got, part):
    assert exam_list_item(*gold, *got) is part


def test_the_lungs_and_the_chest_are_one_site_and_a_side_said_once_is_no_mismatch():
    assert same_exam_site("no crackles", "lungs", "no crackles", "bilateral chest")
    assert not same_exam_site("wheeze", "left lung", "wheeze", "right chest")
    assert not same_exam_site("clear", "lungs", "clear", "abdomen")
