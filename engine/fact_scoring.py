"""Scoring extracted facts against annotated ones, with the matching a clinician would accept.

"Sulfonamide antibiotics" is the sulfa allergy, "ankle sprain" is "sprain of ankle" (both S93.4), "EKG"
is "electrocardiogram", "x-ray of the right middle finger" is "right middle finger x-ray": names match
when they are the same concept in our vocabulary (ICD-10-CM category for problems), a listed synonym,
or when all content words of one are in the other. Doses, statuses, values and laterality must agree
exactly: those are where a wrong fact hurts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from engine.clinical.lexicon import drug_dictionary
from engine.clinical.vocabulary import problem_concept, symptom_concept

# Words that are the same thing in a note (both directions).
SYNONYMS = {
    "ekg": "electrocardiogram",
    "ecg": "electrocardiogram",
    "echo": "echocardiogram",
    "sulfa": "sulfonamide",
    "sulfonamides": "sulfonamide",
    "lightheadedness": "dizziness",
    "lightheaded": "dizziness",
    "rhinorrhea": "runny nose",
    "rhinorrhoea": "runny nose",
    "xray": "x-ray",
    "cat": "ct",
    "pt": "physical therapy",
    "physical therapist": "physical therapy",
    "a1c": "hemoglobin a1c",
    "bmp": "basic metabolic panel",
    "cbc": "complete blood count",
    "liver panel": "liver function tests",
    "erythrocyte sedimentation rate": "esr",
    "sedimentation rate": "esr",
    "sed rate": "esr",
    "crp": "c-reactive protein",
    # exam words a note writes either way
    "redness": "erythema",
    "red": "erythema",  # "right knee: red, warm, tender" is erythema, warmth and tenderness
    "tender": "tenderness",
    "warm": "warmth",
    "screening": "screen",  # "hepatitis C screen" is the hepatitis C screening test
    "swelling": "edema",
    "swollen": "edema",
    "lfts": "liver function tests",
    "lft": "liver function tests",
    "ua": "urinalysis",
    "shortness of breath": "dyspnea",
    "sob": "dyspnea",
    "tummy": "abdominal",
    "belly": "abdominal",
    "stomach": "abdominal",
    "nutritionist": "dietitian",
    "corticosteroid": "steroid",
    "cortisone": "steroid",
    "flu shot": "influenza vaccine",
    "flu vaccine": "influenza vaccine",
    # allergens a note names either way
    "bee stings": "bee venom",
    "bee sting": "bee venom",
    "contrast dye": "iodinated contrast",
    "iv contrast": "iodinated contrast",
    # names British, Australian and US notes use for one thing
    "physiotherapy": "physical therapy",
    "physiotherapist": "physical therapy",
    "physio": "physical therapy",
    "thyroid stimulating hormone": "tsh",
    "shingles": "zoster",
    "stool sample": "stool test",
    "full blood count": "complete blood count",
    "fbc": "complete blood count",
    "lipid profile": "lipid panel",
    # the adjective of a part is the part: "facial swelling" is "face swelling"
    "facial": "face",
    # one part, its everyday and its anatomical name; nodes felt are lymphadenopathy ("no lymph nodes in the
    # neck" is "no cervical lymphadenopathy")
    "eardrums": "tympanic membranes",
    "eardrum": "tympanic membrane",
    "ear drums": "tympanic membranes",
    "ear drum": "tympanic membrane",
    "lymphadenopathy": "lymph nodes",
    "armpits": "axillae",
    "armpit": "axilla",
    # the big toe is the great toe (hallux); "feet" is the plural the s-folding below cannot reach
    "big toes": "great toes",
    "big toe": "great toe",
    "feet": "foot",
}
_STOP = frozenset("the a an of to your my her his their in on with for and or at some any".split())


def words(text: str) -> set[str]:
    text = text.lower()
    for k, v in SYNONYMS.items():
        text = re.sub(rf"(?<![a-z]){re.escape(k)}(?![a-z])", v, text)
    text = re.sub(r"(?<=\d)\s*plus\b", "+", text)  # "reflexes 2 plus" is "2+"
    text = re.sub(r"(?<=\d)\s*-\s*(?=\d)", " ", text)  # a range: "3-4 weeks" is "3 to 4 weeks", never "34"
    words = re.findall(r"[a-z0-9]+(?:\.[0-9]+)?", text.replace("-", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOP}


def same_name(gold: str, got: str, concept: Callable[[str], object] | None = None) -> bool:
    """Whether two names are the same thing: equal words, one's words inside the other's, or one concept."""
    g, p = words(gold), words(got)
    if not g or not p:
        return False
    if g <= p or p <= g:
        return True
    if concept:
        cg, cp = concept(gold), concept(got)
        if cg and cp:
            code_g, code_p = getattr(cg, "code", ""), getattr(cp, "code", "")
            if code_g and code_p:
                return code_g[:3] == code_p[:3]
            return getattr(cg, "name", None) == getattr(cp, "name", None)
    return False


# Names a note may use for one product that the drug dictionary does not link.
_DRUG_SYNONYMS = {
    "vitamin b12": "cyanocobalamin",
    "b12": "cyanocobalamin",
    "vitamin d": "vitamin d",
    "vitamin d3": "vitamin d",
    "cholecalciferol": "vitamin d",
    "ergocalciferol": "vitamin d",
}


def _ingredients(name: str) -> frozenset[str]:
    """A product's ingredients, each as its generic: "budesonide-formoterol", "budesonide/formoterol" and
    "budesonide and formoterol" are one inhaler."""
    d = drug_dictionary()
    # "fluticasone furoate, umeclidinium and vilanterol": a list of ingredients written with commas
    split = re.compile(r"\s*(?:/|\+|,|\band\b|\bwith\b|-(?=[a-z]{4,}))\s*")
    parts = split.split(name.lower().strip())
    # a brand maps to its generics joined by "/" (Bactrim: "trimethoprim/sulfamethoxazole"): split those too
    return frozenset(g for p in parts if p for g in split.split(_DRUG_SYNONYMS.get(p, d.get(p, p))) if g)


def same_drug(gold: str, got: str) -> bool:
    """Generic and brand names of one drug are the same drug."""
    d = drug_dictionary()
    g, p = gold.lower(), got.lower()
    if _DRUG_SYNONYMS.get(g, d.get(g, g)) == _DRUG_SYNONYMS.get(p, d.get(p, p)):
        return True
    ig, ip = _ingredients(g), _ingredients(p)
    if len(ig) > 1 or len(ip) > 1:  # a combination is only the same combination, never one of its parts
        return ig == ip
    return same_name(gold, got)


# Words that name a kind, not an allergen: "sulfa drugs", "sulfonamide antibiotics" and "sulfa" are one
# allergy.
_ALLERGEN_KIND = frozenset("drug drugs antibiotic antibiotics medication medications medicine medicines class".split())


def _allergen_words(name: str) -> set[str]:
    """An allergen's words, plural-folded before any synonym ("cats" is the animal, never a CAT scan)."""
    text = name.lower()
    for k, v in SYNONYMS.items():  # phrases first: "bee stings" is "bee venom", "contrast dye" "iodinated contrast"
        if " " in k:
            text = re.sub(rf"(?<![a-z]){re.escape(k)}(?![a-z])", v, text)
    raw = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z0-9]+", text)]
    kept = [w for w in raw if w not in _ALLERGEN_KIND and w[:-1] not in _ALLERGEN_KIND] or raw
    return {SYNONYMS.get(w, w) if w != "cat" else w for w in kept if w not in _STOP}


