"""Words said between a drug and its dose, or between two drugs, that are not doses or drugs of their own."""

import pytest

from engine.clinical.sentences import split
from engine.evaluation import text_transcript
from engine.types import FactKind
from tests.fact_readers import facts


def _meds(*turns):
    return sorted(f.label() for f in facts(*turns) if f.kind == FactKind.medication)


def test_a_vitamin_family_then_its_member_is_the_member():
    got = _meds(
        "then i am going to start vitamin d colecalciferol twenty thousand units one capsule once a week for seven "
        "weeks and iron ferrous sulphate two hundred milligrams once a day",
        "okay",
    )
    # one vitamin D, not ergocalciferol as well; the iron is started with it
    assert got == ["cholecalciferol 20000 units weekly (started)", "ferrous sulfate 200 mg once daily (started)"]


def test_two_vitamins_said_as_two_stay_two():
    assert len(_meds("What else?", "I take vitamin D and cholecalciferol.")) == 2


@pytest.mark.parametrize(
    ("said", "low"),
    [
        ("The Flagyl, the four hundred one, three times.", "the flagyl, the 400 one, 3 times."),
        ("she was one hundred one degrees", "she was 101 degrees"),
        ("room one hundred one", "room 101"),
    ],
)
def test_the_hundreds_one_is_a_tablet_after_the(said, low):
    assert split(text_transcript([("patient", said)]))[0].low == low


def test_the_strength_after_who_gave_it():
    got = _meds("What else are you taking?", "just the aspirin the hospital gave me the one fifty one at night")
    assert got == ["aspirin 150 mg nightly (active)"]
    assert _meds("Anything else?", "The metformin my doctor in Lahore gave me, the 500 one, twice a day.") == [
        "metformin 500 mg twice daily (active)"
    ]


def test_the_red_one_is_no_count_of_tablets():
    got = _meds(
        "how often you using the rescue inhaler the albuterol",
        "uh the red one proair maybe two three times a week more since it turned cold two puffs",
    )
    assert got == ["albuterol 2 puffs (active)"]
    # a count before an over-the-counter drug still is one
    assert _meds("What do you take?", "I take 2 aleve in the morning.") == ["naproxen 440 mg every morning (active)"]


def test_the_amount_asked_of_a_drug_the_clinician_only_named():
    got = _meds(
        "Glibenclamide, that is glyburide. How much is he taking of that?",
        ("other", "Five milligrams in the morning."),
        "The glyburide from Mexico, I want you to stop it.",
    )
    assert got == ["glyburide 5 mg every morning (stopped)"]
    # no dose in the answer: nothing is said of the patient taking it
    assert _meds("Glibenclamide, that is glyburide. How much is he taking of that?", "He stopped it last year.") == []


def test_a_drug_brought_in_by_what_it_is_called_is_started():
    got = _meds(
        "What can we do?",
        ("patient", "A friend told me about a tablet."),
        (
            "clinician",
            "And second, a medication, an antidepressant called sertraline. Fifty milligrams once a day, mornings.",
        ),
    )
    assert got == ["sertraline 50 mg once daily (started)"]
    assert _meds("You were on an antidepressant called sertraline, 50 mg.", "Yes.") == ["sertraline 50 mg (active)"]


def test_a_count_then_the_strength_said_bare():
    got = _meds(
        "The gliclazide - no more two in the morning. Just one tablet, eighty, with iftar, the big meal.", "Ok."
    )
    assert [g.split(" every")[0] for g in got] == ["gliclazide 80 mg"]
    got = _meds("The gliclazide - no more two in the morning. Just one tablet, with iftar.", "Ok.")
    assert [g.split(" every")[0] for g in got] == ["gliclazide 1 tablet"]


def test_advice_on_taking_a_drug_when_needed_starts_it():
    got = _meds("Tylenol. Acetaminophen five hundreds, two tablets, up to three times a day when you need it.", "Fine.")
    assert got == ["acetaminophen 1000 mg three times daily (started)"]  # two of the 500 mg tablets
    assert _meds("So, the plan. One, Micronor, starting today. Two, keep the Palafer.", "Okay.") == [
        "ferrous fumarate (active)",
        "norethindrone (started)",
    ]


@pytest.mark.parametrize(
    "turns",
    [
        ("You take the Tylenol when you need it, right?", "Yes."),
        ("What do you take?", "I take Tylenol up to three times a day."),
        # named before: the advice is about a drug already in the cupboard, not a new one
        ("What do you take for pain?", "Tylenol.", "Tylenol, two tablets, up to three times a day when you need it."),
    ],
)
def test_a_drug_taken_when_needed_already_is_no_start(turns):
    assert all(m.endswith("(active)") for m in _meds(*turns)) and _meds(*turns)
