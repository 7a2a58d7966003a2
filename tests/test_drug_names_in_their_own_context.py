"""A drug's own words are not talk of medicines, and advice the patient refused is no drug taken."""

from tests.fact_readers import facts, meds


def test_a_vitamin_named_after_its_test_is_not_a_supplement_taken():
    got = meds(
        facts(
            "I'll also send bloods: thyroid, a blood count, vitamin D and B12.",
            "Vitamin D, everyone round here is low, no?",
            "It's very common, yes.",
        )
    )
    assert "ergocalciferol" not in got


def test_a_vitamin_the_patient_takes_is_still_read():
    got = meds(facts("Anything else you take?", "I have vitamin D every day in the winter."))
    assert "ergocalciferol" in got


def test_advice_a_relative_gave_and_the_patient_refused_is_not_taken():
    turns = [
        ("clinician", "Has she taken anything for the heartburn?"),
        ("other", "I told her to take some Gaviscon, but she is scared of it in the pregnancy."),
        ("clinician", "That's sensible to ask about first."),
    ]
    assert not meds(facts(*turns))


def test_advice_taken_and_found_weak_stays_a_drug():
    got = meds(facts("Anything for the pain?", "They told me to take the naproxen with food and I do, twice a day."))
    assert "naproxen" in got


def test_approving_that_a_drug_was_not_taken_is_no_drug_taken():
    turns = [
        ("clinician", "Anything for the indigestion?"),
        ("other", "I told her to take some Gaviscon, but she is scared to."),
        ("clinician", "She was right not to take the Gaviscon without asking, but it is safe in pregnancy."),
    ]
    assert "sodium alginate/sodium bicarbonate/calcium carbonate" not in meds(facts(*turns))


def test_an_iron_supplement_is_the_patients_oral_iron_not_a_kind_of_product():
    assert "ferrous sulfate" in meds(facts("Are you still on an iron supplement?", "Yes, every morning."))
    assert "calcium" in meds(facts("Anything else?", "I take a calcium supplement at night."))


def test_an_iron_supplement_put_off_is_not_taken():
    got = meds(facts("We could add an iron supplement later if the ferritin stays low.", "Okay."))
    assert "ferrous sulfate" not in got


def test_a_start_said_without_the_name_doses_the_drug_just_explained():
    got = meds(facts("I'd like to try sertraline. It helps mood. I'll start you on 50 mg daily.", "Okay."))
    assert got["sertraline"]["dose"] == "50 mg"


def test_a_start_that_names_its_own_drug_leaves_the_one_before_alone():
    got = meds(facts("Your lisinopril stays the same. I'll start you on 20 mg of atorvastatin.", "Okay."))
    assert got["atorvastatin"]["dose"] == "20 mg"
    assert "dose" not in got.get("lisinopril", {})
