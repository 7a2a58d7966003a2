"""Medication wordings any author can use (sentences written for these tests): two brand names of one drug
joined by "or" share their verb; "whichever one of those" picks a drug, it counts no tablets; a dose change
told in the passive as done before is the dose taken now; a strength with a count of tablets is that many."""

from fact_readers import facts, meds


def test_two_brands_of_one_drug_joined_by_or_are_both_stopped():
    got = meds(
        facts(
            "i'd like you to stop taking any of the nonsteroidals that you're taking the motrin or advil whichever "
            "one of those and i'm gon na give you meloxicam fifteen milligrams",
            "okay",
        )
    )
    assert got["ibuprofen"]["status"] == "stopped"
    assert "dose" not in got["ibuprofen"]  # "whichever one of those" is no tablet count (never 200 mg)
    assert got["meloxicam"]["status"] == "started"


def test_two_different_drugs_joined_by_or_are_not_charted_by_the_or():
    # a choice between two drugs: "or" alone never brings in a drug the patient does not take
    got = meds(facts("are you taking any aspirin or plavix ?", "just the aspirin ."))
    assert "clopidogrel" not in got


def test_either_one_of_those_is_no_count():
    got = meds(facts("stop the advil , either one of those , and we'll use tylenol instead .", "okay"))
    assert got["ibuprofen"]["status"] == "stopped"
    assert "dose" not in got["ibuprofen"]


def test_a_count_of_a_named_strength_still_counts():
    got = meds(facts("what do you take for it ?", "advil , two of them at a time ."))
    assert got["ibuprofen"]["dose"] == "400 mg"


def test_a_change_told_in_the_passive_as_done_before_is_the_dose_taken_now():
    got = meds(facts("her lisinopril has also been increased up to 10 milligrams daily in march .", "okay"))
    assert got["lisinopril"] == {**got["lisinopril"], "dose": "10 mg", "status": "active"}
    got = meds(facts("your metoprolol was bumped up to 50 milligrams by cardiology .", "yes"))
    assert got["metoprolol"]["status"] == "active"


def test_a_change_made_today_is_still_a_change():
    got = meds(facts("your lisinopril was increased to 20 milligrams today .", "okay"))
    assert got["lisinopril"]["status"] == "changed"
    got = meds(facts("the lisinopril , we'll go up to 20 milligrams .", "okay"))
    assert got["lisinopril"] == {**got["lisinopril"], "dose": "20 mg", "status": "changed"}


def test_a_strength_then_take_two_tablets_is_twice_the_strength():
    got = meds(
        facts(
            "what are you taking ?",
            "this is the metformin , it says metformin e-r five hundred milligram , take two tablets with the "
            "evening meal .",
        )
    )
    assert got["metformin"]["dose"] == "1000 mg"


def test_a_count_of_the_next_drug_is_not_this_ones():
    got = meds(facts("what are you taking ?", "metformin 500 mg , 2 tablets of lisinopril too ."))
    assert got["metformin"]["dose"] == "500 mg"


def test_do_as_the_verb_of_taking_a_drug():
    got = meds(facts("does anything help the pain ?", "yeah i've done some tylenol and that does help"))
    assert got["acetaminophen"]["status"] == "active"
    got = meds(facts("anything for it ?", "i did some advil and it helped ."))
    assert got["ibuprofen"]["status"] == "active"


def test_do_with_something_else_between_charts_no_drug():
    # "done some research on metformin": the drug does not follow the verb, nothing is taken
    assert "metformin" not in meds(facts("any questions ?", "i've done some research on metformin ."))
