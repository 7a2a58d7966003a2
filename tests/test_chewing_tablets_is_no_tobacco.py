"""Chewing a count of tablets is no tobacco habit; chewing pouches or cans is."""

from tests.fact_readers import facts


def _labels(said):
    return [f.label() for f in facts("Anything else?", said) if f.kind.value == "history"]


def test_chewing_tablets_is_no_tobacco():
    assert _labels("My Tums, I chew two after dinner.") == []
    assert _labels("Tums. I chew two tablets.") == []


def test_chewing_tobacco_by_the_bag_or_can_is_tobacco():
    assert _labels("I chew two bags a week.") == ["tobacco: yes"]
    assert _labels("I chew two a day.") == ["tobacco: 2 a day"]
