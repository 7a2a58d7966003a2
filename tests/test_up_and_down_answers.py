"""An answer that says a function keeps changing: "up and down" mood is mood swings (not a low mood), periods
"all over the place" are irregular; crying set off by what would not before is tearfulness."""

from fact_readers import facts, symptoms


def test_mood_up_and_down_is_mood_swings_not_low_mood():
    got = symptoms(facts("And how's your mood been through all this?", "Up and down."))
    assert got.get("mood swings") == "present"
    assert "depressed mood" not in got


def test_mood_down_is_still_low_mood():
    assert symptoms(facts("How's your mood?", "Pretty down."))["depressed mood"] == "present"


def test_periods_all_over_the_place_are_irregular():
    got = symptoms(facts("What are your periods doing?", "All over the place. Three months with nothing."))
    assert got["irregular periods"] == "present"


def test_periods_regular_tells_nothing_irregular():
    assert "irregular periods" not in symptoms(facts("What are your periods doing?", "Regular as clockwork."))


def test_sleep_up_and_down_is_not_a_mood_or_period():
    got = symptoms(facts("How are you sleeping?", "Up and down."))
    assert "mood swings" not in got and "irregular periods" not in got


def test_crying_at_adverts_is_tearfulness():
    assert symptoms(facts("How are you?", "I'm crying at adverts on the telly."))["tearfulness"] == "present"


def test_no_crying_at_the_news_is_denied():
    assert symptoms(facts("How are you?", "I'm not crying at the news or anything."))["tearfulness"] == "absent"
