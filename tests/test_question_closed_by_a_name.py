"""A question closed by a form of address ("..., doctor?") is a question all the same."""

from tests.fact_readers import facts


def test_the_patients_worry_asked_with_doctor_is_no_diagnosis():
    found = facts(("patient", "And the cancer, doctor?"), ("clinician", "Good question. The prostate felt smooth."))
    assert not any(f.kind.value == "problem" for f in found)


def test_a_statement_closed_by_doctor_still_tells():
    found = facts("Any pain?", "I have a headache, doctor.")
    assert "headache" in [f.label() for f in found if f.kind.value == "symptom"]
