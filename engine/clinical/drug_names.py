"""Drug names: the dictionary from the ``drug-named-entity-recognition`` package, our brand and lay
names, the words it holds that are not medication mentions, and finding drugs in a sentence.

The package (~20k generic and brand names compiled from DrugBank, MeSH, NHS and Wikipedia, MIT licence)
resolves each name to a generic; the tables here pin what it gets wrong or lacks.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from functools import lru_cache
from pathlib import Path

from engine.clinical.brand_names import BRAND_TO_GENERIC
from engine.clinical.text_caches import visit_cache

_WORD = re.compile(r"[a-z][a-z\-']*")

# The dictionary also holds substances the body makes, which a visit names as blood tests ("a sedimentation
# rate and C-reactive protein", "your PSA", "rheumatoid factor"): a test read as a drug the patient takes
# would be a wrong drug in the note.
_MEASURED_SUBSTANCE = re.compile(
    r"(?:^| )(?:proteins?|glycoproteins?|proteinases?|antigens?|antibody|antibodies|kinases?|factor)$|"
    # named by what they are made of: "calprotectin" is the dictionary's "leukocyte l1 antigen complex"
    r" (?:antigen|protein) complex$|"
    r"^(?:transferrin|procalcitonin|thyroid stimulating hormone|immunoglobulin [a-z])$"
)

# Substances in the drug dictionary that clinicians say in other senses.
NOT_MEDICATION_WORDS = frozenset(
    {
        "oxygen",
        "water",
        "salt",
        "sugar",
        "potassium",
        "sodium",
        "iron",
        "calcium",
        "alcohol",
        "caffeine",
        "uric acid",
        "nicotine",
        "glucose",
        "air",
        "blood",
        "fluids",
        "fluid",
        "protein",
        "fat",
        "food",
        "milk",
        "magnesium",
        "zinc",
        "vitamin",
        "dust",
        "pollen",
        "latex",
        "cotton",
        "gold",
        "silver",
        "coffee",
        "tea",
        "nitrogen",
        "carbon",
        "sulfur",
        "pressure",
        "insulin resistance",
        "cold",
        "heat",
        "sun",
        "stress",
        "rest",
        "sleep",
        "diet",
        "exercise",
        "test",
        "tablet",
        "tablets",
        "pill",
        "pills",
        "medicine",
        "medication",
        "medications",
        "drug",
        "drugs",
        "spacer",
        "inhaler",
        "controller",
        "hemoglobin",
        "hemoglobin a",
        "antibodies",
        "antibody",
        "immunoglobulin a",
        "ferritin",
        "serotonin",  # "serotonin syndrome": a neurotransmitter named in a warning, not a drug taken
        "histamine",
        "agit",
        "paps",  # "abnormal paps": Pap smears, not the sulfate the dictionary lists under that name
        "pap",
        "caps",  # capsules said short ("two caps at night"), not the CAPS buffer the dictionary lists
        "cap",
    }
)


# Drugs that must be recognised even if a dictionary version drops them (allergy classes included).
CORE_DRUGS = frozenset(
    {
        "acetaminophen",
        "ibuprofen",
        "naproxen",
        "aspirin",
        "lisinopril",
        "losartan",
        "amlodipine",
        "hydrochlorothiazide",
        "metoprolol",
        "atenolol",
        "carvedilol",
        "furosemide",
        "spironolactone",
        "metformin",
        "glipizide",
        "insulin",
        "atorvastatin",
        "simvastatin",
        "rosuvastatin",
        "pravastatin",
        "levothyroxine",
        "albuterol",
        "fluticasone",
        "budesonide",
        "montelukast",
        "prednisone",
        "prednisolone",
        "dexamethasone",
        "cetirizine",
        "loratadine",
        "amoxicillin",
        "penicillin",
        "azithromycin",
        "doxycycline",
        "cephalexin",
        "ciprofloxacin",
        "nitrofurantoin",
        "sulfa",
        "trimethoprim",
        "omeprazole",
        "pantoprazole",
        "sertraline",
        "fluoxetine",
        "citalopram",
        "escitalopram",
        "gabapentin",
        "warfarin",
        "apixaban",
        "rivaroxaban",
        "clopidogrel",
        "codeine",
        "morphine",
        "oxycodone",
        "tramadol",
        "ondansetron",
        "semaglutide",
        "empagliflozin",
        "allopurinol",
    }
)


@lru_cache(maxsize=1)
def drug_dictionary() -> dict[str, str]:
    """Lower-case drug name (generic or brand, single word or phrase) -> generic name."""
    names: dict[str, str] = {n: n for n in CORE_DRUGS}
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "drug_ner_dictionary.pkl.bz2"
        if path.exists():
            with bz2.open(path, "rb") as f:
                # Pinned package data (same trust as its code, which unpickles the same file).
                data = pickle.load(f)  # noqa: S301
            for surface, entries in _dictionary_items(data):
                if surface in NOT_MEDICATION_WORDS or len(surface) < 4 or not re.fullmatch(r"[a-z][a-z \-]*", surface):
                    continue
                if _MEASURED_SUBSTANCE.search(surface) or (
                    isinstance(entries, str) and _MEASURED_SUBSTANCE.search(entries)
                ):
                    continue
                names.setdefault(surface, entries)
    names.update(BRAND_TO_GENERIC)
    return names


def _dictionary_items(data: object):
    """Yield (surface name, generic name) from the package's pickle, tolerant of its layout."""
    lookup = data.get("drug_variant_to_canonical") if isinstance(data, dict) else None
    canonical = data.get("drug_canonical_to_data") if isinstance(data, dict) else None
    if isinstance(lookup, dict):
        for surface, targets in lookup.items():
            target = targets[0] if isinstance(targets, list | tuple) and targets else targets
            name = target if isinstance(target, str) else surface
            if isinstance(canonical, dict) and name in canonical and isinstance(canonical[name], dict):
                name = canonical[name].get("name", name)
            yield surface.lower(), str(name).lower()


