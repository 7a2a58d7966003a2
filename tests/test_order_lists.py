"""Tests named in a list and not taken as ordered (session 12, orders said but not charted).

Every sentence here was written for these tests, in several Englishes. The causes: a list of blood tests that
goes on after "plus", "with a", "as well as"; analytes that are also drugs or foods (calcium, magnesium, iron,
vitamin D) inside such a list, and the same names said as a drug taken; a generic blood test said with its timing
before the tests it is; and referrals named by the professional ("the diabetes educator").
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def orders(*turns):
    """The names of the orders charted from the turns (clinician first, then patient by position)."""
    return {f.name for f in facts(*turns) if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "line, wanted",
    [
        # a list that goes on after a word that adds to it
        (
            "I'll do some bloods today, a full blood count and liver function plus calcium and magnesium.",
            {"full blood count", "liver function tests", "calcium", "magnesium"},
        ),
        ("so bloods today full blood count plus ferritin and a thyroid test", {"ferritin", "thyroid function tests"}),
        ("I'd like a blood count with a ferritin and a B12 level.", {"ferritin", "vitamin b12"}),
        ("we will do liver function tests along with a potassium and magnesium", {"potassium", "magnesium"}),
        ("ok so bloods today full blood count plus iron studies plus a vitamin b12", {"iron studies", "vitamin b12"}),
        ("we'll draw a CMP as well as a mag level and a phosphorus", {"magnesium", "phosphate"}),
        ("I'm going to get a CMP together with a magnesium level.", {"magnesium"}),
    ],
)
def test_a_list_goes_on_after_plus_with_and_as_well_as(line, wanted):
    assert wanted <= orders(line)


def test_a_test_added_after_one_not_wanted():
    got = orders(
        "bloods today a full blood count liver function and a prolactin isn't needed so just those two plus "
        "calcium and magnesium"
    )
    assert {"calcium", "magnesium"} <= got and "prolactin" not in got


@pytest.mark.parametrize(
    "line, wanted",
    [
        ("Blood test again in three months, the A1c and the kidney function.", {"hemoglobin a1c", "kidney function"}),
        ("blood test in two weeks: potassium and kidney function", {"potassium", "kidney function"}),
        ("bloods again in a month's time, the ferritin and the haemoglobin", {"ferritin"}),
        ("Repeat the bloods in three months, that's the A1c and the lipids.", {"hemoglobin a1c", "lipid panel"}),
    ],
)
def test_a_blood_test_with_its_timing_then_what_it_is(line, wanted):
    got = orders(line)
    assert wanted <= got and "labs" not in got


@pytest.mark.parametrize(
    "line, wanted",
    [
        ("I'll put a referral in to our diabetes educator too.", {"referral to diabetes educator"}),
        (
            "I'm going to refer you to the dietitian and the diabetes nurse educator.",
            {"referral to nutritionist", "referral to diabetes educator"},
        ),
        ("we'll get you booked in with the diabetes educator at the practice", {"referral to diabetes educator"}),
        (
            "i'll do a care plan so you can see the diabetes educator and the podiatrist",
            {"referral to diabetes educator", "referral to podiatry"},
        ),
        ("I'll refer you on to the diabetes educator.", {"referral to diabetes educator"}),
    ],
)
def test_referrals_named_by_the_professional(line, wanted):
    assert wanted <= orders(line)


@pytest.mark.parametrize(
    "turns, not_wanted",
    [
        # the same names said as drugs taken
        (["Let's get a bone density scan and start calcium and vitamin D tablets."], {"calcium", "vitamin d"}),
        (["I'll order a DEXA scan plus calcium and vitamin D supplements daily."], {"calcium", "vitamin d"}),
        (["I'll order an MRI with contrast plus a magnesium supplement."], {"magnesium"}),
        (["keep taking your iron tablets with a glass of orange juice plus vitamin c"], {"iron studies"}),
        # results already back
        (["Your full blood count was normal plus your ferritin was 45."], {"ferritin", "full blood count"}),
        (
            ["Blood test again in three months. The A1c and the kidney function were fine today."],
            {"hemoglobin a1c", "kidney function"},
        ),
        # a relative's, declined, or made before or only if
        ([("patient", "My husband got booked in with the diabetes educator.")], {"referral to diabetes educator"}),
        (
            ["Shall I refer you to the diabetes educator?", "No thanks, I saw her last month."],
            {"referral to diabetes educator"},
        ),
        (["If it doesn't settle, I'll put a referral in to the podiatrist."], {"referral to podiatry"}),
        (["I've given you a leaflet so you can see the physio exercises."], {"referral to physiotherapy"}),
    ],
)
def test_not_ordered(turns, not_wanted):
    assert not (not_wanted & orders(*turns))
