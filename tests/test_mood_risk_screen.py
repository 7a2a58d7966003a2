"""The risk screen of a mood visit in any author's words, and an echo's leaking valve that is no symptom."""

import pytest

from tests.fact_readers import facts


def _symptoms(*turns):
    return {f.label() for f in facts(*turns) if f.kind.name == "symptom"}


@pytest.mark.parametrize(
    ("question", "denied"),
    [
        ("Have you had any thoughts of ending your life, or harming yourself?", "suicidal ideation"),
        ("Any thoughts that life isn't worth living?", "suicidal ideation"),
        ("Ever thought about hurting yourself, or that you'd be better off dead?", "suicidal ideation"),
        ("Any thoughts of hurting anyone else?", "homicidal ideation"),
        ("Have you ever harmed yourself in the past?", "self-harm"),
        ("Have you ever heard voices when nobody is there?", "hallucinations"),
        ("Do you see things other people don't?", "hallucinations"),
        ("Do you feel that people are against you?", "paranoia"),
    ],
)
def test_screen_question_answered_no_is_denied(question, denied):
    assert f"no {denied}" in _symptoms(question, "No, never.")


def test_wanting_to_harm_others_denied_in_one_breath():
    got = _symptoms("No feelings of wanting to harm yourself or hurt others?", "No, nothing like that.")
    assert {"no suicidal ideation", "no homicidal ideation"} <= got


def test_advice_about_such_thoughts_charts_nothing_present():
    got = _symptoms("If you ever have thoughts of hurting yourself, call 988 or come to the ER.", "Okay.")
    assert "suicidal ideation" not in got


def test_hurting_yourself_in_a_fall_is_no_screen():
    got = _symptoms("Did you hurt yourself when you fell?", "No, just my pride.")
    assert not {"no suicidal ideation", "suicidal ideation", "no self-harm", "self-harm"} & got


def test_mitral_regurgitation_is_no_symptom():
    got = _symptoms("The echo shows some moderate mitral regurgitation, that's the murmur I heard.", "Okay.")
    assert "regurgitation" not in got


def test_food_coming_back_up_is_still_regurgitation():
    assert "regurgitation" in _symptoms("Any heartburn?", "Food keeps coming back up into my throat.")


def test_everything_else_okay_denies_the_rest_of_the_list():
    got = _symptoms("Any fever, chills, sore throat, cough?", "I had a little cough. Everything else has been okay.")
    assert {"cough", "no fever", "no chills", "no sore throat"} <= got


def test_no_then_feeling_great_denies_the_whole_list():
    got = _symptoms("Any headaches, fatigue, nausea, vomiting?", "No, I've been feelin' great.")
    assert {"no headache", "no fatigue", "no nausea", "no vomiting"} <= got


def test_no_then_a_symptom_had_is_still_that_symptom():
    got = _symptoms("Any fever or cough?", "No, I have a cough.")
    assert "cough" in got and "no cough" not in got


def test_problems_lying_flat_at_night_is_orthopnea():
    assert "no orthopnea" in _symptoms("Any problems lying flat at night?", "No, nothing like that.")


def test_list_after_anything_else_is_asked_not_told():
    got = _symptoms(
        "Anything else that I might have missed, fever, chills, sore throat, cough?",
        "I had a little nasal congestion. But everything else has been okay.",
    )
    assert {"no fever", "no chills", "no sore throat", "no cough"} <= got
    assert not {"fever", "chills"} & got
