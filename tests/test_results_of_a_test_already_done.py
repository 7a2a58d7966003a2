"""A test the speaker says was already done ("we did get an x-ray of your ankle before you came in") is a
result when its finding follows, never an order (session 15, an ACI-Bench ankle visit: the x-ray that showed
no fracture was charted as ordered today). A test still to get ("I want to get an x-ray") stays an order.
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def of(kind, *turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == kind}


@pytest.mark.parametrize(
    "line, name, value",
    [
        (
            "so we did get an x-ray of your ankle before you came in and luckily there is no fractures",
            "x-ray of the ankle",
            "no fracture",
        ),
        ("we did get you an x-ray of the knee last week and it showed arthritis", "x-ray of the knee", "arthritis"),
    ],
)
def test_a_test_already_got_is_a_result_not_an_order(line, name, value):
    assert of(FactKind.result, line, "Okay.").get(name) == value
    assert name not in of(FactKind.order, line, "Okay.")


@pytest.mark.parametrize(
    "line", ["I want to get an x-ray of your ankle today.", "We had to get an x-ray of your ankle."]
)
def test_a_test_to_get_stays_an_order(line):
    assert "x-ray of the ankle" in of(FactKind.order, line, "Okay.")
    assert "x-ray of the ankle" not in of(FactKind.result, line, "Okay.")
