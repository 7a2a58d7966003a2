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
        # a part's state asked of it or told with any verb: "tight" like "stiff" and "swollen"
        # (a tight chest is charted as chest tightness, apart from pain, as "my chest is tight" is)
        (("Does your chest feel tight?", "Yeah, like a band."), "chest tightness", "present"),
        (("Do your ankles get swollen?", "Nope."), "ankle swelling", "absent"),
        (("Anything on the stairs?", "My chest goes tight halfway up."), "chest tightness", "present"),
        (("And the calf?", "Her calf felt tight after the flight."), "calf tightness", "present"),
        # the breath said short, with every verb and measure
        (("How's the breathing?", "Breath gets a bit short on the hill."), "shortness of breath", "present"),
        (("How's the breathing?", "My breath is so short walking to the shop."), "shortness of breath", "present"),
        (("Any breathlessness?", "No, breath not short."), "shortness of breath", "absent"),
        # belching by every form of the verb
        (("What's the gas like?", "I do burp after every meal."), "belching", "present"),
        (("What's the gas like?", "She's belching all evening."), "belching", "present"),
        # sleep told in a learner's English
        (("How is he sleeping?", "All night he no sleep, doctor."), "insomnia", "present"),
        # a fever read in Celsius answers the question
        (("Any fevers?", "She was thirty-eight point four last night."), "fever", "present"),
        (("Any temperature?", "39 degrees on Monday."), "fever", "present"),
        # a "no" that answers, then a new clause in which someone has the symptom
        (("any nausea or vomiting", "no i have a bit of a stuffy nose though"), "nasal congestion", "present"),
        (("Any cough?", "No, but he's got a rash on his back."), "rash", "present"),
        (("Any fever?", "No, I have had no fever."), "fever", "absent"),
        (("Any cough?", "No, I haven't got a cough."), "cough", "absent"),
        # a "no" that denies its own word, then a part told of in a new statement
        (("any fever", "no fever my neck is tight but i can turn it"), "neck tightness", "present"),
        (("any fever", "no fever my neck is tight but i can turn it"), "fever", "absent"),
        (("Any swelling?", "No swelling, my ankle is fine."), "swelling", "absent"),
        # a pop at an injury, heard or felt, in any tense; a joint told unstable
        (("What happened?", "I landed badly and felt this pop in the knee."), "popping", "present"),
        (("did you hear or feel a pop when you fell", "yeah i heard it"), "popping", "present"),
        (("Did you feel a pop?", "No, nothing like that."), "popping", "absent"),
        (("Anything else?", "My ankle keeps popping when I walk."), "popping", "present"),
        (("And the other knee?", "My left knee feels wobbly going downstairs."), "knee instability", "present"),
    ],
)
def test_said_their_way(turns, name, want):
    assert state(facts(*turns), [name]) == want


def test_advice_about_eating_is_no_symptom():
    # "you don't want to eat late" tells the patient what to do; it reports nothing
    got = symptoms(facts("With the reflux you don't want to eat late at night.", "Okay, I'll try."))
    assert "loss of appetite" not in got


def test_burp_the_baby_is_advice():
    got = symptoms(facts("Burp him halfway through each bottle.", "Okay."))
    assert "belching" not in got


def test_a_reaction_told_with_its_allergen_is_no_symptom():
    got = symptoms(facts("Any allergies?", "When she was two her throat went tight after peanuts."))
    assert "throat tightness" not in got


def test_a_pop_that_is_no_joint():
    got = symptoms(facts("Take the ibuprofen, four hundred a pop.", "And my sister pops in to help."))
    assert "popping" not in got


def test_an_age_is_no_fever_reading():
    assert state(facts("Any fever?", "Well, he's 38 and never sick."), ["fever"]) != "present"


def test_hindi_the_language_is_no_answer():
    # the word is a no only where an answer opens with it
    got = symptoms(facts("Any cough?", "I speak Hindi mostly, but yes, a cough at night."))
    assert got.get("cough") == "present"
