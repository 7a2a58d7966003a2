"""Misreadings an independent review found in the batch-20 symptom readings, each reproduced first."""

import pytest
from fact_readers import facts, symptoms

OTHER = "other"


def test_a_little_of_another_complaint_leaves_the_asked_one_denied():
    got = symptoms(facts("Any chest pain?", "No. Maybe a little heartburn after spicy food."))
    assert got.get("chest pain") == "absent"


def test_maybe_once_months_ago_is_no_take_back():
    assert symptoms(facts("Any fevers?", "Nope. Maybe once, back in March.")).get("fever") != "present"


def test_the_exertion_echoed_as_a_question_then_no_is_no_yes():
    got = symptoms(facts("Do you get short of breath?", "On the stairs? No, not at all."))
    assert got.get("shortness of breath") != "present"


def test_a_relative_before_the_yeah_is_no_yes_of_the_patient():
    got = symptoms(facts("Any chest pain?", "My dad yeah, he had chest pain before his bypass."))
    assert got.get("chest pain") != "present"


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Can you walk me through what happened that night?", "Not really, it's all a blur.", "difficulty walking"),
        ("Can you focus on my finger and follow it?", "No, it's a bit blurry.", "difficulty concentrating"),
        ("Where do you feel the pain, high, low, or in the middle?", "Low, yes, near my tailbone.", "depressed mood"),
        ("Do you want to talk about anxiety treatment options today?", "Yes.", "anxiety symptoms"),
        ("Do you feel dizzy?", "Yes, lightheaded when I get up too fast.", "dizziness"),
    ],
)
def test_words_that_only_look_like_the_asked_complaint(question, answer, name):
    assert name not in symptoms(facts(question, answer))


def test_a_flutter_on_the_ecg_is_no_palpitation_felt():
    got = symptoms(facts("Your ECG shows what looks like a flutter, so I'm going to refer you to cardiology."))
    assert "palpitations" not in got


def test_a_companion_speaking_of_another_relative():
    got = symptoms(facts((OTHER, "Her grandpa lives with us. Since his stroke he can't walk.")))
    assert "difficulty walking" not in got
    assert "difficulty raising arm" in symptoms(facts((OTHER, "She can't lift her arm above her head.")))
