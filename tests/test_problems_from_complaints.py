"""Hypoglycaemia and falls the patient has had are problems as well as complaints ("you're having lows from
the gliclazide", "I heard you had a fall"); a denied low or fall, or something else that falls, charts none."""

from fact_readers import facts, problems


def test_lows_from_a_drug_are_hypoglycemia():
    fs = facts("So you're also having lows in the afternoon from the gliclazide, so I'll cut the dose.")
    assert "hypoglycemia" in problems(fs)


def test_denied_lows_chart_no_problem():
    fs = facts("Any lows? Shaky, sweaty, feeling off?", "No, none.")
    assert "hypoglycemia" not in problems(fs)


def test_a_fall_the_patient_had():
    fs = facts("Hi Mrs Delgado, I heard you had a fall.", "Yes, on Sunday night.")
    assert "falls" in problems(fs)


def test_a_denied_fall_charts_no_problem():
    fs = facts("Any falls?", "No, no falls.")
    assert "falls" not in problems(fs)


def test_trousers_falling_down_is_no_fall():
    fs = facts("How has he been?", ("other", "His trousers are falling down, doctor. I made a new hole in the belt."))
    assert "falls" not in problems(fs)
