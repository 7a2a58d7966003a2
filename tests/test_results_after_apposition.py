"""Results said after a lay name glossed by the test's own name (session 13, a Canadian diabetes review).

"Your kidney function, the eGFR, is fifty-eight, and the albumin-to-creatinine ratio is four point two": the
clause "is 58," after the apposition's comma was read as a question ("is ..." opens one), and every result after
it in the sentence was dropped. A verb followed by its value tells; a real question still asks.
"""

import pytest
from fact_readers import facts

from engine.clinical.sentences import split
from engine.evaluation import text_transcript
from engine.types import FactKind


def results(*turns):
    """name -> value of the results charted."""
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.result}


@pytest.mark.parametrize(
    "line, name, value",
    [
        (
            "Your kidney function, the eGFR, is fifty-eight, and there's a bit of protein in the urine, "
            "the albumin-to-creatinine ratio is four point two.",
            "urine albumin to creatinine ratio",
            "4.2",
        ),
        ("Your kidney function, the eGFR, is fifty-eight, and the LDL is two point four.", "ldl", "2.4"),
    ],
)
def test_results_after_an_apposed_value_are_charted(line, name, value):
    got = results(line, "Okay.")
    assert got.get("egfr") == "58"
    assert got.get(name) == value


def test_a_verb_before_its_value_is_no_question():
    s = split(text_transcript([("clinician", "Your kidney function, the eGFR, is fifty-eight, and the LDL is 2.4.")]))
    assert not any(q for _, _, q in s[0].clauses)


def test_a_question_about_a_test_still_asks():
    # a question is no result, whatever number it carries
    got = results("Was the LDL checked, is it done?", "I don't know.")
    assert "ldl" not in got
    s = split(text_transcript([("clinician", "And the kidney function, is it normal?")]))
    assert s[0].question_at(len(s[0].low) - 3)
