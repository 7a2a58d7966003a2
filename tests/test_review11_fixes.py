"""Bugs found reviewing the eleventh session's change (ded797a..1853c2c); every sentence is written for the test."""

from __future__ import annotations

from fact_readers import CLINICIAN, PATIENT, facts, family, history, problems, symptoms


def test_another_thing_cleared_up_leaves_a_current_condition_current():
    got = facts("Any medical problems?", "I have diabetes, and the rash on my arm cleared up.")
    assert "type 2 diabetes" in problems(got)


def test_a_condition_said_cured_is_past():
    got = facts((PATIENT, "I had hepatitis C a long time ago, but it was cured."))
    assert "hepatitis c" not in problems(got)
    assert any("hepatitis c" in name for name, _ in history(got, "past_medical"))


def test_a_question_about_mom_is_not_the_side_of_an_uncle():
    asked = (CLINICIAN, "And does your mom have diabetes?")
    got = family(facts((PATIENT, "My uncle had diabetes."), asked, (PATIENT, "Mom, no.")))
    assert not any("maternal" in str(x) for x in got)


def test_the_last_side_said_is_the_answer():
    got = family(
        facts(
            (PATIENT, "My grandfather had colon cancer."),
            (CLINICIAN, "Was that your mom's dad?"),
            (PATIENT, "No, my mom's fine, it was my dad's dad."),
        )
    )
    assert any("paternal grandfather" in str(x) for x in got)
    assert not any("maternal grandfather" in str(x) for x in got)


def test_a_blood_count_differential_is_no_differential_diagnosis():
    said = "Your CBC with differential showed a high white count, consistent with pneumonia, so we'll treat it."
    assert "pneumonia" in problems(facts((CLINICIAN, said)))


def test_a_differential_diagnosis_is_still_none():
    said = "My differential includes gout, pseudogout and septic arthritis."
    assert not problems(facts((CLINICIAN, said))) & {"gout", "pseudogout", "septic arthritis"}


def test_spanish_sin_and_ni_deny():
    got = symptoms(facts("Any symptoms?", "Sin fiebre, sin tos."))
    assert got.get("fever") == "absent" and got.get("cough") == "absent"
    got = symptoms(facts("Any symptoms?", "Ni fiebre ni tos, doctor."))
    assert got.get("fever") == "absent" and got.get("cough") == "absent"


def test_a_husbands_pain_said_in_spanish_is_not_the_patients():
    assert symptoms(facts((PATIENT, "A mi esposo le duele la espalda, but I'm fine."))).get("back pain") is None


def test_a_bare_tak_is_not_a_no():
    """ "Tak" is yes in Polish and Ukrainian; only "tak ada" (Malay) denies."""
    assert symptoms(facts("Do you get headaches?", "Tak, every morning, doctor.")).get("headache") != "absent"
    assert symptoms(facts("Any fever?", "Tak ada, doctor.")).get("fever") == "absent"


def test_a_temperature_said_normal_is_no_fever():
    said = "His temperature was 37.6 at the pharmacy, they said that's normal."
    assert symptoms(facts("Any fever?", said)).get("fever") != "present"
    assert symptoms(facts("Any fever?", "38.4 last night.")).get("fever") == "present"


def test_a_popped_pimple_is_no_joint_popping():
    assert "popping" not in symptoms(facts((PATIENT, "I had a pimple on my chin and it popped.")))
    assert symptoms(facts((PATIENT, "I heard a pop in my knee."))).get("popping") == "present"


def test_a_symptom_said_gone_is_denied_and_another_things_going_is_not_this_ones():
    assert symptoms(facts((PATIENT, "The rash on my arm cleared up."))).get("rash") == "absent"
    got = symptoms(facts((PATIENT, "I have a cough, and the rash went away.")))
    assert got.get("cough") == "present" and got.get("rash") == "absent"
    assert symptoms(facts((PATIENT, "No cough, and the rash went away."))).get("cough") == "absent"
    assert symptoms(facts((PATIENT, "The cough went away and came back."))).get("cough") == "present"


def test_no_to_a_trouble_the_patient_guessed_at_is_no_insomnia():
    assert "insomnia" not in symptoms(facts("How are you sleeping?", "No, I don't wake up too early."))
    assert symptoms(facts("How are you sleeping?", "No, not good.")).get("insomnia") == "present"


def _meds(fs):
    return {f.name: f.attributes for f in fs if f.kind.value == "medication"}


def test_a_drug_a_doctor_gave_last_year_is_still_taken():
    """Only a course is over when "gave" is past ("they gave him amoxicillin for ten days"); "they gave me
    lisinopril last year for my pressure" was a start."""
    assert "lisinopril" in _meds(facts("Any medicines?", "They gave me lisinopril last year for my pressure."))
    said = "Dr Lee gave me the blood pressure pill, amlodipine, last spring. It helps a lot."
    assert "amlodipine" in _meds(facts("Any medicines?", said))
    said = "Last year they gave him amoxicillin for ten days."
    assert _meds(facts("Any medicines?", said)).get("amoxicillin", {}).get("status") in (None, "stopped")


def test_a_husbands_count_is_not_the_patients_dose():
    said = "Just Tylenol for my back sometimes. My husband takes 2 at a time."
    assert "dose" not in _meds(facts("What do you take?", said)).get("acetaminophen", {})


def test_a_bare_vitamin_b_is_the_complex_not_b12():
    """The drug dictionary read a bare "vitamin B" as cyanocobalamin: through audio a misheard "vitamin D" became
    B12 shown as certain (batch 14, blind)."""
    from engine.clinical.lexicon import find_drugs

    assert [d[2] for d in find_drugs("i take vitamin b every day")] == ["vitamin b complex"]
    assert [d[2] for d in find_drugs("i take vitamin b12")] == ["cyanocobalamin"]
    assert [d[2] for d in find_drugs("vitamin b twelve one thousand micrograms")] == ["cyanocobalamin"]
