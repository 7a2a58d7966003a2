"""A limb part pointed back to ("the pulses are good in that foot") is the one just examined, on its side,
even when the visit names that limb on both sides."""

from engine.clinical.exam_that_part import pointed_side
from engine.types import Fact, FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [
        (f.name, f.attributes["site"], f.attributes["laterality"])
        for f in facts(*turns, speakers=["patient", "clinician"])
        if f.kind == FactKind.exam
    ]


_TOLD = "My left foot hurts. I had trouble in the right foot years ago."


def test_that_foot_is_the_foot_just_examined():
    got = _exam(_TOLD, "Let me examine your foot. The left big toe is swollen. The pulses are good in that foot.")
    assert ("normal pulses", "foot", "left") in got


def _fact(name, site, side):
    return Fact(kind=FactKind.exam, name=name, attributes={"site": site, "laterality": side, "normal": "no"})


def test_only_a_pointed_part_takes_the_side_examined_before():
    earlier = [_fact("swelling", "great toe", "left")]
    pulses = _fact("normal pulses", "foot", "")
    assert pointed_side(pulses, "pulses are good in that foot", earlier).attributes["laterality"] == "left"
    assert pointed_side(pulses, "pulses are good in the foot", earlier).attributes["laterality"] == ""
    # nothing on that limb examined with a side: none to take
    assert pointed_side(pulses, "pulses are good in that foot", []).attributes["laterality"] == ""
