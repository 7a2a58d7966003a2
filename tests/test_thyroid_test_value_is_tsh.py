"""A thyroid test reported with one number is the TSH (a panel has no one number); a thyroid test read as
normal, or ordered today, keeps its panel name and is never a result."""

from engine.types import FactKind
from tests.fact_readers import facts


def _kinds(*turns):
    found = facts(*turns)
    results = {f.name: f.attributes.get("value") for f in found if f.kind == FactKind.result}
    orders = {f.name for f in found if f.kind == FactKind.order}
    return results, orders


def test_one_number_is_the_tsh():
    results, _ = _kinds("From the ER, the thyroid test was normal, two point four, and the troponin was negative.")
    assert results.get("tsh") == "2.4"
    assert "thyroid function tests" not in results


def test_normal_without_number_keeps_panel():
    results, _ = _kinds("Your thyroid tests were normal.")
    assert results.get("thyroid function tests") == "normal"
    assert "tsh" not in results


def test_planned_thyroid_test_is_no_result():
    results, orders = _kinds("I will check your thyroid tests today.")
    assert "tsh" not in results and "thyroid function tests" not in results
    assert "thyroid function tests" in orders
