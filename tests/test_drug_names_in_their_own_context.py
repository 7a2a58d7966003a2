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
