"""Results told in the plain words of ACI-Bench specialty visits (session 16):

- a test done elsewhere ("they did a rapid covid test when you came in here and that was negative") is not
  ordered here, but what it showed is this patient's result;
- a study that "looks quite good" or a level that "looks stable", the pronoun pointing back at the study
  ("everything looks really good" sums up more than one test and stays unread);
- what a study "showed that you had";
- the words after "who" in a history list ("prior colonoscopy who presents today for an abnormal lab") are
  no result of the test named before them.

A test still to be done is never a result, whatever is hoped for it.
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def of(kind, *turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == kind}


@pytest.mark.parametrize(
    "line, name, value",
    [
        (
            "i saw that they did a rapid covid test when you came in here and that was negative so that's good",
            "covid test",
            "negative",
        ),
        ("they did a chest x-ray in the er and it came back clear.", "chest x-ray", "clear"),
        (
            "so your pfts , those are your breathing studies , and those look quite good , so we'll add an inhaler",
            "pulmonary function tests",
            "normal",
        ),
        ("your creatinine level looks stable.", "creatinine", "stable"),
        (
            "you had a colonoscopy about three years ago and that showed that you had some mild diverticulosis .",
            "colonoscopy",
            "some mild diverticulosis",
        ),
    ],
)
def test_a_result_said_plainly_is_charted(line, name, value):
    got = of(FactKind.result, line, "Okay.")
    assert got.get(name) == value
    assert name not in of(FactKind.order, line, "Okay.")


def test_done_elsewhere_with_nothing_told_is_neither_order_nor_result():
    line = "they did bloods and an ecg in the out of hours."
    assert of(FactKind.result, line, "Okay.") == {}
    assert of(FactKind.order, line, "Okay.") == {}


def test_the_words_after_who_are_not_the_tests_result():
    line = (
        "so , she is a 49-year-old female with a past medical history significant for kidney stones and prior "
        "colonoscopy who presents today for an abnormal lab finding ."
    )
    assert "colonoscopy" not in of(FactKind.result, line, "Okay.")


@pytest.mark.parametrize(
    "line",
    [
        "we'll get an mri and hopefully that looks really good.",
        "they'll do an mri and if that is normal we stop.",
    ],
)
def test_a_planned_test_is_never_a_result(line):
    assert "mri" not in of(FactKind.result, line, "Okay.")
