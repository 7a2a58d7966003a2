"""Symptoms of mood and of the skin as people tell them, generated as whole paradigms (session 10).

Merged into lay_symptoms.LAY_SYMPTOMS (and from there the vocabulary) like plain_symptoms.PLAIN_SYMPTOMS. Each
entry is built from every form of its verb and the ways of saying how much ("I cried all the time", "she keeps
crying", "crying for no reason"; "I feel so guilty"; "I don't care about anything"), not from one sentence;
phrases stay within the vocabulary's five words.
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
)
_BREATHLESS = ("can't breathe", "cannot breathe", "short of breath", "breathless", "out of breath", "hard to breathe")
_LYING = ("lying", "laying", "lie", "lay")
_HARD = ("trouble", "difficulty", "a hard time", "hard time", "problems", "struggling", "struggle")
_SLEEP = ("falling asleep", "getting to sleep", "staying asleep", "going to sleep", "getting back to sleep")

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
    # Australian and New Zealand "buggered" (worn out), said of oneself
    "fatigue": tuple(
        f"{w} {h}buggered"
        for w in ("i'm", "i am", "i feel", "feeling", "he's", "she's")
        for h in ("", "totally ", "completely ", "absolutely ")
    ),
    "excessive guilt": tuple(f"{f} {g}" for f in _FEEL for g in _GUILTY),
    "anhedonia": tuple(f"{c} {w}" for c in _CARE for w in _WHAT),
    # sleep, by every word for "hard" and every part of the night: "difficulty falling asleep" (whose "falling"
    # the vocabulary otherwise reads as a fall), "struggling getting to sleep", "a hard time staying asleep"
    "insomnia": (
        *(f"{h} {s}" for h in _HARD for s in _SLEEP),
        *(f"{c} {v} asleep" for c in ("can't", "cannot", "couldn't", "hard to", "never") for v in ("fall", "stay")),
    ),
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
    "orthopnea": tuple(f"{b} {ly} {how}" for b in _BREATHLESS for ly in _LYING for how in ("down", "flat")),
    # warm or hot to the touch, with or without "the" (the patient's own hand on the part)
    "skin warmth": tuple(f"{h} to {t}touch" for h in _SKIN for t in ("the ", "")),
}
