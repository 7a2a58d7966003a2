"""Clinical vocabulary for extraction: the tables we curate ourselves.

Symptom synonyms, problems with their ICD-10-CM codes (checked against the 2025 ICD-10-CM tabular list),
orders, allergic reactions and non-drug allergens. Drug names are in drug_names.py (the
``drug-named-entity-recognition`` dictionary and our brand table), re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Drug names live in drug_names.py; re-exported because most extractors read them through the lexicon.
from engine.clinical.drug_names import (  # noqa: F401
    BRAND_TO_GENERIC,
    CORE_DRUGS,
    NOT_MEDICATION_WORDS,
    drug_dictionary,
    find_drugs,
    is_drug_class,
    is_vaccine,
    mentions_drug,
)
from engine.clinical.drug_products import find_minerals, find_nicotine_forms  # noqa: F401

# People other than the patient whose drugs, reactions and operations a patient tells of ("my sister takes
# Lexapro", "my mom had a hysterectomy"): a regex alternation for the rules that must not file them.
OTHER_PERSON = (
    "mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|partner|aunt|uncle|grandma|grandmother|"
    "grandpa|grandfather|granddad|nan|gran|cousin|friend|neighbou?r|roommate"
)

# symptom -> phrases that name it (lower-case, matched on word boundaries)
SYMPTOMS: dict[str, tuple[str, ...]] = {
    "headache": ("headache", "headaches", "head ache", "head hurts"),
    "dizziness": ("dizzy", "dizziness", "vertigo"),
    "lightheadedness": ("light headed", "lightheaded", "lightheadedness", "light head"),
    "shortness of breath": (
        "short of breath",
        "shortness of breath",
        "breathless",
        "trouble breathing",
        "difficulty breathing",
        "hard to breathe",
    ),
    "chest pain": ("chest pain", "chest pains", "pain in my chest", "pain in the chest"),
    # a tight chest is charted as said, apart from pain: "No pain. Just tight, like a band." denies one and
    # tells the other (the annotators chart it so in 13 dev visits, and never as chest pain)
    "chest tightness": ("chest tightness", "tight chest", "tightness in the chest"),
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
    "breathing's fine": "shortness of breath",
    "breathing is okay": "shortness of breath",
    # the bowels told as normal answer "any diarrhea?"
    "poops are normal": "diarrhea",
    "stools are normal": "diarrhea",
    "bowel movements are normal": "diarrhea",
    "bowels are normal": "diarrhea",
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
    # "I'm a diabetic": the adjective a patient calls themselves by names the diagnosis too.
    "type 2 diabetes": (
        "E11.9",
        (
            "type 2 diabetes",
            "type two diabetes",
            "diabetes",
            "my sugar",
            "blood sugar",
            "diabetic",
            # "for your sugars let's bump up the metformin": the diabetes, named by what it raises
            "my sugars",
            "your sugars",
            "her sugars",
            "his sugars",
        ),
    ),
    "asthma exacerbation": ("J45.901", ("asthma flare", "asthma attack", "asthma exacerbation")),
    "asthma": ("J45.909", ("asthma",)),
    "upper respiratory infection": ("J06.9", ("a cold", "upper respiratory infection", "viral infection")),
    "hyperlipidemia": (
        "E78.5",
        (
            "high cholesterol",
            "hyperlipidemia",
            "cholesterol is high",
            "cholesterol's high",
            "cholesterol's been high",
            "cholesterol has been high",
            "cholesterol's been running high",
            "cholesterol has been running high",
        ),
    ),
    "migraine": ("G43.909", ("migraine", "migraines")),
    "depression": ("F32.A", ("depression", "depressed")),
    "anxiety": ("F41.9", ("anxiety",)),
    "gastroesophageal reflux disease": ("K21.9", ("acid reflux", "heartburn", "reflux", "gerd")),
    "urinary tract infection": ("N39.0", ("urinary tract infection", "uti", "bladder infection")),
    "hypothyroidism": (
        "E03.9",
        (
            "hypothyroidism",
            "underactive thyroid",
            # "I'm hypothyroid", "I have low thyroid": how patients say it
            "hypothyroid",
            "low thyroid",
            "slow thyroid",
            "thyroid is low",
            "thyroid is underactive",
        ),
    ),
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
    # the diabetic kind is charted under diabetes (E11.42), not as a polyneuropathy of unknown cause
    "diabetic peripheral neuropathy": (
        "E11.42",
        ("diabetic peripheral neuropathy", "diabetic neuropathy", "diabetic nerve damage"),
    ),
    "kidney disease": ("N28.9", ("kidney disease", "kidney problems", "renal disease")),
    "type 1 diabetes": ("E10.9", ("type 1 diabetes", "type one diabetes")),
    "prediabetes": (
        "R73.03",
        (
            "prediabetes",
            "pre-diabetes",
            "pre diabetes",
            "borderline diabetes",
            "prediabetic",
            "pre diabetic",
            "borderline diabetic",
        ),
    ),
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
    # "i'd like to check your thyroid today": the blood test; the examiner's hands are exam.py's
    "thyroid function tests": (
        "thyroid function",
        "thyroid levels",
        "thyroid level",
        "thyroid test",
        "thyroid tests",
        "thyroid panel",
        "thyroid labs",
        "thyroid blood work",
        "check your thyroid",
        "check her thyroid",
        "check his thyroid",
    ),
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
    # British: "the plasters bring me out in a rash"
    "plasters": "adhesive",
    "plaster": "adhesive",
    "sticking plasters": "adhesive",
    "band-aids": "adhesive",
    "band aids": "adhesive",
    "bandaids": "adhesive",
    "nickel": "nickel",
    "sulfa": "sulfonamide antibiotics",
    # an allergy to "sulfur" is how patients, and recognisers hearing "sulfa", say a sulfa allergy
    "sulfur": "sulfonamide antibiotics",
    "sulphur": "sulfonamide antibiotics",
    "sulpha": "sulfonamide antibiotics",  # the British and Commonwealth spelling
}


def find_phrases(text: str, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of any of ``phrases`` in ``text``: (start, end, phrase), in order."""
    hits = []
    for p in phrases:
        if p not in text:  # most phrases are absent: a substring test is far cheaper than a regex scan
            continue
        for m in re.finditer(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", text):
            hits.append((m.start(), m.end(), p))
    return sorted(hits)


# Official ICD-10-CM descriptions of the codes in PROBLEMS, copied from the simple-icd-10-cm code set
# (importing it parses 50 MB of XML: seconds per process). tests/test_extract.py checks them against it.
def icd10_description(code: str) -> str | None:
    """The official ICD-10-CM description of ``code`` (from the simple-icd-10-cm code set), or None."""
    import simple_icd_10_cm as cm

    return cm.get_description(code) if cm.is_valid_item(code) else None
