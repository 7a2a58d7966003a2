"""Bugs found reviewing the tenth session's change (6b80d83..c888020); every sentence is written for the test."""

from __future__ import annotations

import pytest
from fact_readers import facts, symptoms


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Do you have a cough?", "Non-productive, mostly at night, it keeps me awake.", "cough"),
        ("Any diarrhea?", "Non-bloody, but watery, like six times a day.", "diarrhea"),
    ],
)
def test_an_english_non_compound_is_no_french_no(question, answer, name):
    assert symptoms(facts(question, answer)).get(name) != "absent"


@pytest.mark.parametrize("answer", ["Non, pas du tout.", "Non.", "Non je ne pense pas."])
def test_a_french_no_still_denies(answer):
    assert symptoms(facts("Any fever?", answer)).get("fever") == "absent"
