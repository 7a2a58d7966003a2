"""Session 11: medications said the way Australian / NZ, South Asian and Spanish-speaking families say them.

Sentences written for these tests, several ways each: a drug introduced by "a tablet called" after a
prescribing verb other than "take"/"start" ("add", "begin", "go with"); a bare strength followed by what the
drug is for said without an article ("amlodipine five for BP"); bare strengths of drugs the forms table lacked
(perindopril, bisoprolol); brands of Australia/NZ and India and Spanish names; a past course told with "gave"
and a time said before the drug or in the sentence before, unless the patient says they still take it.
"""

import pytest
from fact_readers import facts, meds

ASK = "What are you taking at the moment?"

CASES = [
    # a prescribing verb before "a tablet called X" makes it a start, not an option explained
    (["I'd like to add a tablet called Jardiance, ten milligrams once a day."], "empagliflozin", ("10 mg", "started")),
    (["We'll begin a medicine called sertraline, 50 milligrams each morning."], "sertraline", ("50 mg", "started")),
    (["Let's go with a pill called amlodipine, five milligrams daily."], "amlodipine", ("5 mg", "started")),
    # a bare strength, then what the drug is for with no article
    ([ASK, "Amlodipine five for BP, in the morning."], "amlodipine", ("5 mg", "active")),
    ([ASK, "lisinopril 10 for bp"], "lisinopril", ("10 mg", "active")),
    ([ASK, "Coversyl five for the blood pressure, one in the morning."], "perindopril", ("5 mg", "active")),
    ([ASK, "Bisoprolol 5, every morning."], "bisoprolol", ("5 mg", "active")),
    # brands of Australia / NZ and India, and Spanish names
    ([ASK, "The Diabex, the thousand, morning and night."], "metformin", ("1000 mg", "active")),
    ([ASK, "Lipex forty at night."], "simvastatin", ("40 mg", "active")),
    ([ASK, "Omez 20 in the morning."], "omeprazole", ("20 mg", "active")),
    ([ASK, "And the valeriana pills, two at night."], "valerian", (None, "active")),
    (["If the chest pain comes, use the GTN spray under the tongue."], "nitroglycerin", (None, None)),
]


@pytest.mark.parametrize(("turns", "drug", "expected"), CASES)
def test_said_their_way(turns, drug, expected):
    got = meds(facts(*turns))
    assert drug in got, got
    dose, status = expected
    if dose is not None:
        assert got[drug].get("dose") == dose, got
    if status is not None:
        assert got[drug].get("status") == status, got


# a drug named as something that exists, with no one starting it, is still no medication
@pytest.mark.parametrize(
    "turns",
    [
        ["There is a tablet called Jardiance that some people use, but not for you right now."],
        ["There's a medicine called clonazepam that doctors sometimes use for this."],
    ],
)
def test_option_explained_is_not_taken(turns):
    assert not meds(facts(*turns))


# a course given in the past, the time said before the drug or in the sentence before, is not on the list
PAST = [
    ["Any ear infections before?", "Once, last winter. They gave him the pink medicine, amoxicillin, and he was fine."],
    ["Any ear infections before?", "Last year they gave her amoxicillin."],
    ["Any chest infections?", "Two years ago. The GP gave me doxycycline for it."],
]


@pytest.mark.parametrize("turns", PAST)
def test_past_course_is_not_taken(turns):
    assert not meds(facts(*turns))


# ... unless the patient says they take it still
@pytest.mark.parametrize(
    "turns",
    [
        [ASK, "They gave me amlodipine last year and I take it every day."],
        [ASK, "My old doctor gave me lisinopril two years ago. I still take it."],
    ],
)
def test_past_start_still_taken(turns):
    got = meds(facts(*turns))
    assert got and all(a.get("status") == "active" for a in got.values()), got


# a count of tablets said right after the drug, or by the patient's companion in the next turn
COUNTED = [
    ([ASK, "The Imodium when it's bad, like two of them before work."], "loperamide", "2 tablets"),
    ([ASK, "Loperamide, three at a time if I have to travel."], "loperamide", "3 tablets"),
    ([ASK, "just advil for my back now and then", ("other", "he takes like three of them")], "ibuprofen", "600 mg"),
    ([ASK, "Only Aleve for my hip, sometimes.", ("other", "Two of them, most nights.")], "naproxen", "440 mg"),
]


@pytest.mark.parametrize(("turns", "drug", "dose"), COUNTED)
def test_tablets_counted(turns, drug, dose):
    got = meds(facts(*turns))
    assert got.get(drug, {}).get("dose") == dose, got


def test_inhaler_count_is_no_tablet():
    got = meds(facts(ASK, "Albuterol, two at a time."))
    assert got["albuterol"].get("dose") != "2 tablets", got