def same_allergen(gold: str, got: str) -> bool:
    """One allergen however named: a drug by generic or brand, a class with or without its kind word, an
    animal or food by its plain words."""
    d = drug_dictionary()
    gl, pl = gold.lower().strip(), got.lower().strip()
    if (gl in d and d.get(gl) == d.get(pl)) or _ingredients(gl) == _ingredients(pl):
        return True  # a brand and its generic, by the dictionary: never the word matching that maps "cat"
    g, p = _allergen_words(gold), _allergen_words(got)
    if bool(g and p) and (g <= p or p <= g):
        return True
    # the sulfa class and a sulfonamide product (Bactrim is sulfamethoxazole-trimethoprim): one allergy
    sulfa = [w for w in (g, p) if "sulfonamide" in w]
    drug = _ingredients(pl if sulfa and sulfa[0] is g else gl)
    return bool(sulfa) and any(i.startswith("sulfa") for i in drug)


def same_exam_site(gold_finding: str, gold_site: str, got_name: str, got_site: str) -> bool:
    """An exam finding's site, as a clinician reads a chart: either side silent, the same part, or the part one
    names inside the other's finding. "Neck: thyroid not enlarged" and "Thyroid: not enlarged", "Lungs: chest
    clear" and "Chest: clear", "Ears: normal tympanic membranes" and "Tympanic membranes: normal" are one line
    of the exam: the part examined within a region is where the finding is, whichever of the two is written as
    the site."""
    if not gold_site or not got_site or same_name(gold_site, got_site):
        return True
    g, p = words(gold_site), words(got_site)
    return bool(g and p) and (p <= words(f"{gold_finding} {gold_site}") or g <= words(f"{got_name} {got_site}"))


_DENIAL = frozenset({"no", "not", "without", "nontender", "nondistended"})


def exam_list_item(gold_finding: str, gold_site: str, got_name: str, got_site: str) -> bool:
    """Whether a finding is one item of an annotated finding that lists several ("regular rate and rhythm, no
    murmurs", "soft, no rebound", "callus, no ulcers"): its words are all in one item, on the same site. Notes
    write a part's findings on one line; charting each item as its own finding adds nothing the annotation
    lacks."""
    items = [i for i in re.split(r",|;|\bbut\b", gold_finding) if i.strip()]
    if len(items) < 2 or not same_exam_site(gold_finding, gold_site, got_name, got_site):
        return False
    p = words(got_name)
    denied = bool(p & _DENIAL)  # "murmurs" is no item of "regular rhythm, no murmurs"
    return any(p <= words(i) and denied == bool(words(i) & _DENIAL) for i in items)


def problem_like(name: str):
    return problem_concept(name) or symptom_concept(name)


_UNIT_PLURAL = re.compile(r"(?<=[a-z])s$")


def same_dose(gold: str, got: str) -> bool:
    """The same dose however spaced, and one unit said in the singular or the plural ("1 puff" = "1 puffs")."""

    def key(dose: str) -> str:
        return _UNIT_PLURAL.sub("", re.sub(r"\s+", "", dose.lower()))

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
    said += [i for name in list(said) for i in _ingredients(name) if len(_ingredients(name)) > 1]
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
    g_former = "former" in g or (
        bool(re.search(r"\bquit(?:s|ting)?\b", g))
        and not re.search(
            r"\b(?:trying|tries|wants?|plans?|planning|thinking|ready|considering|interested|hoping|hopes|never|"
            r"hasn't|has not|haven't|couldn't|can't|didn't|unable)\b(?: \w+){0,3} quit",
            g,
        )
    )
    if g_former or "former" in p:
        return g_former == ("former" in p)
    return True
