"""Problems read from what a drug is for (engine/clinical/drug_reasons.py), less the drug's nickname.

"The cholesterol one at night", "I'd like to start a cholesterol pill": a statin called by what it lowers
names the drug, not a diagnosis; statins are given to protect the heart of a diabetic or a smoker as often as
for high cholesterol, so only words about the patient's cholesterol itself ("atorvastatin for your
cholesterol", "your cholesterol is high") chart it. "The blood pressure one" still charts hypertension:
nobody takes one for prevention.
"""

from __future__ import annotations

import re

from engine.clinical.drug_reasons import drug_glosses, pill_reason
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept

_STATIN_NICKNAME = re.compile(
    r"(?:\b(?:the|a|my|your|his|her) )?cholesterol (?:1|one|pills?|tablets?|medicines?|medications?|meds?)\b"
)


def problem_hits(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Problems named as what a drug of sentence ``s`` is for, without a statin's nickname."""
    hits = drug_glosses(sentences, s) + pill_reason(s.low)
    return [h for h in hits if not _STATIN_NICKNAME.fullmatch(s.low[h[0] : h[1]])]
