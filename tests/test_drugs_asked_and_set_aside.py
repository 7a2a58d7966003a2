"""Drugs named without being taken, from batch 20's dev visits: asked about and denied, asked about with other
allergens, thought of and set aside, still an option, a friend's; and numbers that are no dose or no drug."""

import pytest
from fact_readers import facts, meds

P = "patient"


@pytest.mark.parametrize(
    "question",
    [
        "Do you take anything that thins the blood? Warfarin, Eliquis, anything like that?",
        "Any blood thinners? Warfarin or Eliquis or something of that sort?",
    ],
)
def test_a_list_asked_with_anything_like_that_and_denied(question):
    got = meds(facts(question, "No, none of those. Just the baby aspirin."))
    assert "warfarin" not in got and "apixaban" not in got
    assert "aspirin" in got


def test_a_list_asked_with_anything_like_that_and_confirmed():
    got = meds(facts("Blood thinners? Warfarin, Eliquis, anything like that?", "Yes, the Eliquis, 5 mg twice a day."))
    assert got["apixaban"]["dose"] == "5 mg" and "warfarin" not in got


def test_a_drug_asked_among_other_allergens_is_not_taken():
    got = facts(
        "Any allergies to medicines?",
        "Codeine. Makes me throw up.",
        "Codeine, vomiting. Anything else? Penicillin, latex, the numbing medicine at the dentist?",
        "No, dentist is fine. Just codeine.",
    )
    assert "penicillin" not in meds(got)


def test_a_list_of_the_patients_drugs_confirmed_is_still_taken():
    got = meds(facts("Your meds. Metformin, lisinopril, the water pill?", "Yes, all of those."))
    assert {"metformin", "lisinopril"} <= set(got)


def test_a_drug_thought_of_then_but_in_the_next_sentence():
    got = meds(
        facts(
            (P, "Do I need antibiotics?"),
            "Good question. I did think about cephalexin. But this is clean. So I'm not going to start them.",
        )
    )
    assert "cephalexin" not in got
    got = meds(facts("I thought about cephalexin, and I think we should start it, 500 mg four times a day."))
    assert got["cephalexin"]["status"] == "started"


def test_still_an_option_after_words_said_of_it():
    got = meds(facts("Azithromycin, the one-time dose, is still an option, but doxycycline works better."))
    assert "azithromycin" not in got and "doxycycline" in got
    assert "lisinopril" in meds(facts("Lisinopril, which you take already, is still a good choice for you."))


def test_a_drug_a_friend_was_put_on():
    got = meds(facts((P, "My buddy got cut at work and they put him on, uh, Keflex, I think.")))
    assert "cephalexin" not in got
    assert "cephalexin" in meds(facts((P, "They put me on Keflex last week.")))
    assert "amoxicillin" in meds(facts(("other", "The urgent care put him on amoxicillin, 400 mg twice a day.")))


def test_a_blood_pressure_that_dropped_is_no_dose_change():
    got = meds(
        facts(
            "For the knee you can use Tylenol, a thousand milligrams up to three times a day.",
            "Tylenol doesn't do much but okay.",
            "Your blood pressure sitting was 138 over 76, and when the nurse stood you up it dropped to 112 over 68.",
        )
    )
    assert got["acetaminophen"]["dose"] == "1000 mg"


def test_see_your_doctor_in_one_week_is_no_drug():
    got = meds(facts("See your regular doctor in one week to recheck the pressure off the water pill."))
    assert got == {}


def test_a_drug_brought_up_with_the_decision_left_to_the_patient():
    offer = (
        "And let's talk about PrEP for a second, Truvada, the daily pill that prevents HIV. "
        "You don't have to decide today."
    )
    assert meds(facts(offer)) == {}
    assert "emtricitabine/tenofovir" in meds(facts(offer, "No, I want it. Let's start the Truvada."))
    got = meds(facts("Let's talk about your metformin, you take 500 twice a day. Think about it."))
    assert got["metformin"]["status"] == "active"
