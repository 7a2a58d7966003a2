"""A test's earlier value said after today's: "back in the autumn it was ...", "last year yours was ...", and the
number first, "8.3 last time" (earlier_results.py)."""

from engine.types import FactKind
from tests.fact_readers import facts


def _values(*turns):
    return sorted(
        (f.name, f.attributes.get("value")) for f in facts(*turns) if f.kind == FactKind.result and f.name == "tsh"
    )


def test_back_in_a_season_is_an_earlier_value():
    got = _values(("clinician", "Your TSH came back at 3.9. Back in the autumn it was 6.2, so it's better."))
    assert got == [("tsh", "3.9"), ("tsh", "6.2")]


def test_yours_is_the_test_just_given():
    got = _values(("clinician", "The TSH came back at 3.9. Last year yours was 6.2."))
    assert ("tsh", "6.2") in got


def test_the_number_first_after_a_reply_of_two_sentences():
    got = _values(
        ("clinician", "Your TSH is 3.9."),
        ("patient", "Three point nine. It was higher before, no?"),
        ("clinician", "6.2 last time, yes. So it's come down."),
    )
    assert ("tsh", "6.2") in got


def test_a_number_said_again_with_no_time_is_no_earlier_value():
    assert _values(("clinician", "Your TSH is 3.9. It was 3.9, so that's fine.")) == [("tsh", "3.9")]
