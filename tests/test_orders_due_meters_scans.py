"""Orders said as a test that is due, tests to come back with, home meters handed out, a pregnancy's scans,
and HIV monitoring (viral load, CD4) with a load reported below what the assay reads."""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


def of(kind, *turns):
    fs = extract(text_transcript([("clinician", t) for t in turns]))
    return {f.name: f.attributes for f in fs if f.kind == kind}


@pytest.mark.parametrize(
    "line, order",
    [
        ("And your viral load is due, so we'll do that also.", "hiv viral load"),
        ("Your pap smear is overdue.", "pap smear"),
        ("Come after three months with hba1c and a lipid profile.", "hemoglobin a1c"),
        ("See you in three months with an A1c.", "hemoglobin a1c"),
        ("I'll give you a glucometer and strips.", "glucometer"),
        ("We'll get you a blood pressure monitor for home.", "blood pressure monitor"),
        ("I also want a growth scan of the baby at thirty-two weeks.", "growth ultrasound"),
        ("We'll book your anomaly scan for next week.", "anomaly ultrasound"),
        ("I'd like to check your CD4 count today.", "cd4 count"),
    ],
)
def test_ordered(line, order):
    assert order in of(FactKind.order, line)


@pytest.mark.parametrize(
    "line",
    [
        "Your mammogram is due in June.",  # due later: not today's
        "Your colonoscopy isn't due until next year.",
        "Come back in two weeks with your sugar readings.",  # the patient's readings, no test ordered
        "See you in four weeks with the results.",
    ],
)
def test_not_ordered(line):
    assert not of(FactKind.order, line)


def test_dexa_scan_keeps_its_name():
    assert "dexa ultrasound" not in of(FactKind.order, "I'd like to get a dexa scan.")


def test_undetectable_is_a_value():
    assert of(FactKind.result, "Her troponin was undetectable.")["troponin"]["value"] == "undetectable"


def test_hiv_load_is_charted_as_a_result_only_below_the_assay():
    # a load below what the assay reads is its result (session 15); a number of copies is not taught yet, so a
    # reported load is neither an order nor a guessed value
    got = of(FactKind.result, "Your last viral load, from January, was lower than detectable.")
    assert got["hiv viral load"]["value"] == "lower than detectable"
    assert "hiv viral load" not in of(FactKind.order, "Your last viral load, from January, was lower than detectable.")
    assert "hiv viral load" not in of(FactKind.result, "Your last viral load was 40 copies.")


def test_glucometer_used_is_no_order():
    assert "glucometer" not in of(FactKind.order, "Check your sugars with the glucometer twice a day.")


def test_a_due_test_is_no_result():
    # a planned test is never a result
    assert not of(FactKind.result, "And your viral load is due, so we'll do that also.")


def test_a_reported_load_is_no_order():
    assert not of(FactKind.order, "Your last viral load, from January, was lower than detectable.")


@pytest.mark.parametrize(
    "line, orders",
    [
        (
            "i'm gon na order some morning aldosterone levels, renin levels and a twenty four hour urine.",
            {"aldosterone", "renin", "24-hour urine collection"},
        ),
        ("I'd like to check a renin level and an aldosterone level.", {"renin", "aldosterone"}),
    ],
)
def test_secondary_hypertension_workup(line, orders):
    assert orders <= set(of(FactKind.order, line))


def test_aldosterone_blocker_is_no_test():
    assert not of(FactKind.order, "We'll start an aldosterone blocker.")


def test_kidney_function_glossed_by_serum_creatinine():
    got = of(FactKind.order, "I will also check kidney function, serum creatinine, along with the X-ray.")
    assert "creatinine" in got and "kidney function" not in got


def test_kidney_function_listed_with_creatinine_stays():
    got = of(FactKind.order, "I will check kidney function, creatinine and potassium.")
    assert {"kidney function", "creatinine", "potassium"} <= set(got)


@pytest.mark.parametrize(
    "line, order",
    [
        ("If the pregnancy test is negative, we put the implant in today.", "implant insertion"),
        ("We'll insert the IUD today.", "iud insertion"),
    ],
)
def test_contraception_put_in(line, order):
    assert order in of(FactKind.order, line)


@pytest.mark.parametrize(
    "line",
    ["We put the implant in two years ago.", "They put the mirena in last year.", "When did they put the coil in?"],
)
def test_contraception_put_in_before_is_no_order(line):
    assert not of(FactKind.order, line)


@pytest.mark.parametrize(
    "line, order",
    [
        ("Make an appointment for a colonoscopy.", "colonoscopy"),
        ("Go to the lab for a full blood count.", "full blood count"),
        ("Go and have a chest x-ray at the hospital.", "chest x-ray"),
        ("Take this form to the lab for a lipid profile.", "lipid profile"),
    ],
)
def test_patient_sent_to_have_the_test(line, order):
    assert order in of(FactKind.order, line)


@pytest.mark.parametrize(
    "line",
    ["Go for a walk every day.", "Did you go and have the x-ray?", "I went to the lab for a blood test last week."],
)
def test_sent_elsewhere_or_done_before_is_no_order(line):
    assert not of(FactKind.order, line)
