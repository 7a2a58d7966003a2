"""Medication talk that needs the turn before or after: doses given in answers, negated and taken-back
changes, combinations named with their ingredients, vaccines (sentences written for these tests)."""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind

C, P = "clinician", "patient"


def meds(*turns):
    fs = extract(text_transcript(list(turns)))
    return {f.name: f.attributes for f in fs if f.kind == FactKind.medication}


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # a dose question without a question mark, answered with the strength and no name
        (
            [(C, "how much tylenol"), (P, "um two of the five hundred milligram ones at night")],
            "acetaminophen",
            "500 mg",
        ),
        # the question names the drug in a clause before the question word
        ([(C, "And the lisinopril, what strength?"), (P, "Oh. Twenty milligrams, once a day.")], "lisinopril", "20 mg"),
        # a statement put to the patient to confirm
        ([(C, "you're on the furosemide for the swelling"), (P, "yes the forty milligram one")], "furosemide", "40 mg"),
    ],
)
def test_dose_in_the_answer_to_a_question_about_one_drug(turns, drug, dose):
    got = meds(*turns)
    assert got[drug]["dose"] == dose and got[drug]["status"] == "active"


def test_an_answer_naming_another_drug_keeps_its_dose_to_itself():
    got = meds((C, "How much aspirin do you take?"), (P, "None, but I take metoprolol 25 milligrams."))
    assert "aspirin" not in got or got["aspirin"].get("dose") != "25 mg"


def test_a_no_answer_is_not_a_dose():
    got = meds((C, "Still taking the sertraline?"), (P, "No, not for a year. I was on fifty milligrams."))
    assert got.get("sertraline", {}).get("status") != "active"


def test_morning_and_night_is_twice_daily():
    got = meds((P, "I take the gabapentin 300 milligrams, one in the morning and one at bedtime."))
    assert got["gabapentin"]["frequency"] == "twice daily"


def test_as_needed_is_kept_with_the_interval():
    got = meds((C, "Use the albuterol two puffs every six hours as needed for wheezing."))
    assert got["albuterol"]["frequency"] == "every 6 hours as needed"


@pytest.mark.parametrize(
    "turns, drug, status",
    [
        # "no change" is not a change
        (
            [(C, "You're on warfarin 5 milligrams daily."), (P, "Yes."), (C, "The warfarin, no change.")],
            "warfarin",
            "active",
        ),
        # "don't restart" keeps a stopped drug stopped
        (
            [(P, "I quit the pioglitazone in the spring."), (C, "Good, don't restart the pioglitazone.")],
            "pioglitazone",
            "stopped",
        ),
        # "don't stop" is keep taking
        ([(C, "Don't stop the clopidogrel before the dental work.")], "clopidogrel", "active"),
        # a hold taken back in the same breath: the last word counts
        (
            [(C, "let's hold the metformin for the scan actually no that's fine keep the metformin")],
            "metformin",
            "active",
        ),
        # "I'm going to use" prescribes
        ([(C, "I'm going to use doxycycline 100 milligrams twice a day for seven days.")], "doxycycline", "started"),
    ],
)
def test_status_said_with_negations_and_corrections(turns, drug, status):
    assert meds(*turns)[drug]["status"] == status


def test_cut_in_half_changes_the_drug_named_just_before():
    got = meds(
        (P, "The glipizide, ten milligrams twice a day."),
        (C, "Okay, the glipizide. Let's cut it in half: five milligrams twice a day."),
    )
    assert got["glipizide"]["dose"] == "5 mg" and got["glipizide"]["status"] == "changed"


def test_a_combination_named_with_its_ingredients_is_one_drug_with_the_dose():
    got = meds((C, "I'm prescribing Augmentin, that's amoxicillin with clavulanate, 875 milligrams twice a day."))
    assert set(got) == {"amoxicillin-clavulanate"}
    assert got["amoxicillin-clavulanate"]["dose"] == "875 mg"


