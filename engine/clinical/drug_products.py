"""Drugs said by a word that is usually something else: minerals ("my iron pill", "magnesium 400
milligrams") and nicotine products named by their form ("the patch, plus the lozenges")."""

from __future__ import annotations

import re

# Minerals are lab names far more often than drugs ("your potassium was 5.1"), so NOT_MEDICATION_WORDS
# keeps them out of find_drugs; they are a drug only when said as one: "a potassium pill", "magnesium 400
# milligrams", "I take calcium with vitamin D".
_MINERAL_GENERIC = {
    "magnesium": "magnesium",
    "potassium": "potassium chloride",
    "iron": "ferrous sulfate",  # the oral iron a patient means by "my iron pill"
    "calcium": "calcium",
    "zinc": "zinc",
    # B12 said without "vitamin" is the lab as often as the supplement ("your B12 was low"): read the same way
    "b12": "cyanocobalamin",
}
_MINERAL = r"(magnesium|potassium|iron|calcium|zinc|b12)"
_MINERAL_AS_DRUG = re.compile(
    r"\b(?:take|takes|taking|i'm on|on|started|start)\s+(?:a\s+|an\s+|some\s+|the\s+|my\s+)?"
    + _MINERAL
    + r"\b(?!\s+(?:level|levels|is|was|came|test|count|panel|studies|stores|deficiency|blood|serum))|\b"
    + _MINERAL
    + r"(?=\s+(?:pills?|supplements?|tablets?|tabs|capsules?|chloride|citrate|oxide|carbonate|gluconate)\b|"
    r"\s+\d+(?:\.\d+)?\s*(?:mg|milligrams?|meq|milliequivalents?|mcg|micrograms?)\b|"
    # read off a bag or a list with how it is taken: "The potassium, twenty, once a day", "the iron I take one in
    # the morning"
    # (not a reading: "the potassium in the morning was five point nine", "my calcium at night was low", "the B12
    # was 250 in the morning")
    r",?\s+(?:(?!(?:was|were|came|level|levels)\b|is\s+\d)[\w.]+,?\s+){0,2}?"
    r"(?:once|twice|three times|daily|every (?:day|morning|night)|a day|at night|"
    r"in the morning)\b(?!\s*(?:was|is|were|came|level|reading|result|of\b|\d))|"
    r"\s+(?:i|she|he) (?:take|takes|am taking|'m taking|is taking|'s taking)\b)"
)
# ... unless it is the lab being planned ("we'll check the potassium once a week") or a lab by its sample
# ("a urine calcium twice a day collection", "the coronary calcium")
_CHECKED = re.compile(
    r"\b(?:urine|urinary|serum|blood|plasma|ionized|ionised|coronary|corrected|hour|level of)\s+$|"
    r"\b(?:check|checking|test|testing|measure|measuring|recheck|draw|monitor|monitoring|watch|repeat)\w*\s+"
    r"(?:\w+\s+){0,3}$"
)


def find_minerals(low: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Minerals said as a drug the patient takes, outside the spans already found as drugs."""
    out = []
    for m in _MINERAL_AS_DRUG.finditer(low):
        i = 1 if m.group(1) else 2
        a, b = m.start(i), m.end(i)
        if not any(x < b and a < y for x, y, _ in taken) and not _CHECKED.search(low[max(0, a - 50) : a]):
            out.append((a, b, _MINERAL_GENERIC[m.group(i)]))
    return out


# "the nicotine patch, plus the lozenges for cravings": once a nicotine product is named, the bare form
# words of the same sentence are nicotine products too
_NICOTINE_FORM = re.compile(r"\b(patch(?:es)?|gum|lozenges?)\b")
_NICOTINE_PRODUCT = {"patch": "nicotine patch", "gum": "nicotine gum", "lozenge": "nicotine lozenge"}


def find_nicotine_forms(low: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Nicotine products named by their form alone in a sentence that names a nicotine product."""
    if not any(g.startswith("nicotine ") for _, _, g in taken):
        return []
    out = []
    for m in _NICOTINE_FORM.finditer(low):
        # "a lidocaine patch" is the lidocaine's: a form word right after another drug's name is that drug's
        if not any(x < m.end() and m.start() < y or 0 <= m.start() - y <= 2 for x, y, _ in taken):
            product = _NICOTINE_PRODUCT[next(f for f in _NICOTINE_PRODUCT if m.group(1).startswith(f))]
            if product not in {g for _, _, g in taken}:  # "change the patch location": the one named already
                out.append((m.start(), m.end(), product))
    return out
