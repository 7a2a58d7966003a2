"""The antenatal exam's measures: "fundal height is twenty-nine centimetres", "baby's heart rate one forty-two"
are exam findings with their value. The mother's own heart rate is never the baby's, and a measure planned or
asked about is not one taken."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_fundal_height_and_fetal_heart_rate():
    got = _exam(
        "Lie down for me... Fundal height is twenty-eight centimetres, that matches your dates. "
        "Baby's heart rate one forty-four, nice and strong.",
        "Okay.",
    )
    assert any(g.startswith("fundal height 28 cm") for g in got)
    assert any(g.startswith("fetal heart rate 144") for g in got)
    assert any(g.startswith("fetal heart rate 142") for g in _exam("The baby heartbeat is one forty-two.", "Good."))


def test_mothers_heart_rate_is_no_fetal_heart_rate():
    assert not any("fetal" in g for g in _exam("Your heart rate is one hundred and ten today.", "Okay."))


def test_planned_or_asked_is_no_measure():
    assert not any("fundal" in g for g in _exam("Next time we will check the fundal height of 30 cm.", "Okay."))
    assert not any("fetal" in g for g in _exam("Was the baby's heart rate 150 at the scan?", "I think so."))
