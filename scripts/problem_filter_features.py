"""The features and reader of the problem check experiment (scripts/train_problem_filter.py; tried 2026-11-28,
not shipped: docs/extraction.md, "A learned problem check").

The question it asks of each problem the rules chart: is this a diagnosis of this patient, discussed today, or a
condition named for another reason (a screening test, a vaccine, a risk explained, a worry ruled out, a
relative's illness)? The medication status model's mention features plus cue words for those reasons, and the
ICD-10-CM chapter; ``keep_problems`` is what a run-time hook would do. Nothing in ``engine/`` reads it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from engine.clinical.medication_status_model import CUE_PATTERNS, StatusModel, features
from engine.types import Fact, FactKind, Transcript

MODEL_PATH = Path(__file__).with_name("problem_filter_model.json")  # not committed: nothing reads it
# why a condition may be named without being the patient's problem today, on top of the medication cues
PROBLEM_CUES = {
    **CUE_PATTERNS,
    "screen": re.compile(r"\b(?:screen\w*|test\w*|check\w*|swab\w*|bloods?|panel|rule out|ruled out)\b"),
    "vaccine": re.compile(r"\b(?:vaccin\w*|jab|shot|booster|immuni[sz]\w*)\b"),
    "risk": re.compile(r"\b(?:risk|chance|prevent\w*|protect\w*|lower\w* your)\b"),
    "family": re.compile(
        r"\b(?:mum|mom|mother|dad|father|brother|sister|son|daughter|wife|husband|family|aunt|uncle)\b"
    ),
    "negation": re.compile(r"\b(?:no|not|never|don't|doesn't|isn't|wasn't|without|negative)\b"),
    "worry": re.compile(r"\b(?:worr\w*|concern\w*|afraid|scared|could be|might be|maybe)\b"),
    "diagnose": re.compile(r"\b(?:diagnos\w*|you have|you've got|this is|it's|looks like|sounds like)\b"),
}


def problem_features(fact: Fact, transcript: Transcript) -> list[str]:
    """The features of one problem fact: its mentions' context, and its ICD-10-CM chapter."""
    chapter = fact.attributes.get("icd10", "")[:1] or "none"
    return sorted({*features(fact, transcript, PROBLEM_CUES), f"icd_chapter={chapter}"})


@cache
def model() -> StatusModel | None:
    """The shipped artifact, or None where it is absent (then every problem the rules chart stands)."""
    if not MODEL_PATH.exists():
        return None
    return StatusModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def keep_problems(facts: list[Fact], rules_facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """``facts`` without the problems the model puts under its threshold. The features are read from
    ``rules_facts`` (the same facts, index for index, as the rules made them: what the model was trained on)."""
    m = model()
    if m is None or m.threshold <= 0:
        return facts
    return [
        f
        for f, r in zip(facts, rules_facts, strict=True)
        if f.kind != FactKind.problem or m.probabilities(problem_features(r, transcript))["1"] >= m.threshold
    ]
