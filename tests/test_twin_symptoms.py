"""Lightheadedness and dizziness: two complaints when the patient names each, one when a question offers both."""

from fact_readers import facts, symptoms


def test_both_named_by_the_patient_are_two_complaints():
    got = symptoms(
        facts("What happened?", "About six hours after we got home I felt very light-headed and very dizzy.")
    )
    assert got.get("lightheadedness") == "present" and got.get("dizziness") == "present"


def test_both_named_across_one_answer_of_the_review_of_systems():
    got = symptoms(
        facts(
            "Have you had any dizziness, lightheadedness, fever, chills?",
            "Running up the stairs I did feel a little bit lightheaded, and I did get a little dizzy.",
        )
    )
    assert got.get("lightheadedness") == "present" and got.get("dizziness") == "present"


def test_a_yes_to_dizzy_or_lightheaded_is_one_complaint():
    got = symptoms(facts("Do you feel dizzy or light-headed when you stand up?", "Yes, for a few seconds."))
    assert "lightheadedness" not in got and got.get("dizziness") == "present"


def test_a_no_to_dizzy_or_lightheaded_denies_both():
    got = symptoms(facts("Dizzy or lightheaded when you stand up?", "No."))
    assert got == {"dizziness": "absent", "lightheadedness": "absent"}


def test_lightheaded_alone_is_charted_as_lightheadedness():
    got = symptoms(facts("Anything else?", "I've been lightheaded in the mornings."))
    assert got == {"lightheadedness": "present"}


def test_a_denied_twin_never_becomes_present():
    got = symptoms(facts("Any dizziness?", "No, I'm not dizzy, but I do get lightheaded when I stand."))
    assert got.get("dizziness") == "absent" and got.get("lightheadedness") == "present"
