"""A test's result said for each side in one breath ("negative on the right and mildly positive on the
left") is two findings, one a side; a degree before the result ("mildly positive") is still the result. A
test only planned is never a finding."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(said):
    got = facts("Let me examine your back.", "Okay.", said, "Okay.")
    return [
        (f.name, f.attributes.get("laterality"), f.attributes.get("normal")) for f in got if f.kind == FactKind.exam
    ]


def test_each_side_of_one_test_is_its_own_finding():
    got = _exam("Straight leg raise is negative on the right and mildly positive on the left at sixty degrees.")
    assert ("negative straight leg raise", "right", "yes") in got
    assert ("positive straight leg raise", "left", "no") in got


def test_a_named_test_each_side():
    got = _exam("Phalen's test is positive on the right and negative on the left.")
    assert ("positive phalen's test", "right", "no") in got
    assert ("negative phalen's test", "left", "yes") in got


def test_a_degree_before_the_result_keeps_the_result():
    assert ("positive straight leg raise", "left", "no") in _exam("Straight leg raise is mildly positive on the left.")


def test_a_planned_test_is_no_finding():
    assert _exam("We'll see if a straight leg raise test helps next time.") == []
