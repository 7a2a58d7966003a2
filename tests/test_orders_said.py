"""Orders, results and follow-up as clinicians say them in a plan (sentences written for these tests)."""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


def of(kind, *turns):
    fs = extract(text_transcript([("clinician", t) for t in turns]))
    return {f.name: f.attributes for f in fs if f.kind == kind}


def test_an_orders_header_orders_the_list():
    got = of(
        FactKind.order, "Orders today: a basic metabolic panel, a complete blood count and an x-ray of the right wrist."
    )
    assert {"basic metabolic panel", "complete blood count", "x-ray of the right wrist"} <= set(got)


@pytest.mark.parametrize(
    "line, order",
    [
        ("I'm putting in a urine microalbumin today.", "microalbumin"),
        ("Let's get a CK today to check the muscles.", "creatine kinase"),
        ("I'm also ordering a coronary artery calcium scan.", "coronary artery calcium scan"),
        ("I'm putting in a referral for a diabetic eye exam.", "referral to diabetic eye exam"),
        ("I'd like a referral to pain psychology.", "referral to pain psychology"),
        ("I'll send her to pediatric allergy.", "referral to pediatric allergy"),
    ],
)
def test_orders_by_their_names(line, order):
    assert order in of(FactKind.order, line)


def test_liver_enzymes_said_with_values_are_results():
    got = of(FactKind.result, "Your liver tests were fine, ALT 31 and AST 24.")
    assert got["alt"]["value"] == "31" and got["ast"]["value"] == "24"


def test_meet_again_is_a_follow_up():
    [f] = of(FactKind.follow_up, "Let's meet again in six weeks.").values()
    assert f["interval"] == "6 weeks"


def test_a_sed_rate_and_a_crp_are_two_tests_and_neither_is_a_drug():
    said = "Today I'm ordering x-rays of both hands, a sedimentation rate and C-reactive protein, and a CMP."
    assert {"sed rate", "crp", "comprehensive metabolic panel"} <= set(of(FactKind.order, said))
    assert not of(FactKind.medication, said)


@pytest.mark.parametrize(
    "said, name, value",
    [
        ("your ck the muscle enzyme was normal eighty four", "creatine kinase", "84"),
        ("your thyroid tsh was normal two point one", "tsh", "2.1"),
        ("so the b twelve we checked last time was four ten which is fine", "vitamin b12", "410"),
    ],
)
def test_a_result_said_with_its_number_keeps_the_number(said, name, value):
    assert of(FactKind.result, said)[name]["value"] == value


def test_weight_said_with_its_contraction():
    assert of(FactKind.vital, "heart rate eighty and weight's one ninety eight")["weight"]["value"] == "198"


def test_a_value_given_as_the_reason_for_an_order_is_a_result():
    said = "i'll check a blood count because your hemoglobin was one forty eight back in august"
    assert "complete blood count" in of(FactKind.order, said)
    assert of(FactKind.result, said)["hemoglobin"]["value"] == "148"


@pytest.mark.parametrize(
    "said, order",
    [
        ("Because you shuffle and are at risk of falling, I'd like a bone density scan.", "bone density scan"),
        (
            "I'm referring you to physical therapy for a Parkinson's program, the big-movement one, to work on your "
            "stride, and a speech therapist to look at your voice.",
            "referral to speech therapy",
        ),
        ("okay quick summary stop colace start miralax daily pt and speech referrals", "referral to speech therapy"),
        ("okay quick summary stop colace start miralax daily pt and speech referrals", "referral to physical therapy"),
    ],
)
def test_orders_said_in_passing(said, order):
    assert order in of(FactKind.order, said)