def find_drugs(low: str) -> list[tuple[int, int, str]]:
    """Drug mentions in a lower-cased sentence: (start, end, generic name), longest phrase first.

    Also joins two or three adjacent words ("metform in", "ibu profen"): speech recognisers split
    unfamiliar drug names into familiar pieces. Each sentence is read by several extractors, so the
    reading is cached by text (a fresh list is returned every time).
    """
    return list(_find_drugs(low))


# A letter vitamin with its number is one vitamin, not the family ("vitamin B6" is pyridoxine, not the B
# complex; "vitamin D3" is cholecalciferol). The number is attached ("b6", "b-6") or said after a space, but
# never a count or a dose ("vitamin B, 1 tablet", "vitamin D 2 capsules" keep the family's name).
_NUM = r"(\d{1,2}|one|two|three|five|six|seven|nine|twelve)\b"
_VITAMIN_NUMBER = re.compile(
    # "B 12" is so common a name that it is the vitamin whatever follows ("vitamin B 12 every month")
    rf"-?{_NUM}(?!\.\d)|\s+-?\s*(12|twelve)\b(?!\.\d)|\s+-?\s*{_NUM}"
    r"(?!\s*(?:tablets?|caps?|capsules?|pills?|mg|milligrams?|micrograms?|mcg|units?|iu|drops?|times?|sprays?|"
    # nor a span of time: "vitamin B 6 days a week", "vitamin K 2 days ago"
    r"days?|weeks?|nights?|hours?|months?|years?|a week|a month|ago|a day|daily|per|of|or|to|\.\d))"
)
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "five": "5",
    "six": "6",
    "seven": "7",
    "nine": "9",
    "twelve": "12",
}
_NUMBERED_VITAMINS = {
    "vitamin b": {
        "1": "thiamine",
        "2": "riboflavin",
        "3": "niacin",
        "5": "pantothenic acid",
        "6": "pyridoxine",
        "7": "biotin",
        "9": "folic acid",
        "12": "cyanocobalamin",
    },
    "vitamin d": {"2": "ergocalciferol", "3": "cholecalciferol"},
    "vitamin k": {"1": "phytonadione", "2": "vitamin k 2"},
}


def _numbered_vitamin(phrase: str, low: str, end: int) -> tuple[str, int] | None:
    """ "vitamin b" + "6" -> ("pyridoxine", end of the number): the one vitamin a letter and number name."""
    table = _NUMBERED_VITAMINS.get(phrase)
    m = _VITAMIN_NUMBER.match(low, end) if table else None
    if m is None:
        return None
    number = m.group(1) or m.group(2) or m.group(3)
    named = table.get(_NUMBER_WORDS.get(number, number))
    return (named, m.end()) if named else None


