"""Clinical vocabulary for extraction.

Drug names come from the ``drug-named-entity-recognition`` package (a dictionary of ~20k generic and
brand names compiled from DrugBank, MeSH, NHS and Wikipedia, MIT licence), resolved to a generic name.
The tables below are the smaller vocabularies we curate ourselves: symptom synonyms, problems with
their ICD-10-CM codes (checked against the 2025 ICD-10-CM tabular list), orders, and words that look
like drugs in everyday speech but are not medication mentions.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

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
        "agit",
    }
)

# Common brand and lay names -> generic. The package knows many brands; these are the ones patients say.
BRAND_TO_GENERIC = {
    # The package maps these multi-product brands to the wrong product (Maalox -> loperamide, from "Maalox
    # Anti-Diarrheal") or to a class; a wrong drug shown as certain is the worst output, so they are pinned
    # to the product a patient means by the bare brand name.
    "maalox": "aluminum hydroxide/magnesium hydroxide",
    "mylanta": "aluminum hydroxide/magnesium hydroxide",
    "rolaids": "calcium carbonate/magnesium hydroxide",
    "tums": "calcium carbonate",
    "pepto": "bismuth subsalicylate",
    "pepto-bismol": "bismuth subsalicylate",
    "pepto bismol": "bismuth subsalicylate",
    "kaopectate": "bismuth subsalicylate",
    "colace": "docusate",
    "bayer": "aspirin",
    "breo": "fluticasone furoate/vilanterol",
    "trelegy": "fluticasone furoate/umeclidinium/vilanterol",
    "sprintec": "norgestimate/ethinyl estradiol",
    "yaz": "drospirenone/ethinyl estradiol",
    "z-pack": "azithromycin",
    "z pack": "azithromycin",
    "z-pak": "azithromycin",
    "zpack": "azithromycin",
    "norco": "hydrocodone-acetaminophen",
    "vicodin": "hydrocodone-acetaminophen",
    "percocet": "oxycodone-acetaminophen",
    "tylenol": "acetaminophen",
    "paracetamol": "acetaminophen",
    "advil": "ibuprofen",
    "motrin": "ibuprofen",
    "aleve": "naproxen",
    "aspirin": "aspirin",
    "lipitor": "atorvastatin",
    "zocor": "simvastatin",
    "crestor": "rosuvastatin",
    "glucophage": "metformin",
    "zestril": "lisinopril",
    "prinivil": "lisinopril",
    "norvasc": "amlodipine",
    "lasix": "furosemide",
    "coumadin": "warfarin",
    "eliquis": "apixaban",
    "xarelto": "rivaroxaban",
    "synthroid": "levothyroxine",
    "ventolin": "albuterol",
    "proair": "albuterol",
    "salbutamol": "albuterol",
    "zyrtec": "cetirizine",
    "claritin": "loratadine",
    "prilosec": "omeprazole",
    "nexium": "esomeprazole",
    "zoloft": "sertraline",
    "prozac": "fluoxetine",
    "lexapro": "escitalopram",
    "augmentin": "amoxicillin-clavulanate",
    "keflex": "cephalexin",
    "cipro": "ciprofloxacin",
    "flonase": "fluticasone",
    "singulair": "montelukast",
    "neurontin": "gabapentin",
    "ozempic": "semaglutide",
    "jardiance": "empagliflozin",
    "farxiga": "dapagliflozin",
    "plavix": "clopidogrel",
    "toprol": "metoprolol",
    "sulfa": "sulfonamide antibiotics",
    "sulfa drugs": "sulfonamide antibiotics",
    "sulfur drugs": "sulfonamide antibiotics",
    "sulfonamides": "sulfonamide antibiotics",
    "lopressor": "metoprolol",
    "benadryl": "diphenhydramine",
    "orapred": "prednisolone",
}

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

# symptom -> phrases that name it (lower-case, matched on word boundaries)
SYMPTOMS: dict[str, tuple[str, ...]] = {
    "headache": ("headache", "headaches", "head ache", "head hurts"),
    "dizziness": ("dizzy", "dizziness", "light headed", "lightheaded", "lightheadedness", "vertigo"),
    "shortness of breath": (
        "short of breath",
        "shortness of breath",
        "breathless",
        "trouble breathing",
        "difficulty breathing",
        "hard to breathe",
    ),
    "chest pain": ("chest pain", "chest pains", "chest tightness", "pain in my chest", "pain in the chest"),
    "blurred vision": ("blurred vision", "blurry vision", "vision is blurry", "vision changes"),
    "cough": ("cough", "coughing"),
    "wheezing": ("wheeze", "wheezing", "wheezy"),
    "fever": ("fever", "fevers", "febrile"),
    "vomiting": ("vomiting", "vomited", "throwing up", "threw up"),
    "diarrhea": ("diarrhea", "diarrhoea", "loose stools"),
    "nausea": ("nausea", "nauseous", "nauseated", "sick to my stomach"),
    "fatigue": ("fatigue", "tired", "exhausted", "no energy"),
    "palpitations": ("palpitations", "heart racing", "heart pounding"),
    "abdominal pain": ("abdominal pain", "stomach pain", "belly pain", "stomach ache", "tummy ache"),
    "sore throat": ("sore throat", "throat hurts"),
    "rash": ("rash",),
    "swelling": ("swelling", "swollen"),
    "back pain": ("back pain", "my back hurts"),
    "joint pain": ("joint pain", "joints hurt"),
    "runny nose": ("runny nose", "nose is running", "nose has been running"),
    # a blocked nose is not a running one: charted apart (R09.81)
    "nasal congestion": ("nasal congestion", "congestion", "congested", "stuffy nose", "stuffed up", "stuffy"),
    "chills": ("chills",),
    "weight loss": ("weight loss", "lost weight"),
    "insomnia": ("can't sleep", "couldn't sleep", "trouble sleeping", "insomnia", "difficulty sleeping"),
    "numbness": ("numbness", "numb", "numbing"),
    "tingling": ("tingling", "pins and needles"),
    "weakness": ("weakness", "weak"),
    "bruising": ("bruising", "bruised", "bruise"),
    "bleeding": ("bleeding", "bleed"),
    "constipation": ("constipation", "constipated"),
    "seizures": ("seizure", "seizures"),
    "orthopnea": ("orthopnea", "short of breath when i lie down", "sleep on pillows", "sleep propped up"),
    "frequent urination": ("frequent urination", "urinating more", "peeing more", "going to the bathroom a lot"),
    "urinary incontinence": ("incontinence", "leaking urine", "leak urine", "accidents"),
    "blood in urine": ("blood in my urine", "blood in the urine", "blood in urine", "hematuria"),
    "painful urination": ("painful urination", "burning with urination", "burning when i pee", "dysuria"),
    "sweating": ("sweating", "sweats", "night sweats"),
    "limping": ("limping", "limp"),
    "vision problems": ("vision problems", "vision changes", "trouble seeing"),
    "loss of appetite": ("loss of appetite", "no appetite", "not hungry"),
    "heartburn": ("heartburn",),
    "itching": ("itching", "itchy"),
    "depressed mood": ("feeling down", "feeling depressed", "depressed mood"),
    "anxiety symptoms": ("anxious", "nervous"),
    "memory loss": ("memory loss", "forgetful"),
    "hearing loss": ("hearing loss", "trouble hearing"),
    "ear pain": ("ear pain", "earache", "ear ache"),
    "stiffness": ("stiffness", "stiff"),
    "cramping": ("cramping", "cramps"),
}
# Phrases that state a symptom is absent without a negation word.
ABSENT_PHRASES: dict[str, str] = {
    "vision is fine": "blurred vision",
    "vision is okay": "blurred vision",
    "vision is normal": "blurred vision",
    "drinking fine": "poor oral intake",
    "breathing is fine": "shortness of breath",
}

# problem -> (ICD-10-CM code, trigger phrases)
PROBLEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "hypertension": (
        "I10",
        (
            "hypertension",
            "high blood pressure",
            "blood pressure is high",
            "pressure is elevated",
            "it is elevated",
            "blood pressure is elevated",
        ),
    ),
    "type 2 diabetes": ("E11.9", ("type 2 diabetes", "type two diabetes", "diabetes", "my sugar", "blood sugar")),
    "asthma exacerbation": ("J45.901", ("asthma flare", "asthma attack", "asthma exacerbation")),
    "asthma": ("J45.909", ("asthma",)),
    "upper respiratory infection": ("J06.9", ("a cold", "upper respiratory infection", "viral infection")),
    "hyperlipidemia": ("E78.5", ("high cholesterol", "hyperlipidemia", "cholesterol is high")),
    "migraine": ("G43.909", ("migraine", "migraines")),
    "depression": ("F32.A", ("depression", "depressed")),
    "anxiety": ("F41.9", ("anxiety",)),
    "gastroesophageal reflux disease": ("K21.9", ("acid reflux", "heartburn", "reflux", "gerd")),
    "urinary tract infection": ("N39.0", ("urinary tract infection", "uti", "bladder infection")),
    "hypothyroidism": ("E03.9", ("hypothyroidism", "underactive thyroid")),
    "atrial fibrillation": ("I48.91", ("atrial fibrillation", "afib", "a fib")),
    "chronic kidney disease": ("N18.9", ("chronic kidney disease", "ckd")),
    "osteoarthritis": ("M19.90", ("osteoarthritis", "arthritis")),
    "allergic rhinitis": ("J30.9", ("hay fever", "seasonal allergies", "allergic rhinitis")),
    "obesity": ("E66.9", ("obesity", "obese")),
    "congestive heart failure": ("I50.9", ("congestive heart failure", "chf", "heart failure")),
    "kidney stone": ("N20.0", ("kidney stone", "kidney stones", "renal stone", "nephrolithiasis")),
    "gallstones": ("K80.20", ("gallstones", "gallstone", "cholelithiasis")),
    "chronic obstructive pulmonary disease": ("J44.9", ("copd", "emphysema", "chronic obstructive pulmonary disease")),
    "coronary artery disease": ("I25.10", ("coronary artery disease", "cad")),
    "sleep apnea": ("G47.30", ("sleep apnea", "obstructive sleep apnea")),
    "kidney disease": ("N28.9", ("kidney disease", "kidney problems", "renal disease")),
    "type 1 diabetes": ("E10.9", ("type 1 diabetes", "type one diabetes")),
    "prediabetes": ("R73.03", ("prediabetes", "pre-diabetes", "borderline diabetes")),
    "osteoporosis": ("M81.0", ("osteoporosis",)),
    "thyroid disorder": ("E07.9", ("thyroid problem", "thyroid disease")),
}
# "<adjective> cancer" as people say it -> the organ in ICD-10-CM's "Malignant neoplasm of <organ>".
CANCER_SITES: dict[str, str] = {
    "ovarian": "C56.9",
    "breast": "C50.919",
    "lung": "C34.90",
    "prostate": "C61",
    "colon": "C18.9",
    "colorectal": "C18.9",
    "rectal": "C20",
    "pancreatic": "C25.9",
    "bladder": "C67.9",
    "kidney": "C64.9",
    "thyroid": "C73",
    "liver": "C22.9",
    "stomach": "C16.9",
    "cervical": "C53.9",
    "uterine": "C55",
    "skin": "C44.90",
    "brain": "C71.9",
    "esophageal": "C15.9",
    "testicular": "C62.90",
}

# order -> trigger phrases
ORDERS: dict[str, tuple[str, ...]] = {
    "basic metabolic panel": (
        "kidney function and potassium",
        "basic metabolic panel",
        "bmp",
        "electrolytes",
        "kidney function",
    ),
    "complete blood count": ("complete blood count", "cbc", "blood count"),
    "hemoglobin a1c": ("a1c", "hemoglobin a1c", "a 1 c", "hba1c"),
    "lipid panel": ("lipid panel", "cholesterol test", "check your cholesterol"),
    "chest x-ray": ("chest x-ray", "chest x ray", "chest xray"),
    "electrocardiogram": ("ekg", "ecg", "electrocardiogram"),
    "urinalysis": ("urinalysis", "urine test", "urine sample"),
    "thyroid function tests": ("thyroid function",),
    "tsh": ("tsh", "thyroid stimulating hormone"),
    "free t4": ("free t4", "free t 4", "free thyroxine"),
    "spirometry": ("spirometry", "lung function test"),
}
_WORD = re.compile(r"[a-z][a-z\-']*")
REACTIONS = (
    "hives",
    "rash",
    "swelling",
    "anaphylaxis",
    "itching",
    "itchy",
    "trouble breathing",
    "throat swelling",
    "nausea",
    "vomiting",
    "diarrhea",
    "stomach upset",
    "blisters",
    "throw up",
    "throws up",
    "threw up",
    "sick to my stomach",
    "upset stomach",
    "break out",
    "broke out",
    "lip swelling",
    "face swelling",
    "shortness of breath",
    "dizzy",
    "anaphylactic",
    "itch",
    "itches",
    "welts",
    "throat swelled",
    "throat closed",
    "throat closing",
    "throat closes",
    "tongue swelled",
    "lips swelled",
    "swelled up",
    "nauseous",
    "vomit",
    "palpitations",
    "headaches",
    "headache",
    "throat gets itchy",
    "itchy throat",
    "confused",
    "confusion",
    "loopy",
    "swells up",
    "swell up",
)
# The word a note uses for a reaction said in everyday words.
REACTION_NAMES = {
    "throw up": "vomiting",
    "throws up": "vomiting",
    "threw up": "vomiting",
    "sick to my stomach": "nausea",
    "upset stomach": "stomach upset",
    "break out": "rash",
    "broke out": "rash",
    "itchy": "itching",
    "anaphylactic": "anaphylaxis",
    "dizzy": "dizziness",
    "itch": "itching",
    "itches": "itching",
    "welts": "hives",
    "throat swelled": "throat swelling",
    "throat closed": "throat swelling",
    "throat closing": "throat swelling",
    "throat closes": "throat swelling",
    "tongue swelled": "tongue swelling",
    "lips swelled": "lip swelling",
    "swelled up": "swelling",
    "nauseous": "nausea",
    "vomit": "vomiting",
    "headaches": "headache",
    "throat gets itchy": "itchy throat",
    "confused": "confusion",
    "loopy": "confusion",
    "swells up": "swelling",
    "swell up": "swelling",
}
# Allergens that are not drugs (the drug lexicon does not know them, or knows them as non-medication words).
NON_DRUG_ALLERGENS = {
    "latex": "latex",
    "peanuts": "peanut",
    "peanut": "peanut",
    "tree nuts": "tree nut",
    "shellfish": "shellfish",
    "eggs": "egg",
    "bee stings": "bee venom",
    "bees": "bee venom",
    "iodine": "iodine",
    "contrast dye": "iodinated contrast",
    "contrast": "iodinated contrast",
    "adhesive tape": "adhesive",
    "tape": "adhesive",
    "nickel": "nickel",
    "sulfa": "sulfonamide antibiotics",
}


def find_phrases(text: str, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of any of ``phrases`` in ``text``: (start, end, phrase), in order."""
    hits = []
    for p in phrases:
        for m in re.finditer(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", text):
            hits.append((m.start(), m.end(), p))
    return sorted(hits)


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
    unfamiliar drug names into familiar pieces.
    """
    words = [(m.start(), m.end(), m.group().strip("'")) for m in _WORD.finditer(low)]
    names = drug_dictionary()
    hits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n, joiner in ((3, " "), (2, " "), (3, ""), (2, ""), (1, " ")):
            if i + n > len(words):
                continue
            phrase = joiner.join(w for _, _, w in words[i : i + n])
            generic = names.get(phrase)
            if generic and phrase not in NOT_MEDICATION_WORDS and (joiner or len(phrase) >= 7):
                # the dictionary names some drugs with a formulation: "paclitaxel (with ... castor oil)"
                hits.append((words[i][0], words[i + n - 1][1], re.sub(r"\s*\(.*\)$", "", generic)))
                i += n
                break
        else:
            i += 1
    return hits


def is_drug_class(generic: str) -> bool:
    """A class of drugs ("anti-bacterial agents", "NSAIDs"), not one drug a clinician can prescribe."""
    return bool(
        re.search(
            r"\bagents\b|\binhibitors\b|\btherapy\b|\bantibiotics\b|\bantacids\b|\bstool softeners\b|"
            r"\blaxatives\b|\bsupplement\b|,",
            generic,
        )
    )


def mentions_drug(text: str) -> bool:
    """True when ``text`` names any known drug."""
    return bool(find_drugs(text.lower()))


# Official ICD-10-CM descriptions of the codes in PROBLEMS, copied from the simple-icd-10-cm code set
# (importing it parses 50 MB of XML: seconds per process). tests/test_extract.py checks them against it.
def icd10_description(code: str) -> str | None:
    """The official ICD-10-CM description of ``code`` (from the simple-icd-10-cm code set), or None."""
    import simple_icd_10_cm as cm

    return cm.get_description(code) if cm.is_valid_item(code) else None
