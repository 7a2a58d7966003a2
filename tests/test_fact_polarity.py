"""No fact of the wrong polarity: negation, hedging, history, relatives and hypotheticals (issue 13).

Each case is a short exchange as written dialogue; the expectation says what the note may state. A
symptom that was denied must never come out present, a relative's disease never as the patient's
problem, and an if-sentence never as a finding.
"""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


def facts(*lines):
    turns = [("clinician" if i % 2 == 0 else "patient", t) for i, t in enumerate(lines)]
    return extract(text_transcript(turns))


def symptom(fs, name):
    return next((f for f in fs if f.kind == FactKind.symptom and f.name == name), None)


def kinds(fs, kind):
    return {f.name for f in fs if f.kind == kind}


@pytest.mark.parametrize(
    "lines, name",
    [
        (("How are your joints?", "I haven't had any joint pain recently."), "joint pain"),
        (("Any chest pain or shortness of breath?", "No."), "chest pain"),
        (("Any chest pain or shortness of breath?", "No."), "shortness of breath"),
        (("Any other symptoms? Nausea? Vomiting?", "Um, no, nothing like that."), "vomiting"),
        (("Fever?", "Nope."), "fever"),
        (("What brings you in?", "I don't have a fever but I do feel tired."), "fever"),
        (("Any dizziness?", "No dizziness at all."), "dizziness"),
        (("Tell me about the headaches.", "The headache went away yesterday."), "headache"),
        (("And your breathing?", "I deny any shortness of breath."), "shortness of breath"),
        (("and fevers or chills", "no"), "chills"),  # unpunctuated question, answered by the other speaker
    ],
)
def test_denied_symptoms_are_absent(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and f.negated, (name, f)


@pytest.mark.parametrize(
    "lines, name, possible",
    [
        (("Any cold symptoms?", "Maybe a little runny nose."), "runny nose", True),
        (("Any cough?", "Yes, a little."), "cough", True),
        (("Any cough?", "Yeah."), "cough", False),
        (("What brings you in?", "I don't have a fever but I do feel tired."), "fatigue", False),
        (("What brings you in today?", "I've had chest pain since Sunday."), "chest pain", False),
        # the chief complaint stays present when a later question is answered no
        (("What brings you in?", "Chest pain since Sunday.", "Any chest pain right now?", "No."), "chest pain", False),
    ],
)
def test_reported_and_hedged_symptoms_are_present(lines, name, possible):
    f = symptom(facts(*lines), name)
    assert f is not None and not f.negated, (name, f)
    assert (f.attributes.get("certainty") == "possible") == possible


@pytest.mark.parametrize(
    "lines, absent",
    [
        (("Some people get a dry cough on this medicine.", "Okay."), "cough"),
        (("If you get a rash or swelling, call us.", "Okay."), "rash"),
        (("Watch for fever over the weekend.", "Sure."), "fever"),
        (("Any family history?", "My mother had a rash from it."), "rash"),
    ],
)
def test_hypothetical_and_relatives_symptoms_are_not_findings(lines, absent):
    assert symptom(facts(*lines), absent) is None


def test_relatives_disease_is_family_history_not_a_problem():
    fs = facts("Any family history?", "My mother had breast cancer and my father has high blood pressure.")
    assert not kinds(fs, FactKind.problem) & {"breast cancer", "hypertension"}
    family = {(f.attributes.get("relation"), f.name) for f in fs if f.attributes.get("category") == "family"}
    assert ("mother", "breast cancer") in family and ("father", "hypertension") in family


def test_denied_diagnosis_is_not_a_problem():
    fs = facts("Do you have diabetes?", "No, I don't have diabetes.")
    assert "type 2 diabetes" not in kinds(fs, FactKind.problem)


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        (("Do you smoke?", "I used to smoke, I quit ten years ago."), "tobacco", "former"),
        (("Do you smoke?", "No, never."), "tobacco", "never"),
        (("Any drugs? Marijuana?", "No marijuana, no."), "drugs", "denies"),
        (("Do you drink alcohol?", "A couple of beers on the weekend."), "alcohol", "a couple of beers on the weekend"),
    ],
)
def test_social_history_polarity(lines, kind, value):
    fs = facts(*lines)
    social = {f.name: f.attributes["value"] for f in fs if f.attributes.get("category") == "social"}
    assert social.get(kind) == value, social
    assert "medical cannabis" not in kinds(fs, FactKind.medication) | kinds(fs, FactKind.problem)


def test_a_result_is_not_an_order():
    fs = facts("Your A1c came back at 8.2 today.", "Oh no.", "We'll recheck your A1c in three months.", "Okay.")
    results = {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}
    assert results.get("hemoglobin a1c") == "8.2"
    assert "hemoglobin a1c" in kinds(fs, FactKind.order)  # the recheck is the order


def test_exam_findings_keep_site_side_and_polarity():
    fs = facts(
        "Let me take a look. On exam, there is tenderness to palpation over the right lateral epicondyle. "
        "Your lungs are clear. There is no edema in the lower extremities.",
        "Okay.",
    )
    exam = {
        (f.name, f.attributes["site"], f.attributes["laterality"], f.attributes["normal"])
        for f in fs
        if f.kind == FactKind.exam
    }
    assert ("tenderness to palpation", "lateral epicondyle", "right", "no") in exam
    assert any(n == "clear" and s == "lungs" and normal == "yes" for n, s, _, normal in exam)
    assert any(n == "no edema" and normal == "yes" for n, _, _, normal in exam)
    assert not kinds(fs, FactKind.symptom) & {"edema", "swelling"}  # the clinician's findings are not symptoms


def test_exam_negation_beyond_no_x_and_the_nearest_site():
    # ACI-Bench style: unpunctuated, the negation is "I don't hear any", and the heart follows the lungs
    fs = facts(
        "on exam your lungs are clear bilaterally i don't hear any wheezes or crackles listen to your heart so "
        "on your heart exam i do still hear that grade two out of six systolic ejection murmur",
        "okay",
    )
    exam = {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs if f.kind == FactKind.exam}
    assert ("no wheezes", "lungs", "bilateral") in exam and ("no crackles", "lungs", "bilateral") in exam
    assert ("systolic ejection murmur", "heart", "") in exam
    assert not any(name in {"wheezes", "crackles"} for name, _, _ in exam)


def test_every_new_fact_keeps_its_evidence():
    fs = facts(
        "Any family history? Do you smoke?",
        "My father had a heart attack. I quit smoking years ago. I had my appendix removed.",
        "On exam your lungs are clear. Your x-ray showed no fracture.",
        "Okay.",
    )
    assert fs and all(f.evidence and all(e.quote for e in f.evidence) for f in fs)
