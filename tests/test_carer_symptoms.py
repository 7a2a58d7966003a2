"""Symptoms told by a carer or in a learner's English, and how far a bare "negative" reaches (thirteenth session)."""

from __future__ import annotations

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _facts(kind: str, *lines: tuple[str, str]) -> dict[str, bool]:
    return {f.name: f.negated for f in extract(text_transcript([list(x) for x in lines])) if f.kind == kind}


@pytest.mark.parametrize(
    ("said", "symptom"),
    [
        ("she's been a lot more agitated in the evenings", "agitation"),
        ("and she's more confused in general", "confusion"),
        ("it makes my mouth so dry like cotton", "dry mouth"),
        ("Yes, and in the night also, two times, three times I wake up for the toilet.", "nocturia"),
    ],
)
def test_a_symptom_told_plainly_is_present(said, symptom):
    assert _facts("symptom", ("other", said)).get(symptom) is False


def test_confused_about_a_dose_is_no_confusion():
    assert "confusion" not in _facts("symptom", ("patient", "I am confused about the dose."))


def test_a_test_negative_does_not_negate_what_it_was_done_for():
    said = "the nurse did one because of the confusion, it was positive for leukocytes, nitrite negative"
    assert _facts("symptom", ("other", said)).get("confusion") is False


@pytest.mark.parametrize(
    "said",
    [
        "Review of systems: chest pain, shortness of breath, palpitations, leg swelling, negative.",
        "Chest pain shortness of breath palpitations and leg swelling negative",
    ],
)
def test_a_review_of_systems_dictated_then_negative_denies_every_item(said):
    facts = _facts("symptom", ("clinician", said))
    assert facts and all(facts.values())


def test_a_result_told_with_its_verb_still_negates_the_test():
    facts = _facts("problem", ("clinician", "The HIV screen we did last year came back negative."))
    assert "hiv" not in {k.lower() for k, negated in facts.items() if not negated}


def test_which_removed_is_no_operation():
    said = "you had a lumpectomy on january 20th, which removed the eight millimeter tumor and margins were negative"
    history = {f.name for f in extract(text_transcript([["clinician", said]])) if f.kind == "history"}
    assert "lumpectomy" in history and not any("which" in h for h in history)


@pytest.mark.parametrize(
    ("asked", "answer", "symptom"),
    [
        ("And in the day, your mood, how would you describe it?", "Low. Flat. Like grey.", "depressed mood"),
        ("What is your appetite like?", "Not great, I barely eat.", "loss of appetite"),
        ("And your sleep?", "Terrible, I wake up at four.", "insomnia"),
    ],
)
def test_a_function_asked_another_way_and_answered_badly(asked, answer, symptom):
    assert _facts("symptom", ("clinician", asked), ("patient", answer)).get(symptom) is False


def test_a_function_answered_well_is_nothing():
    said = (
        ("clinician", "And his mood? Sad, or worried a lot?"),
        ("other", "No, he's a happy kid. Just grumpy at four."),
    )
    # never a low mood charted present; the "No" to the items asked ("Sad, or worried?") may deny it
    assert _facts("symptom", *said).get("depressed mood") in (None, True)
    assert "fatigue" not in _facts("symptom", ("clinician", "And your energy?"), ("patient", "Fine, good."))