def test_an_inhaler_named_with_its_ingredients_keeps_its_puffs():
    got = meds((C, "Advair, that's fluticasone salmeterol, one puff twice a day."))
    assert len(got) == 1
    (attrs,) = got.values()
    assert attrs["dose"] == "1 puff" or attrs["dose"].startswith("1 ")


def test_vaccines_are_not_home_medications():
    got = meds((C, "Once the rash heals we'll give you the Shingrix, and today the Prevnar 20."))
    assert not got


def test_a_drug_named_in_an_allergy_is_not_taken():
    got = meds((C, "Because of the penicillin allergy I'm going to use azithromycin 500 milligrams today."))
    assert "penicillin" not in got and got["azithromycin"]["status"] == "started"


def test_the_same_drug_redosed_instead_of_its_old_amount_is_a_change():
    got = meds(
        (P, "Advil, two of them, a couple times a day."),
        (C, "Instead of the two Advil, take three, so ibuprofen 600 milligrams three times a day with food."),
    )
    assert got["ibuprofen"]["status"] == "changed" and got["ibuprofen"]["dose"] == "600 mg"


def test_one_drug_instead_of_another_still_stops_the_other():
    got = meds((C, "Use acetaminophen instead of ibuprofen for now."))
    assert got["ibuprofen"]["status"] == "stopped" and got["acetaminophen"]["status"] == "started"


@pytest.mark.parametrize(
    "turns",
    [
        [(P, "And if the legs start up again?"), (C, "Stop the rosuvastatin and call me.")],
        [(C, "If the aches come back, stop the rosuvastatin.")],
    ],
)
def test_a_stop_on_a_condition_is_not_a_stop_today(turns):
    assert meds(*turns).get("rosuvastatin", {}).get("status") != "stopped"


def test_a_stop_with_a_reason_is_a_stop():
    assert meds((C, "Since your kidneys are worse, stop the metformin."))["metformin"]["status"] == "stopped"


def test_a_course_taken_long_ago_is_not_on_the_list():
    got = meds((P, "He's fine with antibiotics, he had amoxicillin for his ear in the summer, no problem."))
    assert "amoxicillin" not in got


def test_a_dose_before_a_product_form_belongs_to_the_drug():
    got = meds((C, "I'm prescribing naloxone, Narcan, the four milligram nasal spray."))
    assert set(got) == {"naloxone"} and got["naloxone"]["dose"] == "4 mg"


def test_a_recap_puts_each_status_after_its_drug():
    got = meds((C, "So, to recap: Benadryl and meclizine stopped, vitamin D started, lisinopril continued."))
    assert got["diphenhydramine"]["status"] == "stopped" and got["meclizine"]["status"] == "stopped"
    assert got["lisinopril"]["status"] == "active"
    assert [v["status"] for k, v in got.items() if "vitamin d" in k or "calciferol" in k] == ["started"]


def test_going_up_slowly_is_a_change():
    got = meds((C, "For the gabapentin we're gonna go up slowly, take 300 milligrams twice a day for one week."))
    assert got["gabapentin"]["status"] == "changed" and got["gabapentin"]["dose"] == "300 mg"


@pytest.mark.parametrize(
    "said",
    [
        "and the advil i need you to stop that completely it raises the bleeding risk with the eliquis",
        "The Advil, stop it, because it raises the bleeding risk with the Eliquis.",
    ],
)
def test_a_stop_whose_object_is_a_pronoun_does_not_stop_the_drug_named_after_it(said):
    got = meds((C, "Keep the Eliquis five twice a day."), (P, "Okay."), (C, said))
    assert got["ibuprofen"]["status"] == "stopped" and got["apixaban"]["status"] != "stopped"


