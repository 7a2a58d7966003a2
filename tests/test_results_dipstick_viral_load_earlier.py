"""Results said in three shapes rules missed on new authors' visits (session 15, round 4).

- A urine dipstick read out pad by pad ("Urine dip: no protein, no sugar."): one result per pad.
- A viral load below what the assay reads ("your last viral load was lower than detectable").
- A test's earlier value said after today's, with no test named ("In the spring it was seven point one").

A dipstick or a viral load asked for today is an order, never a result; "it was 7.4" with no time in the past
may only repeat today's value.
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def results(*turns):
    """(name, value) of each result charted."""
    return [(f.name, f.attributes.get("value")) for f in facts(*turns) if f.kind == FactKind.result]


def orders(*turns):
    return [f.name for f in facts(*turns) if f.kind == FactKind.order]


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Urine dip: no protein, no sugar.",
            {("urine dipstick protein", "negative"), ("urine dipstick glucose", "negative")},
        ),
        (
            "Your urine dipstick, no protein, no sugar. That's good.",
            {("urine dipstick protein", "negative"), ("urine dipstick glucose", "negative")},
        ),
        (
            "Alright, your urine dip's back. Positive leukocytes, positive nitrites, and a trace of blood.",
            {
                ("urine dipstick leukocytes", "positive"),
                ("urine dipstick nitrites", "positive"),
                ("urine dipstick blood", "trace"),
            },
        ),
        (
            "The dipstick was negative for protein and glucose.",
            {("urine dipstick protein", "negative"), ("urine dipstick glucose", "negative")},
        ),
        (
            "Dipstick showed protein two plus, glucose negative.",
            {("urine dipstick protein", "2+"), ("urine dipstick glucose", "negative")},
        ),
    ],
)
def test_a_dipstick_is_charted_pad_by_pad(line, expected):
    assert set(results(line, "Okay.")) == expected


@pytest.mark.parametrize(
    "line",
    [
        "I'll do a urine dip to make sure there's no protein.",
        "We'll check a urine dipstick for protein and sugar today.",
        "The urine dipstick today will show us if there is any blood.",
    ],
)
def test_a_dipstick_asked_for_is_no_result(line):
    assert not [n for n, _ in results(line, "Okay.") if "dipstick" in n]


@pytest.mark.parametrize(
    "line, value",
    [
        (
            "Okay. Your last viral load, from January, was lower than detectable. That's very good.",
            "lower than detectable",
        ),
        ("Your viral load was undetectable.", "undetectable"),
    ],
)
def test_a_viral_load_below_the_assay_is_a_result(line, value):
    assert ("hiv viral load", value) in results(line, "Okay.")


def test_a_viral_load_due_is_an_order_not_a_result():
    line = "And your viral load is due, so we'll do that also. If it's undetectable we can space the visits out."
    assert not [n for n, _ in results(line, "Okay.") if "viral load" in n]
    assert "hiv viral load" in orders(line, "Okay.")


@pytest.mark.parametrize(
    "turns, name, values",
    [
        (
            ("The A1c is seven point nine percent. In the spring it was seven point one, so it's going up.", "Okay."),
            "hemoglobin a1c",
            {"7.9 percent", "7.1"},
        ),
        (
            ("Your hemoglobin is ten point eight. It was nine point one when we started.", "Good."),
            "hemoglobin",
            {"10.8", "9.1"},
        ),
        (
            ("and the hba1c eight point six hmm", "Yes.", "last time in march it was seven point four na", "Yes."),
            "hemoglobin a1c",
            {"8.6", "7.4"},
        ),
    ],
)
def test_an_earlier_value_after_todays_is_charted_beside_it(turns, name, values):
    assert {v for n, v in results(*turns) if n == name} == values


@pytest.mark.parametrize(
    "line",
    [
        "Your A1c is 8.2. It was 8.2 last time too.",  # the same number: nothing earlier to chart
        "Your A1c is 8.2. It was 7.5, I think.",  # no time in the past: may be today's value again
        "We'll check your A1c today. Last time it was 7.4.",  # no result given today to point back to
    ],
)
def test_no_earlier_value_without_a_past_and_a_result_today(line):
    assert len([n for n, _ in results(line, "Okay.") if n == "hemoglobin a1c"]) <= 1
