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

from engine.clinical import lexicon, vocabulary_cache
from engine.clinical.everyday_problems import EVERYDAY_PROBLEMS
from engine.clinical.everyday_terms import CANCER_ORGANS, EVERYDAY_SYMPTOMS
from engine.clinical.text_caches import visit_cache

_QUALIFIERS = re.compile(
    r",? (?:unspecified|not elsewhere classified|site not specified|without complications?|"
    # "Diaphragmatic hernia without obstruction or gangrene" is a diaphragmatic hernia
    r"without (?:mention of )?\w+(?: or \w+)?|nos|of unspecified \w+|unspecified site|initial encounter)$"
)
_SKIP_PREFIX = ("other ", "unspecified ", "personal history", "family history", "encounter ", "history of ")
# Everyday words that are also ICD-10-CM names: alone they say nothing about a diagnosis.
_TOO_COMMON = frozenset(
    "pain fall burn injury shock contact cold fever stress mass lump swelling cramp cramps drowning exposure "
    "underdosing poisoning complication hernia bite sting abuse dependence use problems problem tension "
    "anomaly deformity disorder disease syndrome infection inflammation insufficiency malaise type delivery "
    "labor pregnancy contraception observation screening examination counseling immunization carrier "
    # "a slight enlargement of your liver" is an exam finding; the organ's disease has its own name
    "frostbite hanging malnutrition dementia obstruction dissection atlas enlargement".split()
)
_PROBLEM_CHAPTERS = re.compile(r"^[A-Q]|^S")


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
        if p.endswith("osis") and " " in p:
            out.add(p[:-4] + "oses")  # Latin plurals: "actinic keratoses", "seborrheic keratoses"
        elif not p.endswith("s") and " " in p:
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


# official descriptions known without loading the package: those the vocabularies were built with
_DISPLAYS: dict[str, str] = {}


def display(code: str) -> str:
    """The official ICD-10-CM description of ``code`` ("" when it is not a valid code)."""
    if code not in _DISPLAYS:
        cm = _icd()
        _DISPLAYS[code] = cm.get_description(code) if cm.is_valid_item(code) else ""
    return _DISPLAYS[code]


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Concept], dict[str, Concept]]:
    """(problems, symptoms): phrase -> concept; read from the cache folder when this code built them before."""
    path = vocabulary_cache.cache_file()
    if path is not None and (saved := vocabulary_cache.load(path)):
        concepts = [Concept(*c) for c in saved["concepts"]]
        _DISPLAYS.update(saved["displays"])
        return (
            {p: concepts[i] for p, i in saved["problems"].items()},
            {p: concepts[i] for p, i in saved["symptoms"].items()},
        )
    problems, symptoms, read = _build()
    if path is not None:
        numbered: dict[Concept, int] = {}
        # in phrase order: the build's own order follows set iteration, which differs between processes
        for c in [*(problems[p] for p in sorted(problems)), *(symptoms[p] for p in sorted(symptoms))]:
            numbered.setdefault(c, len(numbered))
        vocabulary_cache.save(
            path,
            {
                "concepts": [[c.name, c.code, c.display] for c in numbered],
                "problems": {p: numbered[c] for p, c in problems.items()},
                "symptoms": {p: numbered[c] for p, c in symptoms.items()},
                # the codes the build read, in a fixed order: the file is the same whatever else the process
                # looked up before (tests/test_privacy.py compares it byte for byte)
                "displays": {code: _DISPLAYS[code] for code in sorted(read)},
            },
        )
    return problems, symptoms


def _build() -> tuple[dict[str, Concept], dict[str, Concept], set[str]]:
    """(problems, symptoms, every code whose description the build read)."""
    cm = _icd()
    read: set[str] = set()
    problems: dict[str, Concept] = {}
    symptoms: dict[str, Concept] = {}
    for name, (code, phrases) in lexicon.PROBLEMS.items():
        concept = Concept(name, code, display(code))
        for p in (name, *phrases):
            problems.setdefault(p, concept)
    for name, (code, phrases) in EVERYDAY_PROBLEMS.items():
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
        desc = _DISPLAYS[code] = cm.get_description(code)
        read.add(code)
        name = _clean(desc)
        sayable = _usable(name)
        if not sayable and is_symptom:
            continue  # symptoms keep the names of chapter R's own descriptions
        for text in (desc, *cm.get_inclusion_term(code)):
            phrase = _clean(text)
            if _usable(phrase):
                # A description nobody says ("Deficiency of other specified B group vitamins") still lists
                # diagnoses people do say ("Vitamin B12 deficiency"): each names itself, with the code.
                concept = Concept(name if sayable else phrase, code, desc)
                for p in _spoken(phrase):
                    # the shortest code wins: a category says what a clinician means by the bare name
                    if p in curated:
                        continue
                    if p not in target or len(code) < len(target[p].code):
                        target[p] = concept
    read |= {c.code for c in (*problems.values(), *symptoms.values()) if c.code}  # ours: display() kept them
    return problems, symptoms, read


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _find(low: str, index: dict[str, Concept]) -> list[tuple[int, int, Concept]]:
    """Longest phrases of ``index`` in ``low``, left to right, not overlapping."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(low)]
    out, i = [], 0
    while i < len(words):
        step = 1
        for n in range(min(5, len(words) - i), 0, -1):
            a, b = words[i][0], words[i + n - 1][1]
            phrase = re.sub(r"[^a-z0-9' ]+", " ", low[a:b])
            phrase = re.sub(r"\s+", " ", phrase).strip()
            hit = index.get(phrase)
            if not hit:
                continue
            if n > 1 and phrase.split(" ", 1)[0] in _ARTICLES and _longer_inside(words, i, n, low, index):
                break  # "a cold sore": the article only told "a cold" apart; "cold sore" is what was said
            out.append((a, b, hit))
            step = n
            break
        i += step
    return out


_ARTICLES = frozenset({"a", "an", "the"})


def _longer_inside(words: list[tuple[int, int]], i: int, n: int, low: str, index: dict[str, Concept]) -> bool:
    """Whether a phrase starting at word ``i + 1`` runs past the ``n`` words from ``i``."""
    for m in range(min(5, len(words) - i - 1), n - 1, -1):
        a, b = words[i + 1][0], words[i + m][1]
        phrase = re.sub(r"\s+", " ", re.sub(r"[^a-z0-9' ]+", " ", low[a:b])).strip()
        if phrase in index:
            return True
    return False


def find_problems(low: str) -> list[tuple[int, int, Concept]]:
    """Diagnoses named in ``low`` (lower-case sentence), each with its ICD-10-CM code."""
    return list(_found(low, 0))


def find_symptoms(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms named in ``low``: our spoken synonyms and ICD-10-CM chapter R."""
    # (not an inhaler's count: "four puffs up to every four hours" is no swelling)
    return [h for h in _found(low, 1) if not (low.startswith("puff", h[0]) and _COUNTED.search(low, 0, h[0]))]


_COUNTED = re.compile(r"\b(?:\d+|a couple of|a few|two|three|four)\s+$")


@visit_cache
@lru_cache(maxsize=8192)
def _found(low: str, which: int) -> tuple[tuple[int, int, Concept], ...]:
    """``_find`` cached by text: several extractors read each sentence (a fresh list goes to each caller)."""
    return tuple(_find(low, _indexes()[which]))


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
