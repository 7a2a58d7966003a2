"""The ways medications, allergies, vitals and follow-up are said in real visits (issue 13's list).

Each case is one exchange as written dialogue and the fact a clinician would write from it.
"""

import pytest
from fact_readers import facts, meds

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


@pytest.mark.parametrize(
    "lines, name, dose, status",
    [
        (("Let's increase the lisinopril to 20 milligrams daily.", "Okay."), "lisinopril", "20 mg", "changed"),
        (("Please stop the metformin for now.", "Okay."), "metformin", "", "stopped"),
        (("What do you take?", "Ozempic once a week."), "semaglutide", "", "active"),
        (("What inhalers?", "Spiriva every morning."), "tiotropium", "", "active"),
        (("For pain?", "Tylenol 500 milligrams when I need it."), "acetaminophen", "500 mg", "active"),
        (("Use albuterol, 2 puffs every 4 hours as needed.", "Okay."), "albuterol", "2 puffs", "started"),
        (("Continue levothyroxine 50 micrograms every morning.", "Yes."), "levothyroxine", "50 mcg", "active"),
        (("I'll give you tramadol.", "Okay."), "tramadol", "", "started"),
    ],
)
def test_medication_name_dose_status(lines, name, dose, status):
    got = meds(facts(*lines))
    assert name in got, got
    assert got[name].get("dose", "") == dose and got[name]["status"] == status, got[name]


def test_liquid_dose_keeps_strength_and_amount():
    got = meds(facts("I'm prescribing amoxicillin 400 milligrams per 5 milliliters, 8 milliliters twice a day.", "Ok."))
    a = got["amoxicillin"]
    assert a["dose"] == "8 mL" and a["strength"] == "400 mg/5 mL" and a["frequency"] == "twice daily"


def test_loading_dose_then_daily_is_a_regimen():
    got = meds(facts("Take azithromycin 500 milligrams today then 250 milligrams daily for four days.", "Okay."))
    a = got["azithromycin"]
    assert a["dose"] == "500 mg" and a["regimen"] == "500 mg first, then 250 mg for 4 days"


def test_drug_classes_are_not_medications():
    assert not meds(facts("You can take NSAIDs, and we may need antibiotics.", "Okay."))


@pytest.mark.parametrize(
    "lines, substance, reaction",
    [
        (("Any allergies?", "I'm allergic to latex."), "latex", ""),
        (("Any allergies?", "Codeine makes me throw up."), "codeine", "vomiting"),
        (("Allergies to medicines?", "Penicillin gives me hives."), "penicillin", "hives"),
        (("Any allergies?", "Sulfa drugs, I break out in a rash."), "sulfonamide antibiotics", "rash"),
    ],
)
def test_allergies_with_reactions(lines, substance, reaction):
    got = {f.name: f.attributes.get("reaction", "") for f in facts(*lines) if f.kind == FactKind.allergy}
    assert got.get(substance) == reaction, got


def test_each_allergy_keeps_its_own_reaction():
    got = {
        f.name: f.attributes.get("reaction", "")
        for f in facts("Any allergies?", "I'm allergic to latex, and codeine makes me throw up.")
        if f.kind == FactKind.allergy
    }
    assert got == {"latex": "", "codeine": "vomiting"}


def test_no_drug_allergies():
    fs = facts("Any drug allergies?", "No drug allergies.")
    assert [f.name for f in fs if f.kind == FactKind.allergy and f.negated] == ["no known drug allergies"]


@pytest.mark.parametrize(
    "lines",
    [
        ("Does he have any allergies?", "Medicines have never given him any trouble."),
        ("Any allergies?", "I've never had a reaction to any medicine."),
    ],
)
def test_no_drug_allergies_said_as_never_any_trouble(lines):
    fs = facts(*lines)
    assert [f.name for f in fs if f.kind == FactKind.allergy] == ["no known drug allergies"]


