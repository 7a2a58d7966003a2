"""Session 11, third round of medications: numbers and names the reader got wrong.

Sentences written for these tests, several ways each: a decimal dose in tokenised text ("twelve . five
milligrams", as ACI-Bench-style transcripts write 12.5) is that decimal, not 12 mg; a whole drug name followed
by a short word ("ramipril at night") is that drug, never a longer dictionary name the two pieces spell
(ramiprilat, enalaprilat: metabolites a patient is not given by mouth).
"""

import pytest
from fact_readers import facts, meds

ASK = "What are you taking at the moment?"

DECIMALS = [
    ("i want to add aldactone twelve . five milligrams daily .", "spironolactone", "12.5 mg"),
    ("let's start carvedilol six . two five milligrams twice a day .", "carvedilol", "6.25 mg"),
    ("we'll add hydrochlorothiazide twelve . five mg every morning .", "hydrochlorothiazide", "12.5 mg"),
    ("i'll start you on lorazepam zero . five milligrams at night .", "lorazepam", "0.5 mg"),
]


@pytest.mark.parametrize(("said", "drug", "dose"), DECIMALS)
def test_tokenised_decimal_dose(said, drug, dose):
    got = meds(facts(said, "okay ."))
    assert got[drug]["dose"] == dose


def test_tokenised_sentence_end_is_no_decimal():
    """ " . " ends a sentence in tokenised text: "two . five of them" is no 2.5."""
    got = meds(facts("how many do you take ?", "i take ibuprofen , two . five of them is too many ."))
    assert got.get("ibuprofen", {}).get("dose") != "2.5 tablets"


@pytest.mark.parametrize(
    ("said", "drug", "metabolite"),
    [
        ("Ramipril at iftar, and the statin at night.", "ramipril", "ramiprilat"),
        ("Enalapril at bedtime, ten milligrams.", "enalapril", "enalaprilat"),
        ("The benazepril at breakfast.", "benazepril", "benazeprilat"),
        ("I take my ramipril at eight in the morning.", "ramipril", "ramiprilat"),
    ],
)
def test_drug_then_word_is_not_a_longer_name(said, drug, metabolite):
    got = meds(facts(ASK, said))
    assert drug in got
    assert metabolite not in got


def test_pieces_of_an_unknown_name_still_join():
    """A recogniser's pieces of a name ("metform in") still make the drug: neither piece is a drug."""
    assert "metformin" in meds(facts(ASK, "Metform in, five hundred milligrams twice a day."))


@pytest.mark.parametrize(
    "told",
    [
        ["The Aleve for my knees. I'm on my feet all day. I take two in the morning and two at night."],
        ["Just Aleve, for the back. Work is heavy lifting. Two at a time, most days."],
        ["Aleve for my hip. It gets bad after walking. I take two in the morning."],
    ],
)
def test_count_after_an_aside_then_stopped(told):
    """A count said one sentence of small talk after the drug is still its dose, and stays when it is stopped."""
    got = meds(facts(ASK, *told, "Okay, please stop the Aleve, it is hard on your kidneys.", "Okay."))
    assert got["naproxen"]["dose"] == "440 mg"
    assert got["naproxen"]["status"] == "stopped"


def test_count_after_an_aside_with_another_drug_is_not_taken():
    got = meds(facts(ASK, "The Aleve for my knees. And a baby aspirin. I take two in the morning."))
    assert got["naproxen"].get("dose") != "440 mg"


@pytest.mark.parametrize(
    ("asked", "answer", "dose"),
    [
        ("And the glipizide, how much are you taking?", "One, in the morning. Five.", "5 mg"),
        ("How much of the glipizide do you take?", "Once a day. Ten milligrams.", "10 mg"),
        ("What dose of the Lasix are you on?", "Every morning. Forty.", "40 mg"),
    ],
)
def test_amount_after_how_often(asked, answer, dose):
    """Asked how much, the answer may say how often first and the amount after it."""
    assert meds(facts(ASK, "Yes, a few.", asked, answer)).popitem()[1]["dose"] == dose


def test_amount_after_how_often_asked_without_the_name():
    got = meds(facts("Any other medicines?", "I take glyburide.", "How much is that?", "One in the morning. Five."))
    assert got["glyburide"]["dose"] == "5 mg"


@pytest.mark.parametrize(
    "plan",
    [
        ["I'm starting aspirin 75 milligrams once a day. And a GTN spray, if the pain comes, under the tongue.", "Ok."],
        ["We'll start atorvastatin 20 at night. Also a salbutamol inhaler for when you're wheezy.", "Ok."],
        ["Let's start amoxicillin 500 three times a day. Plus some paracetamol for the fever.", "Ok."],
    ],
)
def test_list_goes_on_in_the_next_sentence(plan):
    """ "And a GTN spray": the next item of the prescription the sentence before began, though it is as needed."""
    got = meds(facts(*plan))
    assert [m["status"] for m in got.values()] == ["started", "started"]


@pytest.mark.parametrize(
    "plan",
    [
        "Since he needs the Ventolin most weeks, he should go back on a preventer. Flixotide, two puffs twice a day.",
        "With the albuterol every day, I'd restart a controller inhaler. Flovent, two puffs twice a day.",
    ],
)
def test_restart_named_in_the_next_sentence(plan):
    """A drug stopped last year and put back on today, named after the verb's sentence, is started; the drug
    named before the verb is not the one started."""
    got = meds(facts("Is he on a preventer?", "He was, but we stopped it last year.", plan, "Okay."))
    assert got["fluticasone"]["status"] == "started"
    assert got.get("albuterol", {}).get("status") != "started"


@pytest.mark.parametrize("verb", ["Keep going with", "Carry on with", "Stick with"])
def test_keep_going_is_active(verb):
    got = meds(
        facts(
            "Using the Ventolin?",
            "Yes, six puffs every three or four hours.",
            f"{verb} the Ventolin, "
            "six puffs every four hours. If he needs it more than every three hours, call an ambulance.",
            "Ok.",
        )
    )
    assert got["albuterol"] == got["albuterol"] | {"dose": "6 puffs", "status": "active", "frequency": "every 4 hours"}


def test_time_of_a_symptom_is_no_schedule():
    got = meds(facts("Using the Ventolin?", "Yes, two puffs every four hours, and I'm coughing at night.", "Ok."))
    assert got["albuterol"]["frequency"] == "every 4 hours"


@pytest.mark.parametrize(
    "said",
    [
        "The gliclazide, no more two in the morning. Just one tablet with dinner.",
        "With the metformin, no more two at night, only one from now on.",
        "Your glipizide - no more 2 tablets, just 1 in the morning.",
    ],
)
def test_no_more_a_count_is_a_change(said):
    """ "No more two ..., just one": fewer tablets, a change and not a stop ("no more Advil" is still a stop)."""
    assert next(iter(meds(facts(said, "Okay.")).values()))["status"] == "changed"


def test_no_more_the_drug_is_a_stop():
    assert meds(facts("No more Advil for your back, it's bad for your kidneys.", "Okay."))["ibuprofen"]["status"] == (
        "stopped"
    )


@pytest.mark.parametrize(
    "said",
    [
        "Please stop the anti-inflammatories that you are taking, the Aleve and the Advil.",
        "I want you to stop any of the NSAIDs that you're taking, the Aleve or the Advil.",
    ],
)
def test_stop_of_a_class_reaches_the_drugs_of_its_relative_clause(said):
    """ "that you're taking" says what the stopped class is, not that the drugs after it go on."""
    got = meds(facts(said, "Okay."))
    assert got["naproxen"]["status"] == got["ibuprofen"]["status"] == "stopped"
