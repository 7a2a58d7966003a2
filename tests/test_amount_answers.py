"""How much of a symptom the patient says (session 21): the word asked about said back with an amount is a
hedged yes ("Pain, a bit."), and an amount of something else after a no ends the denial ("No, a little
heartburn." denies the chest pain, not the heartburn). The polarity of each is checked both ways."""

import pytest
from fact_readers import facts, symptoms

from engine.types import FactKind


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Any sore throat?", "Sore, a bit.", "sore throat"),
        ("Any chest pain?", "Pain, a bit.", "chest pain"),
    ],
)
def test_the_word_said_back_with_an_amount_is_a_hedged_yes(question, answer, name):
    (f,) = [f for f in facts(question, answer) if f.kind == FactKind.symptom]
    assert f.name == name and not f.negated and f.attributes.get("certainty") == "possible"


@pytest.mark.parametrize(
    "answer",
    [
        "Before, a little.",
        "No, not even a little.",
        "Nothing, a bit.",
        # another word said with an amount is no yes to what was asked (review, session 21)
        "Indigestion, a bit.",
        "Reflux, sometimes.",
    ],
)
def test_an_amount_after_a_no_or_in_the_past_is_no_yes(answer):
    assert symptoms(facts("Any chest pain?", answer)).get("chest pain") != "present"


@pytest.mark.parametrize(
    ("turns", "denied", "present"),
    [
        (("Any chest pain?", "No, a little heartburn."), "chest pain", "heartburn"),
        ((("patient", "No chest pain, a bit of a cough."),), "chest pain", "cough"),
    ],
)
def test_an_amount_of_something_else_ends_the_denial(turns, denied, present):
    got = symptoms(facts(*turns))
    assert got[denied] == "absent" and got[present] == "present"


def test_a_list_denied_is_still_denied():
    assert symptoms(facts(("patient", "No fever, no chills."))) == {"fever": "absent", "chills": "absent"}


@pytest.mark.parametrize(
    ("said", "relation"),
    [
        ("My mom had diabetes, a bit of heart disease too.", "mother"),
        ("My dad has high blood pressure, a little arthritis.", "father"),
    ],
)
def test_an_amount_ends_a_denial_but_not_a_relatives_history(said, relation):
    fs = facts(("patient", said))
    assert not [f for f in fs if f.kind == FactKind.problem]
    assert {f.attributes.get("relation") for f in fs if f.kind == FactKind.history} == {relation}


def test_a_hedge_before_the_amount_holds():
    (f,) = [f for f in facts("Any cold symptoms?", "Maybe a little runny nose.") if f.kind == FactKind.symptom]
    assert not f.negated and f.attributes.get("certainty") == "possible"
