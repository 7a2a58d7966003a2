"""The clinician's short question about the patient's known work, its subject left off: "Still at the trucking
company?", "Still working at the supermarket?", "Still the dispatcher job?". A no to it charts no job, and
"still at the hospital?" asks where a patient is kept, not where they work."""

from fact_readers import facts

from engine.types import FactKind


def _occupation(fs):
    return next((f.attributes["value"] for f in fs if f.kind == FactKind.history and f.name == "occupation"), None)


def test_still_at_the_company():
    fs = facts("Still at the trucking company?", "Still dispatching. Sitting on my butt all day on the phone.")
    assert _occupation(fs) == "works at trucking company"


def test_still_working_at_a_shop_word():
    assert _occupation(facts("Still working at the supermarket?", "Yes, on the cash. Standing whole day.")) == (
        "works at supermarket"
    )
    assert _occupation(facts("Are you still working at the salon?", "Ja, doing hair. Standing the whole day.")) == (
        "works at salon"
    )


def test_still_the_named_job():
    assert _occupation(facts("Still the dispatcher job?", "Oui, dispatcher for the trucking company.")) == "dispatcher"


def test_a_no_charts_no_job():
    assert _occupation(facts("Still at the trucking company?", "No, not anymore.")) is None


def test_still_in_hospital_is_no_work():
    assert _occupation(facts("Are you still at the hospital?", "Yes.")) is None
    assert _occupation(facts("Still on the lisinopril?", "Yes, every morning.")) is None
