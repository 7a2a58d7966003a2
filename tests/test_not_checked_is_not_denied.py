""" "I never checked for fever" says the fever is not known, not that it was denied; a checked "no fever" stays
denied."""

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _symptoms(*lines):
    return {f.label() for f in extract(text_transcript([list(x) for x in lines])) if f.kind.value == "symptom"}


def test_never_checked_for_fever_is_not_no_fever():
    got = _symptoms(
        ("clinician", "Any fever or chills?"), ("patient", "Chills at night, but I never checked for fever.")
    )
    assert "chills" in got and "no fever" not in got and "fever" not in got


def test_a_denied_fever_stays_denied():
    assert "no fever" in _symptoms(("clinician", "Any fever?"), ("patient", "No fever. I checked it twice."))
    assert "no fever" in _symptoms(("clinician", "Any fever?"), ("patient", "No, never."))
