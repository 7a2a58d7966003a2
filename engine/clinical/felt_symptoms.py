"""Symptoms of mood and of the skin as people tell them, generated as whole paradigms (session 10).

Merged into lay_symptoms.LAY_SYMPTOMS (and from there the vocabulary) like plain_symptoms.PLAIN_SYMPTOMS. Each
entry is built from every form of its verb and the ways of saying how much ("I cried all the time", "she keeps
crying", "crying for no reason"; "I feel so guilty"; "I don't care about anything"), not from one sentence;
phrases stay within the vocabulary's five words. Session 12 added the everyday sayings of primary care built the
same way: a nose "blocked" / "bunged up" / "stuffed up", periods said heavy, no poo by every name for it, wetting
or leaking, forgetting told by what is forgotten, "muddled", "panicky", "no get up and go", "up half the night".
"""

from __future__ import annotations

_CRY = ("cry", "cries", "crying", "cried")
_HOW_MUCH = ("all the time", "a lot", "for no reason", "every day", "at everything", "over nothing", "easily")
# ... or told by where and when it comes ("I cry in the car", "she cries at night", "crying in the bathroom")
_WHERE_CRY = (
    "in the car",
    "at work",
    "in the bathroom",
    "in the shower",
    "at night",
    "every night",
    "by myself",
    "alone",
    "myself to sleep",
    "most days",
    "every morning",
    # ... or at what sets it off, which would not before ("crying at adverts", "she cries at the telly")
    "at adverts",
    "at ads",
    "at commercials",
    "at the telly",
    "at the tv",
    "at the news",
    "at films",
    "at movies",
)
# Clothes that have grown loose tell a weight lost ("my pants are big now", "his trousers are loose")
_CLOTHES = ("pants", "trousers", "jeans", "clothes", "skirts", "dresses", "belt", "shirts")
_BIG = ("loose", "big", "baggy", "too big", "falling off", "loose now", "big now")
# The whole body hurting, said any way ("pain in the whole body", "my whole body hurts", "pain all over my body")
_BODY = ("the whole body", "my whole body", "his whole body", "her whole body", "the body", "my body", "my entire body")
_BODY_HURTS = ("hurts", "aches", "is aching", "is sore", "is paining", "is in pain", "pains")
_WHO = ("i", "she", "he", "you")
_GUILTY = ("guilty", "so guilty", "really guilty", "guilty all the time", "like a burden", "like i'm a burden")
_FEEL = ("feel", "feels", "feeling", "felt")
_CARE = ("don't care about", "doesn't care about", "didn't care about", "stopped caring about")
_WHAT = ("anything", "stuff", "anything anymore", "things", "much")
_SKIN = ("hot", "warm")
_DRY_PART = {"mouth": "dry mouth", "eyes": "dry eyes", "skin": "dry skin"}
_IS = (
    "is",
    "'s",
    "feels",
    "feel",
    "are",
    "gets",
    "get",
    "has been",
    "is always",
    "is so",
    "feels so",
    "feel so",
    "are so",
    "so",  # "it makes my mouth so dry like cotton": the verb left out
    "very",
    "is very",
    "always",
)
_BREATHLESS = ("can't breathe", "cannot breathe", "short of breath", "breathless", "out of breath", "hard to breathe")
_LYING = ("lying", "laying", "lie", "lay")
_HARD = ("trouble", "difficulty", "a hard time", "hard time", "problems", "struggling", "struggle")
_SLEEP = ("falling asleep", "getting to sleep", "staying asleep", "going to sleep", "getting back to sleep")

# The nose blocked, in British, Australian and American words ("my nose is blocked up", "a bunged up nose")
_NOSE = ("nose", "sinuses")
_BLOCKED = ("blocked", "blocked up", "bunged up", "stuffed up", "stuffy", "congested", "clogged", "clogged up")
# Periods said heavy by any form of "be" or "get" ("my periods have been heavy", "they're getting heavier")
_PERIODS = ("period", "periods", "menses", "flow", "bleeding")
_HEAVY = ("heavy", "heavier", "very heavy", "so heavy", "really heavy")
_SOAK = ("flooding", "flooded", "flood", "soaking", "soaked", "soak", "bleeding", "bled", "bleed", "leaking")
_PADS = ("pads", "a pad", "my pads", "tampons", "a tampon")
# No bowel movement, by every name for it ("hasn't done a poo", "haven't had a bowel movement", "not opened my
# bowels"); the "not" is the complaint, as in "can't breathe"
_NOT_DONE = ("haven't", "hasn't", "hadn't", "not", "didn't", "can't", "couldn't")
_STOOL = ("a poo", "a poop", "a bowel movement", "a number two", "a number 2", "a bm", "a motion", "a stool")
_STOOL_VERBS = ("had", "done", "do", "have", "passed", "pass")
# Forgetting told by what is forgotten ("forgetting where I put things", "she forgets names")
_FORGET = ("forget", "forgets", "forgetting", "forgot")
_FORGOTTEN = ("things", "stuff", "names", "words", "where i put", "where she put", "where he put", "why i")
# Wet oneself, of any age or sex ("I wet myself", "she's been weeing herself", "leaks when she laughs")
_WET = ("wet", "wets", "wetting", "pee", "peed", "peeing", "wee", "weed", "weeing")
_SELF = ("myself", "herself", "himself")
_LEAK = ("leak", "leaks", "leaking", "leaked")
# (not "it's leaking a little": a wound, a tap)
_LEAK_HOW = ("when i cough", "when i laugh", "when i sneeze", "when she laughs", "when he laughs", "when i run")

