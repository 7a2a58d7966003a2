"""The diabetic foot check as it is told: sensation reduced "at the big toe on both feet" is on both
sides; "and vibration also reduced at the toes", a sense graded without a verb, is its own finding, named
vibration sense as a note writes it. A sense found normal, or said not reduced, is never charted reduced."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_big_toe_on_both_feet_is_bilateral():
    got = _exam("Let me see the feet, please remove the socks. Sensation is reduced at the big toe on both feet.")
    assert "reduced sensation (bilateral great toes)" in got


def test_big_toe_on_one_foot_keeps_its_side():
    got = _exam("Let me examine your feet. Sensation is reduced at the big toe on the left foot.")
    assert got == ["reduced sensation (left great toe)"]


def test_vibration_graded_without_a_verb():
    got = _exam(
        "Let me see the feet, please remove the socks. Sensation is reduced at the big toe on both feet and "
        "vibration also reduced at the toes."
    )
    assert "reduced vibration sense (bilateral toes)" in got
    assert "reduced sensation (bilateral great toes)" in got


def test_vibration_said_not_reduced_or_normal_is_not_reduced():
    assert not any("reduced" in g for g in _exam("Let me examine your feet. Vibration not reduced at the toes."))
    got = _exam("Let me examine your feet. Sensation intact, and vibration is normal at the toes.")
    assert not any("reduced" in g for g in got)


def test_symptom_told_by_patient_is_no_exam_finding():
    got = _exam("Any numbness in the feet?", "Yes, the feeling is reduced in my toes.")
    assert got == []
