"""Tests listed under a heading ("blood work: ...", "bloods today: ..."), a bare "thyroid" as one item of such
a list, and the cholesterol asked for (the lipid panel); a heading over values reports results, orders nothing."""

from fact_readers import facts

from engine.types import FactKind


def _orders(fs):
    return {f.name for f in fs if f.kind == FactKind.order}


def _results(fs):
    return {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}


def test_blood_work_heading_orders_its_list():
    got = _orders(facts("And blood work: a thyroid test, and a blood count, to make sure nothing else is going on."))
    assert {"thyroid function tests", "complete blood count"} <= got


def test_bare_thyroid_and_cholesterol_in_a_list_of_bloods():
    got = _orders(
        facts("I'll also do bloods today: cholesterol, HbA1c, kidney function, full blood count and thyroid.")
    )
    assert {"lipid panel", "hemoglobin a1c", "full blood count", "thyroid function tests"} <= got
    assert "cholesterol" not in got


def test_thyroid_first_after_the_colon():
    got = _orders(facts("I'll also do some bloods to rule out physical causes: thyroid, full blood count and B12."))
    assert {"thyroid function tests", "full blood count", "vitamin b12"} <= got


def test_kidney_bloods():
    assert "kidney function" in _orders(facts("I'll do an HbA1c and kidney bloods today, before Ramadan starts."))


def test_heading_over_values_is_a_report_not_an_order():
    fs = facts("Labs: sodium 138, potassium 4.1.")
    assert not _orders(fs) & {"sodium", "potassium"}
    assert _results(fs) == {"sodium": "138", "potassium": "4.1"}
    fs = facts("Bloods: haemoglobin 11.2, ferritin 18.")
    assert not _orders(fs) & {"hemoglobin", "ferritin"}


def test_the_gland_examined_or_asked_about_is_no_order():
    assert "thyroid function tests" not in _orders(facts("Your thyroid, swallow for me, not enlarged."))
    assert "thyroid function tests" not in _orders(facts("Any history of diabetes, thyroid, or heart trouble?"))
    assert "thyroid function tests" not in _orders(facts("Let me feel your neck. Thyroid feels normal, not enlarged."))


def test_blood_work_heading_without_punctuation():
    said = "what i do want to do today is some blood work a thyroid test since an overactive thyroid can cause sweats"
    assert "thyroid function tests" in _orders(facts(said + " and a blood count with the heavy bleeding"))


def test_come_in_for_a_test_orders_it():
    got = _orders(facts("I'd like you to come into the surgery tomorrow morning for an ECG, the heart tracing."))
    assert "electrocardiogram" in got


def test_past_blood_work_and_a_past_visit_order_nothing():
    assert not _orders(facts("Your blood work a while ago was normal."))
    assert not _orders(facts(("patient", "I came in last year for an ECG.")))
