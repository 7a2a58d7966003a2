"""Problem wordings any author may use: a diagnosis said to look "very much like" something, a neuropathy
told as diabetes' doing, a risk warned of with "can get", and gestational diabetes said again as "the
diabetes"."""

from fact_readers import facts, problems


def test_looks_very_much_like_is_a_diagnosis():
    fs = facts(
        "So what is it, doctor?",
        "It looks very much like typhoid fever from the story and the examination.",
        speakers=["patient", "clinician"],
    )
    assert "typhoid fever" in problems(fs)


def test_started_like_a_cold_is_still_a_comparison():
    fs = facts("When did it start?", "It started like a pneumonia, with the cough, but it went away.")
    assert "pneumonia" not in problems(fs)


def test_neuropathy_from_the_sugar_is_diabetic():
    fs = facts(
        "Any numbness in the feet?",
        "Yes, tingling at night.",
        "That's early nerve damage from the sugar, what we call neuropathy.",
    )
    got = problems(fs)
    assert "diabetic peripheral neuropathy" in got and "polyneuropathy" not in got


def test_neuropathy_without_diabetes_stays_plain():
    fs = facts("Any numbness?", "Yes.", "You have a neuropathy, maybe from the chemotherapy.")
    assert "diabetic peripheral neuropathy" not in problems(fs)


def test_can_get_dehydrated_is_a_warning_not_a_diagnosis():
    fs = facts("Can I fast?", "I'd advise not, long fasts can make your sugars drop and you can get dehydrated.")
    assert "dehydration" not in problems(fs)


def test_may_have_pneumonia_is_still_a_hedged_diagnosis():
    fs = facts("What is it?", "You may have pneumonia, so we'll get a chest x-ray.")
    assert "pneumonia" in problems(fs)


def test_the_diabetes_in_pregnancy_is_the_gestational_one():
    fs = facts(
        "What brings you in?",
        "It's about the diabetes in pregnancy, the metformin upsets my stomach.",
        "Your glucose test at twenty eight weeks showed gestational diabetes.",
    )
    got = problems(fs)
    assert "gestational diabetes" in got and "type 2 diabetes" not in got


def test_a_relatives_diabetes_is_never_the_patients_problem():
    fs = facts("Anyone in the family with diabetes?", "My mum has diabetes.")
    assert "type 2 diabetes" not in problems(fs)
