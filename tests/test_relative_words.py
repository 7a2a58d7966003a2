"""Relatives by the names people call them ("me mam", "mama", "me da", "nan", "grandad"): their
conditions are family history, never the patient's."""

import pytest
from fact_readers import facts, family, symptoms


@pytest.mark.parametrize(
    ("answer", "condition_word", "relation"),
    [
        ("Me mam were diabetic, type two, same as me.", "diabetes", "mother"),
        ("Mama had a stroke.", "infarction", "mother"),
        ("Me da had a heart attack.", "myocardial infarction", "father"),
        ("Pops had a stroke at seventy.", "infarction", "father"),
        ("My grandad had a heart attack.", "myocardial infarction", "grandfather"),
        ("Gran had a heart attack at 60.", "myocardial infarction", "grandmother"),
    ],
)
def test_relative_named_the_familiar_way(answer, condition_word, relation):
    got = family(facts("Anything that runs in the family?", answer))
    assert any(condition_word in c and r == relation for c, r in got), got


@pytest.mark.parametrize(
    "said",
    [
        "An old man in my street had a stroke.",
        "I saw my da yesterday, he's fine.",
        # "my old man" is a husband as often as a father: no relation is guessed
        "Well my old man, my husband, he had a heart attack last year.",
    ],
)
def test_no_relative_where_none_is_named(said):
    assert not family(facts("Anything else?", said))


def test_a_relatives_symptoms_are_not_the_patients():
    fs = facts("Anything else?", "Me mam has bad knees and a cough.")
    assert "cough" not in symptoms(fs)
