"""Doses said with no drug name the lexicon knows before them: the clinician must listen and fill them in."""

from __future__ import annotations

from engine.clinical.dosing import DOSE
from engine.clinical.medication_mentions import drug_mentions
from engine.clinical.sentences import Sentence
from engine.types import Evidence


def unattributed_doses(sentences: list[Sentence]) -> list[Evidence]:
    """Doses said with no recognisable drug name before them: the clinician must listen and fill them in."""
    out: list[Evidence] = []
    for s in sentences:
        drugs, _ = drug_mentions(s.low)
        for m in DOSE.finditer(s.low):
            if s.question_at(m.start()):
                continue
            if m.group(2) in {"g", "ml"} and not drugs:
                continue  # "a gram of", "5 ml" without drugs is rarely a prescription
            if not any(b <= m.start() and m.start() - b <= 40 for _, b, _ in drugs):
                a = max(0, s.low.rfind(" ", 0, max(0, m.start() - 20)) + 1)
                out.extend(s.evidence(a, m.end())[:1])
    return out