@visit_cache
@lru_cache(maxsize=8192)
def _find_drugs(low: str) -> tuple[tuple[int, int, str], ...]:
    """The uncached reading behind ``find_drugs``."""
    # "the amlodipine's five milligrams": the name without its "'s" (the dose reader reads on from there)
    words = [
        (m.start(), m.end() - 2, m.group()[:-2])
        if m.group().endswith("'s")
        else (m.start(), m.end() - m.group().endswith("-"), m.group().strip("'-"))
        for m in _WORD.finditer(low)
    ]
    names = drug_dictionary()
    hits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n, joiner in ((3, " "), (2, " "), (3, ""), (2, ""), (1, " ")):
            if i + n > len(words):
                continue
            # the words of one name are next to each other: "lisinopril 20 and hydrochlorothiazide 25" is two
            # drugs, not the combination pill "lisinopril and hydrochlorothiazide"
            if n > 1 and any(
                low[words[j][1] : words[j + 1][0]].removeprefix("'s").strip(" -") for j in range(i, i + n - 1)
            ):
                continue
            phrase = joiner.join(w for _, _, w in words[i : i + n])
            if not joiner and names.get(words[i][2]) and len(words[i][2]) >= 5:
                # a recogniser splits a name it does not know into pieces; a whole drug name and the next word
                # ("ramipril at iftar") is that drug said in a sentence, not a longer name such as a metabolite
                continue
            generic = names.get(phrase)
            if generic and phrase not in NOT_MEDICATION_WORDS and (joiner or len(phrase) >= 7):
                end = words[i + n - 1][1]
                if numbered := _numbered_vitamin(phrase, low, end):
                    generic, end = numbered  # "vitamin b12", "vitamin b 12", "vitamin d-3"
                hits.append((words[i][0], end, _plain(generic)))
                i += n
                break
        else:
            if combo := _hyphenated(words[i][2], names):  # "carbidopa-levodopa", written as one word
                hits.append((words[i][0], words[i][1], combo))
            i += 1
    return tuple(_combinations(low, hits, names))


def _plain(generic: str) -> str:
    """The dictionary names some drugs with a formulation: "paclitaxel (with ... castor oil)" is paclitaxel."""
    return _FORMULATION.sub("", generic)


_FORMULATION = re.compile(r"\s*\(.*\)$")


def _hyphenated(word: str, names: dict[str, str]) -> str | None:
    """The product two drug names joined by a hyphen make ("carbidopa-levodopa"), when both are drugs."""
    parts = word.split("-")
    if len(parts) != 2 or any(len(p) < 4 or p in NOT_MEDICATION_WORDS or p not in names for p in parts):
        return None
    a, b = (_plain(names[p]) for p in parts)
    return names.get(f"{a} and {b}") or names.get(f"{b} and {a}") or f"{a}-{b}"


def _combinations(low: str, hits: list[tuple[int, int, str]], names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Two names said back to back that make one product ("carbidopa levodopa", written without its hyphen)
    are that product, when the dictionary knows the pair ("levodopa and carbidopa")."""
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if out and not low[out[-1][1] : hit[0]].strip(" -/"):
            a, b = out[-1][2], hit[2]
            combo = names.get(f"{a} and {b}") or names.get(f"{b} and {a}")
            if combo:
                out[-1] = (out[-1][0], hit[1], _plain(combo))
                continue
        if out and _MEMBER_NAMED.match(low, out[-1][1]) and _MEMBER_NAMED.match(low, out[-1][1]).end() == hit[0]:
            said = low[out[-1][0] : out[-1][1]]
            if hit[2] in _MEMBERS.get(said, ()):
                out[-1] = (out[-1][0], hit[1], hit[2])  # "vitamin D, colecalciferol": the one named vitamin
                continue
        out.append(hit)
    return out


# A vitamin's family name said just before the one member meant: "start vitamin D colecalciferol 20,000 units"
# is cholecalciferol, not the family's dictionary drug (ergocalciferol) as well
_MEMBERS = {"vitamin d": {"cholecalciferol", "ergocalciferol"}, "vitamin b": {"cyanocobalamin", "thiamine"}}
_MEMBER_NAMED = re.compile(r"[\s,(-]*(?:the\s+|i\.?e\.?,?\s+|that's\s+|which is\s+)?")


def is_drug_class(generic: str) -> bool:
    """A class of drugs ("anti-bacterial agents", "NSAIDs"), not one drug a clinician can prescribe."""
    return bool(
        re.search(
            r"\bagents\b|\binhibitors\b|\btherapy\b|\bantibiotics\b|\bantacids\b|\bstool softeners\b|"
            r"\blaxatives\b|\bsupplement\b|,|"
            # "a decongestant", "an antihistamine" ("histamine antagonists"), "beta blockers": kinds, not drugs
            r"\bdecongestants\b|\bantagonists\b|\bblockers\b|"
            # product forms the dictionary lists as if they were drugs ("the 4 milligram nasal spray")
            r"^(?:nasal sprays?|eye drops|ear drops|cough syrups?|cough drops|lozenges)$",
            generic,
        )
    )


def is_vaccine(generic: str) -> bool:
    """A vaccine ("Shingrix" is "recombinant zoster"): an order given or deferred, never a home medication."""
    return bool(re.search(r"\bvaccines?\b|\btoxoids?\b|^recombinant zoster$", generic))


def mentions_drug(text: str) -> bool:
    """True when ``text`` names any known drug."""
    return bool(find_drugs(text.lower()))
