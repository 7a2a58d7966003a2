"""Cases a review of the earlier-value reading found wrong in its first version: a time that opens the next
clause, a "now" followed by a dose, an age or a time, a home or last-year reading in the same sentence, a number
said back that was no strength, and a "thousand" said roughly."""

import pytest
from fact_readers import facts

from engine.types import FactKind


def _said(kind, name, *turns):
    return [f.attributes for f in facts(*turns) if f.kind == kind and f.name == name]


@pytest.mark.parametrize(
    "said",
    [
        "Your creatinine is 1.4, last time, it was 1.1.",
        "Your A1c today is 7.2, a year ago, it was 8.9.",
        "Your vitamin D is 18, in the winter, that's very common.",
        "Your INR is 2.5, back in target.",
        "Your potassium is 4.1, back in the green.",
    ],
)
def test_a_time_that_opens_the_next_clause_leaves_the_value_todays(said):
    assert all("earlier" not in a for f in facts(("clinician", said)) for a in [f.attributes])


@pytest.mark.parametrize(
    "said, wrong",
    [
        ("Your A1c was 8.4 in the spring, and now, six months on, it's 7.1.", "6"),
        ("The LDL was 160 last year before the statin, and now at 40 milligrams of atorvastatin it's 95.", "40"),
        ("Your PSA was 4.1 last year, and today you're 67, so we keep an eye on it.", "67"),
        ("Your A1c was 7 before Christmas, and now at 62 you need to be careful.", "62"),
        ("Your ferritin was 12 before the iron, and today, at 6 weeks, 45.", "6"),
    ],
)
def test_a_number_after_now_that_is_no_value_is_never_the_result(said, wrong):
    got = [f.attributes.get("value") for f in facts(("clinician", said)) if f.kind == FactKind.result]
    assert wrong not in got


@pytest.mark.parametrize(
    "said, name, today",
    [
        ("Blood pressure 142 over 88, and your home cuff now reads 120 over 70.", "blood pressure", "142/88"),
        (
            "Your blood pressure is 128 over 76, and this time last year it was 160 over 100.",
            "blood pressure",
            "128/76",
        ),
        ("Your heart rate is 76, but your heart rate shoots up to 140 every now and then.", "heart rate", "76"),
    ],
)
def test_the_first_reading_stays_unless_it_is_told_as_before(said, name, today):
    assert [a["value"] for a in _said(FactKind.vital, name, ("clinician", said))] == [today]


@pytest.mark.parametrize(
    "said, wrong",
    [
        ("Your pulse was 110 in the ER, now 50 of the metoprolol twice a day.", "50"),
        ("Her heart rate was 140 in the ER, now 98 percent on room air and settled.", "98"),
        ("Pulse was 96 before the nebuliser, now 20 minutes after, it's 110.", "20"),
        ("Your heart rate was 120 at the hospital and now at 25 milligrams of metoprolol it's 70.", "25"),
    ],
)
def test_todays_number_is_never_a_dose_a_time_or_another_vital(said, wrong):
    assert wrong not in [a["value"] for a in _said(FactKind.vital, "heart rate", ("clinician", said))]


def test_weights_after_now_that_are_ages_or_changes_are_not_read():
    assert (
        _said(FactKind.vital, "weight", ("clinician", "Her weight was 28 kilos a year ago, now at 10 she's 33 kilos."))[
            0
        ]["value"]
        != "10"
    )
    got = _said(FactKind.vital, "weight", ("clinician", "Your weight was 210 pounds last visit, today 20 pounds down."))
    assert "20" not in [a["value"] for a in got]


@pytest.mark.parametrize(
    "turns",
    [
        (
            ("clinician", "Your sugar was 250 this morning, are you still taking the metformin?"),
            ("patient", "250, yeah."),
        ),
        (("clinician", "Did you stop the lisinopril 3 days ago?"), ("patient", "3, yes.")),
        (("clinician", "Was it the metoprolol 25 you stopped?"), ("patient", "25, right.")),
    ],
)
def test_a_number_said_back_that_was_no_strength_gives_no_dose(turns):
    assert all("dose" not in f.attributes for f in facts(*turns) if f.kind == FactKind.medication)


def test_a_thousand_said_roughly_is_no_value():
    said = ("patient", "My platelets were thousand something, I don't remember.")
    assert not [f for f in facts(said) if f.kind == FactKind.result and f.attributes.get("value") == "1000"]


def test_an_earlier_value_said_first_keeps_todays_too():
    got = _said(FactKind.result, "hemoglobin a1c", ("clinician", "Your A1c was 8.1 in March. Your A1c today is 7.2."))
    assert got == [{"value": "7.2"}, {"value": "8.1", "earlier": "in march"}]
