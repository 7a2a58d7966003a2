"""Diagnoses as people say them, for the problem vocabulary (engine/clinical/vocabulary.py).

Each entry pins an everyday name to the ICD-10-CM code a clinician would chart: names ICD-10-CM never
spells that way ("heart attack", "pink eye", "stomach bug"), adjectives a patient calls themselves by
("I'm a diabetic", "I'm anemic"), and diagnoses the tabular list only spells with qualifiers our cleaning
cannot say ("Strain of muscle(s) and tendon(s) of the rotator cuff of shoulder"). Kept apart from the
index builder so that each stays short.
"""

from __future__ import annotations

# Everyday names of common diagnoses that ICD-10-CM never spells that way ("heart attack"), or spells only
# with a qualifier our cleaning keeps ("pneumonia, unspecified organism"): name, code, spoken forms.
EVERYDAY_PROBLEMS: dict[str, tuple[str, tuple[str, ...]]] = {
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
    # --- Primary-care diagnoses in the words of a visit (generalisation review, issue: problems). Codes are
    # the ICD-10-CM code a clinician charts for the unqualified diagnosis.
    # Adjectives a patient calls themselves by: "I'm hypothyroid", "I'm anemic".
    "hyperthyroidism": ("E05.90", ("hyperthyroid", "hyperthyroidism", "overactive thyroid", "thyroid is overactive")),
    "anemia": ("D64.9", ("anemic", "anaemic", "anemia", "anaemia")),
    "restless legs syndrome": ("G25.81", ("restless legs", "restless leg", "restless leg syndrome")),
    # ICD-10-CM says "pure hyperglyceridemia"; people and clinicians say triglycerides.
    "hypertriglyceridemia": (
        "E78.1",
        (
            "high triglycerides",
            "hypertriglyceridemia",
            "elevated triglycerides",
            "triglycerides are high",
            "triglycerides were high",
            "triglycerides are elevated",
        ),
    ),
    # ICD-10-CM files it under "diaphragmatic hernia".
    "hiatal hernia": ("K44.9", ("hiatal hernia", "hiatus hernia")),
    "conjunctivitis": ("H10.9", ("pink eye", "pinkeye", "conjunctivitis")),
    # A yeast infection is candidiasis; said as vaginal or as thrush it has its own code.
    "candidiasis": ("B37.9", ("yeast infection", "yeast infections", "candidiasis")),
    "vaginal candidiasis": ("B37.31", ("vaginal yeast infection", "vaginal candidiasis", "vaginal thrush")),
    "oral thrush": ("B37.0", ("oral thrush",)),
    # "Gastroenteritis" in a visit is the presumed infectious kind; a "stomach bug" is a viral one.
    "gastroenteritis": ("A09", ("gastroenteritis",)),
    "viral gastroenteritis": (
        "A08.4",
        ("viral gastroenteritis", "stomach bug", "stomach flu", "stomach virus", "tummy bug", "gi bug"),
    ),
    # Chapter U (codes for special purposes) is outside the index; COVID-19 is a common visit diagnosis.
    "covid-19": ("U07.1", ("covid", "covid 19", "coronavirus")),
    # ICD-10-CM spells these only with muscle(s)/tendon(s) qualifiers and laterality.
    "rotator cuff strain": ("S46.019", ("rotator cuff strain", "strained rotator cuff", "rotator cuff sprain")),
    "rotator cuff tear": ("M75.100", ("rotator cuff tear", "torn rotator cuff")),
    # A deficiency said through the low level: "your b12 is low", "low vitamin d".
    "vitamin b12 deficiency": (
        "E53.8",
        ("vitamin b12 deficiency", "b12 deficiency", "low b12", "low vitamin b12", "b12 is low", "vitamin b12 is low"),
    ),
    "vitamin d deficiency": (
        "E55.9",
        ("vitamin d deficiency", "low vitamin d", "vitamin d is low", "vitamin d was low", "vitamin d levels are low"),
    ),
    # A cold sore is herpes labialis; "a cold" inside it is no upper respiratory infection.
    "herpes labialis": ("B00.1", ("cold sore", "cold sores", "herpes labialis")),
}
