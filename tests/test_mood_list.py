"""A review of mood asked as bare items, and a yes that compares with before ("like I used to") is about now."""

from fact_readers import facts, symptoms


def test_low_mood_asked_as_bare_items_and_denied():
    got = symptoms(facts("And your mood? Low, sad, or losing interest in things?", "No, I'm all right."))
    assert got == {"depressed mood": "absent", "anhedonia": "absent"}


def test_the_screening_questions_own_words():
    got = symptoms(facts("Little interest or pleasure in doing things?", "Yeah, a fair bit."))
    assert got.get("anhedonia") == "present"


def test_like_i_used_to_compares_and_is_now():
    got = symptoms(facts("Do you feel down most days?", "Most days, yeah, I can't get out like I used to."))
    assert got.get("depressed mood") == "present"
