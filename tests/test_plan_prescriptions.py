"""A drug the clinician first names in the plan, with how to take it and no verb of starting, is started."""

from tests.fact_readers import facts

HISTORY = (
    "What brings you in today?",
    "My knee has been hurting for a month.",
    "Any swelling?",
    "A little, in the evenings.",
    "Any other medical problems?",
    "No, nothing.",
    "Any allergies?",
    "None.",
)


def _status(found, name):
    return [f.attributes.get("status") for f in found if f.kind.value == "medication" and f.name == name]


def test_a_drug_named_in_the_plan_after_plan_talk_is_started():
    found = facts(
        *HISTORY,
        "We need something to settle the pain.",
        "What is it?",
        "Meloxicam. 15 milligrams once a day with food.",
        "Okay.",
    )
    assert _status(found, "meloxicam") == ["started"]


def test_a_drug_the_patient_talks_about_is_theirs_not_new():
    found = facts(
        *HISTORY,
        "We need something to settle the pain.",
        "What is it?",
        "Meloxicam. 15 milligrams once a day with food.",
        "Oh, I have meloxicam at home already.",
    )
    assert _status(found, "meloxicam") == ["active"]


def test_a_medicine_list_read_early_in_the_visit_stays_active():
    found = facts(
        "Let's go over your medicines. Let's see. Amlodipine 5 milligrams once a day.",
        "Yes.",
        *HISTORY,
    )
    assert _status(found, "amlodipine") == ["active"]


def test_without_plan_talk_a_late_drug_stays_as_said():
    found = facts(
        *HISTORY,
        "So the knee looks fine.",
        "Good.",
        "Amlodipine 5 milligrams once a day.",
        "Yes, that's right.",
    )
    assert _status(found, "amlodipine") == ["active"]


def test_new_wordings_of_prescribing_are_starts():
    for said in (
        "I'll pop a prescription through for naproxen 500 milligrams twice a day.",
        "Let's trial omeprazole 20 milligrams before breakfast.",
        "We'll commence you on ramipril 2.5 milligrams once daily.",
        "I'm sending your pharmacy a prescription for montelukast 10 milligrams at night.",
    ):
        found = facts(said, "Okay.")
        assert [f.attributes["status"] for f in found if f.kind.value == "medication"] == ["started"], said
