"""The scorer reads an annotated habit's time: "tried to quit" is still the habit, "none now" is given up."""

from engine.fact_scoring import same_habit


def test_tried_to_quit_is_current():
    assert same_habit("half a pack a day, tried to quit cold turkey in 1998", "yes")
    assert not same_habit("half a pack a day, tried to quit cold turkey in 1998", "former")


def test_none_now_is_former():
    assert same_habit("cannabis years ago, none now", "former")
    assert not same_habit("cannabis years ago, none now", "yes")


def test_denial_still_apart():
    assert not same_habit("denies", "former")
