"""Nocturia told by a count of nights' risings to a question that asked it, and weight change with the
weight as its subject: phrasings of many Englishes (Caribbean, South African, Indian, Northern English)."""

from engine.types import FactKind
from tests.fact_readers import facts


def _symptoms(*turns):
    return {(f.name, f.negated) for f in facts(*turns) if f.kind == FactKind.symptom}


def test_nocturia_counted_in_a_list_answer():
    got = _symptoms("Thirsty a lot? Up at night to wee?", "Thirsty, ja, the whole day. At night I get up two times.")
    assert ("nocturia", False) in got


def test_nocturia_counted_alone():
    assert ("nocturia", False) in _symptoms("Getting up at night to pass urine?", "One time, two time at night.")


def test_nocturia_unpunctuated_answer():
    got = _symptoms(
        "more thirst more urination getting up at night to pass urine",
        "yes thirst is there and i get up two three times",
    )
    assert ("nocturia", False) in got


def test_nocturia_said_with_dialect_and_for_a_wee():
    assert ("nocturia", False) in _symptoms(("patient", "Mi up in the night fi pass water, four, five times."))
    assert ("nocturia", False) in _symptoms(("patient", "And I'm up three times a night for a wee."))


def test_nocturia_denied_stays_denied():
    got = _symptoms("Getting up at night to pee?", "No, I sleep through.")
    assert ("nocturia", True) in got and ("nocturia", False) not in got


def test_waking_counted_without_the_question_is_not_nocturia():
    assert "nocturia" not in {n for n, _ in _symptoms(("patient", "I wake up three times a night."))}


def test_weight_as_subject():
    assert ("weight gain", False) in _symptoms(("patient", "My weight has increased two kilos."))
    assert ("weight loss", False) in _symptoms(("patient", "My weight has gone down by 3 pounds."))


def test_put_without_on():
    got = _symptoms("Any weight loss you've noticed?", "No, opposite. Maybe I put two kilo since summer.")
    assert ("weight gain", False) in got and ("weight loss", False) not in got


def test_put_something_else_is_no_weight():
    assert not _symptoms(("patient", "I put the kettle on."))
