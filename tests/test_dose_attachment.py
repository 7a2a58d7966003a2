"""Doses said in the drug's own turn that were not attached to it (session 12, gap 15).

Each cause is written as several exchanges in different words: a release form between a brand and its
strength ("Seroquel XR, the 200"), "the 600 one", a bare strength opening the speaker's next sentence after a
switch, a dose put to the patient in a question they confirm ("on sertraline 25 now?"), a count answered to
"how many puffs", what a drug is for said between the yes and its strength, and a dose a change went "up to".
The negatives keep readings, dates, ages, day counts, another drug's dose and a relative's count off the drug.
"""

from __future__ import annotations

import pytest

from tests.fact_readers import facts, meds


def dose_of(name, *turns):
    """The dose charted for ``name`` (None when the drug has no dose; KeyError when it is not charted)."""
    return meds(facts(*turns))[name].get("dose")


# a release form said between the brand and its strength
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the gliclazide?", "Diamicron MR, the sixty, in the morning with breakfast."), "gliclazide", "60 mg"),
        (("What do you take at night?", "I take Seroquel XR, the 200, at night."), "quetiapine", "200 mg"),
        (("Anything for the mood?", "effexor xr 75 every morning"), "venlafaxine", "75 mg"),
        (("And the pressure tablet?", "I'm on the Adalat LA, the 30, once a day."), "nifedipine", "30 mg"),
        (("Diabetes tablets?", "Glucophage XR 500 with supper."), "metformin", "500 mg"),
    ],
)
def test_release_form_before_strength(turns, name, dose):
    assert dose_of(name, *turns) == dose


# the tablet named by its strength and "one": "the 600 one"
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("Any cough medicine?", "Some Mucinex, the 600 one, in the morning."), "guaifenesin", "600 mg"),
        (("And the metformin?", "The metformin, the 850 one, twice a day."), "metformin", "850 mg"),
        (("Which statin?", "the atorvastatin the forty one at night"), "atorvastatin", "40 mg"),
    ],
)
def test_the_strength_one(turns, name, dose):
    assert dose_of(name, *turns) == dose


# a switch or plan whose strength opens the speaker's next sentence
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (
            ("The Glucophage: I'm changing you to the XR, the slow-release one. One thousand with supper.",),
            "metformin extended-release",  # the new product's dose (tests/test_release_switches.py)
            "1000 mg",
        ),
        (("We'll start you on amlodipine for the pressure. Five in the morning.",), "amlodipine", "5 mg"),
        (
            ("I'm going to swap the Lipitor for something gentler, rosuvastatin. Ten at night.",),
            "rosuvastatin",
            "10 mg",
        ),
    ],
)
def test_strength_opens_next_sentence(turns, name, dose):
    assert dose_of(name, *turns) == dose


# a dose put to the patient in a question they confirm
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("So she's on sertraline 25 now, once a day?", "Yes, in the morning."), "sertraline", "25 mg"),
        (("So you're taking lisinopril 10 now?", "Yes."), "lisinopril", "10 mg"),
        (("And you're on the amlodipine 5 now?", "Yeah, that's right."), "amlodipine", "5 mg"),
    ],
)
def test_dose_in_confirmed_question(turns, name, dose):
    assert dose_of(name, *turns) == dose


# a count answered to "how many puffs/tablets"
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (
            ("How many puffs of the Fostair are you taking?", "Two in the morning and two at night."),
            "beclomethasone/formoterol",
            "2 puffs",
        ),
        (("How many puffs of the Symbicort do you take?", "Two twice a day."), "budesonide/formoterol", "2 puffs"),
        (("And the Flixonase, how many sprays?", "Usually just one in each nostril."), "fluticasone", "1 spray"),
    ],
)
def test_count_answered(turns, name, dose):
    assert dose_of(name, *turns) == dose


# what it is for said between the yes and the strength
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (
            ("okay and you're still on the omeprazole", "yeah for my heartburn twenty every morning"),
            "omeprazole",
            "20 mg",
        ),
        (
            ("Are you still taking the amlodipine?", "Yes, for the blood pressure, ten in the morning."),
            "amlodipine",
            "10 mg",
        ),
        (("Still on the sertraline?", "Yep, for my nerves, fifty a day."), "sertraline", "50 mg"),
    ],
)
def test_purpose_before_strength(turns, name, dose):
    assert dose_of(name, *turns) == dose


# a change that went "up to" a dose: the new dose, not a daily maximum
@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("her lisinopril had- has also been increased up to 10 milligrams daily in march .",), "lisinopril", "10 mg"),
        (("Her lisinopril was increased up to 20 milligrams daily in March.",), "lisinopril", "20 mg"),
        (("The sertraline has gone up to 100 milligrams a day since spring.",), "sertraline", "100 mg"),
    ],
)
def test_raised_up_to(turns, name, dose):
    assert dose_of(name, *turns) == dose


# numbers that are not the drug's dose
@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # a reading in the next sentence
        (("We'll start you on amlodipine. 140 over 90 is too high.",), "amlodipine"),
        # a count of days
        (("I'm starting you on amlodipine. 10 days from now we'll check the pressure.",), "amlodipine"),
        # an age
        (("The metformin? 60 years old and I never needed tablets before.",), "metformin"),
        # a date
        (("I started the sertraline in March. 25th of March I think.",), "sertraline"),
        # a relative's count
        (("How many puffs of the Ventolin?", "My husband takes two, I don't really use it."), "albuterol"),
        # a count of days answered to "how many"
        (("How many tablets of the amoxicillin are left?", "About 3 days' worth."), "amoxicillin"),
        # an upper limit on a day is no dose
        (("Take paracetamol as you need it, up to 4 grams a day.",), "acetaminophen"),
    ],
)
def test_not_the_dose(turns, name):
    got = meds(facts(*turns))
    assert got.get(name, {}).get("dose") is None


def test_other_drugs_dose_stays_there():
    got = meds(facts("We'll start amlodipine. And the atorvastatin, 40 at night."))
    assert got["amlodipine"].get("dose") is None
    assert got["atorvastatin"]["dose"] == "40 mg"


def test_answer_naming_another_drug_gives_no_count():
    got = meds(facts("How many puffs of the Symbicort?", "Two of the Ventolin when I'm tight."))
    assert got.get("budesonide/formoterol", {}).get("dose") is None
