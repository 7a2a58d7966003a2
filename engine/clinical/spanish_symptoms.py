"""Symptoms said in Spanish inside English talk, as families who switch between the two say them to a clinic
(batch 14's US community clinic, with and without interpreters), and how a loss of appetite is told in plain
words of any English.

Merged into lay_symptoms.LAY_SYMPTOMS (and from there the vocabulary) like world_symptoms.py: a name that exists
already only gains words. Whole paradigms, not sentences: what hurts by every body part, said by the one who
has it ("me duele la cabeza") or of a child ("le duele la oreja"), and "dolor de" the part; every written form
with and without its accents, since a transcriber may drop them. A Spanish "no" before a word ("no tengo
fiebre") is read as a denial like the English one. Phrases are at most five words.
"""

from __future__ import annotations

import re
import unicodedata


def _bare(word: str) -> str:
    """``word`` without its accents ("estómago" -> "estomago")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")


def _both(*words: str) -> tuple[str, ...]:
    """Each of ``words`` without accents, and as the vocabulary reads it written with them (it reads words of
    a-z only, so "vómito" is the words "v mito")."""
    cut = (" ".join(re.sub(r"[^a-z0-9' ]+", " ", w).split()) for w in words)
    return tuple(dict.fromkeys([*(_bare(w) for w in words), *cut]))


# the body part (with its article) -> the symptom its pain is
_PART_PAIN = {
    "headache": ("la cabeza",),
    "abdominal pain": ("el estómago", "la panza", "la barriga", "la pancita", "el vientre"),
    "sore throat": ("la garganta",),
    "ear pain": ("la oreja", "el oído", "los oídos", "las orejas"),
    "chest pain": ("el pecho",),
    "back pain": ("la espalda",),
    "joint pain": ("las articulaciones", "las coyunturas"),
}
# "me duele" (mine), "le duele" (his, hers), "te duele" (the clinician asking), "dolor de" (the noun)
_HURTS = ("me duele", "le duele", "te duele", "me duelen", "le duelen", "dolor de", "dolor en", "duele")

SPANISH_SYMPTOMS: dict[str, tuple[str, ...]] = {
    **{
        name: _both(*(f"{h} {p}" for h in _HURTS for p in parts), *(f"dolor de {p.split()[1]}" for p in parts))
        for name, parts in _PART_PAIN.items()
    },
    "fever": _both("fiebre", "calentura", "temperatura alta"),
    "cough": _both("tos", "tosiendo"),
    "runny nose": _both("mocos", "moquera", "le corre la nariz"),
    "diarrhea": _both("diarrea", "chorro", "chorrillo"),
    "vomiting": _both("vómito", "vómitos", "vomitando", "vomitó", "vomita"),
    "nausea": _both("náusea", "náuseas", "ganas de vomitar", "asco"),
    "dizziness": _both("mareo", "mareos", "mareada", "mareado"),
    "excessive thirst": _both("mucha sed", "tengo sed", "tiene sed", "con sed"),
    "tingling": _both("hormigueo", "hormigueos", "me hormiguea", "le hormiguea"),
    "numbness": _both("adormecido", "adormecida", "entumido", "entumida", "entumecido", "entumecida"),
    "depressed mood": _both("muy triste", "triste", "me siento triste", "deprimida", "deprimido"),
    "fatigue": _both("cansancio", "muy cansada", "muy cansado", "cansadísima", "cansadísimo"),
    "chills": _both("escalofríos", "escalofrío"),
    "itching": _both("comezón", "picazón", "me pica", "le pica"),
    "rash": _both("ronchas", "sarpullido", "salpullido"),
    "constipation": _both("estreñido", "estreñida", "estreñimiento"),
    "shortness of breath": _both("me falta el aire", "le falta el aire", "falta de aire"),
    "insomnia": _both("no puedo dormir", "no duermo", "no puede dormir", "no duerme"),
    # the appetite, in Spanish and by who will not eat in every English (not "you don't want to eat late",
    # which is advice: only the one who has it, said of themselves or of a child)
    "loss of appetite": (
        *_both("no tengo hambre", "no tiene hambre", "sin hambre", "no quiere comer", "no quiero comer"),
        *(
            f"{who} {neg} {want}"
            # (not "i": the vocabulary asks every "i" phrase as "you" too, and "you don't want to eat" is advice)
            for who in ("he", "she", "they")
            for neg in ("don't", "doesn't", "didn't", "won't", "do not", "does not", "no")
            for want in ("want to eat", "wanna eat", "feel like eating")
        ),
        *(
            f"{who} {how}"
            for who in ("i'm", "he's", "she's", "they're", "been")
            for how in ("not eating", "not eating much", "barely eating", "hardly eating", "not hungry", "never hungry")
        ),
        "eating very little",
        "eating hardly anything",
        "hardly eating anything",
        "barely eating anything",
        "picking at his food",
        "picking at her food",
        "picking at my food",
    ),
}
