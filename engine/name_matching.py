"""Whether two names are one thing, as a clinician reading a chart would accept: words, drugs, allergens, sites.

"Sulfonamide antibiotics" is the sulfa allergy, "ankle sprain" is "sprain of ankle" (both S93.4), "EKG" is
"electrocardiogram", "x-ray of the right middle finger" is "right middle finger x-ray": names match when they
are the same concept in our vocabulary (ICD-10-CM category for problems), a listed synonym, or when all
content words of one are in the other; a drug by its generic, brand or ingredients. Split from
fact_scoring.py, which scores whole fact lists with these, so that each stays short.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
    # "abdomen soft, non-tender" is "no tenderness" (before "tender", which would make it "non-tenderness")
    "non-tender": "no tenderness",
    "non tender": "no tenderness",
    "nontender": "no tenderness",
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
    "optometrist": "optometry",
    "ophthalmologist": "ophthalmology",
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
    # British and South African spelling of the one operation: "caesarean section" is "cesarean section"
    "caesarean": "cesarean",
    "armpit": "axilla",
    # the big toe is the great toe (hallux); "feet" is the plural the s-folding below cannot reach
    "big toes": "great toes",
    "big toe": "great toe",
    "feet": "foot",
    # one symptom, the word the patient uses and the one the chart uses
    "shakiness": "tremor",
    "shaky": "tremor",
    "the shakes": "tremor",
    "tearfulness": "crying",
    "tearful": "crying",
    "loss of interest": "anhedonia",
    "low mood": "depressed mood",
    "poor sleep": "insomnia",
    "trouble sleeping": "insomnia",
    "difficulty sleeping": "insomnia",
    "sleeplessness": "insomnia",
    "sleep disturbance": "insomnia",
}
_STOP = frozenset("the a an of to your my her his their in on with for and or at some any".split())


def words(text: str) -> set[str]:
    """The content words of a name, synonyms mapped and plurals folded, as the matching compares them."""
    text = text.lower()
    for k, v in SYNONYMS.items():
        text = re.sub(rf"(?<![a-z]){re.escape(k)}(?![a-z])", v, text)
    text = re.sub(r"(?<=\d)\s*plus\b", "+", text)  # "reflexes 2 plus" is "2+"
    text = re.sub(r"(?<=\d)\s*-\s*(?=\d)", " ", text)  # a range: "3-4 weeks" is "3 to 4 weeks", never "34"
    # two nouns joined ("albumin-creatinine ratio") are two words; a short prefix ("x-ray", "t-score") or a
    # compound adjective ("ultrasound-guided biopsy" is no ultrasound) stays one
    text = re.sub(r"(?<=[a-z]{4})-(?:to-)?(?=[a-z]{4})(?![a-z]*(?:ed|ing)\b)", " ", text)
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
    # the INN and the USAN of one drug, where the dictionary knows only the salt ("glycopyrronium bromide")
    "glycopyrronium": "glycopyrrolate",
}


def ingredients(name: str) -> frozenset[str]:
    """A product's ingredients, each as its generic: "budesonide-formoterol", "budesonide/formoterol" and
    "budesonide and formoterol" are one inhaler."""
    d = drug_dictionary()
    # "fluticasone furoate, umeclidinium and vilanterol": a list of ingredients written with commas
    split = re.compile(r"\s*(?:/|\+|,|\band\b|\bwith\b|-(?=[a-z]{4,}))\s*")
    parts = split.split(name.lower().strip())
    # a brand maps to its generics joined by "/" (Bactrim: "trimethoprim/sulfamethoxazole"): split those too
    return frozenset(g for p in parts if p for g in split.split(_DRUG_SYNONYMS.get(p, d.get(p, p))) if g)


_RELEASE_HYPHEN = re.compile(r"\b(extended|slow|sustained|modified|controlled|delayed|long)-(release|acting)\b")


def same_drug(gold: str, got: str) -> bool:
    """Generic and brand names of one drug are the same drug."""
    d = drug_dictionary()
    # "extended release" and "extended-release" are one product however hyphenated (a hyphen between two drugs'
    # names is a combination, so only the release words are joined)
    g, p = (_RELEASE_HYPHEN.sub(r"\1 \2", n.lower()) for n in (gold, got))
    if _DRUG_SYNONYMS.get(g, d.get(g, g)) == _DRUG_SYNONYMS.get(p, d.get(p, p)):
        return True
    ig, ip = ingredients(g), ingredients(p)
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
    if (gl in d and d.get(gl) == d.get(pl)) or ingredients(gl) == ingredients(pl):
        return True  # a brand and its generic, by the dictionary: never the word matching that maps "cat"
    g, p = _allergen_words(gold), _allergen_words(got)
    if bool(g and p) and (g <= p or p <= g):
        return True
    # the sulfa class and a sulfonamide product (Bactrim is sulfamethoxazole-trimethoprim): one allergy
    sulfa = [w for w in (g, p) if "sulfonamide" in w]
    drug = ingredients(pl if sulfa and sulfa[0] is g else gl)
    return bool(sulfa) and any(i.startswith("sulfa") for i in drug)


def same_exam_site(gold_finding: str, gold_site: str, got_name: str, got_site: str) -> bool:
    """An exam finding's site, as a clinician reads a chart: either side silent, the same part, or the part one
    names inside the other's finding. "Neck: thyroid not enlarged" and "Thyroid: not enlarged", "Lungs: chest
    clear" and "Chest: clear", "Ears: normal tympanic membranes" and "Tympanic membranes: normal" are one line
    of the exam: the part examined within a region is where the finding is, whichever of the two is written as
    the site."""
    if not gold_site or not got_site or same_name(gold_site, got_site):
        return True
    g, p = _region(words(gold_site)), _region(words(got_site))
    if not (g & _SIDES and p & _SIDES):  # a side said on one line only: "Lungs: no crackles", "bilateral chest"
        g, p = (g - _SIDES) or g, (p - _SIDES) or p
    if g == p:
        return True
    return bool(g and p) and (p <= words(f"{gold_finding} {gold_site}") or g <= words(f"{got_name} {got_site}"))


_SIDES = frozenset({"left", "right", "bilateral", "both", "bilaterally"})
# one region under two names: the lungs are heard through the chest ("Lungs: no crackles" is "Chest: no crackles")
_REGION = {"lung": "chest"}


def _region(site: set[str]) -> set[str]:
    return {_REGION.get(w, w) for w in site}


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
    """The problem or symptom concept a name is, for ``same_name``'s ``concept`` (None when neither)."""
    return problem_concept(name) or symptom_concept(name)
