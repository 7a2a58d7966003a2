"""Home weight logs, a low sugar told after "tell me about the low", and a dose raised "until" a number."""

from fact_readers import facts

from engine.types import FactKind


def _results(*turns, speakers=None):
    return {f.name: f.attributes.get("value") for f in facts(*turns, speakers=speakers) if f.kind == FactKind.result}


def test_daily_weights_read_out_by_a_relative():
    got = _results(
        "Have you been weighing him every morning like we talked about?",
        "I make him. He was one ninety-two at the start of the month, and this morning he was one ninety-nine.",
        speakers=["clinician", "other"],
    )
    assert got.get("home weight") == "192 lb, 199 lb"


def test_a_weight_remembered_or_a_change_is_no_home_weight():
    assert "home weight" not in _results("How much do you weigh these days?", "About one eighty, one ninety.")
    assert "home weight" not in _results("Keep weighing yourself every morning.", "I'm up about three pounds.")


def test_todays_weight_said_by_the_clinician_is_no_home_weight():
    got = _results("Have you been weighing yourself?", "Yes.", "On our scale today you're two hundred and one pounds.")
    assert "home weight" not in got


def test_a_low_told_as_a_noun_is_sugar_talk():
    got = _results(
        "Tell me about the low.",
        "I skipped lunch and around three o'clock I got all shaky and sweaty. Checked it and it was sixty-two.",
    )
    assert "62" in (got.get("home blood glucose") or "")


def test_a_low_back_is_no_sugar_talk():
    got = _results("Tell me about the low back pain.", "It was about a six out of ten. Checked it and it was sixty.")
    assert not any("glucose" in n for n in got)


def test_a_dose_raised_until_a_number_is_not_a_result():
    got = _results(
        "Increase the Lantus by two units every three days until your fasting sugars are under one thirty.",
    )
    assert not any("glucose" in n or "sugar" in n for n in got)
