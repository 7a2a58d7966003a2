"""Where a sentence names a drug: the lexicon's names, minerals and nicotine products said as drugs, and
words that only sound like a drug (kept uncertain)."""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.heard_drugs import HeardDrug, pieced_drugs, sound_alike_drugs
from engine.clinical.lexicon import find_drugs

_ALLERGY_TALK = re.compile(r"\b(?:allerg\w*|reactions?|hives|broke out|rash|makes me|made me)\b")


def drug_mentions(low: str) -> tuple[list[tuple[int, int, str]], dict[tuple[int, int], HeardDrug]]:
    """Drugs the lexicon knows in a lower-cased sentence, plus words that only sound like one (by span)."""
    drugs = find_drugs(low)
    drugs = sorted(drugs + lexicon.find_minerals(low, drugs))
    drugs = sorted(drugs + lexicon.find_nicotine_forms(low, drugs))
    if _ALLERGY_TALK.search(low):
        return drugs, {}  # a misheard allergen must not become a medication the patient takes
    heard = {(h.start, h.end): h for h in sound_alike_drugs(low, [(a, b) for a, b, _ in drugs])}
    pieced = {(h.start, h.end): h for h in pieced_drugs(low, drugs)}  # already in ``drugs``
    return sorted(drugs + [(h.start, h.end, h.generic) for h in heard.values()]), heard | pieced
