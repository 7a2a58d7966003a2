"""A finding's site narrowed just after the part is charted at the narrower place: "pain to palpation of
the right lumbar spine, uh, in the paraspinal muscles" is the right lumbar paraspinal muscles; "tender on
the inner side, here, the joint line" is the medial joint line of the knee being examined; the
peritonsillar space is its own site, not the throat. A place that is the subject of its own clause ("the
joint line is fine") never takes the finding, and a second part ("and the hip") is no narrowing."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_lumbar_spine_narrowed_to_paraspinal_muscles():
    got = _exam(
        "On your back exam, you do have some pain to palpation of the right lumbar spine, uh, in the paraspinal "
        "muscles.",
        "Okay.",
    )
    assert "tenderness to palpation (right lumbar paraspinal muscles)" in got


def test_ankle_narrowed_to_lateral_malleolus():
    got = _exam("Let me examine your right ankle. You have tenderness over the ankle, just over the lateral malleolus.")
    assert got == ["tenderness (right lateral malleolus)"]


def test_elbow_narrowed_to_epicondyle():
    got = _exam("Let me examine your left elbow. There is tenderness at the elbow, right over the lateral epicondyle.")
    assert got == ["tenderness (left lateral epicondyle)"]


def test_inner_side_then_joint_line_is_medial_joint_line():
    got = _exam(
        "Now lie down here, let me see the knees.",
        "Okay.",
        "Right knee has a mild swelling. Tender on the inner side, here, the joint line.",
    )
    assert "tenderness (right medial joint line)" in got
    assert "tenderness (bilateral knees)" not in got


def test_peritonsillar_space_is_its_own_site():
    got = _exam("On throat examination there is erythema of the left peritonsillar space.", "Okay.")
    assert "erythema (left peritonsillar space)" in got


def test_place_with_its_own_verb_keeps_the_finding_on_the_part():
    got = _exam("Let me examine your right knee. You have tenderness over the knee, the joint line is fine.")
    assert "tenderness (right knee)" in got
    assert not any(g.startswith("tenderness") and "joint line" in g for g in got)


def test_second_part_is_no_narrowing():
    got = _exam("Let me examine your right knee. You have tenderness over the knee, and the hip is fine.")
    assert "tenderness (right knee)" in got


def test_denied_tenderness_stays_denied_when_narrowed():
    got = _exam("Let me examine your right ankle. No tenderness over the ankle, uh, over the lateral malleolus.")
    assert not any(g.startswith("tenderness") for g in got)
