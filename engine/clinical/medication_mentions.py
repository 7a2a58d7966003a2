"""Where a sentence names a drug: the lexicon's names, minerals and nicotine products said as drugs, and
words that only sound like a drug (kept uncertain)."""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.brand_names import BRAND_VARIANTS, REGIONAL_BRANDS
from engine.clinical.drug_nicknames import nickname_mentions
from engine.clinical.heard_drugs import HeardDrug, pieced_drugs, sound_alike_drugs
from engine.clinical.lexicon import find_drugs

# "calcium with vitamin D", "calcium plus D", "the calcium and D tablets": one combined tablet, not vitamin D
_CALCIUM_WITH_D = re.compile(r"\bcalcium (?:with|plus|and|\+) (?:vitamin )?d\d?\b")
_MINERAL_SUPPLEMENT = re.compile(r"^(?:iron|calcium|magnesium|potassium|zinc) supplements?$")
_ALLERGY_TALK = re.compile(r"\b(?:allerg\w*|reactions?|hives|broke out|rash|makes me|made me)\b")


def drug_mentions(
    low: str, called: dict[str, str] | None = None
) -> tuple[list[tuple[int, int, str]], dict[tuple[int, int], HeardDrug]]:
    """Drugs the lexicon knows in a lower-cased sentence, plus words that only sound like one (by span), plus the
    nicknames ``called`` that the visit pinned to a drug (drug_nicknames.py)."""
    drugs = nickname_mentions(low, _variants(low, _with_vitamin_d(low, find_drugs(low))), called or {})
    # "an iron supplement": the dictionary lists it as a kind of product, but it is the patient's oral iron (or
    # calcium), read as the mineral taken
    drugs = [d for d in drugs if not _MINERAL_SUPPLEMENT.match(d[2])]
    drugs = sorted(drugs + lexicon.find_minerals(low, drugs))
    drugs = sorted(drugs + lexicon.find_nicotine_forms(low, drugs))
    if _ALLERGY_TALK.search(low):
        return drugs, {}  # a misheard allergen must not become a medication the patient takes
    # a class word may end a drug's name heard as common words ("some of the statin, 40 milligrams" for
    # simvastatin): the heard run may take its place
    named = [(a, b) for a, b, g in drugs if not lexicon.is_drug_class(g)]
    heard = {(h.start, h.end): h for h in sound_alike_drugs(low, named)}
    drugs = [d for d in drugs if not any(a < d[1] and d[0] < b for a, b in heard)]
    pieced = {(h.start, h.end): h for h in pieced_drugs(low, drugs)}  # already in ``drugs``
    return sorted(drugs + [(h.start, h.end, h.generic) for h in heard.values()]), heard | pieced | _regional(low, drugs)


def _regional(low: str, drugs: list[tuple[int, int, str]]) -> dict[tuple[int, int], HeardDrug]:
    """Brands that name one drug in one country and another elsewhere ("Cartia"): uncertain, both offered."""
    out = {}
    for a, b, _ in drugs:
        if options := REGIONAL_BRANDS.get(low[a:b]):
            out[(a, b)] = HeardDrug(start=a, end=b, heard=low[a:b], generic=options[0], candidates=options)
    return out


def _with_vitamin_d(low: str, drugs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``drugs`` with each "calcium with vitamin D" read as the one combined product."""
    combos = [(m.start(), m.end(), "calcium-vitamin d") for m in _CALCIUM_WITH_D.finditer(low)]
    kept = [d for d in drugs if not any(a < d[1] and d[0] < b for a, b, _ in combos)]
    return sorted(kept + combos)


def _variants(low: str, drugs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``drugs`` with a multi-product brand read as the product the next words name ("Benylin, the dry cough
    one" is dextromethorphan, "Tylenol #3" acetaminophen with codeine)."""
    out = []
    for a, b, generic in drugs:
        for pattern, product in BRAND_VARIANTS.get(low[a:b], ()):
            if re.search(pattern, low[b : b + 30]):
                generic = product
                break
        out.append((a, b, generic))
    return out
