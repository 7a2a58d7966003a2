"""The clinician who knows the patient asks "still working in the same company?"; "Yes, accounts manager, in
Deira." is the job, the "yes" before it no part of it. A yes with no job in it charts none."""

from fact_readers import facts

from engine.types import FactKind


def _occupation(fs):
    return next((f.attributes["value"] for f in fs if f.kind == FactKind.history and f.name == "occupation"), None)


def test_yes_then_the_job():
    fs = facts("Okay. Still working in the same company?", "Yes, accounts manager, in Deira. Ramadan timing is short.")
    assert _occupation(fs) == "accounts manager"


def test_yes_without_a_job_is_none():
    fs = facts("Still working in the same company?", "Yes, same place.")
    assert _occupation(fs) is None


def test_yes_to_a_question_not_about_work_is_none():
    fs = facts("Still taking the same tablets?", "Yes, metformin, in the morning.")
    assert _occupation(fs) is None
