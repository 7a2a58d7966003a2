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
