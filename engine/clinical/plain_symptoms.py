"""Symptoms in the plain words of a GP consultation, British and American, found missing by review 5
(tests/test_review5_symptoms.py).

Merged into lay_symptoms.LAY_SYMPTOMS (and from there the vocabulary): a name that exists already only gains
words. British patients are "sick" (vomit), "shivery" (chills), have "a temperature" (fever), "wee" and have a
"tummy"; everyone "puts weight on", "coughs up blood" and feels their "throat go tight". Phrases are at most
five words; "I was sick three times" and "stuff dripping down the back of my throat" are read by
symptom_phrases.py.
"""

from __future__ import annotations

# (not "it": "I had a pimple on my chin and it popped", a blister, an ear)
_JOINT_PARTS = ("knee", "ankle", "shoulder", "hip", "elbow", "wrist", "finger", "knees")
_WEE = ("wee", "pee", "urine")
_PAIN_WORDS = ("pain", "burning", "stinging", "any pain", "hurts", "discomfort")

PLAIN_SYMPTOMS: dict[str, tuple[str, ...]] = {
    # Not a bare "sick" (American "I've been sick" is ill) nor "feeling sick" (nausea in Britain, ill in
    # America): only the British "being sick" and the "sickness and diarrhoea" a GP is told of.
    "vomiting": ("being sick", "sickness and diarrhoea", "sickness and diarrhea", "been being sick"),
    "chills": (
        "shivery",
        "shivering",
        "the shivers",
        "shivers",
        "felt hot and cold",
        "feeling hot and cold",
        "hot and cold sweats",
    ),
    # "Have you had a temperature?" asks about fever; "I didn't take my temperature" measures nothing.
    "fever": (
        "had a temperature",
        "have a temperature",
        "has a temperature",
        "got a temperature",
        "had temperatures",
        "high temperature",
        "high temperatures",
        "a bit of a temperature",
        "any temperatures",
        "any temperature",
    ),
    "difficulty swallowing": (
        "food gets stuck",
        "food sticks",
        "food sticking",
        "feels stuck",
        "gets stuck in my throat",
        "sticks in my throat",
        "stuck in my throat",
    ),
    "weight loss": ("lost any weight", "lost weight", "lost a bit of weight", "losing any weight"),
    # ("put weight on" is read by symptom_phrases.py: "I can't put weight on it" bears weight)
    "weight gain": ("put on some weight", "gained some weight", "gaining weight", "put on a bit of weight"),
    "hemoptysis": ("coughed up any blood", "coughing up any blood", "cough up any blood", "coughing blood"),
    "throat tightness": (
        "throat tightness",
        "throat feeling tight",
        "throat feels tight",
        "throat is tight",
        "throat's tight",
        "throat felt tight",
        "tight throat",
        "throat closing",
        "throat closing up",
    ),
    "periorbital swelling": (
        "puffiness round my eyes",
        "puffiness around my eyes",
        "puffy round my eyes",
        "puffy around my eyes",
        "swelling round my eyes",
        "swelling around my eyes",
        "swelling around your eyes",
        "puffy eyes",
        "eyes are puffy",
        "eyes were puffy",
    ),
    # the fall asked of by the act ("Did you fall down?" "No, I held on."), said only as a question: a told "I fell"
    # is as often the injury's story as a fall to chart, and a bare "did you fall" may go on "asleep"
    # (only "you": "did he fall down?" may ask of a husband or a grandchild)
    "falls": ("did you fall down", "did you fall over"),
    "joint pain": ("aching joints", "painful joints", "sore joints", "joints hurt", "joints are hurting"),
    "abdominal pain": (
        "tummy pain",
        "tummy pains",
        "pain in my tummy",
        "pain in your tummy",
        "tummy hurts",
        "tummy is sore",
        "tummy's sore",
        "sore tummy",
    ),
    "blood in urine": tuple(f"blood in {w} {u}" for w in ("your", "my", "the") for u in _WEE),
    "painful urination": (
        "pain when you wee",
        "pain when i wee",
        "burning when you wee",
        "burning when i wee",
        "stings when i wee",
        "stings when you wee",
        "hurts when i wee",
        "hurts to wee",
        "stinging when you wee",
        "stinging when i wee",
        "stings when i pee",
        "stings when you pee",
        "sting when you wee",
        "sting when you pee",
        *(f"{what} {when} water" for what in _PAIN_WORDS for when in ("passing", "when you pass", "when i pass")),
        "stings when i pass water",
        "stings when you pass water",
    ),
    "nocturia": (
        "up at night to wee",
        "up in the night to wee",
        "get up to wee",
        "getting up to wee",
        "up in the night to pee",
        "weeing at night",
        "wee at night",
    ),
    "loss of appetite": ("off my food", "off your food", "off her food", "off his food", "gone off food"),
    # "Are you coughing anything up?" asks of sputum, not whether there is a cough
    "sputum production": (
        "coughing anything up",
        "cough anything up",
        "coughing stuff up",
        "bringing anything up",
        "coughing up phlegm",
    ),
    "frequent urination": ("weeing a lot", "weeing more", "weeing all the time", "passing water more often"),
    "foamy urine": (
        "foamy urine",
        "frothy urine",
        "bubbly urine",
        "urine is foamy",
        "foamy pee",
        "pee is foamy",
        "wee is frothy",
    ),
    # night sweats told by the bed (named as the vocabulary names "night sweats")
    "sweating": (
        "bed was soaked",
        "sheets were soaked",
        "soaked the sheets",
        "soaking the sheets",
        "drenched the sheets",
        "woke up soaked",
        "wake up soaked",
        "waking up soaked",
        "drenched in sweat",
        "soaked in sweat",
        "dripping with sweat",
    ),
    "blood in stool": (
        *(f"blood in {w} poo" for w in ("your", "my", "the")),
        "blood in your stools",
        "blood in your stool",
        "blood in the stool",
        "blood in the toilet",
        "blood on the paper",
        "blood on the toilet paper",
    ),
    "black stools": ("black motions", "black poo", "poo is black", "stools are black"),
    "syncope": ("blackouts", "blackout", "blacking out"),
    "orthopnea": (
        "short of breath lying flat",
        "short of breath lying down",
        "short of breath when lying",
        "breathless lying flat",
        "breathless lying down",
    ),
    # bowels or bladder: "and urgency, like you have to run?" (the note says which)
    "urgency": ("urgency",),
    "stinging": ("stinging", "and stings", "does it sting"),
    # named "burning sensation", not "burning": the bare word is heartburn's or the bladder's as often
    "burning sensation": ("burning sensation", "burning feeling", "it burns", "does it burn", "it burn"),
    "itching": ("does it itch", "it itch", "itchy"),
    "flushing": ("flushes", "does it flush", "goes red", "go red", "goes beet red", "goes bright red"),
    "eye grittiness": ("gritty", "grittiness", "gritty eyes", "eyes feel gritty", "eyes are gritty"),
    # not a bare "shattered" (a bone) or "wiped" (after the toilet); function_answers.py reads "How's your
    # energy?" "Wiped."
    "fatigue": (
        "knackered",
        "exhausted",
        "no energy",
        "i'm shattered",
        "feel shattered",
        "feeling shattered",
        "i'm wiped",
        "feel wiped",
        "feeling wiped",
        "totally wiped",
        "completely wiped",
    ),
    # a joint's pop at an injury, heard or felt, in every tense and with every word for what popped ("I heard
    # this pop", "did you hear or feel a pop?", "I felt something pop", "my knee popped"); not "a pop" alone,
    # which is also "each" ("eight hundred milligrams a pop") or "pops in" (visits)
    "popping": (
        *(
            f"{verb} {what}"
            for verb in ("heard", "hear", "felt", "feel", "noticed", "heard like", "felt like")
            for what in ("a pop", "this pop", "that pop", "a popping", "this popping", "something pop", "it pop")
        ),
        "popping sensation",
        "popping sound",
        "popping noise",
        "pop at the time",
        # (a note's own name for it, so that it resolves to the concept the talk gave)
        "pop at time of injury",
        "with a pop",
        *(f"{part} {verb}" for part in _JOINT_PARTS for verb in ("popped", "pops", "popping", "keeps popping")),
    ),
    # found missing in a session-23 probe of everyday sayings (tests/test_plain_sayings.py)
    "chest tightness": ("tight in the chest", "tight in my chest", "my chest feels tight", "chest gets tight"),
    "runny nose": ("snotty nose", "snotty nosed", "nose is snotty"),
    "loss of smell": ("lost my sense of smell", "lost my smell", "can't smell anything", "no sense of smell"),
    "loss of taste": ("lost my sense of taste", "lost my taste", "doesn't taste like anything", "food doesn't taste"),
    # a discharge named by where it comes from (the vocabulary had only the vaginal one)
    "ear discharge": (
        "ear discharge",
        "ear drainage",
        "discharge from the ear",
        "discharge from her ear",
        "discharge from his ear",
        "discharge from my ear",
        "coming out of the ear",
        "coming out of her ear",
        "coming out of his ear",
        "coming out of my ear",
        "come out of the ear",
        "draining from the ear",
        "ear is draining",
        "pus from the ear",
    ),
    "nipple discharge": (
        "nipple discharge",
        "discharge from the nipple",
        "discharge from my nipple",
        "discharge from the nipples",
        "coming out of the nipple",
        "leaking from the nipple",
    ),
    "eye redness": ("red eye", "red eyes", "red painful eyes", "red, painful eyes", "eyes are red", "eye is red"),
    "wound drainage": ("drainage from the wound", "pus from the wound", "wound drainage", "wound is draining"),
    # (said of the speaker only: "the swelling's been really down", "my numbers have been down" are not a mood)
    "depressed mood": (
        "been really down lately",
        "been so down lately",
        "feeling really down",
        "feeling so down",
        "been feeling down",
        "down in the dumps",
    ),
}
