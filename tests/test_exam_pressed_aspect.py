"""The patient answers a press on a named aspect of a part: "when I press on the inside of your knee does that
hurt?" "Yes." is tenderness of the medial knee; the outside is lateral, the bottom of the foot plantar. A press
answered no is no tenderness there, and a question with no exam is never a finding."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_inside_and_outside_of_the_knee():
    got = _exam(
        "What brings you in?",
        "My right knee hurts.",
        "Let me examine you. When I press on the inside of your knee does that hurt?",
        "Yes.",
        "And when I press on the outside of your right knee, does that hurt?",
        "No.",
    )
    assert "tenderness to palpation (right medial knee)" in got
    assert "no tenderness to palpation (right lateral knee)" in got
    assert "tenderness to palpation (right lateral knee)" not in got


def test_bottom_and_top_of_the_foot():
    got = _exam(
        "What brings you in?",
        "My left foot hurts.",
        "Let me examine your foot. When I press on the bottom of your foot does that hurt?",
        "Yes.",
        "And the top of your foot, does that hurt when I press?",
        "No.",
    )
    assert "tenderness to palpation (left plantar foot)" in got
    assert "no tenderness to palpation (left dorsal foot)" in got


def test_a_pain_asked_about_at_home_is_no_exam_finding():
    got = _exam("Does the inside of your knee hurt when you climb stairs?", "Yes.")
    assert not any("tenderness" in g for g in got)
