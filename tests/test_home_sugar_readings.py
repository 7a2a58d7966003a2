"""Sugars the patient read from their own meter are results named as home readings; sugars to be checked
from today on, a fever's temperature and a lab's sugar are not."""

from fact_readers import facts

from engine.types import FactKind


def _results(fs):
    return {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}


def test_a_low_read_from_the_meter():
    got = _results(
        facts(
            "Any hypos with the gliclazide?",
            "Twice I got trembly and sweaty out in the garden. I checked once and it said three point six.",
        )
    )
    assert got.get("home blood glucose") == "3.6"


def test_a_relative_reads_the_number_told_outright():
    got = _results(facts("Did you check the sugar that time?", ("other", "Yes, I checked, it was sixty-five.")))
    assert got.get("home blood glucose") == "65"


def test_two_readings_in_one_sentence():
    got = _results(
        facts(
            "Any low sugars?",
            "yeah i woke up sweatin and my sugar was uh sixty two one time and fifty eight the other",
        )
    )
    values = {v for k, v in got.items() if k.startswith("home")}
    assert values and all("62" in v and "58" in v for v in values)


def test_morning_spread_named_fasting():
    got = _results(
        facts(
            "How has the diabetes been?",
            "Shame, doctor, the sugar is not behaving. I test in the mornings and it's nine, ten, sometimes eleven.",
        )
    )
    value = got.get("home fasting blood glucose", "")
    assert "9" in value.split(", ") and "11" in value.split(", ")


def test_numbers_said_in_another_language_taken_from_the_clinicians_echo():
    got = _results(
        facts(
            ("other", "The sugar has been high. He checks it at home sometimes."),
            ("patient", "El azúcar, ciento ochenta, doscientos. In the morning."),
            ("clinician", "One eighty to two hundred fasting, in the morning before eating?"),
        )
    )
    value = got.get("home fasting blood glucose", "")
    assert "180" in value and "200" in value
    assert "fasting blood sugar" not in got  # the echo is the home reading, not a lab's sugar


def test_count_of_checks_is_no_reading():
    got = _results(facts("Do you check your sugar?", "I check it 3 or 4 times a week, in the morning."))
    assert not any(k.startswith("home") for k in got)


def test_checks_planned_today_are_no_result():
    got = _results(
        facts(
            "I want you to check your sugar at bedtime and first thing in the morning and call me in two weeks.",
            "Okay, I will check it and write it down.",
        )
    )
    assert not any(k.startswith("home") for k in got)


def test_a_fever_checked_at_home_is_no_sugar():
    got = _results(
        facts(
            "How's the sugar been, and any fever?",
            "I felt hot so I checked my temperature, it was 101.",
        )
    )
    assert "home blood glucose" not in got


def test_a_lab_sugar_stays_the_labs():
    got = _results(
        facts(
            "So you checked sugar at home or at lab?",
            "Lab only. Fasting was one-six-two, and after food it was two-forty-something.",
        )
    )
    assert not any(k.startswith("home") for k in got)
    assert got.get("fasting blood sugar") == "162"
