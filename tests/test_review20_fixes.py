"""Misreadings a review of the session's change found, each fixed (tests/test_review19_fixes.py's sequel)."""

from tests.fact_readers import facts, meds


def test_avoidance_with_a_qualifier_keeps_the_drug_taken():
    got = meds(facts("It's best not to take the metformin on an empty stomach.", "I take it with breakfast."))
    assert "metformin" in got
    got = meds(facts("You're right not to take more than two paracetamol at a time.", "I take them four times a day."))
    assert "acetaminophen" in got


def test_wont_stop_taking_it_is_no_refusal():
    turns = [("patient", "I told him to take the aspirin, but he says he won't stop taking it now, he loves it.")]
    assert "aspirin" in meds(facts(*turns))


def test_a_start_of_something_new_does_not_dose_the_drug_already_taken():
    got = meds(facts("You've been on sertraline. I will start you on 50 mg of something new.", "Ok."))
    assert "dose" not in got.get("sertraline", {})


def test_a_gummy_vitamin_is_still_a_vitamin_taken():
    got = meds(facts("Okay, and every day?", "Just a gummy vitamin. That's it."))
    assert "multivitamin" in got
