"""Problems and history in dictated visits (session 11): how a chronic condition splits between the problem
list and past medical history, and the words that name no problem of the patient. Sentences written here."""

import pytest

from tests.fact_readers import facts, history, problems


def past(fs):
    """The names charted as past medical history."""
    return {name for name, _ in history(fs, "past_medical")}


# A "history of" list whose conditions the visit goes on to treat: problems, not past history.
@pytest.mark.parametrize(
    "opening",
    [
        "Paul is a 61 year old man with a past medical history significant for asthma , gout and hypertension "
        "who is here for follow up.",
        "She has a history of asthma, gout, and hypertension, and comes in for her check-up.",
        "So you've got a past medical history of asthma and gout and hypertension, right?",
        "Past medical history includes asthma, gout, hypertension.",
    ],
)
def test_history_list_taken_up_later_is_problem_only(opening):
    fs = facts(
        opening,
        "Yes.",
        "For your gout, let's keep the allopurinol going. For the hypertension, stay on the lisinopril. "
        "And your asthma sounds well controlled on the inhaler.",
    )
    assert {"gout", "hypertension"} <= problems(fs)
    assert not {"gout", "hypertension"} & past(fs)


def test_history_named_once_stays_past_history():
    fs = facts(
        "He has a history of gout and kidney stones, and today he's here about his knee.",
        "Yes, the knee has been bad.",
        "For your knee strain, rest and ice it.",
    )
    assert {"gout", "kidney stone"} <= past(fs)
