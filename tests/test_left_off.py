"""A drug the clinician leaves off ("then we'll leave the gabapentin off", "let's keep the spironolactone 25 off
for now") or no longer needs ("I don't think you need it anymore") is stopped, and a new time for a drug ("take it
before lunch instead of first thing") is no stop. Cases written for this test."""

from fact_readers import facts

from engine.types import FactKind


def _meds(*turns):
    return {f.name: f.attributes.get("status") for f in facts(*turns) if f.kind == FactKind.medication}


def test_a_drug_left_off_is_stopped():
    assert _meds(("clinician", "Then we'll leave the gabapentin off."), ("patient", "Fine.")) == {
        "gabapentin": "stopped"
    }
    assert _meds(("clinician", "Let's keep the spironolactone 25 off for now, your potassium is high.")) == {
        "spironolactone": "stopped"
    }
    # not a cream kept off a part of the body
    assert _meds(("clinician", "Keep the hydrocortisone cream off your face.")) == {"hydrocortisone": "active"}


def test_a_drug_no_longer_needed_is_stopped_but_not_a_dose_kept_where_it_is():
    assert _meds(
        ("clinician", "You're on the lisinopril. I don't think you need it anymore, your pressure is low.")
    ) == {"lisinopril": "stopped"}
    assert _meds(("clinician", "Keep the amlodipine 5. I don't think you need it any higher.")) == {
        "amlodipine": "active"
    }


def test_a_new_time_instead_of_the_old_is_no_stop():
    got = _meds(("clinician", "And the prilosec, take it before lunch, instead of first thing."))
    assert got.get("omeprazole") != "stopped"
    assert _meds(("clinician", "Use Tylenol instead of the Advil.")) == {
        "acetaminophen": "started",
        "ibuprofen": "stopped",
    }


def test_review_cases_no_stop_where_the_words_deny_it_or_limit_it():
    assert _meds(("clinician", "It's important you don't leave the apixaban off.")) != {"apixaban": "stopped"}
    assert _meds(("clinician", "You can't keep the insulin off, even if you're not eating much.")).get("insulin") != (
        "stopped"
    )
    got = _meds(("clinician", "You're on metformin 500 twice a day. I don't think you need it any more than that."))
    assert got.get("metformin") != "stopped"
    got = _meds(
        (
            "clinician",
            "Keep the Ventolin for emergencies. And the nebuliser at home. I don't think you need it anymore.",
        )
    )
    assert got.get("albuterol") != "stopped"


def test_review_cases_a_drug_swapped_for_another_at_another_time_is_still_swapped():
    got = _meds(("clinician", "Let's use cetirizine instead of nightly Benadryl."))
    assert got.get("diphenhydramine") == "stopped"


def test_review_cases_a_yes_to_a_question_that_is_not_whether_they_take_them():
    got = _meds(
        ("clinician", "Did the cardiologist stop your aspirin and clopidogrel?"),
        ("patient", "Yes, and the atorvastatin."),
    )
    assert got.get("aspirin") != "active" and got.get("clopidogrel") != "active"
    got = _meds(("clinician", "Are you on warfarin or apixaban?"), ("patient", "Yes, and aspirin."))
    assert not (got.get("warfarin") == "active" and got.get("apixaban") == "active")


def test_review_cases_you_are_on_in_a_condition():
    assert "insulin" not in _meds(("clinician", "As soon as you're on some insulin your sugars will come down."))
    assert "warfarin" not in _meds(("clinician", "Supposing you're on the warfarin long term, we'd check monthly."))
