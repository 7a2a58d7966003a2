"""A companion's "she can't ..." tells the patient's inability; the patient's own "she can't ..." is someone else's."""

from fact_readers import facts, symptoms

C, P, OTHER = "clinician", "patient", "other"


def test_a_parent_tells_the_childs_inability():
    got = symptoms(
        facts((C, "What happened to her?"), (OTHER, "She fell off the trampoline."), (OTHER, "She can't lift her arm."))
    )
    assert got.get("difficulty raising arm") == "present"


def test_a_spouse_tells_two_limits_and_neither_is_denied():
    got = symptoms(
        facts((C, "How has he been?"), (OTHER, "He can't manage the stairs now, and he has trouble walking."))
    )
    assert got == {"difficulty climbing stairs": "present", "difficulty walking": "present"}


def test_the_patients_she_is_still_a_relative():
    got = symptoms(facts((C, "How is your sister?"), (P, "She can't climb the stairs anymore.")))
    assert "difficulty climbing stairs" not in got
