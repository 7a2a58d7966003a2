"""Session 10, second round: doses said loosely the way batch 13's authors say them, and HRT and inhaler brands.

Sentences written for these tests, several ways each. A count of a one-strength over-the-counter product
("Advil, four at a time", "Aleve, two of 'em"), a count said before the drug and the strength after it
("a couple of ibuprofen, the two hundreds"), a strength said with "point" whatever follows it, what the drug
is said between its name and its strength ("the hydrochlorothiazide, the fluid pill, twenty-five"), a
strength said as the next sentence ("Ramipril. The ten."), a count after a strength with its unit ("500
milligrams, two twice a day"), the clinician's "I'd suggest", a gel's pumps, and British brands.
"""

import pytest
from fact_readers import check_meds as check
from fact_readers import facts, meds

ASK = "What are you taking at the moment?"

LOOSE_DOSES = [
    # a one-strength OTC product counted: Advil / Motrin IB / Nurofen 200 mg, Aleve 220 mg
    ([ASK, "Advil. Four at a time, three or four times a day."], {"ibuprofen": ("800 mg", "active")}),
    ([ASK, "Motrin, two at a time when my back goes."], {"ibuprofen": ("400 mg", "active")}),
    ([ASK, "aleve two of em when it's bad"], {"naproxen": ("440 mg", "active")}),
    ([ASK, "I take two Aleve at night."], {"naproxen": ("440 mg", "active")}),
    ([ASK, "Nurofen, 3 tablets when the pain is bad."], {"ibuprofen": ("600 mg", "active")}),
    # a count before the drug, the strength after it
    ([ASK, "A couple of ibuprofen, the two hundreds, when it's bad."], {"ibuprofen": ("400 mg", "active")}),
    ([ASK, "I take 2 of the metformin, the five hundreds, at breakfast."], {"metformin": ("1000 mg", "active")}),
    # a strength said with "point", whatever follows
    ([ASK, "the xanax the point five my old doctor gave me i take one at bedtime"], {"alprazolam": ("0.5 mg", None)}),
    ([ASK, "The Flomax, point four, my urologist put me on it."], {"tamsulosin": ("0.4 mg", "active")}),
    # what the drug is, said between its name and its strength
    ([ASK, "The hydrochlorothiazide, the fluid pill, twenty-five."], {"hydrochlorothiazide": ("25 mg", "active")}),
    ([ASK, "Metoprolol, my heart tablet, the 50, twice a day."], {"metoprolol": ("50 mg", "active")}),
    # the strength as the next sentence
    ([ASK, "My blood pressure one, ramipril. The ten. One a day."], {"ramipril": ("10 mg", "active")}),
    ([ASK, "Amlodipine. The five, in the morning."], {"amlodipine": ("5 mg", "active")}),
    # a count after a strength with its unit
    ([ASK, "Metformin, five hundred milligrams, two twice a day."], {"metformin": ("1000 mg", "active")}),
    ([ASK, "Furosemide 40 mg, two in the morning."], {"furosemide": ("80 mg", "active")}),
]


@pytest.mark.parametrize(("turns", "expected"), LOOSE_DOSES)
def test_loose_doses(turns, expected):
    got = meds(facts(*turns))
    for name, (dose, status) in expected.items():
        assert name in got, (name, got)
        assert got[name].get("dose") == dose, (name, got[name])
        if status:
            assert got[name]["status"] == status, (name, got[name])


# what stays a count or keeps its said strength
NOT_SCALED = [
    # an "extra strength" Advil is 400 mg in Canada: the count stays a count
    ([ASK, "I take Tylenol and two extra strength Advil."], "ibuprofen", "2 tablets"),
    # how often, not how many
    ([ASK, "Lasix 40 mg, 2 times a day."], "furosemide", "40 mg"),
    ([ASK, "Amoxicillin 500 mg, three times a day."], "amoxicillin", "500 mg"),
    # a bare 1 to 4 in the next sentence is a count, not a strength
    ([ASK, "Ramipril. Two in the morning."], "ramipril", None),
    # a strength said with the brand
    ([ASK, "Advil 400, twice a day."], "ibuprofen", "400 mg"),
]


@pytest.mark.parametrize(("turns", "name", "dose"), NOT_SCALED)
def test_counts_that_stay_counts(turns, name, dose):
    got = meds(facts(*turns))
    assert got[name].get("dose") == dose, got


