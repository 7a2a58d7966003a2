"""The grounding verifier catches deliberately hallucinated statements and passes grounded ones."""

import pytest
from conftest import text_transcript

from engine.clinical.extract import extract
from engine.draft.verify import GroundTruth, verify_sentence
from engine.types import SentenceStatus


@pytest.fixture(scope="module")
def truth():
    t = text_transcript("htn-followup")
    return GroundTruth.build(t, extract(t))


HALLUCINATIONS = {
    "wrong dose": "Start lisinopril 20 mg once daily.",
    "invented drug": "Started amlodipine 5 mg daily for blood pressure.",
    "invented drug (brand)": "The patient takes Lipitor every night.",
    "flipped negation": "The patient reports chest pain on exertion.",
    "flipped negation (denial of a present symptom)": "She denies headaches.",
    "invented number": "Blood pressure was 168/100 today.",
    "invented vital": "Her heart rate is 120.",
    "wrong laterality": "Pain in the left arm.",
    "invented diagnosis": "Assessment is atrial fibrillation.",
    "invented diagnosis 2": "This is consistent with migraine.",
    "invented symptom": "The patient has had nausea and vomiting.",
    "untraceable prose": "Remarkable cardiovascular prognosis warrants hospitalization immediately.",
    "number from another patient": "Her A1c came back at 8.2.",
    # advice and plans nobody gave, built from words that were said, but in unrelated turns
    "unsupported advice": "Cut down on salt because it causes headaches and dizziness.",
    "unsupported advice 2": "Walk thirty minutes a day to lower the potassium.",
    "unsupported plan (stop a continued drug)": "Stop the metformin.",
    "unsupported plan (continue a stopped drug)": "Continue ibuprofen 400 mg when the headaches are bad.",
}
GROUNDED = [
    "Headaches most mornings for about two weeks.",
    "Start lisinopril 10 mg once daily.",
    "No chest pain.",
    "Blood pressure is 152 over 96.",
    "Cut down on salt and walk thirty minutes a day.",
    "Allergic to penicillin with hives.",
    "The clinician advises cutting down on salt and walking thirty minutes a day.",
    "Stop ibuprofen, as it can raise blood pressure.",
    "Kidney function and potassium will be checked with a blood test next week.",
]


@pytest.mark.parametrize("kind", list(HALLUCINATIONS))
def test_each_hallucination_is_caught(truth, kind):
    checked = verify_sentence(HALLUCINATIONS[kind], truth)
    assert checked.status == SentenceStatus.unsupported, (kind, checked)
    assert checked.problems


@pytest.mark.parametrize("text", GROUNDED)
def test_grounded_sentences_pass_with_evidence(truth, text):
    checked = verify_sentence(text, truth)
    assert checked.status == SentenceStatus.supported, checked.problems
    assert checked.evidence, "a supported sentence must point at the transcript"


def test_catch_rate_is_total(truth):
    caught = sum(verify_sentence(s, truth).status == SentenceStatus.unsupported for s in HALLUCINATIONS.values())
    assert caught == len(HALLUCINATIONS)


def test_a_clinicians_numbered_problem_list_is_not_an_invented_number(truth):
    from engine.draft.verify import check

    problems, _ = check(
        "1. Hypertension (I10).\n2. Type 2 diabetes (E11.9).\nStart lisinopril 10 mg once daily.", truth
    )
    assert problems == []
    assert check("3. Blood pressure 168/100.", truth)[0]  # a number in the item is still checked


def test_a_dose_is_checked_against_the_drug_it_follows(truth):
    from engine.draft.verify import check

    problems, _ = check("Stop ibuprofen and start lisinopril 10 mg once daily.", truth)
    assert problems == []  # 10 mg is lisinopril's, not ibuprofen's
    assert any("lisinopril" in p for p in check("Stop ibuprofen and start lisinopril 20 mg once daily.", truth)[0])
