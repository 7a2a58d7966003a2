"""A test or vaccine put off to a later visit, or until the patient is better, is not ordered today.

Sentences written for these tests (not taken from the visits). What is asked for today stays an order:
a "today" beside it, an order written now for later ("I'll order ... once you're better"), a date alone.
"""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind

C, P = "clinician", "patient"


def orders(*turns):
    return {f.name for f in extract(text_transcript(list(turns))) if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "line, name",
    [
        ("We'll give you the shingles shot once the rash has cleared.", "zoster vaccine"),
        ("I'll give you the tetanus booster after you recover from this.", "tdap vaccine"),
        ("You're due for a flu shot, but we'll do that once you've gotten over this bug.", "influenza vaccine"),
        ("We'll check a urine microalbumin at your next appointment.", "microalbumin"),
        ("Next time you come in we'll draw a lipid panel.", "lipid panel"),
        ("I'll see her back in two months and we'll repeat the TSH then.", "tsh"),
    ],
)
def test_put_off_is_not_ordered_today(line, name):
    assert name not in orders((C, line), (P, "Sounds good."))


def test_a_list_put_off_at_its_end_is_all_put_off():
    got = orders((C, "We'll do a CBC and a ferritin at the next visit."), (P, "Okay."))
    assert not got & {"complete blood count", "ferritin"}


@pytest.mark.parametrize(
    "line, name",
    [
        # a "today" said of one item is not put off by the other's "next visit"
        ("We'll draw a CBC today and a lipid panel at the next visit.", "complete blood count"),
        ("The nurse will give you the flu shot today, and the pneumonia shot once you're better.", "influenza vaccine"),
        # written today, done later
        ("I'll order a repeat mammogram for after you've recovered from the surgery.", "mammogram"),
        # a date alone does not put it off
        ("I'm going to get an ultrasound of the kidneys in three weeks.", "ultrasound of the kidneys"),
    ],
)
def test_ordered_today_stays_an_order(line, name):
    assert name in orders((C, line), (P, "Okay."))


def test_the_put_off_item_beside_a_today_item_is_not_ordered():
    got = orders(
        (C, "The nurse will give you the flu shot today, and the pneumonia shot once you're better."), (P, "Ok.")
    )
    assert "pneumococcal vaccine" not in got