@pytest.mark.parametrize(
    "line, name, value",
    [
        ("Your weight today is 182 pounds.", "weight", "182"),
        ("Blood pressure is 128 over 78.", "blood pressure", "128/78"),
        ("Blood pressure 1 .28 over 78.", "blood pressure", "128/78"),  # how Whisper wrote it
        ("Temperature is 98.6.", "temperature", "98.6"),
    ],
)
def test_vitals_as_said(line, name, value):
    got = {f.name: f.attributes["value"] for f in facts(line, "Okay.") if f.kind == FactKind.vital}
    assert got.get(name) == value, got


@pytest.mark.parametrize(
    "line, interval",
    [
        ("I'd like to see you back in three months.", "3 months"),
        ("Let's follow up in 2 weeks.", "2 weeks"),
        ("I want to see you again in about one to two weeks.", "1-2 weeks"),
        ("Come back and see me in six weeks.", "6 weeks"),
        ("Follow up with me as needed.", "as needed"),
    ],
)
def test_follow_up_said_several_ways(line, interval):
    got = [f.attributes["interval"] for f in facts(line, "Okay.") if f.kind == FactKind.follow_up]
    assert got == [interval]


def test_referral_and_imaging_are_orders():
    fs = facts("I'm going to refer you to cardiology and get an echocardiogram.", "Okay.")
    assert {f.name for f in fs if f.kind == FactKind.order} == {"referral to cardiology", "echocardiogram"}


# Issue 13, held-out-style phrasing (sentences written for these tests).


@pytest.mark.parametrize(
    "lines, name, status",
    [
        (("Are you still taking your metformin?", "Yes, every day."), "metformin", "active"),
        (("How is the ramipril working for you?", "Good, no problems."), "ramipril", "active"),
        (("And you're on insulin?", "Yeah."), "insulin", "active"),
        (("What else?", "I use insulin at night and I'm on rosuvastatin."), "insulin", "active"),
        (("Anything for the pain?", "I took some Advil this morning."), "ibuprofen", "active"),
        (("I'm going to stop the lisinopril and start losartan 50 mg daily.", "Okay."), "losartan", "started"),
        (("I'll give you a Z-pack.", "Okay."), "azithromycin", "started"),
    ],
)
def test_plain_mentions_and_answers_are_medications(lines, name, status):
    got = meds(facts(*lines))
    assert got.get(name, {}).get("status") == status, got


def test_a_drug_asked_about_and_denied_is_not_a_medication():
    assert "ibuprofen" not in meds(facts("Have you tried ibuprofen?", "No, I haven't."))


def test_class_word_does_not_replace_the_generic():
    got = meds(facts("What do you take?", "I'm on a statin, simvastatin, and my blood pressure pill ramipril."))
    assert set(got) == {"simvastatin", "ramipril"}


def test_no_drug_allergies_beside_a_non_drug_allergy():
    fs = facts("Any drug allergies?", "No drug allergies, but I'm allergic to latex.")
    assert {f.name for f in fs if f.kind == FactKind.allergy} == {"no known drug allergies", "latex"}


def test_allergy_question_after_a_filler_is_still_the_question():
    fs = facts("And um, do you have any allergies to medicines?", "No, I don't have any allergies.")
    assert [f.name for f in fs if f.kind == FactKind.allergy and f.negated] == ["no known drug allergies"]


@pytest.mark.parametrize(
    "line, interval",
    [
        ("I want to see her back in a couple of weeks.", "2 weeks"),
        ("See you next week.", "1 week"),
        ("Let's take a look in six months.", "6 months"),
        ("If it's not getting better, come on back and see me.", "as needed"),
        ("Come back if it's not better.", "as needed"),
        ("If it doesn't get better give us a call and we'll see you next week.", "as needed"),
    ],
)
def test_follow_up_more_ways(line, interval):
    got = [f.attributes["interval"] for f in facts(line, "Okay.") if f.kind == FactKind.follow_up]
    assert got == [interval]


def test_exact_follow_up_wins_over_a_vaguer_repeat():
    fs = facts("I want to see you back in about one to two weeks.", "Okay.", "So I'll see you in a week or so.")
    assert [f.attributes["interval"] for f in fs if f.kind == FactKind.follow_up] == ["1-2 weeks"]


