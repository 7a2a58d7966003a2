"""Session 10b: symptoms said in Scots, Northern English, Appalachian and other regional words, and two
polarity readings ("never the X" denies; "can't do Y without X" tells X)."""

import pytest
from fact_readers import facts, state, symptoms


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        ("How's your energy been?", "Jiggered, to be honest.", ["fatigue"]),
        ("How are you in yourself?", "I'm just wore out all the time.", ["fatigue"]),
        ("How are you in yourself?", "Plumb tuckered out by dinner.", ["fatigue"]),
        ("How's the breathing?", "I'm puffed just walking to the car.", ["shortness of breath"]),
        ("How's the breathing?", "I get out of puff on the hill.", ["shortness of breath"]),
        ("Any dizziness?", "My head goes swimmy when I get up quick.", ["dizziness"]),
        ("How's his colour?", "He's gone awful peely-wally.", ["pallor"]),
        ("How's the sleep?", "I wake at five and cannot get back off.", ["insomnia"]),
        ("How's your mood?", "Down in the dumps, really.", ["depressed mood"]),
        ("What's been happening?", "He cannae lie flat at night.", ["orthopnea"]),
    ],
)
def test_regional_words_tell_the_symptom(question, answer, names):
    assert state(facts(question, answer), names) == "present"


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        ("Any headaches?", "The odd one. Never the flashing lights.", ["flashing lights"]),
        ("Any vision problems?", "Never any blurred vision.", ["blurred vision"]),
        ("Any trouble with your chest?", "I never get chest pain.", ["chest pain"]),
        ("Any blood when you cough?", "Naw.", ["hemoptysis", "coughing blood"]),
        ("Any chest pain?", "Nae pain at all.", ["chest pain"]),
        ("Any numbness in your feet?", "Nowt like that.", ["numbness"]),
        ("Any trouble with your chest?", "I dinnae get chest pain.", ["chest pain"]),
    ],
)
def test_never_and_dialect_negatives_deny(question, answer, names):
    assert state(facts(question, answer), names) == "absent"


@pytest.mark.parametrize(
    "answer",
    [
        "I can't get up the steps without getting winded.",
        "I cannot climb the stairs without getting short of breath.",
        "I can't hardly walk to the mailbox without being out of breath.",
    ],
)
def test_cannot_without_tells_the_symptom(answer):
    assert state(facts("How's the breathing?", answer), ["shortness of breath"]) == "present"


def test_without_alone_still_denies():
    got = facts("How's the breathing?", "I can walk a mile without getting short of breath.")
    assert state(got, ["shortness of breath"]) == "absent"


def test_never_this_bad_stays_present():
    assert state(facts("Headaches?", "I've never had a headache this bad."), ["headache"]) == "present"


def test_clinician_names_are_the_talk_concepts():
    got = symptoms(facts("Any spotting?", "The odd bit of spotting, that's all."))
    assert got.get("spotting") == "present"
