"""How a part moves, said in plain words while examining: a part that "moves well", "moves fine" or "is moving
fine" has its normal range of motion, one that "moves fully" its full range, "straightening is full" is full
extension and a knee that "bends only to about ninety degrees" has limited flexion. A part said not to move
well, and a baby or the air said to be moving well, are never charted as a normal range of motion."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*said):
    """(name, site, laterality, normal) of the exam findings after the clinician's turns."""
    turns = []
    for s in said:
        turns += [s, "Okay."]
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in facts(*turns)
        if f.kind == FactKind.exam
    ]


def test_part_moves_well_is_normal_range():
    assert ("normal range of motion", "hip", "", "yes") in _exam("Let me examine you. Your hip moves well.")
    assert ("normal range of motion", "neck", "", "yes") in _exam(
        "Let me have a look. Throat is fine. Neck moves fine."
    )


def test_parts_moving_fine_on_both_sides():
    got = _exam("Let me see the knees. Hips are moving fine, both sides.")
    assert ("normal range of motion", "hips", "bilateral", "yes") in got


def test_moves_fully_is_full_range_on_the_side_examined():
    got = _exam("Let me look at the hip. A bruise on the left hip, but the hip moves fully.")
    assert ("full range of motion", "hip", "left", "yes") in got


def test_movement_said_full_and_stopping_short():
    got = _exam(
        "Now lie down, let me see the knees.",
        "Right knee bends only to about ninety degrees. Good, straightening is full.",
    )
    assert ("limited flexion", "knee", "right", "no") in got
    assert any(name == "full extension" and normal == "yes" for name, _site, _side, normal in got)


def test_part_not_moving_well_is_never_normal():
    got = _exam("Let me examine your hip. Your hip doesn't move well, it is not moving well at all.")
    assert not any(normal == "yes" and "range of motion" in name for name, _site, _side, normal in got)


def test_baby_or_air_moving_well_is_no_range_of_motion():
    got = _exam("Let me listen to your chest. Air is moving well on both sides.")
    assert not any("range of motion" in name for name, *_ in got)
    got = facts("Is the baby moving well?", "Yes, the baby is moving well.")
    assert not any(f.kind == FactKind.exam and "range of motion" in f.name for f in got)
