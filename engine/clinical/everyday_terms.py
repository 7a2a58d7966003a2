"""Symptoms and cancer sites as people say them, for the vocabulary (engine/clinical/vocabulary.py).

Kept apart from the ICD-10-CM index builder so that each stays short: these are the curated spoken forms
("cold all the time", "hair is coming out", "cancer of the esophagus") that ICD-10-CM never spells that way.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.lay_symptoms import LAY_SYMPTOMS

# Symptoms as people say them that neither lexicon.SYMPTOMS nor ICD-10-CM chapter R spells that way.
EVERYDAY_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "body aches": ("body aches", "body ache", "achy", "aching all over", "muscle aches"),
    "painful urination": (
        "pain when you urinate",
        "pain when i urinate",
        "pain with urination",
        "burning when you pee",
        "burning when you urinate",
        "burning when i urinate",
        "hurts to pee",
        "pain when you pee",
        "pain when i pee",
        "pain when you're urinating",
        "pain when i'm urinating",
        "pain when urinating",
        "pain when i'm peeing",
        "pain when you're peeing",
        "hurts when i pee",
        "burning when urinating",
    ),
    "blood in stool": ("blood in my stool", "blood in stool", "bloody stool", "bloody stools", "rectal bleeding"),
    "sneezing": ("sneezing", "sneeze"),
    "dropping objects": ("dropping things", "drop things", "dropping stuff", "drop stuff"),
    "inability to bear weight": (
        "can't put weight on it",
        "couldn't put weight on it",
        "can't bear weight",
        "couldn't bear weight",
        "can't walk on it",
        "couldn't walk on it",
    ),
    "sore throat": ("scratchy throat", "throat is scratchy", "throat is sore", "throat has been sore"),
    "frequent urination": (
        "peeing a lot",
        "urinating a lot",
        "pee a lot",
        "urinate a lot",
        "going to the bathroom more",
    ),
    "palpitations": (
        "heart is racing",
        "heart races",
        "heart was racing",
        "heart is pounding",
        "heart flutters",
        # a skipped or extra beat is how patients feel ectopic beats
        "skips beats",
        "skips a beat",
        "skipped beats",
        "skipped a beat",
        "skipping beats",
        "skipping a beat",
        "heart fluttering",
    ),
    "vomiting": (
        "thrown up",
        "vomit",
        # food that does not stay down is vomiting told by its effect
        "can't keep anything down",
        "couldn't keep anything down",
        "can't keep food down",
        "can't keep anything in",
    ),
    # about to vomit is nausea, not vomiting: "I feel like I'm going to throw up"
    "nausea": (
        "going to throw up",
        "gonna throw up",
        "about to throw up",
        "feel like throwing up",
        "feel like i'm going to be sick",
        "queasy",
    ),
    "tingling": ("tingle", "tingles", "tingly"),
    "fatigue": ("tiredness", "fatigued", "worn out", "low energy", "run down", "wiped out", "drained"),
    "shortness of breath": (
        "out of breath",
        "winded",
        # the "can't" is the complaint itself, not a denial: the phrase holds it
        "can't catch my breath",
        "couldn't catch my breath",
        "cannot catch my breath",
        "can't get my breath",
        "hard to catch my breath",
        "trouble catching my breath",
        "hard time catching my breath",
        "can't get enough air",
    ),
    "weight gain": ("weight gain", "gained weight", "put on weight"),
    "excessive thirst": (
        "excessive thirst",
        "increased thirst",
        "very thirsty",
        "always thirsty",
        "thirsty all the time",
        "thirsty",
    ),
    "sinus pressure": ("sinus pressure", "facial pressure", "sinus pain"),
    "loss of smell": ("loss of smell", "can't smell"),
    # Pressure in the chest is charted as chest pain (the same review-of-systems item); tightness as said
    "chest pain": ("chest pressure", "pressure in my chest", "chest discomfort"),
    "chest tightness": (
        "tightness in my chest",
        "tight feeling in my chest",
        "chest feels tight",
        "chest is tight",
        "chest gets tight",
        "chest got tight",
    ),
    "runny nose": ("sniffles", "sniffly", "drippy nose"),
    "fever": ("feverish", "running a fever", "running a temperature", "spiking a fever"),
    "syncope": ("passed out", "passing out", "fainted", "fainting", "blacked out", "syncope"),
    "tinnitus": ("ringing in my ears", "ears ringing", "ears are ringing", "tinnitus"),
    "joint pain": ("achy joints", "joints ache", "joints are aching", "joint aches", "joint pains", "joints are sore"),
    "sweating": ("broke out in a sweat", "broke out into a sweat", "breaking out in a sweat", "sweaty", "clammy"),
    "insomnia": (
        "problems sleeping",
        "problem sleeping",
        "issues sleeping",
        "hard time sleeping",
        "trouble falling asleep",
        "can't get back to sleep",
        "can't fall asleep",
        "can't stay asleep",
        "don't sleep good",
        "don't sleep well",
        "doesn't sleep good",
        "doesn't sleep well",
        "not sleeping well",
        "not sleeping good",
    ),
    # Charted as "denies bowel or bladder dysfunction" (the red-flag questions of back pain).
    "bladder dysfunction": (
        "problems with my bladder",
        "bladder problems",
        "bladder issues",
        "trouble with my bladder",
    ),
    "bowel dysfunction": ("problems with my bowels", "bowel problems", "bowel issues", "trouble with my bowels"),
    "difficulty swallowing": ("trouble swallowing", "difficulty swallowing", "hard to swallow", "problems swallowing"),
    "painful swallowing": ("hurts to swallow", "painful to swallow", "pain with swallowing", "pain when i swallow"),
    "shakiness": ("shaky", "shakiness", "jittery", "trembling"),
    "watery eyes": ("watery eyes", "eyes watering", "eyes are watering"),
    "loss of taste": ("loss of taste", "can't taste"),
    # Review-of-systems items of primary care as patients say them.
    "cold intolerance": (
        "cold intolerance",
        "cold all the time",
        "always cold",
        "can't get warm",
        "freezing all the time",
    ),
    "heat intolerance": ("heat intolerance", "hot all the time", "can't stand the heat"),
    "hair loss": (
        "hair loss",
        "losing my hair",
        "losing hair",
        "hair is coming out",
        "hair coming out",
        "hair is falling out",
        "hair falling out",
        "hair is thinning",
        "thinning hair",
    ),
    "regurgitation": (
        "regurgitation",
        "coming back up",
        "comes back up",
        "come back up",
        "coming up into my throat",
        "coming up into my mouth",
    ),
    "sour taste": ("sour taste", "bitter taste", "acid taste", "acidic taste"),
    "throat clearing": ("clearing my throat", "clear my throat", "clearing her throat", "throat clearing"),
    # A small child's irritability is what a parent calls cranky or fussy.
    "irritability": ("irritability", "irritable", "cranky", "fussy", "fussier", "short tempered", "snapping at"),
    # Pulling or tugging at an ear is how a small child shows ear pain.
    "ear pain": ("pulling at his ear", "pulling at her ear", "tugging at his ear", "tugging at her ear", "ear hurts"),
    "anhedonia": (
        "anhedonia",
        "don't really enjoy",
        "don't enjoy",
        "not enjoying",
        "lost interest",
        "no interest in",
        "nothing is fun",
        # the screening question's own words (PHQ-2: "little interest or pleasure in doing things?")
        "loss of interest",
        "losing interest",
        "little interest or pleasure",
    ),
    "difficulty concentrating": (
        "difficulty concentrating",
        "trouble concentrating",
        "hard to concentrate",
        "can't concentrate",
        "can't focus",
        "trouble focusing",
        "hard to focus",
    ),
    "difficulty walking": (
        "difficulty walking",
        "trouble walking",
        "hard to walk",
        "can hardly walk",
        "can barely walk",
        "hard time walking",
    ),
    "trouble with stairs": (
        "trouble with stairs",
        "trouble with the stairs",
        "hard to climb stairs",
        "can't do the stairs",
        "can't do stairs",
        "can't climb stairs",
    ),
    "suicidal ideation": (
        "suicidal ideation",
        "suicidal thoughts",
        "thoughts of hurting yourself",
        "thoughts of suicide",
    ),
    "homicidal ideation": ("homicidal ideation", "thoughts of hurting anyone", "thoughts of hurting someone"),
    # Less appetite is charted either way (R63.0).
    "loss of appetite": (
        "decreased appetite",
        "poor appetite",
        "appetite is down",
        "not eating much",
        "eating less",
        "lost my appetite",
        "lost her appetite",
        "lost his appetite",
        "lost your appetite",
        "barely eating",
        "hardly eating",
    ),
    "tremor": ("tremor", "tremors", "hands shaking", "hands shake", "shaky hands"),
    "weight loss": ("losing weight",),
    "swelling": ("swell", "puffs up", "puffed up", "puffing up", "puffy"),
    # The mechanical questions of a painful knee.
    "locking": ("locking", "locks up", "lock up", "locked up", "catching"),
    "giving way": ("giving way", "gives way", "giving out", "gives out", "given out", "buckling", "buckles"),
    "redness": ("redness",),
    "hemoptysis": (
        "hemoptysis",
        "coughing up blood",
        "coughing up any blood",
        "cough up blood",
        "coughed up blood",
        "spitting up blood",
        "spit up blood",
        "spat up blood",
        "bloody sputum",
        "blood in my sputum",
        "blood in my phlegm",
    ),
    "black stools": ("black stools", "black stool", "black tarry stools", "tarry stools", "melena"),
    # The red flags of back pain as they are asked: "any trouble controlling your bladder?"
    "bladder incontinence": ("controlling your bladder", "controlling my bladder", "loss of bladder control"),
    "bowel incontinence": ("controlling your bowels", "controlling my bowels", "loss of bowel control"),
    "saddle anesthesia": ("saddle anesthesia", "numbness in the groin", "numb in the groin", "groin numbness"),
    # Lay words of the review of systems (generalisation review): "the runs", "it's gotten blurry".
    "diarrhea": ("the runs", "loose bowels", "watery stools", "runny stools"),
    "blurred vision": ("blurry", "blurriness", "vision is blurred", "vision got blurry"),
    # Feeling about to faint is presyncope; having fainted is syncope.
    "presyncope": (
        "presyncope",
        "near syncope",
        "going to pass out",
        "gonna pass out",
        "about to pass out",
        "almost passed out",
        "nearly passed out",
        "going to faint",
        "about to faint",
        "almost fainted",
        "nearly fainted",
        "feel faint",
        "felt faint",
        "feeling faint",
    ),
    # Voiding at night said as having to go or get up; frequency by day is "frequent urination".
    "nocturia": (
        "nocturia",
        "go a lot at night",
        "going a lot at night",
        "pee a lot at night",
        "peeing a lot at night",
        "pee at night",
        "peeing at night",
        "urinating at night",
        "urinate at night",
        "up at night to pee",
        "up at night to urinate",
        "get up to pee",
        "getting up to pee",
        "get up to urinate",
        "getting up to urinate",
    ),
    "nosebleeds": ("nosebleed", "nosebleeds", "nose bleed", "nose bleeds", "bloody nose", "bloody noses", "epistaxis"),
    # Sleepy by day (a sleep apnea or sedation question) is not the tiredness of fatigue.
    "daytime sleepiness": (
        "daytime sleepiness",
        "sleepy during the day",
        "sleepy in the daytime",
        "tired during the day",
        "sleepy all day",
        "nods off",
        "nodding off",
        "dozing off",
        "falling asleep during the day",
    ),
    "imbalance": (
        "imbalance",
        "off balance",
        "balance is off",
        "balance is kind of off",
        "balance is kinda off",
        "balance has been off",
        "trouble with my balance",
        "trouble with your balance",
        "balance problems",
        "problems with my balance",
        "unsteady",
        "unsteady on my feet",
    ),
    # "Falls" alone: "fell" and "fall" are also "fell asleep" and autumn.
    "falls": ("falls", "had a fall", "have fallen", "has fallen", "falling down", "went down twice"),
    "constipation": ("bowels are slow", "bowels have been slow", "backed up"),
    "oozing": ("oozing", "weeping", "draining pus"),
    # A diabetic's "lows" are low blood sugars.
    "hypoglycemia": ("hypoglycemia", "low blood sugar", "low blood sugars", "lows", "low sugars"),
}


# Lay words found by review 3 (engine/clinical/lay_symptoms.py): new names, and more words for names above.
for _name, _phrases in LAY_SYMPTOMS.items():
    EVERYDAY_SYMPTOMS[_name] = EVERYDAY_SYMPTOMS.get(_name, ()) + _phrases
# What the patient tells with "I" the clinician asks with "you": "pain when I swallow", "pain when you swallow?"
# (the vocabulary already turns "my" into "your").
for _name, _phrases in list(EVERYDAY_SYMPTOMS.items()):
    _asked = tuple(
        re.sub(r"\bi'm\b", "you're", re.sub(r"\bi\b", "you", p)) for p in _phrases if re.search(r"\bi(?:'m)?\b", p)
    )
    EVERYDAY_SYMPTOMS[_name] = _phrases + tuple(p for p in _asked if p not in _phrases)
# Tokenised transcripts split the "n't" off ("i ca n't catch my breath", "could n't sleep"), others drop its
# apostrophe ("cant sleep"): the same phrase, for lexicon.SYMPTOMS' phrases too.
for _name, _phrases in [*list(EVERYDAY_SYMPTOMS.items()), *lexicon.SYMPTOMS.items()]:
    _split = tuple(
        form
        for p in _phrases
        if "n't" in p
        for form in (
            re.sub(r"\b(\w+)n't\b", r"\1 n't", p.replace("can't", "ca n't").replace("won't", "wo n't")),
            p.replace("n't", "nt"),  # "i cant sleep": typed or transcribed without the apostrophe
        )
    )
    _have = EVERYDAY_SYMPTOMS.get(_name, ())
    EVERYDAY_SYMPTOMS[_name] = _have + tuple(p for p in _split if p not in _have)


# The organ as people name it -> the adjective of lexicon.CANCER_SITES.
CANCER_ORGANS = {
    "esophagus": "esophageal",
    "pancreas": "pancreatic",
    "ovary": "ovarian",
    "ovaries": "ovarian",
    "cervix": "cervical",
    "uterus": "uterine",
    "lung": "lung",
    "lungs": "lung",
    "breast": "breast",
    "prostate": "prostate",
    "colon": "colon",
    "bladder": "bladder",
    "kidney": "kidney",
    "thyroid": "thyroid",
    "liver": "liver",
    "stomach": "stomach",
    "skin": "skin",
    "brain": "brain",
    "rectum": "rectal",
}
