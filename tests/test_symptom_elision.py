"""A symptom's head said once for two times or places: "any bleeding in between periods, or after sex?"."""

from fact_readers import facts, symptoms


def test_bleeding_in_between_periods_or_after_sex_denied():
    got = symptoms(facts("Any bleeding in between periods, or after sex?", "No."))
    assert got == {"intermenstrual bleeding": "absent", "postcoital bleeding": "absent"}
