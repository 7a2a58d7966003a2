"""A bare no answers the yes-or-no question asked last, not the open question of a function before it.

"How's your mood? Feeling down, or hopeless?" "Not really." denies low mood: it never tells a bad mood, and a
denied symptom must never be charted present. A bad answer to the open question still tells the symptom.
"""

from fact_readers import facts, state, symptoms

MOOD = ("depressed mood", "low mood", "depression")


def test_no_to_the_closed_question_denies_low_mood():
    fs = facts("How's your mood? Feeling down, or hopeless, or not enjoying things?", "Not really.")
    assert state(fs, MOOD) == "absent"


def test_no_then_another_sentence_is_still_no():
    fs = facts("How's your mood? Feeling down?", "No. I get stressed with school sometimes.")
    assert state(fs, MOOD) == "absent"


def test_bad_answer_to_the_open_question_still_tells_it():
    assert state(facts("How's your mood?", "Not really good."), MOOD) == "present"
    assert state(facts("How's your mood? Feeling down?", "Yes, low."), MOOD) == "present"


def test_no_that_names_the_function_is_bad():
    # "No energy at all." is no bare no: it tells the fatigue
    assert symptoms(facts("How's your energy? Any tiredness?", "No energy at all.")).get("fatigue") == "present"
