"""A referral said as a consult ("order a podiatry consult"), a test "I've ordered", and a test whose own
result decides the next step ("a rapid strep test and if that's positive ..."): ordered, never a result."""

from fact_readers import facts

from engine.types import FactKind


def _orders(fs):
    return {f.name for f in fs if f.kind == FactKind.order}


def _results(fs):
    return {f.name for f in fs if f.kind == FactKind.result}


def test_specialty_consult_is_a_referral():
    assert "referral to podiatry" in _orders(facts("And then I'm going to order a podiatry consult for this wound."))
    assert "referral to cardiology" in _orders(facts("I'll put in a cardiology consult."))


def test_consult_asked_about_or_had_before_is_no_referral():
    assert "referral to cardiology" not in _orders(facts("Did we order a cardiology consult last year?"))
    assert "referral to cardiology" not in _orders(facts("You had a cardiology consult in March."))


def test_ive_ordered():
    assert "alkaline phosphatase" in _orders(facts("I've ordered an alkaline phosphatase and a liver panel."))


def test_test_whose_result_decides_next_step_is_ordered_not_a_result():
    fs = facts(
        "I'll have the medical assistant swab you for a rapid strep test and if that's positive I'll start amoxicillin."
    )
    assert "strep test" in _orders(fs)
    assert "strep test" not in _results(fs)


def test_order_only_if_symptoms_persist_stays_conditional():
    assert "x-ray" not in " ".join(_orders(facts("We'll get an x-ray if it's not better in a week.")))


def test_positive_strep_reported_is_a_result():
    fs = facts("Your rapid strep test was positive, so we'll treat it.")
    assert "strep test" in _results(fs)
    assert "strep test" not in _orders(fs)


def test_test_to_come_back_with_is_ordered():
    assert "hemoglobin a1c" in _orders(facts("Let's see you back in three months with another A1c."))


def test_labs_that_came_back_with_a_value_are_results():
    fs = facts("Your labs came back with a high potassium of 5.9.")
    assert "potassium" not in _orders(fs)
    assert "potassium" in _results(fs)
