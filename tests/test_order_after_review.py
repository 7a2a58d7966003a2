"""A test ordered in the sentence that first looks at its last result (orders.py)."""

from engine.types import FactKind
from tests.fact_readers import clinician_facts


def _kinds(text):
    fs = clinician_facts(text)
    return (
        {f.name for f in fs if f.kind == FactKind.order},
        {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result},
    )


def test_an_order_said_after_a_result_is_looked_at_is_an_order():
    orders, _ = _kinds("The scan in twenty nineteen showed some thinning, so I'll order a repeat CT of the chest.")
    assert "ct of the chest" in orders


def test_a_value_told_after_the_review_stays_a_result():
    orders, results = _kinds("I went over your labs and I'll tell you, the a1c was 7.3.")
    assert results.get("hemoglobin a1c") == "7.3"
    assert "hemoglobin a1c" not in orders
