"""Scoring extracted facts against annotated ones, with the matching a clinician would accept.

"Sulfonamide antibiotics" is the sulfa allergy, "ankle sprain" is "sprain of ankle" (both S93.4), "EKG"
is "electrocardiogram", "x-ray of the right middle finger" is "right middle finger x-ray": names match
when they are the same concept in our vocabulary (ICD-10-CM category for problems), a listed synonym,
or when all content words of one are in the other (engine/name_matching.py). Doses, statuses, values and
laterality must agree exactly: those are where a wrong fact hurts. This module holds the matching of whole
fact lists, of doses, values, follow-ups, vitals and habits, and the wrong-drug counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from engine.name_matching import ingredients, same_allergen, same_drug, words

_UNIT_PLURAL = re.compile(r"(?<=[a-z])s$")


def same_dose(gold: str, got: str) -> bool:
    """The same dose however spaced, and one unit said in the singular or the plural ("1 puff" = "1 puffs")."""

    def key(dose: str) -> str:
        k = _UNIT_PLURAL.sub("", re.sub(r"\s+", "", dose.lower()))
        k = re.sub(r"(?<=\d)(?:or|to|–)(?=\d)", "-", k)  # "1 or 2 puffs" is "1-2 puffs"
        # one gram is 1000 mg however the note writes it ("metformin 1 g" is "metformin 1000 mg")
        if grams := re.fullmatch(r"(\d+(?:\.\d+)?)g", k):
            k = f"{float(grams.group(1)) * 1000:g}mg"
        return k

    return key(gold) == key(got)


def same_value(gold: str, got: str) -> bool:
    """Result values: every number in the annotation must be in what we found; words compare loosely."""
    gold, got = (re.sub(r"(?<=\d),(?=\d{3}\b)", "", v) for v in (gold, got))  # "250,000" is 250000
    gn = re.findall(r"\d+(?:\.\d+)?", gold)
    if gn:
        return all(n in re.findall(r"\d+(?:\.\d+)?", got) for n in gn)
    return not gold or bool(words(gold) & words(got)) or not got


@dataclass
class Match:
    """How one kind of fact scored on one visit: matches, counts, and what was missed or extra."""

    tp: int
    expected: int
    produced: int
    missed: list[str]
    extra: list[str]


def match(
    gold: list,
    got: list,
    same: Callable[[object, object], bool],
    show: Callable[[object], str],
    part_of: Callable[[object, object], bool] | None = None,
) -> Match:
    """One-to-one greedy matching of annotated items to produced items. With ``part_of``, a produced item
    left over that is one item of an annotated list ("no murmurs" of "regular rhythm, no murmurs") is in the
    annotation: it is neither an extra nor a match."""
    left = list(got)
    missed = []
    for g in gold:
        hit = next((p for p in left if same(g, p)), None)
        if hit is None:
            missed.append(show(g))
        else:
            left.remove(hit)
    kept = [p for p in left if not any(part_of(g, p) for g in gold)] if part_of else left
    produced = len(got) - (len(left) - len(kept))
    return Match(len(gold) - len(missed), len(gold), produced, missed, [show(p) for p in kept])


def wrong_drugs(facts: list, gold: dict) -> tuple[list[str], list[str]]:
    """(drugs shown as certain that the visit never had, drug names left uncertain for the clinician).

    A medication or allergy fact counts as wrong when its name matches no annotated medication or
    allergy, nor a drug named in an annotated order ("chemotherapy with cisplatin and paclitaxel": the
    drug was said, only its kind of fact differs): the most dangerous output a scribe can have (issue
    17's target is none).
    """
    from engine.clinical.drug_certainty import is_uncertain
    from engine.types import FactKind

    said = [m["name"] for m in gold.get("medications", [])] + [
        a["substance"] if isinstance(a, dict) else str(a) for a in gold.get("allergies", [])
    ]
    # a drug of a combination the patient takes ("calcium with vitamin D") was said and is taken
    said += [i for name in list(said) for i in ingredients(name) if len(ingredients(name)) > 1]
    said += [
        w
        for order in gold.get("orders", [])
        if re.search(r"chemo|infusion|injection|therapy with|vaccine|shot", str(order).lower())
        for w in re.findall(r"[a-z][a-z-]+", str(order).lower())
    ]
    wrong, unsure = [], []
    for f in facts:
        if f.kind not in (FactKind.medication, FactKind.allergy) or f.negated:
            continue
        same = same_allergen if f.kind == FactKind.allergy else same_drug
        if is_uncertain(f):
            unsure.append(f.name)
        elif not any(same(g, f.name) for g in said):
            wrong.append(f.name)
    return wrong, unsure


def offered_drugs(facts: list, gold: dict) -> int:
    """How many of the drug names left uncertain offer an annotated drug of the visit among their candidates:
    one click for the clinician, against the rest, which they must type (issue 17's audio table)."""
    from engine.clinical.drug_certainty import candidates_of, is_uncertain
    from engine.types import FactKind

    said = [m["name"] for m in gold.get("medications", [])]
    return sum(
        1
        for f in facts
        if f.kind == FactKind.medication
        and is_uncertain(f)
        and any(same_drug(g, c) for g in said for c in candidates_of(f))
    )


_DURATION = re.compile(r"\b(\d+(?:\.\d+)?|a|an)\s*(?:to\s*\d+\s*)?(day|week|month|year)s?\b")


def same_follow_up(gold: str, got: str) -> bool:
    """Whether a follow-up said is the annotated one: the same words, or the same first interval when the
    annotation adds what the visit is for ("6 weeks, after the repeat TSH" is the 6-week follow-up)."""
    if words(gold) == words(got):
        return True
    from engine.clinical.numbers import normalise

    gold, got = normalise(gold.lower()).text, normalise(got.lower()).text
    g, p = _DURATION.search(gold), _DURATION.search(got)
    same = bool(g and p) and (g.group(1), g.group(2)) == (p.group(1), p.group(2))
    return same and words(got) <= words(gold) | {"follow", "up"}


VITAL_KEYS = {
    "heart_rate": "heart rate",
    "temperature_f": "temperature",
    "spo2": "oxygen saturation",
    "respiratory_rate": "respiratory rate",
}


def vital_readings(gold: dict) -> list[tuple[str, float | str]]:
    """The annotated vitals as (fact name, value) pairs: a pressure as "152/96", the rest as numbers."""
    out: list[tuple[str, float | str]] = []
    if "systolic" in gold:
        out.append(("blood pressure", f"{gold['systolic']}/{gold['diastolic']}"))
    out += [(VITAL_KEYS[k], float(v)) for k, v in gold.items() if k in VITAL_KEYS]
    if "weight_lb" in gold:
        out.append(("weight", float(gold["weight_lb"])))
    return out


def vital_value(f) -> float | str:
    """A vital fact's value in the annotation's units (pounds, Fahrenheit)."""
    v = f.attributes.get("value", "")
    if f.name == "blood pressure":
        return v
    if f.name == "weight" and f.attributes.get("unit") == "kg":
        return round(float(v) * 2.20462, 1)
    if f.name == "temperature" and f.attributes.get("unit") == "Cel":
        return round(float(v) * 9 / 5 + 32, 1)  # annotated in Fahrenheit; the same reading, said in Celsius
    return float(v)


def same_vital(name: str, gold: float | str, got: float | str) -> bool:
    """One reading: a weight said in kilograms is annotated in pounds either to the tenth (61 kg is 134.5 lb)
    or to the whole pound (134), so within half a pound is the same weight."""
    if name == "weight" and isinstance(gold, float) and isinstance(got, float):
        return abs(gold - got) <= 0.5
    return gold == got


_DENIED = {"never", "denies", "no", "none"}


def same_habit(gold: str, got: str) -> bool:
    """Social history agrees on polarity and time (never/denies, former, current); details may differ."""
    g, p = gold.lower(), got.lower()
    # "no marijuana", "never, denies vaping", "no smoking or vaping" are denials however they are worded
    # ... and so are "does not smoke", "doesn't drink", "non-smoker"
    denial = r"(?:no|never|denies|none|not|non-?\w+)\b|(?:does not|doesn't|do not|don't)\b"
    g_denied = g in _DENIED or bool(re.match(denial, g))
    p_denied = p in _DENIED or bool(re.match(denial, p))
    if g_denied or p_denied:
        return g_denied and p_denied
    # "quit 10 years ago" is former; "current smoker, trying to quit" is not (and never matched a current value);
    # nor are "smokes quite a lot", "never managed to quit", "hasn't quit"
    # ("cannabis years ago, none now", "no longer drinks": given up as well; "tried to quit in 1998" still smokes)
    # (each "quit" on its own: "tried to quit several times, finally quit in 2010" is former; "gave up trying to
    # quit" is not)
    blocked = re.compile(
        r"\b(?:tried|try|trying|tries|wants?|plans?|planning|thinking|ready|considering|interested|hoping|hopes|never|"
        r"hasn't|has not|haven't|couldn't|can't|didn't|unable)\b(?: \w+){0,3} $"
    )
    g_former = (
        "former" in g
        or bool(re.search(r"\b(?:none now|no longer|gave up(?! (?:trying|on)\b))\b", g))
        or any(not blocked.search(g[: q.start()][-40:]) for q in re.finditer(r"\bquit(?:s|ting)?\b", g))
    )
    if g_former or "former" in p:
        return g_former == ("former" in p)
    return True
