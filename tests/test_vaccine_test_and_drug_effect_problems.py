"""A disease named as a vaccine or a test's target, or as a drug's effect, is no diagnosis of the patient."""

from fact_readers import facts, problems


def test_a_vaccine_named_by_its_disease():
    assert "tetanus" not in problems(facts("Now the tetanus, that's a Tdap, in the right arm.", "Okay."))
    said = facts("And his immunisations, all done?", ("other", "All. The card is here. Even measles."))
    assert "measles" not in problems(said)


def test_a_blood_test_for_a_disease():
    assert "celiac disease" not in problems(facts("I'll order a celiac blood test today.", "Okay."))


def test_a_drugs_effect_warned_of():
    assert "type 2 diabetes" not in problems(facts("Prednisone can raise blood sugar too, so I'll add an A1c.", "Ok."))


def test_the_patients_own_disease_stays():
    # negative cases: an answer that goes on to the patient's own, and a disease told as the patient's
    assert "asthma" in problems(facts("Any vaccines due?", "No. I have asthma though."))
    assert "tetanus" in problems(facts("You have tetanus, that is serious.", "Okay."))
    assert "type 2 diabetes" in problems(facts("Any medical problems?", "I have diabetes."))
