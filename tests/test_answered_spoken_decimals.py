"""A result's value told in answer to the clinician's question without its "point" ("eight six", "seven-four"),
and a value half remembered ("seven point something") that is no value."""

from engine.types import FactKind
from tests.fact_readers import facts


def _results(*turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.result}


def test_digits_said_without_point():
    found = _results("And the HbA1c, the three-month sugar test?", "That also we did. Eight six it is showing.")
    assert found.get("hemoglobin a1c") == "8.6"


def test_hyphened_words_after_a_vague_guess():
    found = _results(
        "You know what your last A1c was?",
        "Doc said it was seven point something back in the spring. Seven-four, I think.",
    )
    assert found.get("hemoglobin a1c") == "7.4"


def test_said_with_point_unchanged():
    found = _results("And the HbA1c?", "Eight point six it is showing.")
    assert found.get("hemoglobin a1c") == "8.6"


def test_vague_value_alone_is_not_charted():
    # "seven point something" is no result: nothing to chart, and never the whole number 7
    found = _results("What was your last A1c?", "I think it was seven point something.")
    assert "hemoglobin a1c" not in found


def test_a_count_is_not_a_decimal():
    # "2 3 times a day" is a count of doses, never the value 2.3
    found = _results("And the HbA1c?", "Not done. I take the metformin two three times a day.")
    assert found.get("hemoglobin a1c") != "2.3"
