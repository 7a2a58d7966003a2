"""A yes told as the effort that brings the symptom on ("Any shortness of breath?" "On the stairs, yeah.").

Patients often answer a yes-or-no question with when it happens and never say yes; the effort answered is the
symptom there. An effort borne well, or one the answer then denies, must never chart the symptom present.
"""

from __future__ import annotations

import pytest
from fact_readers import facts, symptoms


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Any shortness of breath?", "On the stairs, yeah, I gotta stop halfway.", "shortness of breath"),
        ("Do you get winded?", "On the stairs at school, a little, I guess.", "shortness of breath"),
        ("Do you get short of breath?", "Going up the stairs I have to stop.", "shortness of breath"),
        ("Any chest pain?", "Walking up hills, yes.", "chest pain"),
        ("Any wheezing?", "With exercise mostly.", "wheezing"),
    ],
)
def test_an_effort_answered_is_a_yes(question, answer, name):
    assert symptoms(facts(question, answer)).get(name) == "present"


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Do you get winded?", "On the stairs? No, never.", "shortness of breath"),
        ("Any shortness of breath?", "Walking the dog is fine.", "shortness of breath"),
        ("Any shortness of breath?", "With activity, I haven't noticed it.", "shortness of breath"),
        ("Any chest pain?", "Walking, no.", "chest pain"),
        ("Any chest pain?", "Climbing stairs is no problem.", "chest pain"),
    ],
)
def test_an_effort_borne_well_or_denied_is_never_present(question, answer, name):
    assert symptoms(facts(question, answer)).get(name) != "present"
