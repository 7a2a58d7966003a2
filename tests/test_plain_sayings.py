"""Everyday sayings of common symptoms ("tight in the chest", "a snotty nose", "I've lost my sense of smell",
"I've been really down"), and the "down" that is not a mood."""

import pytest
from fact_readers import facts, symptoms

P = "patient"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Tight in the chest sometimes when I think about the bills.", "chest tightness"),
        ("She had a snotty nose last week.", "runny nose"),
        ("Food doesn't taste like it used to.", "loss of taste"),
        ("I've lost my sense of smell.", "loss of smell"),
        ("I've been really down lately.", "depressed mood"),
    ],
)
def test_everyday_saying_is_the_symptom(said, name):
    assert symptoms(facts((P, said))).get(name) == "present"


@pytest.mark.parametrize(
    "said", ["The swelling has been really down since Tuesday.", "My pressure's been down lately."]
)
def test_down_said_of_a_reading_is_no_mood(said):
    assert "depressed mood" not in symptoms(facts((P, said)))


def test_a_denied_mood_stays_denied():
    assert (
        symptoms(facts("Have you been feeling down?", "No, not really down, just tired."))["depressed mood"] == "absent"
    )


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Anything coming out of the ear? Pus, blood?", "ear discharge"),
        ("Any discharge from the ear?", "ear discharge"),
        ("Any discharge from the nipple?", "nipple discharge"),
        ("Any red, painful eyes?", "eye redness"),
        ("Any pus or drainage from the wound?", "wound drainage"),
    ],
)
def test_a_discharge_named_by_its_place_denied(question, name):
    assert symptoms(facts(question, "No."))[name] == "absent"


def test_a_discharge_told_by_a_parent():
    said = ("other", "There's been yellow stuff coming out of her ear since yesterday.")
    assert symptoms(facts(said))["ear discharge"] == "present"