@pytest.mark.parametrize(
    "line, name, value",
    [
        ("Your A1c came back at 8.2.", "hemoglobin a1c", "8.2"),
        ("Your potassium came back low at 3.1.", "potassium", "3.1"),
        ("Your glucose was 162 and your LDL was 130.", "ldl", "130"),
        ("The CT showed a stone measuring point five centimeters in the ureter.", "ct", "0.5"),
    ],
)
def test_results_with_values(line, name, value):
    got = {f.name: f.attributes.get("value", "") for f in facts(line, "Okay.") if f.kind == FactKind.result}
    assert value in got.get(name, ""), got


def test_a_listed_test_inherits_the_order_and_a_later_one_stays_an_order():
    fs = facts("I want to start by sending off some blood tests like a CA-125 and AFP and LDH.", "Okay.")
    assert {"ca-125", "afp", "ldh"} <= {f.name for f in fs if f.kind == FactKind.order}
    fs = facts("I'm gonna order a BMP and a urine culture and based on what the urinalysis shows we'll decide.", "Ok.")
    assert {"basic metabolic panel", "urine culture"} <= {f.name for f in fs if f.kind == FactKind.order}
    assert not [f for f in fs if f.kind == FactKind.result]


@pytest.mark.parametrize(
    "line, order",
    [
        ("I want you to see a cardiologist.", "referral to cardiology"),
        ("I'm going to order a CMP and a TSH.", "comprehensive metabolic panel"),
        ("I'm gonna order hemoglobin A1c for the future, okay?", "hemoglobin a1c"),
    ],
)
def test_more_orders(line, order):
    assert order in {f.name for f in facts(line, "Okay.") if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        (("Do you smoke?", "I quit about ten years ago."), "tobacco", "former"),
        (("Do you drink?", "Socially, maybe on weekends."), "alcohol", "socially"),
        (("Any drug use?", "No."), "drugs", "denies"),
        (("Social history?", "I don't drink or smoke."), "alcohol", "denies"),
        (("What do you do for a living?", "I drive a truck."), "occupation", "truck driver"),
    ],
)
def test_social_history_answers(lines, kind, value):
    got = {f.name: f.attributes["value"] for f in facts(*lines) if f.kind == FactKind.history}
    assert got.get(kind) == value, got


def test_smoking_marijuana_is_not_tobacco():
    got = {f.name: f.attributes["value"] for f in facts("Any drugs?", "I don't smoke marijuana.")}
    assert got == {"drugs": "denies"}


def exam(fs):
    return {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs if f.kind == FactKind.exam}


def test_clinicians_no_fever_with_the_vitals_is_afebrile_not_a_denied_symptom():
    fs = facts("So your vitals look good, you don't have any fever, your blood pressure is fine.", "Okay.")
    assert ("afebrile", "", "") in exam(fs)
    assert not [f for f in fs if f.kind == FactKind.symptom and f.name == "fever"]


def test_paired_sites_in_the_plural_are_bilateral():
    fs = facts("On exam, your lungs are clear and there is trace edema in the lower extremities.", "Okay.")
    assert {("clear", "lungs", "bilateral"), ("trace edema", "lower extremities", "bilateral")} <= exam(fs)


def test_an_examined_limb_takes_the_side_the_visit_is_about():
    fs = facts("What brings you in?", "My right knee hurts.", "On exam of the knee there is swelling.")
    assert ("swelling", "knee", "right") in exam(fs)


@pytest.mark.parametrize(
    "lines",
    [
        ("Do you use any drugs?", "No marijuana, no cocaine."),
        ("Social history?", "I smoke marijuana every day to help me sleep."),
        ("Are you using marijuana?", "Yes, sometimes."),
    ],
)
def test_recreational_drugs_are_social_history_not_medications(lines):
    fs = facts(*lines)
    assert not meds(fs) and not [f for f in fs if f.kind == FactKind.problem]
    assert [f.name for f in fs if f.kind == FactKind.history] == ["drugs"]


def test_a_side_phrase_after_a_finding_is_not_a_site():
    fs = facts("On exam you have a carotid bruit on the right hand side.", "Okay.")
    assert not [f for f in fs if f.kind == FactKind.exam and f.attributes["site"] == "hand"]


