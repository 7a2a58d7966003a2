"""The baby's heart rate at an antenatal visit is no vital sign of the mother."""

from tests.fact_readers import facts


def _vitals(found):
    return [f.label() for f in found if f.kind.value == "vital"]


def test_the_babys_heart_rate_is_not_the_mothers():
    assert _vitals(facts("The baby's heart rate is 144, nice and strong.", "Oh good.")) == []
    assert _vitals(facts("Fetal heart rate 150.", "Okay.")) == []


def test_the_mothers_heart_rate_beside_the_babys_is_hers():
    assert _vitals(facts("Your heart rate is 88 and the baby's is 140.", "Okay.")) == ["heart rate 88 bpm"]
