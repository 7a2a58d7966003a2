"""Results said away from a test's name (session 11, second round): the scores of screening questionnaires,
numbers near a fever that are no temperature, and tests ordered again by pointing back ("another one").
Sentences written for these tests, not taken from the visits."""

import pytest

from engine.types import FactKind
from tests.fact_readers import facts


def results(*turns):
    """name -> value of the results charted."""
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.result}


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Any fever?", "No fever. I'm 98 years old and still walking."),
        ("Any fever?", "No fever, but my sugar was 101 this morning."),
        ("Any fever?", "No. I walked 100 steps today."),
    ],
)
def test_other_numbers_near_a_fever_are_no_temperature(question, answer):
    assert "home temperature" not in results(question, answer)


def test_a_home_temperature_needs_its_place():
    # measured on dev and held-out: annotators chart "last night it was 101" without a place as the fever
    # symptom about half the time, so a place-less reading stays uncharted (tests/test_session9_orders.py)
    assert results("Any fever?", "At home it was 101.6 under the arm last night.").get("home temperature") == "101.6"


def test_today_temperature_said_by_the_clinician_is_no_home_reading():
    fs = facts("Any fever?", "Not that I know.", "Your temperature here is 100.9, so a low fever.")
    assert "home temperature" not in {f.name for f in fs if f.kind == FactKind.result}


@pytest.mark.parametrize(
    "turn, name, value",
    [
        ("Her PHQ-9 today was 14, moderate.", "phq-9", "14"),
        ("You did the depression questionnaire with the nurse and you scored 11.", "phq-9", "11"),
        ("On the mood screen your score came out at nine.", "phq-9", "9"),
        ("The anxiety one you filled in, your total was twelve, so moderate.", "gad-7", "12"),
        ("Your GAD-7 is 8 and that's mild.", "gad-7", "8"),
        ("The postnatal depression questionnaire scored 13.", "edinburgh postnatal depression scale", "13"),
        ("Your Edinburgh score was 6, which is reassuring.", "edinburgh postnatal depression scale", "6"),
    ],
)
def test_a_questionnaire_score_is_a_result(turn, name, value):
    assert results(turn).get(name) == value


def test_a_score_said_after_the_questionnaire_is_named():
    got = results(
        "Let me run through a questionnaire about mood with you. Okay, you scored sixteen. That's moderately severe."
    )
    assert got.get("phq-9") == "16"


@pytest.mark.parametrize(
    "turn",
    [
        "Can you fill out the mood questionnaire in the waiting room? We'll score it next time.",
        "I'd like you to do the anxiety questionnaire before your next visit.",
    ],
)
def test_a_questionnaire_not_yet_done_has_no_score(turn):
    assert not {n for n in results(turn) if n in ("phq-9", "gad-7")}


@pytest.mark.parametrize(
    "turns, name",
    [
        (
            (
                "Looking at your lipid panel from last year, your cholesterol was a bit high.",
                "So we'll repeat another one this year.",
            ),
            "lipid panel",
        ),
        (("Your A1c was 7.9 in March. Let's recheck it today.",), "hemoglobin a1c"),
        (("Your TSH came back at 6.2. I'd like to get a repeat in 6 weeks.",), "tsh"),
    ],
)
def test_a_test_ordered_again_by_pointing_back(turns, name):
    fs = facts(*turns, speakers=["clinician"] * len(turns))
    assert name in {f.name for f in fs if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "turn",
    [
        "For your yearly check, you're due for a mammogram, so we'll get that scheduled.",
        "She's due for a mammogram this year.",
    ],
)
def test_a_screening_test_due_is_ordered(turn):
    fs = facts(turn, speakers=["clinician"])
    assert "mammogram" in {f.name for f in fs if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "turn, name",
    [
        ("That lump should be evaluated by urology, and I'll put the referral in today.", "referral to urology"),
        ("I'd like you to be seen by a dermatologist for that mole.", "referral to dermatology"),
        ("I also recommend you follow up with cardiology about the murmur.", "referral to cardiology"),
    ],
)
def test_a_referral_said_as_who_will_see_the_patient(turn, name):
    fs = facts(turn, speakers=["clinician"])
    assert name in {f.name for f in fs if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "turn",
    [
        "He is currently not seen by cardiology at all.",
        "You were seen by cardiology last spring.",
        "Keep following up with your cardiologist as usual.",
        "If the palpitations get worse, you should be seen by cardiology.",
    ],
)
def test_no_referral_when_seen_before_never_or_only_if(turn):
    fs = facts(turn, speakers=["clinician"])
    assert "referral to cardiology" not in {f.name for f in fs if f.kind == FactKind.order}
