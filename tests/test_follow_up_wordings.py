"""The next visit said in wordings the interval patterns missed: British "book in", the interval first
without its "in", the patient by name, a trailed-off "in ...", "we come back when?", "no need to see you
back unless", and a longer test named in a recheck."""

from engine.types import FactKind
from tests.fact_readers import facts


def _follow_up(*turns):
    return [f.attributes["interval"] for f in facts(*turns) if f.kind == FactKind.follow_up]


def test_book_in_with_the_practice_nurse():
    said = "I'd like you to book in with the practice nurse in three months for a blood pressure check."
    assert _follow_up(said) == ["3 months"]
    assert _follow_up("Book in three months with Mélanie at the front, and call if you have any problem.") == [
        "3 months"
    ]


def test_booking_a_test_is_no_visit():
    assert _follow_up("Could you book in with the nurse for your smear as well?") == []


def test_interval_said_first():
    assert _follow_up("and then finally three weeks i'd like you to return and bring the readings") == ["3 weeks"]


def test_interval_of_a_course_is_no_visit():
    assert _follow_up("take it for three weeks i'd like you to return the empty packet") == []


def test_patient_by_name():
    assert _follow_up("I'd like to see Nia in three weeks.") == ["3 weeks"]


def test_seeing_an_improvement_is_no_visit():
    assert _follow_up("You should see improvement in three weeks.") == []


def test_trailed_off_in():
    assert _follow_up("so the nurse will be in soon . and i'll be in touch with you in ... in a day or so .") == [
        "1 day"
    ]


def test_when_asked_with_when_last():
    assert _follow_up(
        ("patient", "Okay. And we come back when?"),
        ("clinician", "Two weeks, with the blood results, or sooner if the clinic has seen her."),
    ) == ["2 weeks"]


def test_see_again_next_week():
    assert _follow_up("i'll call her son this afternoon i'll see her again next week on rounds") == ["1 week"]


def test_recheck_of_two_tests_then_review():
    said = "I'd like Janet to repeat your HbA1c and kidney function in three months, then see you afterwards."
    assert _follow_up(said) == ["3 months"]


def test_no_need_to_see_you_back_unless():
    said = "i actually do n't need to see you back unless you want to check in with me or have any problems ."
    assert _follow_up(said) == ["as needed"]


def test_a_visit_that_was_is_none():
    assert _follow_up("I had a review with the nurse two weeks ago.") == []
