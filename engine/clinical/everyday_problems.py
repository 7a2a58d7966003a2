"""Diagnoses as people say them, for the problem vocabulary (engine/clinical/vocabulary.py).

Each entry pins an everyday name to the ICD-10-CM code a clinician would chart: names ICD-10-CM never
spells that way ("heart attack", "pink eye", "stomach bug"), adjectives a patient calls themselves by
("I'm a diabetic", "I'm anemic"), and diagnoses the tabular list only spells with qualifiers our cleaning
cannot say ("Strain of muscle(s) and tendon(s) of the rotator cuff of shoulder"). Kept apart from the
index builder so that each stays short; injuries said by what happened (sports injuries, broken bones,
sprains, tears) are in injury_problems.py and infections by their world names in world_problems.py, both
merged into EVERYDAY_PROBLEMS here.
"""

from __future__ import annotations

from engine.clinical.injury_problems import FRACTURES, SPORTS_INJURIES, SPRAINS, told_as_done
from engine.clinical.world_problems import WORLD_PROBLEMS

# Everyday names of common diagnoses that ICD-10-CM never spells that way ("heart attack"), or spells only
# with a qualifier our cleaning keeps ("pneumonia, unspecified organism"): name, code, spoken forms.
EVERYDAY_PROBLEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pneumonia": ("J18.9", ("pneumonia", "walking pneumonia")),
    "myocardial infarction": ("I21.9", ("heart attack", "heart attacks", "myocardial infarction")),
    # "a clot in her leg" (Caribbean "in she leg"): a clot said by where it was
    "deep vein thrombosis": (
        "I82.409",
        (
            "blood clot",
            "blood clots",
            "dvt",
            "deep vein thrombosis",
            # every side and part of the leg: "the clot in your right leg", "a clot in his left calf"
            *(
                f"{clot} in {w} {side}{leg}"
                for clot in ("clot", "clots")
                for w in ("my", "her", "his", "she", "the", "your")
                for side in ("", "right ", "left ")
                for leg in ("leg", "legs", "calf", "thigh")
            ),
        ),
    ),
    # "a clot in her lungs", "blood clots on the lung": a pulmonary embolism said by where it went
    "pulmonary embolism": (
        "I26.99",
        (
            "pulmonary embolism",
            "pulmonary emboli",
            *(
                f"{clot} {on} {w} {lung}"
                for clot in ("clot", "clots", "blood clot", "blood clots")
                for on in ("in", "on", "to")
                for w in ("my", "her", "his", "she", "the", "your")
                for lung in ("lung", "lungs")
            ),
        ),
    ),
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
    # a child's seizure with a fever, by its clinical and its household names ("a fit with a temperature")
    "febrile seizure": (
        "R56.00",
        (
            "febrile seizure",
            "febrile seizures",
            "febrile convulsion",
            "febrile convulsions",
            *(
                f"{fit} with {a}{fever}"
                for fit in ("fit", "fits", "seizure", "seizures", "convulsion", "convulsions")
                for a in ("a ", "the ", "")
                for fever in ("fever", "fevers", "temperature", "temperatures", "high temperature", "high fever")
            ),
        ),
    ),
    "peptic ulcer": ("K27.9", ("stomach ulcer", "stomach ulcers", "peptic ulcer", "bleeding ulcer")),
    "benign prostatic hyperplasia": (
        "N40.0",
        (
            "enlarged prostate",
            "bph",
            "benign prostatic hyperplasia",
            # a prostate pill (tamsulosin, finasteride) is for an enlarged one
            "prostate pill",
            "prostate medicine",
            "prostate medication",
        ),
    ),
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
    # ICD-10-CM keeps anaphylaxis in chapter T (injuries, left out of the vocabulary): a severe reaction
    # the patient once had, charted as past medical history (problems.py never lists it as current).
    "anaphylaxis": ("T78.2", ("anaphylaxis", "anaphylactic reaction", "anaphylactic shock", "anaphylactic")),
    "adhd": ("F90.9", ("adhd", "attention deficit disorder")),
    "polycystic ovary syndrome": ("E28.2", ("pcos", "polycystic ovaries", "polycystic ovary syndrome")),
    "uterine fibroids": ("D25.9", ("fibroids", "fibroid")),
    "celiac disease": ("K90.0", ("celiac", "celiac disease", "coeliac")),
    # ICD-10-CM files these under "Hypo-osmolality and hyponatremia": the vocabulary skips "and" titles
    "hyponatremia": ("E87.1", ("hyponatremia", "hyponatraemia", "low sodium level")),
    "hypernatremia": ("E87.0", ("hypernatremia", "hypernatraemia")),
    "cerebral infarction": ("I63.9", ("strokes",)),
    "heart disease": (
        "I51.9",
        ("heart problems", "heart problem", "heart trouble", "heart issues", "heart condition"),
    ),
    # what patients call an arrhythmia they were told of ("the heart is irregular" on examination is a finding)
    "cardiac arrhythmia": (
        "I49.9",
        ("arrhythmia", "irregular heartbeat", "irregular heart beat"),
    ),
    "thyroid disease": ("E07.9", ("thyroid problems", "thyroid problem", "thyroid issues", "thyroid disease")),
    "kidney disease": ("N28.9", ("kidney problems", "kidney problem", "kidney issues", "kidney trouble")),
    # "pre-diabetes" and "gestational diabetes" are not type 2 diabetes, though "diabetes" is inside them.
    "prediabetes": ("R73.03", ("prediabetes", "pre diabetes", "borderline diabetes", "borderline diabetic")),
    "gestational diabetes": ("O24.419", ("gestational diabetes",)),
    "hyperlipidemia": (
        "E78.5",
        (
            "cholesterol is a little high",
            "cholesterol was high",
            "cholesterol is elevated",
            "cholesterol is up",
            # a pill taken for the cholesterol says the patient has it, as for the blood pressure (a drug
            # "for the cholesterol" is problems.py's: the same words also give a fasting test's reason)
            "cholesterol pill",
            "cholesterol pills",
            "cholesterol medicine",
            "cholesterol medication",
            "cholesterol meds",
        ),
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
            "blood pressure meds",
            "for the blood pressure",
            "for the pressure",
            "pressure pill",
            "pressure pills",
            # "BP" and "pressure" for hypertension in Indian, Nigerian and Caribbean English: "the BP tablet"
            *(f"{bp} {pill}" for bp in ("bp", "pressure") for pill in ("tablet", "tablets", "medicine", "medicines")),
            "bp pill",
            "bp pills",
            "high bp",
            "bp patient",
            "bp problem",
        ),
    ),
    # "sugar" for diabetes in the same Englishes: "the sugar tablet", "he is a sugar patient"
    "type 2 diabetes": (
        "E11.9",
        tuple(
            f"sugar {w}" for w in ("tablet", "tablets", "medicine", "medicines", "pill", "pills", "patient", "problem")
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
    "lumbar strain": (
        "S39.012",
        (
            "lumbar strain",
            "back strain",
            "lower back strain",
            "pulled muscle in my back",
            "pulled muscle in your back",
            "pulled a muscle in my back",
            "pulled a muscle in your back",
        ),
    ),
    # ICD-10-CM spells it "tear of unspecified meniscus, current injury"
    "meniscus tear": ("S83.209", ("meniscus tear", "meniscal tear", "torn meniscus", "tear in the meniscus")),
    "viral infection": ("B34.9", ("viral syndrome", "viral illness")),
    # chapter T is outside the index
    "allergic reaction": ("T78.40", ("allergic reaction",)),
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
    # A cold said with a word before it ("on top of a viral cold", "a head cold"): the article no longer stands
    # next to "cold", so lexicon's "a cold" missed it; bare "cold" stays out (a temperature, a feeling).
    "upper respiratory infection": (
        "J06.9",
        ("viral cold", "common cold", "head cold", "chest cold", "cold virus", "viral upper respiratory infection"),
    ),
    # The run-up to the menopause, diagnosed by its symptoms ("I'd say you're in the perimenopause"); ICD-10-CM
    # has it only inside "menopausal and perimenopausal disorder" (bare "menopause" is left: a past event too).
    "perimenopause": ("N95.9", ("perimenopause", "perimenopausal", "peri menopause", "peri menopausal")),
    # Dependence said as what the patient is: "I think you're dependent on alcohol now", "alcohol-dependent".
    "alcohol dependence": (
        "F10.20",
        ("alcohol dependence", "dependent on alcohol", "alcohol dependent", "alcohol dependency", "dependent on drink"),
    ),
    # A cold sore is herpes labialis; "a cold" inside it is no upper respiratory infection.
    "herpes labialis": ("B00.1", ("cold sore", "cold sores", "herpes labialis")),
    # Illnesses of childhood told as past history: ICD-10-CM says "respiratory tuberculosis", "varicella
    # [chickenpox]" (the bracket is cleaned away) and "rheumatic fever without heart involvement".
    "tuberculosis": ("A15.9", ("tuberculosis", "tb")),
    "rheumatic fever": ("I00", ("rheumatic fever",)),
    "chickenpox": ("B01.9", ("chickenpox", "chicken pox", "varicella")),
    "infectious mononucleosis": (
        "B27.90",
        ("mono", "mononucleosis", "infectious mononucleosis", "glandular fever"),  # the British name
    ),
    "polio": ("A80.9", ("polio",)),
    # Everyday names of common visit diagnoses ICD-10-CM spells otherwise, or too short for the index.
    "onychomycosis": (
        "B35.1",
        ("onychomycosis", "toenail fungus", "nail fungus", "fungal toenails", "fungal nails", "fungal nail infection"),
    ),
    "warts": ("B07.9", ("wart", "warts", "plantar wart", "plantar warts", "common wart")),
    "acne": ("L70.9", ("acne",)),
    "chlamydia": ("A74.9", ("chlamydia",)),
    "gonorrhea": ("A54.9", ("gonorrhea",)),
    "erectile dysfunction": ("N52.9", ("erectile dysfunction",)),
    "low testosterone": ("E29.1", ("low testosterone", "hypogonadism")),
    "cerumen impaction": ("H61.20", ("impacted cerumen", "cerumen impaction", "impacted earwax", "impacted ear wax")),
    "radiculopathy": ("M54.10", ("pinched nerve", "radiculopathy")),
    "neck strain": ("S13.4", ("whiplash", "neck strain")),
    "cardiomegaly": ("I51.7", ("enlarged heart", "cardiomegaly")),
    "obsessive-compulsive disorder": ("F42.9", ("ocd", "obsessive compulsive disorder")),
    # ICD-10-CM files osteopenia under "other specified disorders of bone density and structure".
    "osteopenia": ("M85.80", ("osteopenia",)),
    # "she had the thin bones too": osteoporosis in lay words (the name and code ICD-10-CM gives it)
    "osteoporosis": (
        "M81.0",
        ("osteoporosis", "thin bones", "brittle bones", "thinning bones", "thinning of the bones", "bone thinning"),
    ),
    "dehydration": ("E86.0", ("dehydrated", "dehydration")),
    "contact dermatitis": ("L23.7", ("poison ivy", "poison oak")),
    # sports and overuse injuries (injury_problems.py), merged at their old place because order matters: a
    # phrase two entries share is the first one's (vocabulary.py)
    **SPORTS_INJURIES,
    "benign paroxysmal positional vertigo": ("H81.10", ("bppv", "benign paroxysmal positional vertigo")),
    # Skin and childhood diagnoses of a primary-care day.
    "skin tag": ("L91.8", ("skin tag", "skin tags")),
    "basal cell carcinoma": ("C44.91", ("basal cell carcinoma", "basal cell", "basal cell cancer")),
    "pinworms": ("B80", ("pinworms", "pinworm")),
    "head lice": ("B85.0", ("head lice", "lice")),
    "croup": ("J05.0", ("croup",)),
    "hand, foot and mouth disease": (
        "B08.4",
        ("hand foot and mouth", "hand foot and mouth disease", "hand foot mouth"),
    ),
    "fifth disease": ("B08.3", ("fifth disease", "slapped cheek")),
    "rsv bronchiolitis": ("J21.0", ("rsv bronchiolitis",)),
    "rsv infection": ("B97.4", ("rsv", "rsv infection", "respiratory syncytial virus")),
    "stye": ("H00.019", ("stye", "sty")),
    "ingrown toenail": ("L60.0", ("ingrown toenail", "ingrown nail", "ingrown toe nail")),
    "tinea": ("B35.9", ("tinea", "ringworm")),
    "folliculitis": ("L73.9", ("folliculitis",)),
    "abscess": ("L02.91", ("abscess", "skin abscess")),
    "boil": ("L02.92", ("boils", "furuncle")),  # a bare "boil" is mostly the verb
    "pituitary adenoma": ("D35.2", ("pituitary adenoma",)),
    # "stage two kidney disease" is chronic kidney disease, not an unspecified kidney disorder
    "chronic kidney disease": (
        "N18.9",
        tuple(f"stage {n} kidney disease" for n in ("1", "2", "3", "3a", "3b", "4", "5"))
        + ("kidney disease stage", "chronic kidney disease"),
    ),
    # A food allergy is a standing problem of a child's chart as well as an allergy (chapter Z, outside the
    # index); drug allergies are allergies only.
    "peanut allergy": ("Z91.010", ("peanut allergy", "allergic to peanuts", "peanut allergic", "allergy to peanuts")),
    "egg allergy": ("Z91.012", ("egg allergy", "allergic to eggs", "allergic to egg", "allergy to eggs")),
    "milk allergy": ("Z91.011", ("milk allergy", "allergic to milk", "dairy allergy", "allergic to dairy")),
    "shellfish allergy": ("Z91.013", ("shellfish allergy", "allergic to shellfish", "seafood allergy")),
    "tree nut allergy": ("Z91.018", ("tree nut allergy", "allergic to tree nuts", "nut allergy", "allergic to nuts")),
}

# Broken bones, sprains and tears told as done (injury_problems.py), in the order they were always added: the
# tears' entries above gain how they are told ("tore my meniscus") without moving
EVERYDAY_PROBLEMS |= FRACTURES
EVERYDAY_PROBLEMS |= told_as_done(EVERYDAY_PROBLEMS)
EVERYDAY_PROBLEMS |= SPRAINS
EVERYDAY_PROBLEMS |= WORLD_PROBLEMS  # malaria, typhoid, dengue, a head injury: see world_problems.py
