"""A strength under one said digit by digit after "point" is read whole: "Xanax point two five" is 0.25 mg."""

import pytest

from tests.fact_readers import facts


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("I take Xanax point two five.", "alprazolam 0.25 mg (active)"),
        ("I take Xanax point two five at night.", "alprazolam 0.25 mg nightly (active)"),
        # the digit before a count is the count's, not the strength's
        ("Clonazepam point five two times a day.", "clonazepam 0.5 mg twice daily (active)"),
    ],
)
def test_point_then_digits(said, label):
    found = [f.label() for f in facts("What do you take?", said) if f.kind.value == "medication"]
    assert found == [label]
