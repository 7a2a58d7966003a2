"""Medication readings from batch 21's dev visits and the primary dev split (session 19): nicknames a visit pins
to one drug, how-often answers, stops said around the name or after a sound, strengths said on their own, and
the limits of each (no colour is a drug by itself; no patch taken off at night is stopped)."""

import pytest
from fact_readers import facts, meds, symptoms

from engine.clinical.drug_nicknames import nicknames
from engine.clinical.sentences import split
from engine.clinical.vocabulary import find_symptoms
from engine.evaluation import text_transcript
from engine.name_matching import same_drug

P, C = "patient", "clinician"


def test_a_colour_the_visit_pins_to_a_drug_is_that_drug_later():
    got = meds(
        facts(
            "What are you on for the asthma?",
            "The blue one and the brown one, the Clenil.",
            "And the brown inhaler, I need you to take that properly, two puffs twice a day.",
            "Okay.",
        )
    )
    assert got["beclomethasone"]["dose"] == "2 puffs"
    assert set(got) == {"beclomethasone"}  # the blue one was never named: no drug for it


def test_a_drug_read_from_its_nickname_shows_the_words_that_pinned_it():
    # the only mention with a dose says "the brown inhaler": the evidence must also show "the brown one, the
    # Clenil", or the clinician checking the fact cannot see why it is beclometasone
    got = facts(
        "Are you using the brown one, the Clenil?",
        "Not really, no.",
        "Okay. So the brown inhaler, I need you to take that properly, two puffs twice a day.",
        "Okay.",
    )
    (med,) = [f for f in got if f.name == "beclomethasone"]
    assert any("Clenil" in e.quote for e in med.evidence)
    assert any("brown inhaler" in e.quote for e in med.evidence)


def test_a_tag_question_asks():
    (s,) = split(text_transcript([(C, "You're on 500 twice a day, right?")]))
    assert s.asks and not s.is_question  # its clause tells; the tag still waits for the answer


def test_a_colour_alone_is_no_drug():
    assert meds(facts("And the brown inhaler, two puffs twice a day.", "Okay.")) == {}


def test_a_colour_pinned_to_two_drugs_is_left_alone():
    said = split(
        text_transcript(
            [
                (P, "The white one, the metformin, I take in the morning."),
                (P, "And then the white one, the amlodipine, at night."),
                (C, "And the blue inhaler, that's your salbutamol."),
            ]
        )
    )
    assert nicknames(said) == {"blue": "albuterol"}


def test_how_often_answered_loosely_confirms_the_drug_and_a_later_dose():
    got = meds(
        facts(
            "And how often are you needing the blue inhaler, the salbutamol?",
            "Couple of times a day. More on the cold days. Two puffs, usually.",
        )
    )
    assert got["albuterol"]["status"] == "active" and got["albuterol"]["dose"] == "2 puffs"


def test_how_much_asked_without_a_question_mark():
    got = meds(
        facts(
            "and the salbutamol how much are you using this week",
            "loads like every two hours last night four puffs at a time",
        )
    )
    assert got["albuterol"]["dose"] == "4 puffs"


def test_the_prescribed_count_said_before_owning_up_to_less():
    got = meds(
        facts(
            "clenil yes that's beclometasone how many puffs of the brown one do you take",
            "um it's supposed to be two twice a day but honestly i've been a bit lazy with it",
        )
    )
    assert got["beclomethasone"]["dose"] == "2 puffs"


def test_a_stop_after_a_sound_and_a_bare_no():
    got = meds(
        facts(
            "And you were also on the carbocisteine capsules, for the phlegm. Are you still taking those?",
            "Ah. No. I stopped them back in the spring.",
        )
    )
    assert got["carbocisteine"]["status"] == "stopped"


def test_taken_off_the_list_is_stopped_but_a_patch_taken_off_at_night_is_not():
    assert meds(facts("I'll take the carbocisteine off. Flu jab today.", "Okay."))["carbocisteine"]["status"] == (
        "stopped"
    )
    got = meds(facts("Keep the nicotine patch on in the day and take the nicotine patch off at night.", "Okay."))
    assert all(m["status"] != "stopped" for m in got.values())


def test_a_drug_measured_against_is_not_the_one_started():
    got = meds(
        facts(
            "We had some hydrocortisone from the chemist, but I stopped it.",
            "I'm going to give a slightly stronger steroid cream than the hydrocortisone. Eumovate, clobetasone.",
        )
    )
    assert got["hydrocortisone"]["status"] == "stopped"


