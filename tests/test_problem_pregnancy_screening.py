"""Problems said without their name: a pregnancy told by its weeks; and what is no diagnosis: a screening
question every patient gets ("we always ask about TB"), "boil" the verb."""

from engine.types import FactKind
from tests.fact_readers import facts


def _problems(*turns):
    return {f.name for f in facts(*turns) if f.kind == FactKind.problem}


def test_weeks_along_today_is_a_pregnancy():
    got = _problems(
        "Let me look at your card. You're twenty-eight weeks today. How is the baby moving?",
        "She's kicking a lot.",
    )
    assert "pregnancy" in got


def test_weeks_pregnant_said_by_the_patient():
    assert "pregnancy" in _problems("What brings you in?", "I'm 12 weeks pregnant and I keep vomiting.")


def test_weeks_as_a_wait_or_a_baby_age_is_no_pregnancy():
    assert "pregnancy" not in _problems("Come back if you're not better in two weeks.", "Okay.")
    assert "pregnancy" not in _problems(
        "How old is the baby now? Is she feeding well?", "She's six weeks old, and yes, after my pregnancy I'm fine."
    )


def test_past_pregnancy_weeks_is_no_pregnancy_today():
    assert "pregnancy" not in _problems(
        "Any losses?", "Yes, I lost one when I was ten weeks, before my son. I'm not pregnant now."
    )


def test_routine_screening_question_is_no_diagnosis():
    got = _problems("We always ask about TB. Any cough, sweating at night?", "No cough, no sweats.")
    assert "tuberculosis" not in got


def test_tb_the_patient_has_is_still_charted():
    assert "tuberculosis" in _problems("So this is tuberculosis, and we'll start treatment today.", "Okay, doctor.")


def test_boil_the_verb_is_no_abscess():
    assert "boil" not in _problems("How do you take the bush tea?", "Him boil it strong, doctor, every night.")


def test_a_boil_on_the_skin_is_charted():
    assert "boil" in _problems("What's the problem today?", "I have a boil on my thigh, it's very painful.")


def test_hiv_said_by_the_patients_own_arvs():
    got = _problems("And your ARVs, you're still taking the one tablet at night?", "Yes, the TLD, every night.")
    assert "hiv" in got


def test_a_partners_arvs_are_not_the_patients_hiv():
    got = _problems("Does your husband take any medicines?", "My husband is on ARVs, for some years now.")
    assert "hiv" not in got
