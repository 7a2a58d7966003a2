"""'Any pain, or is it just the swelling?' takes the swelling as there: the patient's 'no' denies the pain only."""

from tests.fact_readers import facts


def _symptoms(found):
    return {f.label() for f in found if f.kind.value == "symptom"}


def test_the_no_answers_the_other_thing_asked():
    found = _symptoms(facts("Any pain in the feet, or is it just the swelling?", "No pain."))
    assert "swelling" in found and "no swelling" not in found
    assert "no foot pain" in found


def test_just_the_cough_first_then_the_question():
    found = _symptoms(facts("Is it just the cough, or do you have a fever too?", "No fever."))
    assert "cough" in found and "no cough" not in found
    assert "no fever" in found


def test_without_or_just_is_no_presupposition_of_a_list():
    # "just" with no alternative asked is an ordinary question: a "no" denies it
    found = _symptoms(facts("Any swelling at all, just a bit?", "No."))
    assert "swelling" not in found
