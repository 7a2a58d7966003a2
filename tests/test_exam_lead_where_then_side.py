"""A clause placed first by where on the part, then its side ("at the bottom on the right, the air entry is
reduced") puts the findings said after it on that side's base, as "on the right side at the bottom" does."""

from tests.fact_readers import findings


def test_bottom_then_side_is_that_lung_base():
    got = findings("Let me listen to your lungs. At the bottom on the left there are a few crackles.")
    assert ("crackles", "lung base", "left", "no") in got


def test_down_at_the_base_then_side():
    got = findings("Let me listen to your lungs. Down at the base on the right the air entry is reduced.")
    assert ("reduced air entry", "lung base", "right", "no") in got


def test_a_side_said_of_a_part_is_not_a_lead():
    got = findings("Let me listen to your lungs. At the bottom of the right lung there are crackles.")
    assert any(side == "right" for _n, _site, side, _x in got)
