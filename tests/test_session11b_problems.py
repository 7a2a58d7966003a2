"""Session 11, second round: problems and history as batch 14's families and clinicians say them.

The short names of South Asian, Malaysian and African English ("for BP", "sugar and BP", "someone with
diabetes and blood pressure"), a drug's reason read past its timing ("twice a day for the sugar"), the
Australian "yeah nah" and "the smokes", and a patient who answers in Spanish ("no fumo", "cerveza").
"""

from fact_readers import facts, problems, social


def test_bp_as_a_drug_reason_names_hypertension():
    for said in (
        "Amlodipine five for BP, every morning.",
        "Ramipril, the five, for the BP.",
        "I take losartan fifty for my BP.",
    ):
        assert "hypertension" in problems(facts("Any regular tablets?", said)), said


def test_sugar_after_a_dose_timing_is_the_drugs_reason():
    for said in (
        "Metformin five hundred twice a day for the sugar.",
        "Gliclazide 80 mg once a day for my sugar.",
        "Metformin, a thousand, two times a day for sugar.",
    ):
        assert "type 2 diabetes" in problems(facts("What are you taking?", said)), said


def test_bp_and_sugar_said_bare_answer_the_problems_question():
    for said in ("Sugar and BP.", "Just BP.", "He has BP, doctor."):
        assert "hypertension" in problems(facts("Any medical problems?", said)), said


def test_blood_pressure_beside_another_disease_is_hypertension():
    for said in (
        "In someone with diabetes and blood pressure, we call that angina until proven otherwise.",
        "She has type 2 diabetes and blood pressure.",
        "He's got sugar, BP, the lot.",
    ):
        assert "hypertension" in problems(facts(said, "Okay.")), said


def test_blood_pressure_as_a_reading_or_a_plan_is_no_diagnosis():
    for said in (
        "We will check your cholesterol and blood pressure today.",
        "Your diabetes and blood pressure are well controlled today.",
        "Does he have a BP of concern?",
    ):
        assert "hypertension" not in problems(facts(said, "Okay.")), said


def test_a_relatives_bp_is_not_the_patients():
    got = facts("Any medical problems in the family?", "My mother has diabetes and blood pressure.")
    assert "hypertension" not in problems(got)


def test_yeah_nah_denies_a_habit_and_nah_yeah_owns_it():
    assert social(facts("Do you smoke?", "Yeah nah, never have."))["tobacco"] == "never"
    assert social(facts("Any drinking?", "Yeah, nah. Not my thing."))["alcohol"] == "denies"
    assert social(facts("Any cigarettes?", "Nah yeah, a few on the weekend."))["tobacco"] not in ("never", "denies")


def test_off_the_smokes_asked_and_confirmed_is_former():
    assert social(facts("Still off the smokes?", "Yeah, fifteen years now."))["tobacco"] == "former"
    assert social(facts("Off the grog these days?", "Yep."))["alcohol"] == "former"


def test_australian_and_spanish_habit_words():
    assert social(facts("And grog?", "Couple of cans after work."))["alcohol"] == "couple of cans"
    got = social(facts("Smoke? Drink?", "No fumo, never. Cerveza, weekend, two, three."))
    assert got["tobacco"] == "never"
    assert got["alcohol"] not in ("never", "denies")


def test_a_no_to_one_habit_named_does_not_deny_the_other_asked():
    got = social(facts("Smoke? Drink?", "No fumo. Wine sometimes with dinner."))
    assert got["tobacco"] == "never"
    assert got["alcohol"] not in ("never", "denies")


def test_a_household_smoking_question_asks_no_habit_of_the_patient():
    got = facts("Anyone smoke at home?", "I do, but only outside.", speakers=["clinician", "other"])
    assert "tobacco" not in social(got)
    assert social(facts("Do you or anyone at home smoke?", "No."))["tobacco"] == "never"


def test_habits_listed_in_a_short_question_are_asked_not_told():
    assert social(facts("Alcohol, weed, anything else?", "No weed."))["drugs"] == "denies"
    assert "alcohol" not in social(facts("Alcohol, weed, anything else?", "No weed."))


def test_no_smoker_at_home_is_still_charted_as_no_smoke():
    assert social(facts("Anybody smoke at home?", "No, nobody."))["tobacco"] == "never"