@pytest.mark.parametrize(
    "line, order",
    [
        ("And I will have you come back in two weeks to get a follow-up x-ray.", "x-ray"),
        ("You're gonna be given an air cast to stabilize that ankle.", "aircast"),
    ],
)
def test_orders_for_later_and_devices_given(line, order):
    fs = facts(line, "Okay.")
    assert order in {f.name for f in fs if f.kind == FactKind.order}
    assert not [f for f in fs if f.kind == FactKind.result]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (("What do you take?", "I take insulin, Lantus, 20 units at night."), {"insulin glargine": "active"}),
        (("Anything else?", "I ran out of my lisinopril last week."), {"lisinopril": "active"}),
        (("We'll switch you from lisinopril to losartan.", "Okay."), {"lisinopril": "stopped", "losartan": "started"}),
        (("Anything else?", "The doctor took me off the simvastatin."), {"simvastatin": "stopped"}),
        (("Let's hold the metformin until your kidney function improves.", "Okay."), {"metformin": "stopped"}),
    ],
)
def test_more_medication_statuses(lines, expected):
    assert {n: a["status"] for n, a in meds(facts(*lines)).items()} == expected


@pytest.mark.parametrize(
    "lines, name, dose, status",
    [
        (("What do you take?", "Metformin 1000 twice a day."), "metformin", "1000 mg", "active"),
        (("Water pill?", "I'm taking Lasix 40 in the morning."), "furosemide", "40 mg", "active"),
        (("Anything else?", "My other doctor put me on Zoloft 50, a few months ago."), "sertraline", "50 mg", "active"),
        (("Let's bump your lisinopril up to 40 milligrams.", "Okay."), "lisinopril", "40 mg", "changed"),
        (("We'll take the Synthroid up to 100 mcg.", "Okay."), "levothyroxine", "100 mcg", "changed"),
        (("I want you to cut back the amlodipine to 5 milligrams.", "Sure."), "amlodipine", "5 mg", "changed"),
        (("Anything else?", "I stopped taking the simvastatin last month."), "simvastatin", "", "stopped"),
        (("Let's try Flonase, two sprays in each nostril daily.", "Okay."), "fluticasone", "2 sprays", "started"),
        (("Are you still on the rosuvastatin?", "Yes, 10 milligrams at night."), "rosuvastatin", "10 mg", "active"),
    ],
)
def test_bare_strengths_dose_changes_and_answers(lines, name, dose, status):
    got = meds(facts(*lines))
    assert name in got, got
    assert got[name].get("dose", "") == dose and got[name]["status"] == status, got[name]


def test_a_bare_number_that_is_no_strength_of_the_drug_is_no_dose():
    # "amlodipine 50" is no tablet that exists: the number is left out rather than guessed as 50 mg
    assert meds(facts("What medications do you take?", "Amlodipine 50."))["amlodipine"].get("dose", "") == ""
    assert meds(facts("What do you take?", "I take amlodipine 5 years now."))["amlodipine"].get("dose", "") == ""


def test_chemotherapy_drugs_are_a_plan_not_home_medications():
    assert not meds(facts("I recommend chemotherapy with cisplatin and taxol after surgery.", "Okay."))


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ("Anything for sleep?", "Trazodone. And the Glucophage, the thousand milligram one."),
            {"metformin": "1000 mg"},
        ),
        (
            ("I'm starting you on Ozempic. It's a weekly shot, we start at 0.25 milligrams.", "Okay."),
            {"semaglutide": "0.25 mg"},
        ),
        (
            ("And an antibiotic, azithromycin. That's 500 milligrams today, then 250 daily for four days.", "Okay."),
            {"azithromycin": "500 mg"},
        ),
    ],
)
def test_a_dose_in_the_speakers_next_sentence_or_as_words(lines, expected):
    got = meds(facts(*lines))
    for name, dose in expected.items():
        assert got[name].get("dose") == dose, got


def test_a_new_dose_said_without_the_name_changes_the_drug_just_named():
    got = meds(
        facts(
            "You're on the Zoloft, 50 milligrams?",
            "Yes.",
            "The Zoloft is partly working. Hmm. Let's go up to 100 milligrams.",
            "Okay.",
        )
    )
    assert got["sertraline"]["dose"] == "100 mg" and got["sertraline"]["status"] == "changed", got


