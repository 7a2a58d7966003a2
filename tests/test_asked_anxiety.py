"""Anxiety asked as a symptom in a review of how the patient feels, and worry that fills the days."""

from fact_readers import facts, problems, symptoms


def test_anxiety_asked_and_answered_some_is_a_symptom():
    got = symptoms(facts("And anxiety?", "Some, yes, mostly at night."))
    assert got.get("anxiety symptoms") == "present"


def test_anxiety_and_worries_asked_together_are_one_complaint():
    got = symptoms(facts("Any anxiety, worries you can't switch off?", "A little."))
    assert got == {"anxiety symptoms": "present"}


def test_anxiety_denied():
    assert symptoms(facts("Any anxiety?", "No, not really.")) == {"anxiety symptoms": "absent"}


def test_the_anxiety_known_is_no_symptom_asked():
    fs = facts("How is the anxiety doing on the sertraline?", "Much better.")
    assert "anxiety symptoms" not in symptoms(fs) and "anxiety" in problems(fs)


def test_worry_said_as_filling_the_days():
    assert symptoms(facts("How have you been?", "I worry all the time about everything.")) == {
        "anxiety symptoms": "present"
    }
