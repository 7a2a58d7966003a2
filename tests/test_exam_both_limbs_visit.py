"""A visit about a pair of limbs ("it's in both knees"): a knee examined with no side said is both knees; a
visit whose limb is named with one side keeps that side."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return {
        (f.name, f.attributes["site"], f.attributes["laterality"]) for f in facts(*turns) if f.kind == FactKind.exam
    }


def test_knee_exam_in_a_visit_about_both_knees_is_bilateral():
    got = _exam(
        "It says here that it's in both knees, is that correct?",
        "Yes, both of them hurt when I squat.",
        "Now let me focus on your knee examination. You do have some tenderness when I palpate.",
        "Okay.",
    )
    assert any(n == "tenderness" and side == "bilateral" for n, _, side in got)


def test_one_sided_limb_keeps_its_side():
    # "both knees" asked, but the patient names the right: the knee examined is the right one
    got = _exam(
        "Is it in both knees?",
        "No, just my right knee.",
        "Now let me focus on your knee examination. You do have some tenderness when I palpate.",
        "Okay.",
    )
    assert not any(side == "bilateral" for _, _, side in got)
    assert any(n == "tenderness" and side == "right" for n, _, side in got)
