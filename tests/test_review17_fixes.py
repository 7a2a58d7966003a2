"""The fourteenth session's review: each case was misread by a rule added that session (see the commit)."""

import pytest

from engine.review import edit_fact
from engine.review_display import form_values
from engine.types import FactKind
from tests.fact_readers import facts


def _labels(kind, *turns):
    return [f.label() for f in facts(*turns) if f.kind == kind]


def test_a_relatives_dose_asked_is_not_the_patients_drug():
    assert (
        _labels(FactKind.medication, "Your husband is on lisinopril. How much is he taking?", "Ten milligrams.") == []
    )


@pytest.mark.parametrize(
    "turns",
    [("Wet diapers?", "Yes, just two today."), ("Is she peeing like normal?", "Yes, a bit less than usual maybe.")],
)
def test_less_urine_is_no_normal_output(turns):
    assert "no decreased urine output" not in _labels(FactKind.symptom, *turns)


@pytest.mark.parametrize(
    "said",
    [
        "This rash looks a lot like shingles, but it isn't, it's contact dermatitis.",
        "It looks very much like cellulitis at first glance, but the ultrasound shows a clot.",
    ],
)
def test_a_likeness_ruled_out_is_no_diagnosis(said):
    got = _labels(FactKind.problem, said, "Okay.")
    assert not any(g.startswith(("shingles", "herpes zoster", "cellulitis")) for g in got)


def test_one_drugs_range_is_not_the_next_drugs_dose():
    got = _labels(FactKind.medication, "For pain use ibuprofen 200 to 400 mg, then paracetamol 400 mg at night.", "Ok.")
    assert any(g.startswith("ibuprofen 200-400 mg") for g in got)
    assert any(g.startswith("acetaminophen 400 mg") for g in got)


def test_typing_the_top_alone_drops_the_range():
    fact = next(
        f
        for f in facts("Use the albuterol inhaler, one or two puffs every four hours as needed.", "Okay.")
        if f.kind == FactKind.medication
    )
    fixed = edit_fact([fact], 0, fact.name, {**form_values(fact), "dose": "2 puffs"}, negated=False)[0]
    assert fixed.dose_text() == "2 puffs" and "dose_range" not in fixed.attributes


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("The metoprolol was reduced to 25 by cardiology.", "metoprolol (active)"),
        (
            "Her lisinopril was increased to 20 milligrams last month, but her potassium went up so it was stopped.",
            "lisinopril 20 mg (stopped)",
        ),
    ],
)
def test_a_change_told_as_done_keeps_the_drug_and_a_later_stop(said, label):
    assert _labels(FactKind.medication, said, "Ok.") == [label]


def test_the_patient_who_has_it_too():
    got = _labels(FactKind.problem, "Any medical problems?", "No. Daddy had diabetes and so do I.")
    assert any(g.startswith("type 2 diabetes") for g in got)


def test_this_weeks_malaria_is_no_past_history():
    got = [f for f in facts("Have you had malaria before?", "Yes, last week, they treated me at the clinic.")]
    assert not any(f.kind == FactKind.history and f.name == "malaria" for f in got)


def test_a_worry_is_no_paranoia():
    assert "paranoia" not in _labels(FactKind.symptom, "How are you?", "I'm a bit paranoid about my blood pressure.")


def test_glands_felt_for_and_a_nose_asked_about_are_no_findings():
    assert not [f for f in facts("Let me feel for big glands.", "Okay.") if f.kind == FactKind.exam]
    got = facts("On exam, your nose is running?", "No, it is not running.")
    assert not any(f.kind == FactKind.exam for f in got)
    assert "no runny nose" in [f.label() for f in got if f.kind == FactKind.symptom]