def test_asked_about_a_drug_and_answered_i_stopped_it():
    got = meds(facts("And the trazodone for sleep, is that helping?", "Oh, I stopped it last month."))
    assert got["trazodone"]["status"] == "stopped"


def test_a_regimen_the_clinician_spells_out_is_started():
    assert (
        meds(facts("Azithromycin, 500 milligrams today then 250 milligrams daily for four days.", "Okay."))[
            "azithromycin"
        ]["status"]
        == "started"
    )


@pytest.mark.parametrize(
    "lines, substance, reaction",
    [
        (("Any drug allergies?", "Penicillin, I break out in hives."), "penicillin", "hives"),
        (("Anything else?", "I can't take amoxicillin, it gives me diarrhea."), "amoxicillin", "diarrhea"),
        (("Anything else?", "Morphine makes me itch like crazy."), "morphine", "itching"),
        (
            ("And allergies, still just the sulfa?", "Yeah, sulfa. My throat swelled up."),
            "sulfonamide",
            "throat swelling",
        ),
        (("Any allergies?", "Codeine makes me sick."), "codeine", "nausea"),
        (("Allergic to anything?", "The tramadol made me feel sick, that's all."), "tramadol", "nausea"),
    ],
)
def test_more_allergy_reactions(lines, substance, reaction):
    got = {f.name: f.attributes.get("reaction") for f in facts(*lines) if f.kind == FactKind.allergy}
    name = next(n for n in got if substance in n)
    assert got[name] == reaction, got


@pytest.mark.parametrize(
    "lines, name, value",
    [
        (("Pulse ox is 99.", "Okay."), "oxygen saturation", "99"),
        (("You weigh 182 today.", "Ugh."), "weight", "182"),
        (("You're at 210 pounds.", "I know."), "weight", "210"),
        (("Your temperature is 98 . 7 today.", "Okay."), "temperature", "98.7"),
        (
            (
                "Your blood pressure was 200 over 90 in the emergency room.",
                "Yes.",
                "Your blood pressure today is 128 over 72.",
                "Good.",
            ),
            "blood pressure",
            "128/72",
        ),
    ],
)
def test_more_vitals(lines, name, value):
    got = {f.name: f.attributes["value"] for f in facts(*lines) if f.kind == FactKind.vital}
    assert got.get(name) == value, got
    assert "heart rate" not in got or name != "oxygen saturation"


@pytest.mark.parametrize(
    "line, order",
    [
        (
            "And I'm going to refer you to pulmonary rehab once you're over this.",
            "referral to pulmonary rehabilitation",
        ),
        ("I'm going to refer you to behavioral health for therapy.", "referral to behavioral health"),
        ("For the surgery I would perform a hysterectomy and a lymph node dissection.", "hysterectomy"),
        ("We'll schedule a colonoscopy for next month.", "colonoscopy"),
    ],
)
def test_referrals_and_procedures_by_their_shape(line, order):
    assert order in {f.name for f in facts(line, "Okay.") if f.kind == FactKind.order}


def test_a_test_not_needed_or_done_before_is_no_order():
    fs = facts("We don't need an x-ray right now.", "Okay.", "You had a cholecystectomy in 2010, right?", "Yes.")
    assert not [f for f in fs if f.kind == FactKind.order]


def test_a_previous_study_and_a_questionnaire_score_are_results():
    fs = facts(
        "Your last chest x-ray, back in March, was clear.", "Good.", "You filled out the PHQ-9. Your score today is 14."
    )
    got = {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}
    assert got.get("chest x-ray") == "clear" and got.get("phq-9") == "14", got


def test_a_dose_no_product_has_is_left_for_the_clinician():
    # "two fifty fifty one puff" reads as "250 51 puff": 51 puffs is no dose anybody takes
    got = meds(facts("What inhalers?", "advair the two fifty fifty one puff twice a day"))
    [name] = [n for n in got if "salmeterol" in n]
    assert "dose" not in got[name] and got[name]["unclear_dose"] == "51 puffs"


