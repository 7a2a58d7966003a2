"""A sign found on one side, then "none on the other" ("a resting tremor in the right hand, none on the
left"), is the sign on one side and its absence on the other: the found side stays found."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(said):
    got = facts("Let me examine you now.", "Okay.", said, "Okay.")
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in got
        if f.kind == FactKind.exam
    ]


def test_none_on_the_other_side_is_the_sign_denied_there():
    got = _exam("There's a resting tremor in the right hand, none on the left.")
    assert ("resting tremor", "hand", "right", "no") in got
    assert ("no tremor", "hand", "left", "yes") in got


def test_the_found_side_is_never_denied():
    got = _exam("There's some swelling over the left ankle, none on the right.")
    assert ("swelling", "ankle", "left", "no") in got
    assert not [g for g in got if g[2] == "left" and g[3] == "yes"]


def test_a_sign_denied_on_one_side_then_none_on_the_other_is_denied_on_both():
    got = _exam("No swelling in the right ankle, and none on the left.")
    assert ("no swelling", "ankle", "right", "yes") in got
    assert ("no swelling", "ankle", "left", "yes") in got
    assert not [g for g in got if g[3] == "no"]
