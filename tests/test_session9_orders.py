"""Orders, referrals and vitals as batch 11's urgent-care and Commonwealth GP visits say them (session 9).

Sentences written for these tests: referral lists and specialists named by the body part, vaccine words
(jab, injection, booster), serology and urine-ratio labs in one breath, test lists that go on in a fragment,
and temperatures said "ninety-seven nine" or tokenised "ninety eight . seven".
"""

import pytest
from fact_readers import clinician_facts, facts

from engine.types import FactKind


def _orders(*turns):
    return {f.name for f in clinician_facts(*turns) if f.kind == FactKind.order}


def _vital(fs, name):
    return next((f.attributes["value"] for f in fs if f.kind == FactKind.vital and f.name == name), None)


@pytest.mark.parametrize(
    "said, want",
    [
        ("I'm sending you to a kidney specialist to look at this.", "referral to nephrology"),
        ("I'll send her to the heart doctor next month.", "referral to cardiology"),
        ("We're sending you to gynaecology about the bleeding.", "referral to gynaecology"),
        ("I'm referring you to the skin specialist for that mole.", "referral to dermatology"),
    ],
)
def test_referral_to_a_specialist_named_by_the_body_part(said, want):
    got = _orders(said)
    assert want in got or want.replace("gynaecology", "gynecology") in got


@pytest.mark.parametrize(
    "said",
    [
        "Then, referrals: the eye specialist for a retina check, the podiatrist for the corns, and the dietitian.",
        "I'll refer you to ophthalmology for the screening, podiatry for your feet, and the dietitian.",
        "Referrals today: the eye clinic, the podiatrist and a dietitian.",
    ],
)
def test_a_list_of_referrals_is_every_referral(said):
    got = _orders(said)
    assert {"referral to ophthalmology", "referral to podiatry", "referral to nutritionist"} <= got


def test_a_new_clause_ends_the_referral_list():
    got = _orders("I'm referring you to cardiology, and we'll see what the neurology letter says.")
    assert got == {"referral to cardiology"}


@pytest.mark.parametrize(
    "said, want",
    [
        ("You're due your flu jab, the nurse can do it today.", "influenza vaccine"),
        ("I'll give you the tetanus booster today.", "tdap vaccine"),
        ("We'll do the pneumococcal vaccination today as well.", "pneumococcal vaccine"),
        ("You're due for the RSV vaccine, I'd like to give it today.", "respiratory syncytial virus vaccine"),
    ],
)
def test_vaccine_words_british_and_american(said, want):
    assert want in _orders(said)


def test_a_vaccine_asked_about_is_no_order():
    assert not _orders("Did you have the covid vaccination last year?")


def test_a_lupus_workup_said_in_one_breath_is_read_to_its_end():
    got = _orders("bloods today cbc urinalysis protein to creatinine ratio complement c3 c4 dsdna and an esr")
    assert {"c3", "c4", "double stranded dna antibody", "urine protein creatinine ratio", "sed rate"} <= got


def test_spine_levels_are_no_complement():
    fs = clinician_facts("The MRI of your neck showed a disc bulge at c3 c4 on the left.")
    assert not {f.name for f in fs if f.name in ("c3", "c4")}


@pytest.mark.parametrize(
    "said, want",
    [
        ("I'm ordering a hep B and C screen before we start it.", {"hepatitis b screening", "hepatitis c screening"}),
        ("Let's check a Lyme serology since you were hiking.", {"lyme antibody"}),
        ("I'd like a coeliac screen and an iron panel.", {"celiac serology", "iron panel"}),
        ("I'm going to order a urine test for protein.", {"urine protein"}),
    ],
)
def test_serologies_and_urine_tests_by_their_names(said, want):
    assert want <= _orders(said)


def test_a_test_named_and_then_not_wanted_is_no_order():
    got = _orders("I'll do some bloods today, a full blood count, and a prolactin isn't needed now.")
    assert "prolactin" not in got and "full blood count" in got


@pytest.mark.parametrize(
    "turn",
    [
        "So today: a chest x-ray and a sputum culture. A full blood count.",
        "I'm going to order a chest x-ray and a sputum culture. And a full blood count.",
        "Tests: a chest x-ray and a sputum culture. Also a full blood count.",
    ],
)
def test_a_fragment_goes_on_the_list_of_tests_just_ordered(turn):
    assert {"chest x-ray", "sputum culture", "full blood count"} <= _orders(turn)


def test_a_fragment_after_a_result_is_no_order():
    assert "full blood count" not in _orders("Your chest x-ray was clear. A full blood count.")


