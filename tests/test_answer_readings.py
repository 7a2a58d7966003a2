"""Answers that say yes without opening with it, and a no the patient softens straight after."""

from fact_readers import facts, symptoms


def test_a_circumstance_before_the_yes_is_a_yes():
    got = symptoms(facts("any shortness of breath", "up the hill yeah i have to stop for a bit"))
    assert got.get("shortness of breath") == "present"


def test_the_exertion_that_brings_it_on_answers_yes():
    got = symptoms(facts("Do you get puffed?", "Going up stairs, a little."))
    assert got.get("shortness of breath") == "present"


def test_a_past_circumstance_before_the_yes_is_no_yes():
    got = symptoms(facts("Any wheezing?", "When I was a kid yeah, not now."))
    assert got.get("wheezing") != "present"


def test_every_once_in_a_while_is_a_hedged_yes():
    got = symptoms(facts("Any heartburn?", "Every once in a while, after a curry."))
    assert got.get("heartburn") == "present"


def test_a_no_softened_to_maybe_a_little_is_a_yes():
    got = symptoms(facts("Any cough at all?", "Not that I've noticed. Maybe a bit in the mornings."))
    assert got.get("cough") == "present"


def test_a_little_somewhere_else_leaves_the_no():
    got = symptoms(facts("Does it spread into your arm?", "Not really. Maybe a little into the shoulder."))
    assert got.get("arm pain") != "present"


def test_one_complaint_asked_twice_takes_a_yes_that_goes_on():
    got = symptoms(facts("Are you nervous or anxious a lot?", "Sí, all the time. And my chest gets tight."))
    assert got.get("anxiety symptoms") == "present"


def test_all_of_it_answers_the_list():
    got = symptoms(facts("Down how? Sad, hopeless, irritable?", "Like all of it, honestly."))
    assert got.get("irritability") == "present"


def test_feeling_hot_answers_the_fever_of_a_list():
    got = symptoms(facts("Any fever or chills?", "I felt a bit hot on Tuesday night, I didn't measure it."))
    assert got.get("fever") == "present" and "chills" not in got
