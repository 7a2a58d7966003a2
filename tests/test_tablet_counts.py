"""A count of tablets of a strength is the count times the strength, where the count is plainly one dose's.

The tablets named by their strength right after the drug ("Acetaminophen 500s, 2 tablets") are read as a
count. A number before a strength said before the drug is not: a review found it was a day ("day 3 500 mg
amoxicillin"), an age, a time, tablets left over, or a day's total, so those stay the strength as said.
"""

import pytest
from fact_readers import check_meds as check
from fact_readers import facts, meds

C, P = "clinician", "patient"

COUNTED = [
    # was 2 tablets: the tablets named by their strength right after the drug, then the count
    (
        [(C, "Tylenol. Acetaminophen five hundreds, two tablets, up to three times a day when you need it.")],
        {"acetaminophen": ("1000 mg", "started")},
    ),
    ([(P, "metformin, 500s, 2 in the morning")], {"metformin": ("1000 mg", "active")}),
    # the tablets said as "the 400 ones"
    (
        [(P, "and i've been taking nurofen as well the four hundred ones three times a day")],
        {"ibuprofen": ("400 mg", "active")},
    ),
    ([(P, "I take two of the five hundred ones of the Tylenol.")], {"acetaminophen": ("1000 mg", "active")}),
]


@pytest.mark.parametrize("lines,want", COUNTED)
def test_a_count_of_tablets_of_a_strength_is_their_total(lines, want):
    check(lines, want)


KEPT = [
    # one tablet named by its strength: the strength is the dose
    ([(P, "Metformin 500s, twice a day.")], {"metformin": ("500 mg", "active")}),
    # a count of days, not tablets, before the strength
    ([(P, "For the last 3 days, 400 milligrams of ibuprofen.")], {"ibuprofen": ("400 mg", "active")}),
    # a number before a strength said before the drug is no count of one dose (the review's cases)
    ([(P, "day 3 500 mg amoxicillin")], {"amoxicillin": ("500 mg", "active")}),
    ([(P, "I've got 3 tablets of the 10 mg oxycodone left over.")], {"oxycodone": ("10 mg", "active")}),
    (
        [(P, "I take 2 tablets of the 500 mg metformin a day, 1 in the morning and 1 at night.")],
        {"metformin": ("500 mg", "active")},
    ),
]


@pytest.mark.parametrize("lines,want", KEPT)
def test_a_strength_with_no_count_of_its_own_is_kept(lines, want):
    check(lines, want)


def test_a_count_of_micrograms_or_units_before_the_drug_is_not_multiplied():
    # only a mass strength is a tablet's: "2 100 unit" is no count of tablets anyone says
    got = meds(facts((P, "I take 2 puffs, 100 micrograms of the Flovent.")))
    assert got.get("fluticasone", {}).get("dose") != "200 mcg"


def test_the_two_ones_names_no_strength():
    # "the two ones" counts tablets: 2 mg is no metformin strength, and no count of 1 to 4 is read as one
    assert "dose" not in meds(facts((P, "I take the metformin, the two ones in the morning.")))["metformin"]