FELT_SYMPTOMS: dict[str, tuple[str, ...]] = {
    # not the bare "crying" (a baby's) nor "cried" (once, at news): crying told as often or easily
    "tearfulness": (
        "tearful",
        "teary",
        "tearfulness",
        "in tears",
        *(f"{c} {h}" for c in _CRY for h in _HOW_MUCH),
        "i keep crying",
        *(f"{c} {w}" for c in _CRY for w in _WHERE_CRY),
        *(f"{w} can't stop crying" for w in _WHO),
    ),
    "weight loss": (
        *(f"{c} {v} {b}" for c in _CLOTHES for v in ("are", "is", "are all", "feel", "are getting") for b in _BIG),
        *(f"{c}'re {b}" for c in ("they",) for b in ("loose now", "big now")),
        "lose weight without trying",
        "lost weight without trying",
        "losing weight without trying",
    ),
    "body aches": (
        *(f"pain {w} {b}" for w in ("in", "all over", "throughout") for b in _BODY),
        *(f"{b} {h}" for b in ("whole body", "entire body") for h in _BODY_HURTS),
        "whole body pain",
        "whole body aches",
        "pain all over",
        "aching all over",
        "hurting all over",
        "hurts all over",
        "hurt all over",
    ),
    "excessive guilt": tuple(f"{f} {g}" for f in _FEEL for g in _GUILTY),
    "anhedonia": tuple(f"{c} {w}" for c in _CARE for w in _WHAT),
    # "my mouth is dry as a bone", "my eyes feel so dry", "skin's dry": the part and its state
    **{
        name: tuple(f"{part} {v} dry" if not v.startswith("'") else f"{part}{v} dry" for v in _IS)
        for part, name in _DRY_PART.items()
    },
    # trouble with the act itself, by every name for it (not the pain of it: painful urination)
    "difficulty urinating": tuple(
        f"{h} {v}"
        for h in ("trouble", "difficulty", "problems", "a hard time", "hard time", "struggling")
        for v in ("passing urine", "passing water", "urinating", "peeing", "weeing", "going pee", "getting the pee out")
    ),
    # breathless lying down, with every form of "lie" people use ("can't breathe laying down")
    "orthopnea": (
        *(f"{b} {ly} {how}" for b in _BREATHLESS for ly in _LYING for how in ("down", "flat")),
        # "any problems lying flat at night?": flat at night is the breathing, not a bad back by day
        *(f"{h} {ly} flat at night" for h in _HARD if " " not in h for ly in ("lying", "laying")),
    ),
    # warm or hot to the touch, with or without "the" (the patient's own hand on the part)
    "skin warmth": tuple(f"{h} to {t}touch" for h in _SKIN for t in ("the ", "")),
    "nasal congestion": (
        *(f"{b} {n}" for b in _BLOCKED for n in ("nose", "up nose")),
        *(f"{n} {v} {b}" if not v.startswith("'") else f"{n}{v} {b}" for n in _NOSE for v in _IS for b in _BLOCKED),
    ),
    # the periods said heavy (the bare name "heavy periods" stays the problem vocabulary's)
    "heavy menstrual bleeding": (
        *(
            f"{p} {v} {h}" if not v.startswith("'") else f"{p}{v} {h}"
            for p in _PERIODS[:3]
            for v in (*_IS, "have been", "have")
            for h in _HEAVY
        ),
        *(f"{p} are getting {h}" for p in ("periods", "they") for h in ("heavier", "heavy")),
        *(f"{f} through {w}" for f in _SOAK for w in _PADS),
    ),
    "constipation": (
        # (not a bare "bunged up": "I'm all bunged up with hay fever" is the nose; the bowel needs saying)
        *(f"bunged up {w}" for w in ("down there", "below", "inside", "in my bowels", "in the bowels")),
        *(f"{n} {v} {o}" for n in _NOT_DONE for v in _STOOL_VERBS for o in _STOOL),
        *(f"{n} opened my bowels" for n in ("haven't", "not", "hadn't")),
        "bowels haven't opened",
        "bowels haven't moved",
    ),
    "memory loss": tuple(f"{f} {w}" for f in _FORGET for w in _FORGOTTEN),
    "urinary incontinence": (
        *(f"{w} {s}" for w in _WET for s in _SELF),
        *(f"{w} my pants" for w in _WET),
        *(f"{k} {h}" for k in _LEAK for h in _LEAK_HOW),
        "i leak a bit",
        "i leak a little",
    ),
    # muddled, said of oneself or by a carer ("she's been getting muddled", "he gets confused in the evenings")
    # (not "I got my tablets muddled", "I've been confused about the dose")
    "confusion": (
        "getting muddled",
        "gets muddled",
        "more muddled",
        "getting confused",
        "gets confused",
        "befuddled",
        # a carer telling of the patient ("she's more confused in general", "he's been confused since Sunday")
        *(
            f"{w} {m}confused"
            for w in ("she's", "he's", "she is", "he is", "she has been", "he has been", "she's been", "he's been")
            for m in ("", "more ", "a lot more ", "very ")
        ),
        "increasingly confused",
    ),
    # restless and worked up, said by the patient or a carer ("she's been a lot more agitated in the evenings")
    "agitation": ("agitation", "agitated"),
    # worry felt in the body, in plain words of several Englishes
    # (not "wound up in the ER", "we'll get you worked up")
    "anxiety symptoms": (
        "panicky",
        "on edge",
        "nervous wreck",
        "uptight",
        "jittery",
        *(f"{g} worked up" for g in ("get", "gets", "getting", "got")),
        # worry that fills the days, not a worry about one thing ("I'm worried it's my heart")
        *(f"{f} worried {h}" for f in _FEEL for h in ("a lot", "all the time", "or nervous", "and nervous")),
        *(f"{w} {h}" for w in ("worry", "worrying") for h in ("a lot", "all the time", "constantly")),
        "can't stop worrying",
    ),
    "fatigue": (
        *(
            f"{w} {h}buggered"
            for w in ("i'm", "i am", "i feel", "feeling", "he's", "she's")
            for h in ("", "totally ", "completely ", "absolutely ")
        ),
        # (not "get up and go for a walk")
        "no get up and go",
        "get up and go has gone",
        "get up and go's gone",
        "running on empty",
        "dead on my feet",
        "dragging myself",
        *(f"{w} dragging" for w in ("i'm", "i am", "i've been", "she's", "he's")),
    ),
    # sleep, by every word for "hard" and every part of the night: "difficulty falling asleep" (whose "falling"
    # the vocabulary otherwise reads as a fall), "struggling getting to sleep", "a hard time staying asleep"; and
    # the night told by how it goes ("up half the night", "tossing and turning", "can't drop off")
    "insomnia": (
        *(f"{h} {s}" for h in _HARD for s in _SLEEP),
        *(f"{c} {v} asleep" for c in ("can't", "cannot", "couldn't", "hard to", "never") for v in ("fall", "stay")),
        *(f"{u} half the night" for u in ("up", "awake", "lying awake", "lie awake")),
        "awake all night",
        "tossing and turning",
        "toss and turn",
        "staring at the ceiling",
        *(f"{c} {d}" for c in ("can't", "cannot", "couldn't") for d in ("drop off", "nod off", "get off to sleep")),
    ),
    # hot and cold by turns (not "hot and cold packs")
    "chills": (
        "hot then cold",
        "boiling then freezing",
        "freezing then boiling",
        "sweating then freezing",
        *(f"{v} hot and cold" for v in ("been", "going", "goes", "gone", "getting", "gets", "i'm", "she's", "he's")),
    ),
    # a weight on the chest, as patients picture it
    "chest pain": (
        *(
            f"{w} on my chest"
            for w in ("elephant", "elephant sitting", "weight", "pressure", "brick", "someone sitting")
        ),
        "crushing in my chest",
    ),
    # blood seen on wiping or in the pan
    "blood in stool": tuple(f"blood when {w} wipe" for w in ("i", "you", "she", "he"))
    + ("blood on the paper", "blood on the tissue", "blood in the pan", "blood in the bowl"),
    # acid or sour fluid told as what comes up ("acid comes up at night", "sour water comes up to the throat",
    # "it does come up in my throat, sour sour"): regurgitation, as the note says "acid regurgitation"
    "regurgitation": (
        "acid comes up",
        "acid coming up",
        "acid come up",
        "sour water comes up",
        "sour water",
        "comes up to the throat",
        "comes up to my throat",
        "come up in my throat",
        "comes up in my throat",
        "coming up in my throat",
        "acid regurgitation",
    ),
    # the chest said burning: what the note calls heartburn or "chest burning"
    "heartburn": ("chest burning", "burning in the chest", "burning in my chest", "chest is burning"),
    # the vision blurring told as how much ("little blurring when reading", "some blurring")
    "blurred vision": (
        "little blurring",
        "bit of blurring",
        "some blurring",
        "blurring of vision",
        "blurring when reading",
        "blurring of my vision",
    ),
    # a note's names for the burning the feet have ("burning sensation in feet", "foot burning")
    "burning pain": (
        "burning sensation in feet",
        "burning sensation in the feet",
        "burning sensation in my feet",
        "foot burning",
        "burning of the feet",
    ),
    # thirst told as being there (dialect_words.py turns "thirst is there" round to "there is thirst")
    "excessive thirst": ("there is thirst", "there is more thirst", "there is too much thirst"),
}
