"""Symptoms as patients say them in plain words, found missing by review 3 (tests/test_review3_symptoms.py).

Merged into everyday_terms.EVERYDAY_SYMPTOMS (and from there the vocabulary): a name here that is already
there, or in lexicon.SYMPTOMS, only gains words. Phrases are at most five words (the vocabulary's longest
match); longer sayings ("it hurts when I take a deep breath") are read by symptom_phrases.py.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.felt_symptoms import FELT_SYMPTOMS
from engine.clinical.felt_words import FELT_WORDS, SAID_NOT
from engine.clinical.function_answers import LESS_OUTPUT
from engine.clinical.mind_symptoms import MIND_SYMPTOMS
from engine.clinical.plain_symptoms import PLAIN_SYMPTOMS
from engine.clinical.regional_symptoms import REGIONAL_SYMPTOMS
from engine.clinical.spanish_symptoms import SPANISH_SYMPTOMS
from engine.clinical.world_symptoms import WORLD_SYMPTOMS

LAY_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "brain fog": (
        "brain fog",
        "brain is foggy",
        "head is foggy",
        "feel foggy",
        "feeling foggy",
        "kind of foggy",
        "foggy headed",
        "can't think straight",
        "can't think clearly",
    ),
    "racing thoughts": ("racing thoughts", "thoughts are racing", "thoughts racing", "mind is racing", "mind races"),
    "gasping during sleep": (
        "gasping at night",
        "gasping for air",
        "gasping in my sleep",
        "wake up gasping",
        "woke up gasping",
        "waking up gasping",
        "choking in my sleep",
    ),
    # Burning of the feet or hands is neuropathic pain; burning on passing urine is its own phrase (longer wins).
    "burning pain": (
        "burning pain",
        "burning in my feet",
        "burning in my toes",
        "burning in my hands",
        "burning in my legs",
        "feet burn",
        "feet are burning",
        "feet burning",
        "burning feet",
    ),
    # "the shaking in my right hand", "my hands shake" (not shaking chills, not feeling shaky)
    "tremor": (
        "shaking in my hand",
        "shaking in my right hand",
        "shaking in my left hand",
        "shaking in my hands",
        "my hands shake",
        "my hand shakes",
        "hands are shaking",
        "hand is shaking",
    ),
    "bleeding gums": ("gums bleed", "gums are bleeding", "bleeding gums", "gums bleeding"),
    "dry skin": ("dry skin", "skin is dry", "skin's dry", "skin is so dry", "skin is really dry", "skin is very dry"),
    "dark urine": ("dark urine", "urine is dark", "pee is dark", "dark pee", "urine is really dark"),
    # Not "upset my stomach": that is how a drug's side effect is told ("it can upset your stomach").
    "upset stomach": (
        "upset stomach",
        "stomach upset",
        "stomach is upset",
        "stomach's upset",
        "stomach's been upset",
        "stomach has been upset",
    ),
    "bloating": ("bloating", "bloated"),
    "double vision": ("double vision", "seeing double", "see double", "diplopia"),
    "flashing lights": ("flashing lights", "flashes of light", "seeing flashes"),
    "photophobia": (
        "photophobia",
        "light sensitivity",
        "sensitive to light",
        "sensitivity to light",
        "light bothers",
        "lights bother",
        "bothered by light",
        "bothered by the light",
        "light hurts my eyes",
    ),
    "phonophobia": (
        "phonophobia",
        "sensitive to noise",
        "sensitive to sound",
        "sensitivity to noise",
        "sensitivity to sound",
        "noise bothers",
        "bothered by noise",
        "sound bothers",
        "sound sensitivity",
        "noise sensitivity",
    ),
    # not bare "mucus": a child's nose runs with it
    "sputum production": ("sputum", "phlegm", "bringing stuff up", "bringing up stuff"),
    # symptom_phrases.py finds the sayings; these names let a note's own words resolve to the same concept
    "pain with deep breathing": ("pleuritic chest pain", "pleuritic pain", "pain with a deep breath"),
    "ear fullness": (
        "ear feels full",
        "ears feel full",
        "ear is plugged",
        "ears are plugged",
        "ear feels plugged",
        "ears feel plugged",
        "fullness in my ear",
        "plugged ear",
    ),
    "lump": ("lump", "lumps"),
    "blisters": ("blisters", "blister"),
    # "Any redness or swelling?" "It's a bit red.": the part asked about, said red
    "redness": ("it's red", "it's a bit red", "it's a little red", "it's kind of red", "it's really red", "looks red"),
    "hot flashes": ("hot flashes", "hot flushes", "hot flash"),
    # Not "drowsy" or "groggy": nearly always a drug's effect, warned of ("don't drive drowsy") or past.
    "drowsiness": ("drowsiness",),
    "head injury": ("hit my head", "bumped my head", "banged my head", "head injury"),
    # More words for names that exist already.
    "insomnia": (
        "not sleeping",
        "trouble getting to sleep",
        "trouble staying asleep",
        "hard to fall asleep",
        "hard to stay asleep",
        "can't get to sleep",
        "lie awake",
        "lying awake",
        "sleeping poorly",
        "barely sleeping",
    ),
    # "Did you pass out?" asks about syncope; "about to pass out" (presyncope) is the longer phrase and wins.
    "syncope": ("pass out", "black out", "lose consciousness", "lost consciousness", "loss of consciousness"),
    "depressed mood": (
        "feel down",
        "felt down",
        "feeling low",
        "feeling sad",
        "feel sad",
        "been sad",
        "hopeless",
        "feeling blue",
        "pretty flat",
        "feeling flat",
    ),
    "palpitations": ("fluttering", "racing heart", "heart beating fast", "heart's racing", "heart pounds"),
    "body aches": ("muscles ache", "muscles are sore", "muscles hurt", "muscles are aching", "sore all over"),
    "memory loss": (
        "trouble remembering",
        "forgetting things",
        "more forgetful",
        "memory problems",
        "trouble with my memory",
        "problems with my memory",
        "memory is getting worse",
        "forgetfulness",  # the clinician's name for it
    ),
    "weight loss": (
        "lost some weight",
        "lost a little weight",
        "dropped some weight",
        "lost a few pounds",
        "lost a couple of pounds",
        "lost a couple pounds",
        "clothes are looser",
        "pants are looser",
    ),
    "loss of appetite": (
        "don't feel like eating",
        "haven't felt like eating",
        "not much of an appetite",
        "appetite isn't great",
        "appetite is not great",
        "appetite's been down",
        "appetite has been down",
    ),
    "frequent urination": (
        "peeing all the time",
        "pee all the time",
        "urinating all the time",
        "running to the bathroom",
        "urinary frequency",  # the clinician's name for it
        "frequency of urination",
    ),
    "dizziness": ("woozy", "room spinning", "room is spinning", "room was spinning", "room spins"),
    # "I couldn't breathe": the "not" is the complaint (and must not deny what follows it)
    "shortness of breath": (
        "can't breathe",
        "couldn't breathe",
        "could n't breathe",
        "could not breathe",
        "cannot breathe",
    ),
    "chest pain": ("chest hurts", "chest is hurting", "heaviness in my chest", "chest feels heavy"),
    # "Any changes in your vision?" is charted with the vision changes (lexicon: "vision changes").
    "blurred vision": (
        "changes in your vision",
        "change in your vision",
        "changes in my vision",
        "trouble with my vision",
        "problems with my vision",
    ),
    "itching": ("itches", "itchiness"),
    "saddle anesthesia": ("saddle numbness",),  # the note's other name for it
    "ear pain": ("pulling at his ears", "pulling at her ears", "tugging at his ears", "tugging at her ears"),
    # "Any blood when you cough?" asks about blood, not the cough
    "hemoptysis": ("blood when i cough", "blood when coughing", "cough up any blood"),
    # Breathless lying flat, told by how the patient sleeps.
    "orthopnea": (
        "propped up in bed",
        "prop myself up",
        "sleep sitting up",
        "sleeping sitting up",
        "can't lie flat",
        "cannot lie flat",
        "extra pillows",
        "more pillows",
        # a count that has grown, or a night spent upright ("always slept with two pillows" is habit, not this)
        "up to two pillows",
        "up to three pillows",
        "up to four pillows",
        "slept in the recliner",
        "sleeping in the recliner",
        "sleep in the recliner",
        "sleeping in my recliner",
        "sleeping in a chair",
        "slept in a chair",
    ),
    "daytime sleepiness": ("sleepy all the time",),
    # The clinician's own words for lay names the vocabulary has ("he was diaphoretic").
    "sweating": ("diaphoresis", "diaphoretic", "sweating through his shirt", "sweating through my shirt"),
    "presyncope": ("near-syncope", "near fainting", "near-fainting"),
    # Pallor as a companion sees it (not bare "pale": pale stools are another symptom).
    "pallor": (
        "white as a sheet",
        "white as a ghost",
        "pale as a ghost",
        "he looked pale",
        "she looked pale",
        "he looks pale",
        "she looks pale",
        "you look pale",
        "you looked pale",
        "went pale",
        "gone pale",
        "turned pale",
        "went white",
        "turned white",
        "gone grey",
        "went grey",
    ),
    # "down there" is the genital region when a woman is asked; the discharge's or smell's place is its name
    "vaginal discharge": ("discharge down there", "vaginal discharge"),
    "vaginal odor": ("vaginal odor", "vaginal odour", "odor down there", "odour down there", "smell down there"),
    "vaginal itching": ("itching down there", "itchy down there", "vaginal itching"),
    # the wheeze as patients hear it (South African, Irish and British talk alike): a whistle in the chest
    "wheezing": (
        "whistling in the chest",
        "whistling in my chest",
        "whistling in his chest",
        "whistling in her chest",
        "chest is whistling",
        "chest whistles",
        "whistle in my chest",
        "whistle when i breathe",
        "whistling when i breathe",
    ),
    "hallucinations": (
        "seeing things that aren't",
        "see things that aren't",
        "seen things that aren't",
        "seeing things that are not",
    ),
}

# A part told as fine says its symptom is absent, with no negation word ("my vision's fine"); more of the
# kind of lexicon.ABSENT_PHRASES. Not sleep ("I'm sleeping okay, but ..." is seldom charted as a denial).
LAY_ABSENT: dict[str, str] = {
    "vision's fine": "blurred vision",
    "vision's okay": "blurred vision",
    "eyesight is fine": "blurred vision",
    "eyes are fine": "blurred vision",
    "appetite is fine": "loss of appetite",
    "appetite's fine": "loss of appetite",
    "appetite is good": "loss of appetite",
    "appetite's good": "loss of appetite",
    "joints are fine": "joint pain",
    "joints are okay": "joint pain",
    "joints are ok": "joint pain",
    "joints are good": "joint pain",
    **SAID_NOT,
}

# A function said to be fine, in any of the ways people say it ("speech is fine", "my hearing's been okay",
# "energy's good", "eyes fine"): its symptom is absent. The part -> the symptom it denies.
_FINE_PART = {
    "vision": "blurred vision",
    "eyesight": "blurred vision",
    "sight": "blurred vision",
    "eyes": "blurred vision",
    "speech": "difficulty speaking",
    "speaking": "difficulty speaking",
    "talking": "difficulty speaking",
    "breathing": "shortness of breath",
    "breath": "shortness of breath",  # "breath also fine": the breath itself said fine
    "hearing": "hearing loss",
    "appetite": "loss of appetite",
    "energy": "fatigue",
    "energy levels": "fatigue",
    "mood": "depressed mood",
    "memory": "memory loss",
    "balance": "imbalance",
    "swallowing": "difficulty swallowing",
    "joints": "joint pain",
    # "he pee normal", "peeing is okay", "his wees are normal": the output kept (a parent's answer for a sick child)
    "peeing": "decreased urine output",
    "pee": "decreased urine output",
    "weeing": "decreased urine output",
    "wees": "decreased urine output",
    "urine output": "decreased urine output",
}
_FINE = re.compile(
    r"(?<!\bif )(?<!\bif your )(?<!\bif my )(?<!\bunless )(?<!\bas long as )\b(?:(?:my|his|her|the) )?"
    rf"({'|'.join(sorted(_FINE_PART, key=len, reverse=True))})"
    r"(?:'s|'re| is| are| has been| have been| was| were| been| seems| seem| feels| feel)?"
    r"(?: (?:totally|completely|perfectly|absolutely|all|pretty|just|really|still|always|actually|been|also|too))*"
    r" (?:fine|okay|ok|good|normal|all right|alright|great|grand|perfect|spot on)\b"
    # "my vision's fine but it goes blurry at night" tells a symptom, not its absence
    r"(?![^.;?!]{0,12}\b(?:but|except|apart from|although|though)\b)"
)
# "I can breathe fine", "I can hear okay": the function done without trouble
_CAN_FINE = re.compile(
    r"\b(?:i|she|he) can (breathe|hear|see|swallow|talk|speak)(?: (?:just|totally|perfectly|all))* "
    r"(?:fine|okay|ok|all right|alright|normally|good)\b(?![^.;?!]{0,12}\b(?:but|except)\b)"
)
_CAN_PART = {"breathe": "breathing", "hear": "hearing", "see": "vision", "swallow": "swallowing", "talk": "speech"}


# "the diaper is wet", "plenty of wet nappies": the output kept, told by the nappy
_WET = re.compile(
    r"\b(?:diapers?|nappy|nappies)(?:'s| is| are| still| been| have been| has been)* (?:wet|soaked|full)\b"
    r"|\b(?:plenty of |lots of |enough |still )?wet (?:diapers|nappies)\b"
)


def fine_functions(low: str) -> list[tuple[int, int, str]]:
    """The symptoms ``low`` denies by calling their function fine: (start, end, symptom name)."""
    out = [(m.start(), m.end(), _FINE_PART[m.group(1)]) for m in _FINE.finditer(low)]
    # "only 2 wet nappies", "fewer wet diapers": wet, but fewer, is no output kept
    out += [
        (m.start(), m.end(), "decreased urine output")
        for m in _WET.finditer(low)
        if not LESS_OUTPUT.search(low[max(0, m.start() - 25) : m.end() + 25])
    ]
    for m in _CAN_FINE.finditer(low):
        out.append((m.start(), m.end(), _FINE_PART[_CAN_PART.get(m.group(1), "speech")]))
    return out


# Review 5's plain words (British and American GP talk) and review 6's (Indian, Singaporean, Caribbean and
# US telehealth talk), kept in their own modules to keep this one short.
for _name, _phrases in [
    *PLAIN_SYMPTOMS.items(),
    *WORLD_SYMPTOMS.items(),
    *FELT_SYMPTOMS.items(),
    *FELT_WORDS.items(),
    *REGIONAL_SYMPTOMS.items(),
    *SPANISH_SYMPTOMS.items(),
    *MIND_SYMPTOMS.items(),
]:
    LAY_SYMPTOMS[_name] = LAY_SYMPTOMS.get(_name, ()) + tuple(
        p for p in _phrases if p not in LAY_SYMPTOMS.get(_name, ())
    )


# Speakers who drop the g, written down as heard ("sweatin all night", "been throwin up", "my knee's achin"):
# every -ing word of a symptom phrase also without its g. Only stems of three letters or more, so that "thing",
# "ring" and "sing" keep their own words ("thin", "rin" would be other words or none).
_ING = re.compile(r"\b([a-z]{3,})ing\b")


def dropped_g(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The g-dropped forms of ``phrases`` that contain an -ing word ("throwing up" -> "throwin up")."""
    return tuple(dict.fromkeys(v for p in phrases if (v := _ING.sub(r"\1in", p)) != p))


for _name, _phrases in [*lexicon.SYMPTOMS.items(), *list(LAY_SYMPTOMS.items())]:
    _have = LAY_SYMPTOMS.get(_name, ())
    LAY_SYMPTOMS[_name] = _have + tuple(p for p in dropped_g(_phrases) if p not in _have)
