"""A count of tablets of a strength is the count times the strength, however the two are said in order.

Charting the strength alone halves the dose ("two tablets of the 400 milligram ibuprofen" as 400 mg), a
plausible wrong number a clinician would sign. Each case says what the rules gave before this reading.
"""

import pytest
from fact_readers import check_meds as check
from fact_readers import facts, meds

C, P = "clinician", "patient"

COUNTED = [
    # was 500 mg: the count said before a strength with its unit, then the drug
    ([(P, "I take two 500 milligram Tylenol in the morning.")], {"acetaminophen": ("1000 mg", "active")}),
    # was 400 mg: "two tablets of the" strength
    (
        [(C, "Take two tablets of the 400 milligram ibuprofen three times a day with food.")],
        {"ibuprofen": ("800 mg", "started")},
    ),
    # was 2 tablets: the tablets named by their strength right after the drug, then the count
    (
        [(C, "Tylenol. Acetaminophen five hundreds, two tablets, up to three times a day when you need it.")],
        {"acetaminophen": ("1000 mg", "started")},
    ),
    ([(P, "metformin, 500s, 2 in the morning")], {"metformin": ("1000 mg", "active")}),
]


@pytest.mark.parametrize("lines,want", COUNTED)
def test_a_count_of_tablets_of_a_strength_is_their_total(lines, want):
    check(lines, want)


KEPT = [
    # one tablet named by its strength: the strength is the dose
    ([(P, "Metformin 500s, twice a day.")], {"metformin": ("500 mg", "active")}),
    ([(P, "Two 500 mg tablets of Tylenol at night.")], {"acetaminophen": ("1000 mg", "active")}),
    # a count of days, not tablets, before the strength
    ([(P, "For the last 3 days, 400 milligrams of ibuprofen.")], {"ibuprofen": ("400 mg", "active")}),
]


@pytest.mark.parametrize("lines,want", KEPT)
def test_a_strength_with_no_count_of_its_own_is_kept(lines, want):
    check(lines, want)


def test_a_count_of_micrograms_or_units_before_the_drug_is_not_multiplied():
    # only a mass strength is a tablet's: "2 100 unit" is no count of tablets anyone says
    got = meds(facts((P, "I take 2 puffs, 100 micrograms of the Flovent.")))
    assert got.get("fluticasone", {}).get("dose") != "200 mcg"
