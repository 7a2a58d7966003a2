"""A vitamin named only by a letter, heard through the microphone, waits for the clinician.

Letter names rhyme: B, C, D, E, G, P, T, V and Z (and "three") differ by one consonant, and A and K by
one. Through audio, "vitamin D" was heard as "vitamin B" and charted as vitamin B complex, plain and
certain. So in a transcript recognised from audio (its segments carry word timings and probabilities,
the same tell engine/clinical/allergen_certainty.py uses; a typed transcript has none and is read as
written), a medication or allergy named only as "vitamin <letter>" gets ``certainty="uncertain"``,
``heard_as`` (what was heard) and ``candidates``: the letter vitamins that sound like it, in the names
the lexicon charts them by, so the note shows "a drug that sounded like 'vitamin B' (...)" and signing
waits until the clinician picks one (engine/clinical/drug_certainty.py, engine/review.py).

What is not a bare letter, and stays as heard:
- a letter whose number only one vitamin has: "B12", "B 12", "B twelve", "B6", "B1", "B9", "K2". No
  rhyming letter has a 12 or a 6 (there is no D12 or E6), and "twelve" or "six" rhyme with no other
  vitamin number, so the number says which vitamin whatever the letter sounded like. "D3" and "D2" are
  not such: B3 (niacin) and B2 (riboflavin) exist, so "vitamin D3" stays uncertain even with a clear
  "1000 units" (the dose orders the candidates, vitamin D first; it does not pick one);
- a name that is more than the letter: "vitamin B complex" (no other letter has a complex),
  "multivitamin", "folic acid", "cholecalciferol", "calcium with vitamin D" (the lexicon's combined
  product: calcium is what makes D the reading, and no calcium-with-B product is in use);
- a fact also named by such a name elsewhere in the visit: a vitamin said once in full was said.
"""

from __future__ import annotations

import re

from engine.clinical.drug_certainty import DRUG_CERTAINTY
from engine.clinical.drug_forms import Said, said_in
from engine.clinical.heard_drugs import MAX_CANDIDATES
from engine.clinical.lexicon import find_drugs
from engine.types import Fact, FactKind, Segment, Transcript

# The letter vitamins a clinician may mean, under the generic names the lexicon gives "vitamin <letter>"
# (tests/test_vitamin_letters.py checks they agree), most often taken first.
VITAMIN = {
    "d": "ergocalciferol",
    "b": "vitamin b complex",
    "c": "ascorbic acid",
    "e": "vitamin e",
    "a": "vitamin a",
    "k": "vitamin k",
}
# Letters that rhyme with one another. G and P name riboflavin and rutin in the lexicon, but nobody takes
# them by those letters: heard, they are another letter misheard, so they are never proposed.
_RHYMES = ("bcdegptvz", "ak")
# Letter and number that only one vitamin among the rhyming letters has (B12, B6, K2): the number says which
# vitamin. D2, D3, B2 and B3 are not here (each has a rhyming twin); "D12" is no vitamin, so B12 misheard.
_ONLY_ONE = {"b1", "b5", "b6", "b7", "b9", "b12", "k1", "k2"}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "five": "5", "six": "6", "seven": "7", "nine": "9"}
_NUMBER_WORDS |= {"twelve": "12"}
# "vitamin d", "vitamin d3", "vitamin b 12", "vitamin b-twelve"; never a dose ("vitamin d 2000 units")
_LETTER = re.compile(r"vitamins?\s+([a-z])(?![a-z])(?:\s*-?\s*(12|[1-9]|one|two|three|five|six|seven|nine|twelve)\b)?")
_IU = re.compile(r"\b(?:iu|i\.u\.|international units?)\b")
# Single doses each letter vitamin is taken in, wide on purpose (amounts as drug_forms.said_in gives
# them: mass in mg, units): a dose outside moves the vitamin down the candidates, never off them.
_DOSES = {
    "d": {"unit": (200, 50_000), "mg": (0.005, 1.25)},  # 400-50,000 IU; 10-50 micrograms
    "e": {"unit": (100, 1_000), "mg": (50, 1_000)},
    "c": {"mg": (50, 2_000)},
    "b": {"mg": (1, 500)},
    "a": {"unit": (1_000, 25_000)},
    "k": {"mg": (0.05, 10)},
}


