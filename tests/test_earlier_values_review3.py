"""Cases a third review found wrong in the second version: today's reading dropped for a comparison said after
it, the filler "er" read as the ER, an old reading ranked over today's, a weight from a temperature asked after
the scale, today's lab lost after ", now", a goal charted as today's value, and a puff count or "thousand of"
read as a strength."""

import pytest
from fact_readers import facts

from engine.types import FactKind


@pytest.mark.parametrize(
    "turns, name, value",
    [
        ((("clinician", "Your pulse is 72 last time it was 80."),), "heart rate", "72"),
        ((("clinician", "Since your last visit your weight is up to 190 pounds."),), "weight", "190"),
        ((("clinician", "Pulse 72 er sats 98 percent er temp 37."),), "heart rate", "72"),
        (
            (
                ("clinician", "Your weight was 210 pounds at your first visit."),
                ("clinician", "Today you're 196 pounds, which is what you usually weigh at home."),
            ),
            "weight",
            "196",
        ),
        (
            (
                ("clinician", "Your blood pressure was 150 over 90 in June."),
                (
                    "clinician",
                    "Lying down your blood pressure is 128 over 78, and when you stand it drops to 104 over 66.",
                ),
            ),
            "blood pressure",
            "128/78",
        ),
    ],
)
def test_todays_vital_is_kept(turns, name, value):
    assert [f.attributes["value"] for f in facts(*turns) if f.kind == FactKind.vital and f.name == name] == [value]


def test_a_temperature_asked_after_the_scale_is_no_weight():
    turns = (("clinician", "Can you step on the scale for me? I'll also need your temperature."), ("patient", "98.6."))
    assert not [f for f in facts(*turns) if f.name == "weight"]


@pytest.mark.parametrize(
    "said, value, previous",
    [
        ("Your TSH was 6 before, now it's 2.1 on the levothyroxine.", "2.1", "6"),
        ("Your A1c was 7.9 last time, and now you're 7.", "7", "7.9"),
        ("Your sugar was 250 last time, now it's 140 milligrams per deciliter.", "140", "250"),
    ],
)
def test_todays_lab_after_now(said, value, previous):
    got = [f.attributes for f in facts(("clinician", said)) if f.kind == FactKind.result]
    assert got == [{"value": value, "previous": previous}]


def test_an_age_after_youre_is_no_value():
    said = "Your PSA was 4.1 last year, and today you're 67, so we keep an eye on it."
    assert "67" not in [f.attributes.get("value") for f in facts(("clinician", said))]


def test_a_goal_after_an_earlier_value_is_no_result():
    said = "Your A1c was 8.1 in March. Now, an A1c of 7 would be great."
    assert [f.attributes["value"] for f in facts(("clinician", said)) if f.kind == FactKind.result] == ["8.1"]


@pytest.mark.parametrize(
    "turns",
    [
        (("clinician", "Ventolin 2?"), ("patient", "2, yes.")),
        (("patient", "I get thousand of the metformin from the pharmacy every quarter."),),
    ],
)
def test_no_strength_from_a_count(turns):
    assert all("dose" not in f.attributes for f in facts(*turns) if f.kind == FactKind.medication)
