"""A question closed by a form of address ("..., doctor?") is a question all the same."""

from tests.fact_readers import facts


def test_the_patients_worry_asked_with_doctor_is_no_diagnosis():
    found = facts(("patient", "And the cancer, doctor?"), ("clinician", "Good question. The prostate felt smooth."))
    assert not any(f.kind.value == "problem" for f in found)


def test_a_statement_closed_by_doctor_still_tells():
    found = facts("Any pain?", "I have a headache, doctor.")
    assert "headache" in [f.label() for f in found if f.kind.value == "symptom"]


def test_a_rising_statement_closed_by_doctor_still_tells():
    # a recogniser writes a patient's rising statement with "?": it is still what they tell
    found = facts(("clinician", "Tell me."), ("patient", "I get short of breath on the stairs, doc?"))
    assert "shortness of breath" in [f.label() for f in found if f.kind.value == "symptom"]
    found = facts(("clinician", "Tell me."), ("patient", "My mother had breast cancer, doctor?"))
    assert any(f.kind.value == "history" for f in found) or any("breast cancer" in f.label() for f in found)
