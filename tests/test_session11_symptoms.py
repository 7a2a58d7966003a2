"""Session 11 (second round): symptoms as batch 14's families say them: in Spanish inside English, with a yes or
no in their first language, a lost appetite told by who will not eat, and a symptom asked without a verb but
with the circumstance it comes in. Sentences written for these tests."""

import pytest
from fact_readers import facts, state, symptoms


@pytest.mark.parametrize(
    "turns, name, want",
    [
        # Spanish words for a symptom, with and without accents, by every body part that hurts
        (("What brings you in?", "Me duele la cabeza since Tuesday."), "headache", "present"),
        (("What's wrong with him?", "Le duele la oreja, he cry all night."), "ear pain", "present"),
        (("Tell me what's going on.", "Dolor de estomago, and diarrea."), "abdominal pain", "present"),
        (("Tell me what's going on.", "Dolor de estómago, and diarrea."), "diarrhea", "present"),
        (("Anything else?", "Vómito, two times yesterday."), "vomiting", "present"),
        (("Anything else?", "A little bit of tos, and mocos, clear."), "runny nose", "present"),
        (("How's her thirst?", "Mucha sed, all day."), "excessive thirst", "present"),
        # ... and denied in Spanish like in English
        (("Any fever?", "No tengo fiebre."), "fever", "absent"),
        (("Any cough?", "No, no tos."), "cough", "absent"),
        # a lost appetite told by who will not eat
        (("Is he eating?", "He doesn't want to eat, only juice."), "loss of appetite", "present"),
        (("And her appetite?", "She's barely eating, maybe some rice."), "loss of appetite", "present"),
        (("And your appetite?", "No tengo hambre, doctor."), "loss of appetite", "present"),
        # a first-language yes or no that opens the answer
        (("Chest pain, breathless on the stairs?", "Nahi. No."), "chest pain", "absent"),
        (("Any dizziness?", "Haan ji, in the mornings."), "dizziness", "present"),
        (("Any vomiting?", "Tak ada, doctor."), "vomiting", "absent"),
        (("Any rash?", "Hindi po."), "rash", "absent"),
        # a symptom asked without a verb, with the circumstance it comes in, then denied: never present
        (("chest pain when you're walking up hills", "no no nothing like that"), "chest pain", "absent"),
        (("breathless while you're doing the shopping", "nope"), "shortness of breath", "absent"),
        (("headaches after you've been on the computer", "yeah most days"), "headache", "present"),
    ],
)
def test_said_their_way(turns, name, want):
    assert state(facts(*turns), [name]) == want


def test_advice_about_eating_is_no_symptom():
    # "you don't want to eat late" tells the patient what to do; it reports nothing
    got = symptoms(facts("With the reflux you don't want to eat late at night.", "Okay, I'll try."))
    assert "loss of appetite" not in got


def test_hindi_the_language_is_no_answer():
    # the word is a no only where an answer opens with it
    got = symptoms(facts("Any cough?", "I speak Hindi mostly, but yes, a cough at night."))
    assert got.get("cough") == "present"
