"""The features and reader of the problem check experiment (scripts/train_problem_filter.py; tried 2026-11-28,
not shipped: docs/extraction.md, "A learned problem check").

The question it asks of each problem the rules chart: is this a diagnosis of this patient, discussed today, or a
condition named for another reason (a screening test, a vaccine, a risk explained, a worry ruled out, a
relative's illness)? The medication status model's mention features plus cue words for those reasons, and the
ICD-10-CM chapter. Nothing in ``engine/`` reads it, and there is no run-time hook: the experiment was not shipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from engine.clinical.medication_status_model import CUE_PATTERNS, features
from engine.types import Fact, Transcript

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