@pytest.mark.parametrize(
    "said, drug",
    [
        ("for the knees use tylenol up to three thousand milligrams a day", "acetaminophen"),
        ("while you're on the prednisone take omeprazole twenty once a day for your stomach", "omeprazole"),
        ("okay so for the cough try some guaifenesin 600 twice a day", "guaifenesin"),
    ],
)
def test_an_imperative_inside_a_spoken_plan_starts_a_new_drug(said, drug):
    assert meds((C, said))[drug]["status"] == "started"


def test_an_imperative_about_a_drug_already_taken_keeps_it_active():
    got = meds((P, "I take Tylenol for my knees, the extra strength."), (C, "okay for the knees use tylenol"))
    assert got["acetaminophen"]["status"] == "active"


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # a strength under one said without its zero
        ([(C, "you're still on the flomax point four at bedtime for the prostate")], "tamsulosin", "0.4 mg"),
        ([("other", "He takes the Flomax, the point four, at bedtime.")], "tamsulosin", "0.4 mg"),
        # parents' units and the children's product
        ([("other", "Five mils of the children's Zyrtec at night.")], "cetirizine", "5 mL"),
        ([(C, "give him 7 cc of the amoxicillin twice a day")], "amoxicillin", "7 mL"),
        # a combination said without its hyphen, or by its brand, and a tablet and a half
        (
            [(C, "so carbidopa levodopa one and a half tablets three times a day before meals")],
            "levodopa and carbidopa",
            "1.5 tablets",
        ),
        (
            [(P, "The Sinemet, one and a half tablets, at seven, noon and five.")],
            "levodopa and carbidopa",
            "1.5 tablets",
        ),
        # the last of a spoken list, after a drug with its dose
        ([(C, "you're on the atorvastatin forty and the baby aspirin")], "aspirin", "81 mg"),
    ],
)
def test_doses_said_the_way_people_say_them(turns, drug, dose):
    assert meds(*turns)[drug]["dose"] == dose


def test_the_allergy_read_from_the_chart_in_one_breath_is_no_medication():
    fs = extract(text_transcript([(C, "and allergies we have penicillin with swelling"), (P, "yeah my face")]))
    assert not [f for f in fs if f.kind == FactKind.medication]
    assert [(f.name, f.attributes.get("reaction")) for f in fs if f.kind == FactKind.allergy] == [
        ("penicillin", "swelling")
    ]


def test_calcium_with_vitamin_d_is_one_tablet_begun_when_the_clinician_wants_it():
    said = (
        "because prednisone thins the bones especially with your mom's history i want calcium with vitamin d "
        "twice a day the six hundred milligram calcium with d tablets"
    )
    got = meds((P, "I take vitamin D, the one thousand units."), (C, said))
    assert got["calcium-vitamin d"]["status"] == "started" and got["calcium-vitamin d"]["dose"] == "600 mg"
    assert got["ergocalciferol"]["dose"] == "1000 units" and got["ergocalciferol"]["status"] == "active"


def test_a_drug_named_as_the_plan_is_begun_and_what_it_does_changes_nothing():
    got = meds(
        (C, "so the plan is prednisone fifteen milligrams once a day in the morning"),
        (P, "okay"),
        (C, "prednisone can raise blood sugar too so i'll add an a1c"),
    )
    assert got["prednisone"]["status"] == "started" and got["prednisone"]["dose"] == "15 mg"


def test_the_strength_before_i_take_it():
    got = meds((P, "yeah the xarelto the twenty i take it with supper every night"))
    assert got["rivaroxaban"]["dose"] == "20 mg"


def test_a_childs_epipen_junior_is_his_medication_at_its_strength():
    got = meds(("other", "Five mils of the children's Zyrtec at night. And his EpiPen Junior, which goes everywhere."))
    assert got["epinephrine"]["dose"] == "0.15 mg" and got["cetirizine"]["dose"] == "5 mL"


def test_an_epipen_carried_is_a_medication_without_a_dose_nobody_said():
    got = meds((P, "I carry an EpiPen for bee stings."))
    assert got["epinephrine"]["status"] == "active" and "dose" not in got["epinephrine"]
