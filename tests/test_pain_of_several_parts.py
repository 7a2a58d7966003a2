"""One pain said of several parts ("any pain in your back or in your bones?", "pain in my hips, knees and
ankles"): each part is its own pain, asked, denied or told."""

from engine.types import FactKind
from tests.fact_readers import facts


def _symptoms(*turns):
    return {(f.name, f.negated) for f in facts(*turns) if f.kind == FactKind.symptom}


def test_each_part_denied():
    got = _symptoms("Any pain in your back or in your bones?", "No pain.")
    assert {("back pain", True), ("bone pain", True)} <= got


def test_each_part_told():
    got = _symptoms(("patient", "I have pain in my hips, knees and ankles."))
    assert {("hip pain", False), ("knee pain", False), ("ankle pain", False)} <= got


def test_denied_part_never_present():
    got = _symptoms("Any pain in your back or your knees?", "No.")
    assert ("knee pain", False) not in got and ("knee pain", True) in got