def _sounds_alike(letter: str) -> list[str]:
    """The vitamin letters that sound like ``letter`` (itself among them when it is one), most taken first."""
    group = next((g for g in _RHYMES if letter in g), letter)
    return [x for x in VITAMIN if x in group]


def _fits(letter: str, said: Said) -> bool:
    """Whether the vitamin of ``letter`` comes in the dose said (any, when no amount was said)."""
    if said.amount is None or said.unit not in {"mg", "unit"}:
        return True
    lo, hi = _DOSES[letter].get(said.unit, (0, 0))
    return lo * 0.999 <= said.amount <= hi * 1.001


def letter_mentions(segment: Segment) -> list[tuple[int, int, str, str]]:
    """Vitamins a heard segment names only by a letter: (start, end, letter and any number, generic). A typed
    segment (no words), or a letter with a number only one vitamin has ("b12"), gives none."""
    if not segment.words:
        return []
    low = segment.text.lower()
    out = []
    for a, b, generic in find_drugs(low):
        m = _LETTER.match(low, a)
        if not m or b not in (m.end(1), m.end()):
            continue  # "vitamin b complex": more than the letter was said
        said = m.group(1) + _NUMBER_WORDS.get(m.group(2) or "", m.group(2) or "")
        if said in _ONLY_ONE:
            continue  # "vitamin b12": the number names the vitamin
        out.append((a, max(b, m.end()), said, generic))
    return out


def _dose(fact: Fact, after: str) -> Said:
    """The dose said after the name (international units read as units), else the fact's own dose."""
    said = said_in(_IU.sub("units", after.lower()))
    return said if said.unit else said_in(fact.attributes.get("dose", ""))


def candidates(heard: str, said: Said, name: str) -> list[str]:
    """The vitamins ``heard`` ("b", "d3", "d12") may be, best first: B12 when a rhyming letter had a 12,
    then those in the dose said, then the letter heard, then the most taken; ``name`` (what the lexicon
    read) stays among them."""
    letter = heard[0]
    letters = _sounds_alike(letter) or list(VITAMIN)
    order = sorted(letters, key=lambda x: (not _fits(x, said), x != letter, list(VITAMIN).index(x)))
    b12 = ["cyanocobalamin"] if heard[1:] == "12" and "b" in letters else []
    out = [*b12, *(VITAMIN[x] for x in order)][:MAX_CANDIDATES]
    return out if name in out else [*out[: MAX_CANDIDATES - 1], name]


def mark_letter_vitamins(facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """``facts`` with every medication or allergy named only by a vitamin letter in a heard segment marked
    uncertain, with what was heard and the letter vitamins that sound like it; others are unchanged."""
    out = []
    for fact in facts:
        a = fact.attributes
        if (
            fact.kind not in (FactKind.medication, FactKind.allergy)
            or fact.negated
            or a.get("edited") == "clinician"
            or a.get("certainty") in DRUG_CERTAINTY
        ):
            out.append(fact)
            continue
        letters, named = [], False
        for ev in fact.evidence:
            try:
                seg = transcript.segment(ev.segment_id)
            except KeyError:
                continue
            low = seg.text.lower()
            spans = [(x, y) for x, y, g in find_drugs(low) if g == fact.name and x < ev.char_end and y > ev.char_start]
            bare = [
                m for m in letter_mentions(seg) if m[3] == fact.name and m[0] < ev.char_end and m[1] > ev.char_start
            ]
            named |= len(spans) > len(bare)  # said by a fuller name too, or in a typed segment
            letters += [(seg, m) for m in bare]
        if not letters or named:
            out.append(fact)
            continue
        seg, (x, y, letter, _) = letters[0]
        heard = re.sub(r"[\s,.;:!?]+$", "", seg.text[x:y])
        options = candidates(letter, _dose(fact, seg.text[y : y + 80]), fact.name)
        attrs = {**a, "certainty": "uncertain", "heard_as": heard, "candidates": "|".join(options)}
        out.append(fact.model_copy(update={"attributes": attrs}))
    return out