def test_talk_about_one_drug_without_its_name():
    got = meds(
        facts(
            "i see allopurinol 300 milligrams on your list are you still taking that",
            "i took it for like six months and then i felt fine so i quit it",
            "and are you taking any aspirin",
            "aspirin no",
        )
    )
    assert got["allopurinol"]["status"] == "stopped" and "aspirin" not in got


def test_one_verb_for_a_list_and_a_verb_before_the_next_drug():
    got = meds(
        facts("I would like you to stay on 2 Tylenol 500 milligrams and 2 ibuprofen 200 milligram tablets.", "Ok.")
    )
    assert got["acetaminophen"]["status"] == got["ibuprofen"]["status"] == "active"
    got = meds(facts("so to recap colchicine and a prednisone taper stop the hydrochlorothiazide start losartan", "ok"))
    assert got.get("prednisone", {}).get("status") != "stopped" and got["hydrochlorothiazide"]["status"] == "stopped"
    assert got["losartan"]["status"] == "started"


def test_a_cut_word_is_no_cue():
    # the 60 characters before the drug begin inside "because": "use" must not make it a drug taken
    line = "because she's wheezing today i'm also gonna do a short burst of prednisone forty milligrams for five days"
    assert meds(facts(line, "ok"))["prednisone"]["status"] == "started"


@pytest.mark.parametrize(
    "lines, substance, reaction",
    [
        (
            ("we'll leave that off and allergies to medicines", "amoxicillin she broke out in hives"),
            "amoxicillin",
            "hives",
        ),
        (("and allergies", "shellfish my throat gets itchy"), "shellfish", "itchy throat"),
        (("now allergies", "codeine makes her loopy really confused"), "codeine", "confusion"),
        (("now allergies", "bee stings she swells up"), "bee venom", "swelling"),
    ],
)
def test_unpunctuated_allergy_questions_and_reactions(lines, substance, reaction):
    got = {f.name: f.attributes.get("reaction") for f in facts(*lines) if f.kind == FactKind.allergy}
    assert got.get(substance) == reaction, got


def test_lab_values_listed_after_their_names_and_tsh_by_its_name():
    fs = facts(
        "your labs from last week hemoglobin eleven point eight creatinine one point one",
        "ok",
        "so your tsh came back seven point eight",
        "oh",
    )
    got = {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}
    assert got.get("hemoglobin") == "11.8" and got.get("creatinine") == "1.1" and got.get("tsh") == "7.8", got


@pytest.mark.parametrize(
    "line, order",
    [
        ("spirometry and the flu shot today", "influenza vaccine"),
        ("i'll also order a cbc and a type and screen the week before surgery", "type and screen"),
        ("breath test and blood work today", "h. pylori breath test"),
    ],
)
def test_vaccines_and_more_tests_are_orders(line, order):
    assert order in {f.name for f in facts(line, "ok") if f.kind == FactKind.order}


def test_generic_labs_beside_named_tests_are_those_tests():
    names = {
        f.name
        for f in facts("i'm ordering a uric acid and a basic metabolic panel, labs today", "ok")
        if f.kind == FactKind.order
    }
    assert "labs" not in names and "uric acid" in names


@pytest.mark.parametrize(
    "line, interval",
    [
        ("i'll call you with the result and then see you back two weeks after the surgery", "2 weeks after surgery"),
        ("recheck the tsh in six weeks and we'll talk after that", "6 weeks"),
        ("we'll plan a steroid injection into the left knee, i'll schedule it for two weeks from today", "2 weeks"),
    ],
)
def test_follow_up_without_in_or_after_a_test(line, interval):
    [f] = [f for f in facts(line, "ok") if f.kind == FactKind.follow_up]
    assert f.attributes["interval"] == interval


def test_a_drug_the_patient_says_they_do_not_use_is_no_medication():
    assert not meds(facts("Do you use marijuana?", "No, I don't use medical marijuana."))
    assert not meds(facts("Insulin?", "I've never taken insulin."))


def test_a_test_named_to_explain_another_is_not_ordered():
    names = {
        f.name
        for f in facts("I'll add a lipid panel since the cholesterol can go up.", "OK")
        if f.kind == FactKind.order
    }
    assert names == {"lipid panel"}


