"""Symptoms in the words of Scots and Northern English, of the US South and Appalachia, and of West and East
African English (batch 13's authors), merged into lay_symptoms.LAY_SYMPTOMS like world_symptoms.py: a name
that exists already only gains words.

Whole families, not single sayings: every way these speakers say tired ("jiggered", "wore out", "tuckered
out", "give out"), out of breath ("puffed", "out of puff", "short of wind"), light in the head ("swimmy
headed", "head swimming"), pale ("peely-wally", "white as a sheet"), low ("down in the dumps", "heart is
heavy"), sleepless ("can't get back off"), and the clinician's own names a note uses for the same thing
("low mood", "polydipsia", "poor concentration"), so a note's word resolves to the concept the talk gave.
The bare dialect negatives ("cannae", "naw", "nowt") are read in dialect_words.py.
"""

from __future__ import annotations

# how tired is said: "I'm jiggered", "just wore out", "plumb tuckered out", "I'm give out"
_TIRED_AS = ("i'm", "i am", "so", "just", "plumb", "all", "real", "always", "been", "feel", "feeling", "getting")
_TIRED = ("wore out", "give out", "tuckered out", "done in", "washed out", "dead beat", "fagged out")

REGIONAL_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "fatigue": (
        "jiggered",
        "tuckered out",
        "bushed",
        "pooped",
        "cream crackered",
        "dead on my feet",
        "no go in me",
    )
    + tuple(f"{how} {t}" for how in _TIRED_AS for t in _TIRED),
    "shortness of breath": (
        "puffed out",
        "i'm puffed",
        "i get puffed",
        "get puffed",
        "getting puffed",
        "gets me puffed",
        "puffed just",
        "out of puff",
        "puffing and panting",
        "short of wind",
        "losing my breath",
        "breath is short",
        "breath comes short",
        "can't get my wind",
        "gettin winded",
        "getting winded",
    ),
    "dizziness": (
        "swimmy headed",
        "swimmy-headed",
        "head goes swimmy",
        "head swimming",
        "head is swimming",
        "head was swimming",
        "swimmy",
        "light in the head",
        "head is turning",
        "head turns",
    ),
    "pallor": ("peely-wally", "peely wally", "white as a sheet", "gone pale", "looking pale", "looks pale"),
    "depressed mood": (
        "low mood",
        "down in the dumps",
        "mood is low",
        "mood's low",
        "mood has been low",
        "heart is heavy",
        "feeling low",
    ),
    "insomnia": (
        "can't get back off",
        "cannot get back off",
        "can't get off to sleep",
        "cannot get off to sleep",
        "can't drop off",
        "cannot drop off",
        "sleep is not coming",
        "sleep doesn't come",
    ),
    "excessive thirst": ("polydipsia", "drinking a lot of water"),
    "difficulty concentrating": (
        "poor concentration",
        "can't concentrate",
        "cannot concentrate",
        "can't focus",
        "cannot focus",
        "mind wanders",
    ),
    "spotting": ("spotting", "bit of spotting", "some spotting", "odd spot of blood"),
    "hypoglycemia": ("hypos", "any hypos", "sugar dropping", "sugar drops", "low sugars"),
    "body aches": ("body is paining", "body paining", "body pains", "whole body is paining", "body is aching"),
    "palpitations": (
        "heart is beating fast",
        "heart beats fast",
        "heart was beating fast",
        "heart is beating too fast",
        "heart beats too fast",
        "heart goes fast",
    ),
    "chills": ("i shiver", "i was shivering", "i'm shivering", "shivering"),
    "sweating": ("i sweat", "sweating a lot", "sweat a lot"),
    "bitter taste in mouth": ("mouth is bitter", "bitter mouth", "bitter taste", "mouth tastes bitter"),
    # "Any fits?": seizures in British, African and South Asian English. Only with a word that makes it the
    # noun of an attack: "it fits with your iron", "my rings still fit" are no symptom.
    "seizures": (
        "any fits",
        "having fits",
        "had fits",
        "has fits",
        "get fits",
        "gets fits",
        "had a fit",
        "having a fit",
        "has a fit",
        "fits or seizures",
        "fits or convulsions",
    ),
    # appetite said as a thing one has or lacks, without an article: "I don't have appetite"
    "loss of appetite": (
        "don't have appetite",
        "do not have appetite",
        "don't have any appetite",
        "no more appetite",
        "appetite is not there",
    ),
    # the stool itself said hard or hardly passed: "I have not passed stool well. It is hard."
    "constipation": (
        "not passed stool well",
        "not passing stool well",
        "not passing stool",
        "stool is hard",
        "stools are hard",
        "hard stools",
    ),
}
