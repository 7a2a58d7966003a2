"""Problem and symptom vocabularies built from the whole of ICD-10-CM, plus the words people say.

The code set comes from the ``simple-icd-10-cm`` package (the CMS/CDC ICD-10-CM tabular list, offline):
every category and subcategory description and inclusion term becomes a phrase, cleaned of coding
qualifiers ("unspecified", "NOS", "(primary)") and also said the way people say it ("sprain of ankle"
-> "ankle sprain", "renal stone" -> "renal stones"). Chapters A-Q and S name diagnoses (problems);
chapter R names symptoms and signs. Our curated spoken synonyms (engine/clinical/lexicon.py: "high blood
pressure", "sugar", "short of breath") come first and name the concept the way clinicians write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.clinical import lexicon
from engine.clinical.everyday_terms import CANCER_ORGANS, EVERYDAY_SYMPTOMS

_QUALIFIERS = re.compile(
    r",? (?:unspecified|not elsewhere classified|site not specified|without complications?|"
    r"without (?:mention of )?\w+|nos|of unspecified \w+|unspecified site|initial encounter)$"
)
_SKIP_PREFIX = ("other ", "unspecified ", "personal history", "family history", "encounter ", "history of ")
# Everyday words that are also ICD-10-CM names: alone they say nothing about a diagnosis.
_TOO_COMMON = frozenset(
    "pain fall burn injury shock contact cold fever stress mass lump swelling cramp cramps drowning exposure "
    "underdosing poisoning complication hernia bite sting abuse dependence use problems problem tension "
    "anomaly deformity disorder disease syndrome infection inflammation insufficiency malaise type delivery "
    "labor pregnancy contraception observation screening examination counseling immunization carrier "
    "frostbite hanging malnutrition dementia obstruction dissection".split()
)
_PROBLEM_CHAPTERS = re.compile(r"^[A-Q]|^S")
# Everyday names of common diagnoses that ICD-10-CM never spells that way ("heart attack"), or spells only
# with a qualifier our cleaning keeps ("pneumonia, unspecified organism"): name, code, spoken forms.
_EVERYDAY: dict[str, tuple[str, tuple[str, ...]]] = {
    "pneumonia": ("J18.9", ("pneumonia", "walking pneumonia")),
    "myocardial infarction": ("I21.9", ("heart attack", "heart attacks", "myocardial infarction")),
    "deep vein thrombosis": ("I82.409", ("blood clot", "blood clots", "dvt", "deep vein thrombosis")),
    "pulmonary embolism": ("I26.99", ("pulmonary embolism", "blood clot in my lung")),
    "gout": ("M10.9", ("gout", "gout flare")),
    "cataract": ("H26.9", ("cataract", "cataracts")),
    "shingles": ("B02.9", ("shingles",)),
    "bronchitis": ("J40", ("bronchitis",)),
    "sinusitis": ("J32.9", ("sinus infection", "sinus infections", "sinusitis")),
    "appendicitis": ("K37", ("appendicitis",)),
    "diverticulitis": ("K57.92", ("diverticulitis",)),
    "diverticulosis": ("K57.90", ("diverticulosis",)),
    "hepatitis c": ("B18.2", ("hepatitis c", "hep c")),
    "hepatitis b": ("B18.1", ("hepatitis b", "hep b")),
    "hiv": ("B20", ("hiv",)),
    "peptic ulcer": ("K27.9", ("stomach ulcer", "stomach ulcers", "peptic ulcer", "bleeding ulcer")),
    "benign prostatic hyperplasia": ("N40.0", ("enlarged prostate", "bph", "benign prostatic hyperplasia")),
    "irritable bowel syndrome": ("K58.9", ("irritable bowel syndrome", "irritable bowel", "ibs")),
    "strep throat": ("J02.0", ("strep throat",)),
    "influenza": ("J11.1", ("influenza", "the flu")),
    "kidney infection": ("N10", ("kidney infection", "pyelonephritis")),
    "sciatica": ("M54.30", ("sciatica",)),
    "carpal tunnel syndrome": ("G56.00", ("carpal tunnel syndrome", "carpal tunnel")),
    "plantar fasciitis": ("M72.2", ("plantar fasciitis",)),
    "hepatitis": ("K75.9", ("hepatitis",)),
    "transient ischemic attack": ("G45.9", ("mini stroke", "mini-stroke", "tia", "transient ischemic attack")),
    "alzheimer's disease": ("G30.9", ("alzheimer's", "alzheimers", "alzheimer's disease")),
    "dementia": ("F03.90", ("dementia",)),
    "parkinson's disease": ("G20", ("parkinson's", "parkinsons", "parkinson's disease")),
    "lupus": ("M32.9", ("lupus", "systemic lupus")),
    "bipolar disorder": ("F31.9", ("bipolar", "manic depression")),
    "sickle cell disease": ("D57.1", ("sickle cell", "sickle cell anemia")),
    "kidney failure": ("N19", ("kidney failure", "renal failure", "failing kidneys")),
    "cirrhosis": ("K74.60", ("cirrhosis", "cirrhosis of the liver")),
    "crohn's disease": ("K50.90", ("crohn's", "crohns")),
    "macular degeneration": ("H35.30", ("macular degeneration",)),
    "alcohol use disorder": ("F10.20", ("alcoholism", "alcoholic", "drinking problem")),
    "autism": ("F84.0", ("autism", "autistic")),
    "adhd": ("F90.9", ("adhd", "attention deficit disorder")),
    "polycystic ovary syndrome": ("E28.2", ("pcos", "polycystic ovaries", "polycystic ovary syndrome")),
    "uterine fibroids": ("D25.9", ("fibroids", "fibroid")),
    "celiac disease": ("K90.0", ("celiac", "celiac disease", "coeliac")),
    "cerebral infarction": ("I63.9", ("strokes",)),
    "heart disease": ("I51.9", ("heart problems", "heart problem", "heart trouble", "heart issues", "heart condition")),
    "thyroid disease": ("E07.9", ("thyroid problems", "thyroid problem", "thyroid issues", "thyroid disease")),
    "kidney disease": ("N28.9", ("kidney problems", "kidney problem", "kidney issues", "kidney trouble")),
    # "pre-diabetes" and "gestational diabetes" are not type 2 diabetes, though "diabetes" is inside them.
    "prediabetes": ("R73.03", ("prediabetes", "pre diabetes", "borderline diabetes", "borderline diabetic")),
    "gestational diabetes": ("O24.419", ("gestational diabetes",)),
    "hyperlipidemia": (
        "E78.5",
        ("cholesterol is a little high", "cholesterol was high", "cholesterol is elevated", "cholesterol is up"),
    ),
    "hypertension": (
        "I10",
        (
            "blood pressure problems",
            "blood pressure problem",
            "blood pressure issues",
            # a pill taken for the blood pressure says the patient has hypertension
            "for my pressure",
            "for blood pressure",
            "for my blood pressure",
            "for his blood pressure",
            "for her blood pressure",
            "for your blood pressure",
            "blood pressure pill",
            "blood pressure pills",
            "blood pressure medicine",
            "blood pressure medication",
        ),
    ),
    # A child's "ear infection" is otitis media.
    "otitis media": ("H66.90", ("ear infection", "ear infections", "otitis media", "middle ear infection")),
    "post-traumatic stress disorder": ("F43.10", ("ptsd", "post traumatic stress disorder")),
    "rheumatoid arthritis": ("M06.9", ("rheumatoid arthritis", "rheumatoid")),
    "hashimoto's thyroiditis": (
        "E06.3",
        (
            "hashimoto's",
            "hashimotos",
            "hashimoto's thyroiditis",
            "hashimoto's disease",
            "hashimoto's hypothyroidism",
        ),
    ),
    "lumbar strain": ("S39.012", ("lumbar strain", "back strain", "lower back strain", "pulled muscle in my back")),
}


@dataclass(frozen=True)
class Concept:
    """A coded concept: the name we write, its ICD-10-CM code and the official description."""

    name: str
    code: str
    display: str


def _clean(text: str) -> str:
    t = text.lower()
    t = re.sub(r"\s*\[[^]]*\]|\s*\([^)]*\)", "", t)
    for _ in range(2):
        t = _QUALIFIERS.sub("", t).strip()
    return re.sub(r"\s+", " ", t.replace("-", " ")).strip(" ,")


def _spoken(phrase: str) -> set[str]:
    """The phrase plus the ways people say it: "sprain of ankle" -> "ankle sprain", plurals."""
    out = {phrase}
    m = re.fullmatch(r"(\w+) of (?:the )?(\w+(?: \w+)?)", phrase)
    if m:
        out.add(f"{m.group(2)} {m.group(1)}")
    for p in list(out):
        if not p.endswith("s") and " " in p:
            out.add(p + "s")
    return out


def _usable(phrase: str) -> bool:
    words = phrase.split()
    return (
        0 < len(words) <= 4
        and "," not in phrase
        and " and " not in phrase
        and " or " not in phrase
        and not phrase.startswith(_SKIP_PREFIX)
        and not (len(words) == 1 and (phrase in _TOO_COMMON or len(phrase) < 5))
    )


@lru_cache(maxsize=1)
def _icd():
    import simple_icd_10_cm as cm

    return cm


def display(code: str) -> str:
    """The official ICD-10-CM description of ``code`` ("" when it is not a valid code)."""
    cm = _icd()
    return cm.get_description(code) if cm.is_valid_item(code) else ""


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Concept], dict[str, Concept]]:
    cm = _icd()
    problems: dict[str, Concept] = {}
    symptoms: dict[str, Concept] = {}
    for name, (code, phrases) in lexicon.PROBLEMS.items():
        concept = Concept(name, code, display(code))
        for p in (name, *phrases):
            problems.setdefault(p, concept)
    for name, (code, phrases) in _EVERYDAY.items():
        concept = Concept(name, code, display(code))
        for p in (name, *phrases):
            problems.setdefault(p, concept)
    for adjective, code in lexicon.CANCER_SITES.items():
        problems.setdefault(f"{adjective} cancer", Concept(f"{adjective} cancer", code, display(code)))
    # "cancer of the esophagus" is esophageal cancer (else it falls to the bare "cancer", site unknown)
    for organ, adjective in CANCER_ORGANS.items():
        concept = problems[f"{adjective} cancer"]
        for p in (
            f"cancer of the {organ}",
            f"cancer of his {organ}",
            f"cancer of her {organ}",
            f"cancer in the {organ}",
        ):
            problems.setdefault(p, concept)
    for name, phrases in [*lexicon.SYMPTOMS.items(), *EVERYDAY_SYMPTOMS.items()]:
        concept = Concept(name, "", "")
        for p in (name, *phrases):
            symptoms.setdefault(p, concept)
            if " " not in p and not p.endswith("s"):  # "any rashes?"
                symptoms.setdefault(p + ("es" if p.endswith(("sh", "ch", "x")) else "s"), concept)
            # "blood in my urine" is also asked as "blood in your urine" and told of a child as "her".
            for owner in ("your", "her", "his", "the"):
                symptoms.setdefault(re.sub(r"\bmy\b", owner, p), concept)
    curated = set(problems) | set(symptoms)
    for code in cm.get_all_codes(with_dots=True):
        if not cm.is_category_or_subcategory(code) or cm.is_extended_subcategory(code):
            continue
        is_symptom = code[0] == "R" and code < "R70"
        if not (is_symptom or _PROBLEM_CHAPTERS.match(code)):
            continue
        target = symptoms if is_symptom else problems
        desc = cm.get_description(code)
        name = _clean(desc)
        if not _usable(name):
            continue
        concept = Concept(name, code, desc)
        for text in (desc, *cm.get_inclusion_term(code)):
            phrase = _clean(text)
            if _usable(phrase):
                for p in _spoken(phrase):
                    # the shortest code wins: a category says what a clinician means by the bare name
                    if p in curated:
                        continue
                    if p not in target or len(code) < len(target[p].code):
                        target[p] = concept
    return problems, symptoms


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _find(low: str, index: dict[str, Concept]) -> list[tuple[int, int, Concept]]:
    """Longest phrases of ``index`` in ``low``, left to right, not overlapping."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(low)]
    out, i = [], 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            a, b = words[i][0], words[i + n - 1][1]
            phrase = re.sub(r"[^a-z0-9' ]+", " ", low[a:b])
            phrase = re.sub(r"\s+", " ", phrase).strip()
            hit = index.get(phrase)
            if hit:
                out.append((a, b, hit))
                i += n
                break
        else:
            i += 1
    return out


def find_problems(low: str) -> list[tuple[int, int, Concept]]:
    """Diagnoses named in ``low`` (lower-case sentence), each with its ICD-10-CM code."""
    return _find(low, _indexes()[0])


def find_symptoms(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms named in ``low``: our spoken synonyms and ICD-10-CM chapter R."""
    return _find(low, _indexes()[1])


def problem_concept(name: str) -> Concept | None:
    """The concept a problem name (as annotated or typed) stands for, if the vocabulary knows it."""
    hits = find_problems(name.lower())
    return hits[0][2] if hits else None


def symptom_concept(name: str) -> Concept | None:
    """The concept a symptom name stands for, if the vocabulary knows it."""
    hits = find_symptoms(name.lower())
    return hits[0][2] if hits else None


def warm() -> None:
    """Build the indexes now (about a second) rather than on the first note."""
    _indexes()