def test_a_strength_said_on_its_own_after_the_name():
    assert meds(facts("And the Flomax?", "Flomax, yeah, at bedtime. The point four."))["tamsulosin"]["dose"] == "0.4 mg"
    assert meds(facts("What do you take?", "Metformin. The thousand, twice a day."))["metformin"]["dose"] == "1000 mg"
    # a year is no strength
    assert "dose" not in meds(facts("What do you take?", "Lisinopril. 1987."))["lisinopril"]


def test_the_strength_said_after_a_yes():
    got = meds(facts("And you're still taking the glipizide in the morning?", "The glipizide, yeah, the five."))
    assert got["glipizide"]["dose"] == "5 mg"
    got = meds(facts("we started you on sertraline are you still taking that", "yeah still on it the fifty once a day"))
    assert got["sertraline"]["dose"] == "50 mg" and got["sertraline"]["status"] == "active"


def test_tablets_of_a_strength_taken_make_the_dose():
    got = meds(facts("Prednisolone, they're five milligram tablets, so you'll take six tablets today.", "Okay."))
    assert got["prednisolone"]["dose"] == "30 mg"


def test_an_inhalers_count_is_no_swelling():
    assert "swelling" not in symptoms(facts("You can use four puffs up to every four hours.", "Okay."))
    assert find_symptoms("my ankle puffs up at night")


def test_my_medicine_is_no_drug_heard_apart():
    assert meds(facts("How's the blood pressure?", "I do take my medicine daily.")) == {}


@pytest.mark.parametrize("brand,generic", [("eumovate", "clobetasone"), ("dermovate", "clobetasol")])
def test_british_steroid_creams_by_brand(brand, generic):
    assert generic in meds(facts(f"Use the {brand} cream once a day for seven days.", "Okay."))


def test_the_inn_and_usan_of_one_ingredient_are_one_inhaler():
    assert same_drug("beclometasone/formoterol/glycopyrronium", "beclometasone/formoterol/glycopyrronium bromide")


def test_a_symptom_word_that_names_a_drug_is_no_complaint():
    got = symptoms(facts("Any heartburn lately?", "No heartburn.", "Take the heartburn pill in the morning.", "Okay."))
    assert got["heartburn"] == "absent"


def test_the_clinicians_aside_does_not_undo_a_denial():
    got = symptoms(
        facts(
            "Any falls this year?",
            "No. No falls.",
            "Over sixty-five it can cause confusion, and it adds to the dizziness and the falls. I'd stop it.",
            "Okay.",
        )
    )
    assert got["falls"] == "absent"


def test_what_the_clinician_says_to_the_patient_still_tells_the_complaint():
    got = symptoms(facts("Any chest pain at rest?", "No.", "So the chest pain comes on when you walk uphill.", "Yes."))
    assert got["chest pain"] == "present"


def test_no_other_episode_since_is_no_denial_of_the_first():
    got = symptoms(facts("Tell me about the low.", "I got shaky and sweaty.", "Any other lows since then?", "Nah."))
    assert got.get("hypoglycemia") != "absent"


def test_a_drug_banned_or_thrown_out_is_not_taken():
    assert "ibuprofen" not in meds(
        facts("Did you take anything for the headache?", "Tylenol. I know you said no Advil.")
    )
    assert meds(facts("Anything else? Vitamins?", "No. Janet threw out my ginkgo.")) == {}


def test_a_joke_allergy_names_no_allergen():
    got = facts("Any allergies?", "Nope. No drug allergies. Only allergic to yard work.")
    assert not [f for f in got if f.kind.value == "allergy" and not f.negated]


def test_a_reading_after_its_name_and_a_weight_off_the_home_scale():
    got = {f.name: f.attributes for f in facts("Let me check her temperature. Thirty-eight point four.", "Okay.")}
    assert got["temperature"] == {"value": "38.4", "unit": "Cel"}
    got = {f.name: f.attributes for f in facts("Do you have a scale at home?", "Yeah, this morning I was two oh one.")}
    assert got["weight"] == {"value": "201", "unit": "lb"}


def test_a_drug_named_alone_then_asked_of():
    got = meds(facts("Now, your metformin. You're on 500 twice a day, right?", "Yes."))
    assert got["metformin"] == {"dose": "500 mg", "status": "active"}
    got = meds(facts("Now, your metformin. You're on 500 twice a day, right?", "No, I stopped it."))
    assert got["metformin"]["status"] == "stopped"


def test_a_drug_thought_about_and_kept():
    got = meds(facts("I thought about your lisinopril. But your pressure is fine, so keep taking it.", "Okay."))
    assert got["lisinopril"]["status"] == "active"
    assert meds(facts("I did think about cephalexin. But this is clean, so no antibiotics.", "Okay.")) == {}


def test_caps_are_capsules_not_a_chemical():
    from engine.clinical.lexicon import find_drugs

    assert find_drugs("take two caps at night") == []
