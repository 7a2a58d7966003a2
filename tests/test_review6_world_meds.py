"""Medication talk from telehealth visits and from general practice in Indian, Singaporean, Nigerian and
Caribbean English (sentences written for these tests; none is copied from the annotated encounters)."""

import pytest
from fact_readers import facts, meds


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # brand names a clinic in Bangalore or Mumbai says, with their strength said bare
        (("Which tablets?", "Glycomet five hundred, morning one and night one."), "metformin", "500 mg"),
        (("BP tablet?", "Telma forty daily, no missing."), "telmisartan", "40 mg"),
        (("For fever?", "Crocin six-fifty if the fever is there."), "acetaminophen", "650 mg"),
        (("Anything else?", "Ecosprin seventy-five after lunch."), "aspirin", "75 mg"),
        # a count of tablets after the bare strength is that many of the strength
        (("BP is high.", "Telma forty I am making Telma eighty, one tablet in the morning."), "telmisartan", "80 mg"),
        (("And the sugar one?", "Metformin five hundred, two tablets at night."), "metformin", "1000 mg"),
        # the inhaler's strength in the next sentence, then the puffs: the dose is the puffs
        (("What now?", "Restart the Flovent. Forty-four micrograms, two puffs twice a day."), "fluticasone", "2 puffs"),
    ],
)
def test_world_brand_names_and_strengths(turns, drug, dose):
    assert meds(facts(*turns)).get(drug, {}).get("dose") == dose


def test_the_depo_shot_given_today_is_a_start():
    got = meds(facts("Which one?", "The nurse will give you the Depo today in your arm, one-fifty milligrams."))
    assert got["medroxyprogesterone"] == {"dose": "150 mg", "status": "started"}


def test_saline_nose_drops_are_sodium_chloride():
    got = meds(facts("Anything for the nose?", "Use saline nose drops, two drops in each side three times a day."))
    assert "sodium chloride" in got


@pytest.mark.parametrize(
    "question",
    [
        # a list asked with one question mark is a question about medicines
        "Anything over the counter? Pain pills, cold medicine, supplements?",
        # a parent asked what they gave the child
        "Did you give him anything?",
    ],
)
def test_a_drug_named_alone_in_answer_to_a_medicine_question_is_taken(question):
    assert "ibuprofen" in meds(facts(question, "The big bottle of Advil. For his back."))


@pytest.mark.parametrize(
    "turns, drug",
    [
        # a relative's drug, told in answer to a family question, with a hedge but no "I"
        (
            ("Anyone in your family with depression?", "My dad. He's been on something for years. Prozac I think."),
            "fluoxetine",
        ),
        # what a drug does to a level is no second drug
        (("Why the numbness?", "Sometimes metformin reduces vitamin B12, so we will check it."), "cyanocobalamin"),
        # a drug ruled out, an ingredient of something else, a thought not acted on
        (("Any questions?", "With migraine with aura you should not take anything with estrogen in it."), "estrogen"),
        (("Which pill?", "Options without estrogen are the implant or the coil."), "estrogen"),
        (("Cough syrup?", "That cough syrup contains codeine, so not for her."), "codeine"),
        (
            ("Iron?", "Your ferritin is low, so iron tablets would help. Ferrous sulfate is one option."),
            "ferrous sulfate",
        ),
    ],
)
def test_drugs_the_patient_does_not_take(turns, drug):
    assert drug not in meds(facts(*turns))


def test_the_patients_own_drug_in_a_family_answer_stays():
    got = meds(facts("Anyone in your family with depression?", "My dad. And I take Prozac too, twenty milligrams."))
    assert got["fluoxetine"]["dose"] == "20 mg"


def test_i_am_on_is_taking():
    assert "lisinopril" in meds(facts("How is your mother?", "She is fine. I am on lisinopril now."))


def test_a_drug_explained_by_the_clinician_is_not_taken_but_one_the_patient_takes_stays():
    from fact_readers import clinician_facts

    assert meds(clinician_facts("The combined pill has estrogen in it, and estrogen raises the clot risk.")) == {}
    got = meds(facts("Meds?", "I take metformin 500 twice a day. Metformin causes my diarrhea though."))
    assert got["metformin"]["dose"] == "500 mg"


@pytest.mark.parametrize(
    "question, answer, nkda",
    [
        # volunteered in answer to another question
        ("Any other meds?", "Just a multivitamin. And I'm not allergic to anything.", True),
        ("Any other meds?", "Nothing else, and no allergies.", True),
        ("Any other meds?", "Nope. No allergies either.", True),
        # a question is no statement
        ("Any other meds?", "And no allergies?", False),
    ],
)
def test_no_allergies_volunteered(question, answer, nkda):
    from fact_readers import allergy

    assert ("NKDA" in allergy(facts(question, answer))) is nkda


def test_sulpha_spelt_the_british_way_is_the_sulfa_allergy():
    from fact_readers import allergy

    assert allergy(facts("Any allergies?", "Only to sulpha, it gives me rash.")) == {"sulfonamide antibiotics": "rash"}


@pytest.mark.parametrize(
    "said, value",
    [
        ("I reviewed your shoulder x-ray and there are no fractures so that's good.", "no fractures"),
        ("On your knee x-ray I don't see any evidence of any fractures.", "no evidence of any fractures"),
    ],
)
def test_a_plural_finding_is_still_the_results_value(said, value):
    # a regression of 2575dd0: "no fracture" had to end the word, so "no fractures" gave no value at all
    from fact_readers import clinician_facts

    got = {f.name: f.attributes.get("value") for f in clinician_facts(said) if f.kind == "result"}
    assert list(got.values()) and all(v and "fracture" in v for v in got.values()), got


def test_australian_names_and_a_brand_that_is_another_drug_elsewhere():
    from engine.clinical.drug_certainty import drug_phrase, is_uncertain

    got = facts("What do you take?", "Cartia one hundred each morning and Eltroxin one hundred micrograms.")
    by_name = {f.name: f for f in got if f.kind == "medication"}
    # thyroxine is levothyroxine, whatever the country calls it
    assert by_name["levothyroxine"].attributes["dose"] == "100 mcg"
    # Cartia is aspirin in Australia and diltiazem in the US: never shown as either until the clinician picks
    cartia = next(f for f in by_name.values() if f.attributes.get("heard_as") == "cartia")
    assert is_uncertain(cartia)
    assert "aspirin?" in drug_phrase(cartia) and "diltiazem?" in drug_phrase(cartia)
    assert meds(facts("Pain?", "Panadeine Forte two tablets at night."))["acetaminophen/codeine"]["dose"] == "2 tablets"
    # a kind of drug is no drug
    assert meds(facts("Anything for the nose?", "I took a decongestant and an antihistamine.")) == {}
