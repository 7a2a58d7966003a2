"""A dose said further from its drug than the usual readers look (engine/clinical/late_doses.py): taken only
when nothing else could own it (sentences written for these tests, not copied from the annotated visits)."""

import pytest
from fact_readers import facts, meds


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # later in the same sentence, past a description of the drug
        (
            (
                "What can we do?",
                "I'll give her prednisolone here in the clinic, it's a liquid and we go by her weight, "
                "so about fifteen milligrams once.",
            ),
            "prednisolone",
            "15 mg",
        ),
        (
            (
                "Can I get help stopping?",
                "There's bupropion which takes the edge off the cravings and you would begin with "
                "one fifty milligrams each morning.",
            ),
            "bupropion",
            "150 mg",
        ),
        # in the speaker's next sentences of the same turn
        (
            (
                "What about the sugar tablets?",
                "First, the metformin. Your kidneys are slower now, so we halve it: "
                "five hundred milligrams twice a day.",
            ),
            "metformin",
            "500 mg",
        ),
    ],
)
def test_a_far_dose_with_nothing_between_is_the_drugs(turns, drug, dose):
    assert meds(facts(*turns)).get(drug, {}).get("dose") == dose


@pytest.mark.parametrize(
    "turns, drug",
    [
        # an amount of something else, or a limit
        (
            (
                "Anything else?",
                "Keep the fish oil, that's fine. And cut back on salt, under two grams of sodium a day.",
            ),
            "fish oil",
        ),
        # a dose the drug never comes in (atorvastatin has no 500 mg tablet): someone else's number
        (
            (
                "And the cholesterol pill?",
                "Keep the atorvastatin going, I know. My husband takes five hundred milligrams of his thing.",
            ),
            "atorvastatin",
        ),
        # another drug named between: the dose is that drug's
        (
            (
                "What else?",
                "Keep the lisinopril as it is. Then there's the new one, amlodipine. That's five milligrams a day.",
            ),
            "lisinopril",
        ),
        # another speaker's turn
        (("Still on the atorvastatin?", "Yes."), "atorvastatin"),
    ],
)
def test_a_far_dose_that_could_be_anothers_is_not_taken(turns, drug):
    got = meds(facts(*turns))
    assert got.get(drug, {}).get("dose") is None, got


def test_a_dose_read_the_usual_way_is_never_replaced():
    # "lisinopril 10" is read where it stands; the later 20 mg (a plan said without the name) must not make it 20
    said = "Lisinopril 10 milligrams, and if it's still high she said we'd try twenty milligrams."
    got = meds(facts("What do you take?", said))
    assert got["lisinopril"]["dose"] == "10 mg"