BRANDS_AND_STARTS = [
    # the clinician's "I'd suggest", a gel's pumps
    (
        ["I'd suggest oestrogen gel, Oestrogel. Two pumps once a day, rubbed into your arms.", "Two pumps. Right."],
        {"estradiol gel": ("2 pumps", "started")},
    ),
    (["I'd suggest Sandrena gel, two pumps a day.", "Okay."], {"estradiol gel": ("2 pumps", "started")}),
    (["I would suggest naproxen 500 mg twice a day with food.", "Fine."], {"naproxen": ("500 mg", "started")}),
    # Vagifem is an estradiol vaginal tablet, a line of its own beside the gel
    (
        ["For the dryness I'll give you Vagifem, ten micrograms, one inserted every night.", "Okay."],
        {"estradiol vaginal tablet": ("10 mcg", "started")},
    ),
    # Fostair under its USAN name, as the chart and the other beclomethasone products
    ([ASK, "The pink one, Fostair, two puffs twice a day."], {"beclomethasone/formoterol": ("2 puffs", "active")}),
]


@pytest.mark.parametrize(("turns", "expected"), BRANDS_AND_STARTS)
def test_brands_and_suggested_starts(turns, expected):
    check(turns, expected)


def test_a_suggestion_heard_from_someone_else_is_no_start():
    got = meds(facts(ASK, "My sister suggested turmeric, but I haven't tried it."))
    assert got.get("turmeric", {}).get("status") != "started", got


# Safety: drugs named as examples of a kind in a question; a yes says the patient takes the kind, not which one
EXAMPLES_ASKED = [
    (["do you take any nonsteroidals like advil or motrin or aleve", "yeah just once in a while"], "naproxen"),
    (["Do you take anything for pain, like Tylenol or ibuprofen?", "Yes, sometimes."], "acetaminophen"),
    (["Are you on any blood thinners, for example warfarin or Eliquis?", "Yes."], "warfarin"),
    (["Any anti-inflammatories, such as naproxen, diclofenac?", "Now and then."], "diclofenac"),
]


@pytest.mark.parametrize(("turns", "name"), EXAMPLES_ASKED)
def test_examples_asked_are_not_charted_on_a_yes(turns, name):
    assert name not in meds(facts(*turns))


def test_the_example_the_patient_names_or_the_clinician_calls_theirs_is_kept():
    got = meds(facts("Any anti-inflammatories like Aleve or Advil?", "Yes, Aleve, two at night."))
    assert got["naproxen"]["dose"] == "440 mg", got
    got = meds(
        facts(
            "do you take any nonsteroidals like advil or motrin or aleve",
            "yeah just once in a while",
            "okay, stop taking any nonsteroidal medicines such as your advil or motrin",
        )
    )
    assert got["ibuprofen"]["status"] == "stopped" and "naproxen" not in got, got


def test_a_switch_from_a_drug_with_an_article():
    check(
        ["We switched her from a furosemide to torsemide 20 mg daily.", "Okay."],
        {"furosemide": (None, "stopped"), "torsemide": ("20 mg", "started")},
    )


# a course the patient says is over in their next sentence
FINISHED_NEXT = [
    [ASK, "Last month they gave me cipro, two times a day, one week. I finished it. But nothing changed."],
    [ASK, "I had some amoxicillin from the pharmacy. Finished it on Monday."],
    [ASK, "The urgent care gave her Keflex for ten days. She completed the course."],
]


@pytest.mark.parametrize("turns", FINISHED_NEXT)
def test_a_course_finished_in_the_next_sentence_is_stopped(turns):
    assert next(iter(meds(facts(*turns)).values()))["status"] == "stopped"


def test_finishing_something_else_is_no_stop():
    assert (
        meds(facts(ASK, "I take metformin twice a day. I finished work early today."))["metformin"]["status"]
        == "active"
    )


# an amount judged too little, then the new amount in the next sentence
TOO_LITTLE = [
    (
        ["And the Panadol, for his weight the five mls is too little. Give ten mls when he has fever.", "Okay."],
        "acetaminophen",
        "10 mL",
    ),
    (
        ["Amoxicillin 250 mg twice a day. That dose is too low for you. Take 500 mg twice a day.", "Okay."],
        "amoxicillin",
        "500 mg",
    ),
    (["You're on the Calpol, 5 mL. That's not enough for her age. Give 7.5 mL.", "Right."], "acetaminophen", "7.5 mL"),
]


@pytest.mark.parametrize(("turns", "name", "dose"), TOO_LITTLE)
def test_a_new_amount_after_too_little_is_a_change(turns, name, dose):
    got = meds(facts(*turns))[name]
    assert (got.get("dose"), got["status"]) == (dose, "changed"), got
