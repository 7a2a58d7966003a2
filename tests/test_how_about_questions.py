"""An unpunctuated question said after "how about" ("okay good how about are your legs swelling up") is a
question, so the bare "nope" after it denies the symptom rather than leaving it present."""

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _symptoms(*lines):
    return {f.label() for f in extract(text_transcript([list(x) for x in lines])) if f.kind.value == "symptom"}


def test_how_about_are_your_legs_swelling_answered_nope_is_denied():
    got = _symptoms(("clinician", "okay good how about are your legs swelling up"), ("patient", "nope"))
    assert "no leg swelling" in got and "leg swelling" not in got


def test_a_yes_to_the_same_question_keeps_it():
    got = _symptoms(("clinician", "okay good how about is your chest pain any better"), ("patient", "a bit better"))
    assert "chest pain" in got
