"""Where sentences end (engine/clinical/sentences.py): never after a title, whose name belongs to the sentence."""

import pytest
from fact_readers import facts

from engine.clinical.sentences import split
from engine.evaluation import text_transcript


@pytest.mark.parametrize("title", ["Dr.", "dr.", "Mr.", "Mrs.", "Ms."])
def test_a_title_ends_no_sentence(title):
    said = f"I will send a letter to {title} Okafor about the knee. See you in two weeks."
    got = [s.text for s in split(text_transcript([("clinician", said)]))]
    assert got == [f"I will send a letter to {title} Okafor about the knee.", "See you in two weeks."]


def test_a_referral_to_a_named_doctor_keeps_its_specialty():
    got = facts("I will refer you to Dr. Patel in cardiology for the chest pain.", "Okay.")
    assert any(f.kind == "order" and "cardiology" in f.name for f in got)
