"""A temperature the family took on an earlier day, or the illness's highest, answering the fever question, is a
home temperature (a result), never today's vital sign (outside_readings.py, vitals_context.earlier_day)."""

from fact_readers import facts


def _temps(*turns):
    return sorted((f.kind.value, f.name, f.attributes["value"]) for f in facts(*turns) if "temperature" in f.name)


def test_the_highest_or_last_nights_reading_is_a_home_temperature():
    asked = ("clinician", "How high has the fever been?")
    assert _temps(asked, ("other", "Last night thirty-nine point two. With the ear thermometer.")) == [
        ("result", "home temperature", "39.2")
    ]
    assert _temps(asked, ("other", "Highest was thirty-nine four, last night, under the arm.")) == [
        ("result", "home temperature", "39.4")
    ]
    assert _temps(asked, ("other", "the highest was a hundred and two point six last night under the arm")) == [
        ("result", "home temperature", "102.6")
    ]


def test_a_reading_of_sunday_is_no_vital_however_today_is_mentioned_after_it():
    said = (
        "on sunday she was really hot i checked it was thirty eight point five so i gave her calpol she's not hot today"
    )
    got = _temps(("clinician", "has she had a temperature"), ("other", said))
    assert got == [("result", "home temperature", "38.5")]


def test_this_mornings_reading_is_still_todays_vital():
    got = _temps(("clinician", "Any fever?"), ("patient", "This morning I checked, ninety-nine point one."))
    assert got == [("vital", "temperature", "99.1")]


def test_the_clinicians_own_reading_is_untouched():
    assert _temps(("clinician", "Temperature 37.2 today, she had a fever last night.")) == [
        ("vital", "temperature", "37.2")
    ]