@pytest.mark.parametrize(
    "lines, name, value",
    [
        (("Vitals today blood pressure won 36 over 84.", "OK"), "blood pressure", "136/84"),
        (("let me check your blood pressure one, twenty eight over seventy eight", "ok"), "blood pressure", "128/78"),
        (("temperature 99.1 and you're two 26 pounds", "yeah"), "weight", "226"),
        (("Still in the moderate range. Blood pressure is", "180 over 74."), "blood pressure", "180/74"),
    ],
)
def test_vitals_as_speech_recognisers_write_them(lines, name, value):
    got = {f.name: f.attributes["value"] for f in facts(*lines) if f.kind == FactKind.vital}
    assert got.get(name) == value, got


def test_a_count_of_tablets_is_not_joined_into_a_strength():
    assert meds(facts("Take one ten milligram tablet of lisinopril daily.", "OK"))["lisinopril"]["dose"] == "10 mg"


def test_the_clinician_talking_on_after_the_allergy_answer_names_no_allergy():
    fs = extract(
        text_transcript(
            [
                ("clinician", "Any allergies?"),
                ("patient", "No."),
                ("clinician", "Okay. So antibiotics won't help, this is viral."),
            ]
        )
    )
    assert not [f for f in fs if f.kind == FactKind.allergy and not f.negated]


def test_a_yes_to_a_drug_question_counts_without_speaker_labels():
    from engine.types import Segment, Transcript

    lines = [
        "Are you taking the metformin?",
        "Yes, twice a day.",
        "And the trazodone, is that helping?",
        "I stopped it.",
    ]
    segs = [Segment(id=i, start=i * 4.0, end=i * 4.0 + 4, text=t, speaker=None) for i, t in enumerate(lines)]
    got = meds(extract(Transcript(segments=segs, duration_s=16.0)))
    assert got["metformin"]["status"] == "active" and got["trazodone"]["status"] == "stopped", got


@pytest.mark.parametrize(
    "brand, generic",
    [("maalox", "aluminum hydroxide/magnesium hydroxide"), ("colace", "docusate"), ("tums", "calcium carbonate")],
)
def test_multi_product_brands_are_the_product_a_patient_means(brand, generic):
    # the drug dictionary maps Maalox to loperamide (Maalox Anti-Diarrheal): a plausible wrong drug
    got = meds(facts("What do you take?", f"I take {brand} when I need it."))
    assert list(got) == [generic], got


def test_someone_elses_drug_an_example_or_an_option_is_no_medication():
    got = meds(
        facts(
            "Have you tried anything?",
            "My sister takes Lexapro, would that be better?",
            "Escitalopram is also a good option, but let's go with sertraline 25 milligrams.",
            "Okay.",
            "If that's not enough we add a second medicine like amlodipine.",
            "Sure.",
        )
    )
    assert set(got) == {"sertraline"}, got


def test_a_liquid_strength_then_the_amount_in_the_next_sentence_and_puffs_of_a_strength():
    got = meds(
        facts(
            "I'm starting prednisolone liquid, 15 milligrams per 5 milliliters. She'll take 6.5 milliliters "
            "once a day for five days.",
            "Okay.",
            "Restart the Flovent, 44 micrograms, two puffs twice a day.",
            "Ok.",
        )
    )
    assert got["prednisolone"]["dose"] == "6.5 mL" and got["prednisolone"]["status"] == "started"
    assert got["fluticasone"]["dose"] == "2 puffs" and got["fluticasone"]["strength"] == "44 mcg"
    assert got["fluticasone"]["status"] == "started"


def test_instead_of_and_never_refilled_stop_a_drug():
    got = meds(
        facts(
            "So acetaminophen instead of ibuprofen.",
            "Okay.",
            "Anything else?",
            "I was on a diet pill, phentermine, but I ran out and never refilled it.",
        )
    )
    assert got["ibuprofen"]["status"] == "stopped" and got["acetaminophen"]["status"] != "stopped"
    assert got["phentermine"]["status"] == "stopped"
