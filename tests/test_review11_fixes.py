"""Bugs found reviewing the eleventh session's change (ded797a..1853c2c); every sentence is written for the test."""

from __future__ import annotations

from fact_readers import CLINICIAN, PATIENT, facts, family, history, problems


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
