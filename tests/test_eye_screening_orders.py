"""Diabetic eye screening (retinal photographs) booked today is an order by its own name; one already done
is no order."""

from fact_readers import facts

from engine.types import FactKind


def _orders(fs):
    return {f.name for f in fs if f.kind == FactKind.order}


def test_booked_eye_screening_is_ordered():
    got = _orders(facts("I'll make sure you're booked for the diabetic eye screening, it's overdue."))
    assert "diabetic eye screening" in got


def test_retinal_screening_said_plainly():
    got = _orders(facts("And I'm sending you for retinal screening this month."))
    assert "diabetic eye screening" in got


def test_last_years_screening_is_no_order():
    got = _orders(facts("Your diabetic eye screening last year showed no changes."))
    assert "diabetic eye screening" not in got
