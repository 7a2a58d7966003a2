"""A symptom the clinician names as the assessment ("my impression is that you have this episode of chest pain",
"for your first problem of your sore throat") is a problem; a heading explained by the diagnosis that follows
("your back pain, I think you have a lumbar strain") is not, nor a patient's complaint. A statin called "the
cholesterol one" names the drug, not hyperlipidemia; "your heart disease" beside coronary artery disease is
that one."""

from fact_readers import PATIENT, facts, problems, state


def test_impression_of_an_episode_of_chest_pain():
    fs = facts(
        "So my impression is that you have this episode of chest pain, that could be related to your blood pressure.",
        "Okay.",
    )
    assert "chest pain" in problems(fs)


def test_first_problem_of_a_sore_throat():
    fs = facts("So for your first problem of your sore throat, I'll have the nurse swab you for strep.", "Okay.")
    assert "sore throat" in problems(fs)


def test_heading_explained_by_a_diagnosis_is_not_a_problem():
    fs = facts("My assessment for your first problem, your back pain. I think you have a lumbar strain.", "Okay.")
    assert "back pain" not in problems(fs)
    assert "lumbar strain" in problems(fs)


def test_a_patients_first_problem_is_a_complaint():
    fs = facts("What brings you in?", "My first problem is the cough, it keeps me up.")
    assert "cough" not in problems(fs)


def test_a_denied_symptom_is_never_present_nor_a_problem():
    fs = facts("Any chest pain?", "No, no chest pain at all.", "My impression is a chest wall strain.", "Okay.")
    assert "chest pain" not in problems(fs)
    assert state(fs, ["chest pain"]) == "absent"


def test_the_cholesterol_one_is_a_statin_not_hyperlipidemia():
    fs = facts("What else do you take?", "The lisinopril in the morning and the cholesterol one at night.")
    assert "hyperlipidemia" not in problems(fs)


def test_a_statin_for_the_cholesterol_still_charts_it():
    fs = facts("And the atorvastatin forty at bedtime for the cholesterol?", "Yes, every night.")
    assert "hyperlipidemia" in problems(fs)


def test_the_blood_pressure_one_still_charts_hypertension():
    fs = facts("Any tablets?", "Just the blood pressure one, ramipril, the ten.")
    assert "hypertension" in problems(fs)


def test_heart_disease_told_beside_coronary_artery_disease_is_one_problem():
    fs = facts(
        "Let's talk about your heart disease now. You have coronary artery disease, we put a stent in last year.",
        "Yes.",
    )
    assert "coronary artery disease" in problems(fs)
    assert "heart disease" not in problems(fs)


def test_a_relatives_heart_disease_is_not_the_patients():
    fs = facts("Any family history?", (PATIENT, "My father had heart disease."))
    assert "heart disease" not in problems(fs)
