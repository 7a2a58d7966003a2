"""A result given in the answer: "the last one was 7.4" (the "one" is no value), "seven point something ...
seven-four" (an A1c said digit by digit), and "six-eight weeks ago", which is no value."""

import pytest
from fact_readers import facts

from engine.types import FactKind


def _results(fs):
    return {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}


@pytest.mark.parametrize(
    ("question", "answer", "name", "value"),
    [
        (
            "You know what your last A1c was?",
            "Doc said it was seven point something back in the spring. Seven-four, I think.",
            "hemoglobin a1c",
            "7.4",
        ),
        (
            "Where's your A1c been?",
            "Last one was — seven point four? Dr. Okoro said seven point four.",
            "hemoglobin a1c",
            "7.4",
        ),
        ("What was your TSH?", "The last one was two point one.", "tsh", "2.1"),
        ("What was your last A1c?", "Seven.", "hemoglobin a1c", "7"),
    ],
)
def test_value_in_the_answer(question, answer, name, value):
    assert _results(facts(question, answer)).get(name) == value


@pytest.mark.parametrize(
    "answer", ["It was done six-eight weeks ago.", "Um, one-two weeks ago they did it, I don't know."]
)
def test_a_span_of_weeks_is_no_a1c(answer):
    assert "hemoglobin a1c" not in _results(facts("What was your A1c?", answer))
