"""Session 10: past surgical history as people date things by it, and questions confirmed by a when."""

import pytest
from fact_readers import facts, history, problems, surgical

OTHER = "other"

# An operation named as the point something else is dated from: the organ or device alone after "since" or
# "after my", or the operation's own name after a possessive.
DATED_BY = [
    (("Any allergies?", "Codeine, it made me sick after my gallbladder."), "cholecystectomy"),
    (("Any allergies?", "I got a rash after my gallbladder surgery, they blamed the morphine."), "cholecystectomy"),
    (("Anything else?", "I've had loose stools ever since my gallbladder came out."), "cholecystectomy"),
    (("Any operations since the appendix?", "No, nothing."), "appendectomy"),
    (("How is he sleeping?", (OTHER, "Badly. Since his bypass he wakes up confused.")), "bypass"),
    (("It's been a month since the heart attack and the stent, how are you feeling?", "Better."), "stent placement"),
    (("How are the knees?", "I can't kneel since my knee replacement."), "knee replacement"),
    (("How is the shoulder?", "Much better since I had that rotator cuff repaired in March."), "rotator cuff repair"),
    (("Any surgeries?", "One C-section, when my son was born."), "cesarean section"),
    (("Tell me about the pain.", "It started after her hysterectomy, she says."), "hysterectomy"),
]


@pytest.mark.parametrize("turns, operation", DATED_BY)
def test_an_operation_that_dates_something_is_past_surgical_history(turns, operation):
    assert operation in surgical(facts(*turns))


NOT_DONE = [
    # a plan, an illness of the organ, a relative's operation, an operation weighed
    ("What happens next?", "We'll see how you do after the knee replacement."),
    ("What happens next?", "After your gallbladder is out you'll feel much better."),
    ("When can I stop the blood thinner?", "That is the cardiologist's call after the ablation."),
    ("Any pain?", "I get it after my gallbladder attacks, mostly at night."),
    ("How is your dad?", "My dad has been slower since his bypass."),
    ("Anything in the family?", "My sister had a lot of pain after her gallbladder surgery."),
    ("Do I need a stent?", "If you need a stent after the angiogram, you'll stay the night."),
    ("Anything in the family?", "Mom had a hysterectomy, and dad a bypass."),
    ("Anything in the family?", "Dad had bypass surgery in his fifties."),
]


@pytest.mark.parametrize("turns", NOT_DONE)
def test_no_operation_of_the_patient_when_planned_or_someone_elses(turns):
    assert not surgical(facts(*turns))


# A question about an operation is confirmed by a yes or by when it was done; a "no" denies it.
CONFIRMED = [
    (("And surgeries, you had the carpal tunnel done?", "Left wrist, about six years ago."), {"carpal tunnel release"}),
    (("You had your gallbladder out?", "Back in 2012."), {"cholecystectomy"}),
    (("You had your tonsils out?", "Yes, as a kid."), {"tonsillectomy"}),
    (("You had your gallbladder out?", "No, that was my sister, in 2012."), set()),
    (("Have you had your appendix out?", "No."), set()),
]


@pytest.mark.parametrize("turns, expected", CONFIRMED)
def test_an_operation_asked_about_is_the_patients_when_confirmed(turns, expected):
    assert surgical(facts(*turns)) == expected


# A child's seizure with a fever, by its household names, is past medical history when told as past.
FEBRILE = [
    (("Any illnesses as a child?", "I had a febrile seizure when I was two."), True),
    (("Anything as a baby?", (OTHER, "She had febrile convulsions as a baby, twice.")), True),
    (("Any fits as a child?", "Just the one fit with a high temperature when I was little."), True),
    (("Any fits with a fever as a baby?", "No, never."), False),
]


@pytest.mark.parametrize("turns, told", FEBRILE)
def test_a_febrile_seizure_told_as_past_is_history(turns, told):
    assert (("febrile seizure", "") in history(facts(*turns), "past_medical")) is told


# Diabetes in lay words with a measure word: "a bit of sugar" like "a touch of sugar"; sugar in the tea is food.
SUGAR = [
    (("Any medical problems?", "I've got a bit of sugar, and the blood pressure."), True),
    (("Any medical problems?", "A little bit of sugar, the doctor says."), True),
    (("How do you take your tea?", "I take a bit of sugar in my tea."), False),
]


@pytest.mark.parametrize("turns, diabetic", SUGAR)
def test_a_bit_of_sugar_is_diabetes(turns, diabetic):
    assert ("type 2 diabetes" in problems(facts(*turns))) is diabetic


# "Depressed" said of how one feels or by degree is the mood (a symptom), not the disorder; a diagnosis stays.
# The rule that dropped the disorder was taken back in review (03278f3): no reader charted the mood as a symptom
# instead, so the patient's words left nothing in the note. Wanted: the mood as a symptom.
MOOD = [
    # read as the low mood since "a bit" no longer hides "feeling depressed" (tests/test_probe_symptoms.py)
    (("How are you holding up?", "Feeling a bit depressed about it all, to be honest."), False),
    pytest.param(
        ("How is your mood?", "Kind of depressed, since the news."),
        False,
        marks=pytest.mark.xfail(strict=True, reason="mood as a symptom not read yet; charted as depression"),
    ),
    (("Any history?", "I was diagnosed with depression two years ago and I'm on sertraline."), True),
]


@pytest.mark.parametrize("turns, disorder", MOOD)
def test_feeling_depressed_is_no_depression_diagnosis(turns, disorder):
    assert ("depression" in problems(facts(*turns))) is disorder


# A finding of a test done years ago is past history, not today's problem; a finding today is a problem.
def test_a_finding_of_a_test_years_ago_is_past_history():
    fs = facts("Tell me about the scope.", "The colonoscopy about four years ago showed I had diverticulosis.")
    assert ("diverticulosis", "") in history(fs, "past_medical") and "diverticulosis" not in problems(fs)
    fs = facts("What did the CT show?", "The scan today showed you have diverticulosis.")
    assert "diverticulosis" in problems(fs)