@pytest.mark.parametrize(
    "said, want",
    [
        ("Your numbers: pulse ninety-four, temp ninety-seven nine. Let me listen.", "97.9"),
        ("your temperature is ninety eight . seven and your heart rate is seventy two", "98.7"),
        ("Temperature is ninety-nine four.", "99.4"),
    ],
)
def test_a_temperature_said_with_its_tenth(said, want):
    assert _vital(clinician_facts(said), "temperature") == want


def test_a_tokenised_decimal_keeps_the_sentence_whole_but_a_count_of_days_does_not():
    fs = facts("how long has it been going on", "about two . seven days now maybe")
    assert _vital(fs, "temperature") is None


def _follow_up(*turns):
    return [f.attributes["interval"] for f in facts(*turns) if f.kind == FactKind.follow_up]


@pytest.mark.parametrize(
    "turns, want",
    [
        (("Let's do video again in three weeks, from somewhere quieter.",), "3 weeks"),
        (("We'll talk by phone in two weeks to see how the new dose is going.",), "2 weeks"),
        (("I'll ring you in a month to hear how the sleep is.",), "1 month"),
        (("Okay.", "When do you want me back?", "Six weeks. Sooner if the pain is worse."), "6 weeks"),
        (("Right.", "Do I need to come back?", "In a month, so we can check the pressure again."), "1 month"),
        (("Come back on Thursday, in three days, and bring the results.",), "3 days"),
        (("Bloods in a week. Then in two months I'll see you again.",), "2 months"),
    ],
)
def test_follow_up_by_video_phone_or_answer(turns, want):
    assert _follow_up(*turns) == [want]


def test_calling_with_results_is_no_visit():
    assert _follow_up("I'll call you with the results in two days.") == []


def _results(*turns):
    return {f.name: f.attributes.get("value") for f in clinician_facts(*turns) if f.kind == FactKind.result}


@pytest.mark.parametrize(
    "said, name, want",
    [
        ("Your eGFR: fifty-eight. Stable.", "egfr", "58"),
        ("Your TSH came back a bit low - zero point three. So the dose is too high.", "tsh", "0.3"),
        ("And the potassium: four point one.", "potassium", "4.1"),
    ],
)
def test_a_value_after_a_comma_dash_or_a_word_that_describes_it(said, name, want):
    assert _results(said).get(name) == want


def _patient_results(*turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.result}


def test_a_series_of_home_readings_is_kept_whole():
    got = _patient_results(
        "Hello.",
        "I got one of those home cuffs after the pharmacy.",
        "Did you bring the numbers?",
        "They're on my phone. Wait. Here. 144 over 92, 150 over 96, and 139 over 88.",
    )
    assert got.get("home blood pressure") == "144/92, 150/96, 139/88"


@pytest.mark.parametrize(
    "answer, want",
    [
        ("at home maybe ninety nine eight, a hundred point two at night", "99.8-100.2"),
        ("At home it got to a hundred and one point five on Tuesday.", "101.5"),
    ],
)
def test_a_temperature_taken_at_home_is_a_home_result(answer, want):
    assert _patient_results("Any fevers?", answer).get("home temperature") == want


def test_last_nights_temperature_is_a_home_temperature_and_the_fever_stays():
    # (the ninth session left "last night it was 102" out as the ACI annotation did; the primary-care annotation
    # keeps the family's reading as a home temperature, which a note needs, and the fever stays a symptom too:
    # vitals_context.earlier_day, twenty-fourth session)
    turns = ("Any fevers?", "Last night it was a hundred and two.")
    assert _patient_results(*turns) == {"home temperature": "102"}
    assert [f.name for f in facts(*turns) if f.kind == FactKind.symptom] == ["fever"]


def test_a_temperature_with_no_day_or_place_is_no_result():
    assert "home temperature" not in _patient_results("Any fevers?", "It was a hundred and two.")


@pytest.mark.parametrize(
    ("said", "kg"),
    [("On the scale 92 kilos.", "92"), ("You're 78 kilos today.", "78"), ("The scales say 64.5 kg.", "64.5")],
)
def test_a_weight_in_kilograms_read_off_the_scale_or_said_of_the_person(said, kg):
    weights = [f for f in facts(said) if f.kind.value == "vital" and f.name == "weight"]
    assert [(w.attributes["value"], w.attributes["unit"]) for w in weights] == [(kg, "kg")]


@pytest.mark.parametrize("said", ["You're down 3 kilos since March.", "I'm carrying 20 kilos of feed every day."])
def test_a_change_or_a_load_in_kilograms_is_no_weight(said):
    assert not [f for f in facts(said) if f.kind.value == "vital"]
