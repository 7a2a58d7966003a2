"""Vitals through the recogniser's homophones: "Wait 22 kg." is the weight, "and your 58 kilos" the person's."""

import pytest

from engine.types import FactKind
from tests.fact_readers import facts


def _vitals(*turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.vital}


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Temperature 38.6, pulse 118. Wait 22 kg.", "22"),
        ("Oxygen 98%. Wait 16.2 kilos.", "16.2"),
        ("pulse 78, and your 58 kilos.", "58"),
        ("Pulse 76, and your 196 pounds on our scale.", "196"),
    ],
)
def test_a_heard_weight(said, value):
    assert _vitals(said, "Okay.").get("weight") == value


@pytest.mark.parametrize(
    "said",
    ["Wait 5 minutes and I will be back.", "Wait, 20 kilos of rice is a lot to carry.", "Your 2 kilos of sugar."],
)
def test_no_weight_where_none_was_read(said):
    assert "weight" not in _vitals(said, "Okay.")
