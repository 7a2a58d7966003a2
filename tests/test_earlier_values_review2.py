"""Cases a second review found wrong: home temperatures read too widely (today's reading after the illness's
start, a child called Max, a dose, another measure, a relative's fever, one taken elsewhere or years ago),
an old reading beating today's orthostatic series, a pulse or weight read from a temperature or an age, a
weight from another question's answer, a restated or normal-range value charted as today's, and a number
said back that named a week or an INR."""

import pytest
from fact_readers import facts

from engine.types import FactKind

_FEVER_Q = ("clinician", "Any fever?")


@pytest.mark.parametrize(
    "said, vital",
    [
        ("She's been hot since last night, 38.9 this morning.", "38.9"),
        ("The fever started three days ago, it's 38.5 today.", "38.5"),
        ("Today she's 38.9, yesterday it was 39.5.", "38.9"),
        ("Yes. This morning Max felt hot, I checked, 38.6.", "38.6"),
    ],
)
def test_todays_reading_after_the_illness_start_stays_the_vital(said, vital):
    got = facts(_FEVER_Q, ("other", said))
    assert [f.attributes["value"] for f in got if f.kind == FactKind.vital and f.name == "temperature"] == [vital]
    assert vital not in [f.attributes.get("value") for f in got if f.name == "home temperature"]


@pytest.mark.parametrize(
    "said",
    [
        "Yes, last night I gave her 100 mls of Calpol because she was hot.",
        "Yesterday she was hot and her heart was racing, like 104.",
        "Her brother had 39.5 last night, she's fine though.",
        "Last year she had a febrile seizure, it peaked at 40.2.",
        "The school nurse said 38.4 yesterday.",
    ],
)
def test_numbers_that_are_not_her_home_temperature(said):
    assert not [f for f in facts(_FEVER_Q, ("other", said)) if f.name == "home temperature"]


def test_an_old_reading_never_beats_todays_orthostatic_series():
    said = (
        "Your blood pressure at your last visit was 150 over 90. Lying down it's 128 over 78, and when you stand "
        "it drops to 104 over 66."
    )
    assert [f.attributes["value"] for f in facts(("clinician", said)) if f.name == "blood pressure"] == ["128/78"]


@pytest.mark.parametrize(
    "said, name, wrong",
    [
        ("His pulse was 140 last night, now 37.5 degrees and he's comfortable.", "heart rate", "37.5"),
        ("Her weight was 40 kilos last year, now she's 12, so she's grown.", "weight", "12"),
        ("Your weight was 95 kilos in March, now 18 kilos lost, great.", "weight", "18"),
        ("The resp panel came back, 22 viruses all negative.", "respiratory rate", "22"),
    ],
)
def test_no_vital_read_from_another_number(said, name, wrong):
    got = [f.attributes["value"] for f in facts(("clinician", said)) if f.kind == FactKind.vital and f.name == name]
    assert wrong not in got


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Step on your scale every morning and write it down. What was your sugar this morning?", "142."),
        ("Hop up on the scale. Then let's check your sugar.", "My sugar was 150 this morning."),
    ],
)
def test_a_weight_only_answers_the_scale(question, answer):
    assert not [f for f in facts(("clinician", question), ("patient", answer)) if f.name == "weight"]


@pytest.mark.parametrize(
    "said",
    [
        "Your A1c was 8.1 in March. An A1c of 8.1 is too high.",
        "Your sodium was 128 last time. Sodium of 135 to 145 is normal.",
    ],
)
def test_a_restated_or_normal_value_is_not_todays_result(said):
    got = [f.attributes for f in facts(("clinician", said)) if f.kind == FactKind.result]
    assert len(got) == 1 and "earlier" in got[0]


def test_an_earlier_value_then_todays():
    said = "Your INR was 4.1 last week so we held a dose. The INR today is 2.6."
    got = [f.attributes for f in facts(("clinician", said)) if f.name == "inr"]
    assert got == [{"value": "2.6"}, {"value": "4.1", "earlier": "last week"}]


@pytest.mark.parametrize(
    "question, answer",
    [("Warfarin INR 2.5?", "2.5, yes."), ("Ozempic week 4?", "4, yes."), ("Metformin since 2018?", "2018, yes.")],
)
def test_a_number_that_was_no_strength_is_no_dose(question, answer):
    assert all("dose" not in f.attributes for f in facts(("clinician", question), ("patient", answer)))


def test_a_strength_with_its_schedule_said_back():
    got = facts(("clinician", "Metformin 500 twice a day?"), ("patient", "500, yes."))
    assert [(f.name, f.attributes.get("dose")) for f in got if f.kind == FactKind.medication] == [
        ("metformin", "500 mg")
    ]


def test_a_comparison_with_last_visit_leaves_todays_reading():
    said = "heart rate 88 weight 164 so that's up 3 pounds from last visit which is right on track"
    got = {f.name: f.attributes["value"] for f in facts(("clinician", said)) if f.kind == FactKind.vital}
    assert got == {"heart rate": "88", "weight": "164"}
    said = "your weight is 158 which is down from 162 in June"
    assert [f.attributes["value"] for f in facts(("clinician", said)) if f.name == "weight"] == ["158"]


def test_a_reading_that_opens_its_clause_with_its_day_after():
    got = facts(("clinician", "Any fevers?"), ("other", "Low grade, 100.2 on Saturday, nothing since."))
    assert [f.attributes["value"] for f in got if f.name == "home temperature"] == ["100.2"]
