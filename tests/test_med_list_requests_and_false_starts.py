"""A request for the medicine list is a question; a name cut off and said again takes the verb before it."""

from tests.fact_readers import facts


def _meds(found):
    return sorted(f.label() for f in found if f.kind.value == "medication")


def test_a_request_for_the_list_is_answered_by_names():
    found = facts(
        "Remind me what inhalers you're on just now.", "The blue one, the Ventolin. The Spiriva, in the morning."
    )
    assert _meds(found) == ["albuterol (active)", "tiotropium every morning (active)"]


def test_a_request_about_something_else_makes_no_drug_of_a_past_dose():
    found = facts("Tell me about the rash.", "It came up after the course of amoxicillin I finished last month.")
    assert all(f.attributes.get("status") != "active" for f in found if f.kind.value == "medication")


def test_a_name_cut_off_and_said_again_takes_the_stop_before_it():
    found = facts(
        "And the water pill?", "I stopped the water pill. The hydrochloro... hydrochlorothiazide. Too much peeing."
    )
    assert _meds(found) == ["hydrochlorothiazide (stopped)"]
