"""Orders said in the shapes session 13 found missed (Gulf, Eastern European and Canadian visits).

The classes: a generic blood test whose purpose comes before the colon that lists it; a list said aloud that goes
on with a plain "and a" after what the last test is for; a lay test name glossed at once by the test's own name
("a urine test for protein, the acr"); GP short names ("the kidney test", "a cholesterol check"); the urine
albumin ratio written with hyphens; and a service asked to see the patient ("the foot care nurse to look after
that callus"). Each has a case that must not be charted.
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def orders(*turns):
    """The names of the orders charted from the turns (clinician first, then patient by position)."""
    return {f.name for f in facts(*turns) if f.kind == FactKind.order}


def results(*turns):
    """name -> value of the results charted."""
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind == FactKind.result}


@pytest.mark.parametrize(
    "line, wanted",
    [
        (
            "I'll also do some bloods to rule out physical causes: thyroid, full blood count, vitamin D and B12.",
            {"full blood count", "vitamin d", "vitamin b12"},
        ),
        ("I'll do some bloods for your tiredness: a full blood count and ferritin.", {"full blood count", "ferritin"}),
        (
            "i'm also ordering blood work a cbc a metabolic panel for your sodium and kidneys and a vitamin d level",
            {"complete blood count", "vitamin d"},
        ),
        (
            "I'm also going to send a urine test for protein, the ACR, and a cholesterol check.",
            {"urine albumin to creatinine ratio", "lipid panel"},
        ),
        ("So we'll repeat the HbA1c and the kidney test after Eid.", {"hemoglobin a1c", "kidney function"}),
        ("I'm going to draw a uric acid level, a kidney panel, and a cholesterol panel today.", {"kidney function"}),
        ("Check your feet every night, and I'd like the foot care nurse to look after that callus.", None),
    ],
)
def test_orders_in_these_shapes_are_charted(line, wanted):
    got = orders(line, "Okay.")
    if wanted is None:
        assert "referral to foot care nurse" in got
    else:
        assert wanted <= got


def test_a_lay_name_glossed_by_the_test_is_one_order():
    got = orders("I'm also going to send a urine test for protein, the ACR, and a cholesterol check.", "Okay.")
    assert "urine protein" not in got and "cholesterol" not in got


def test_hyphenated_ratio_is_the_ratio_not_a_creatinine():
    got = results("There's a bit of protein in the urine, the albumin-to-creatinine ratio is four point two.", "Oh.")
    assert got.get("urine albumin to creatinine ratio") == "4.2"
    assert "creatinine" not in got


@pytest.mark.parametrize(
    "line",
    [
        # a test already done, reported: a result, never an order
        "Your kidney test last week was fine, the eGFR was 78.",
        # a blood test for a reason, then a result reported after it, not a list
        "I'll send some bloods to check for anaemia, your ferritin was low last time.",
        # "i'd like the ... to ..." that is no service
        "I'd like the swelling to settle first before we do anything.",
    ],
)
def test_not_charted_as_orders(line):
    got = orders(line, "Okay.")
    assert "kidney function" not in got
    assert "ferritin" not in got
    assert not any(n.startswith("referral") for n in got)


def test_each_one_of_a_list_of_referrals_is_a_referral():
    got = orders(
        "I'm also putting in a consult to audiology for a hearing test and hearing aids, one to podiatry for the "
        "feet and that callus, and one to eye clinic for your diabetic eye exam.",
        "Okay.",
    )
    assert {"referral to audiology", "referral to podiatry", "referral to ophthalmology"} <= got


def test_one_of_the_staff_is_no_referral():
    got = orders("I'll refer you to cardiology, and one of the nurses will call you with the date.", "Okay.")
    assert got == {"referral to cardiology"}
