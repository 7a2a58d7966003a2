"""Misreadings an independent review found in the batch-20 exam readings, each reproduced first."""

from fact_readers import clinician_facts

from engine.types import FactKind


def exam(*turns):
    return {
        (f.name, f.attributes["site"], f.attributes["laterality"])
        for f in clinician_facts(*turns)
        if f.kind == FactKind.exam
    }


def test_an_examiner_switching_sides_goes_on_examining():
    got = exam("Let me look in your ears. I'm going to switch to the other side now, and the left eardrum is red.")
    assert ("erythema", "tympanic membrane", "left") in got


def test_adding_pressure_is_no_drug_added():
    got = exam(
        "Let me examine your belly. I'm going to add a little pressure here, and you do have tenderness over "
        "the right lower quadrant."
    )
    assert any(name == "tenderness" for name, _site, _side in got)


def test_a_finding_taught_with_its_article_is_no_diagnosis():
    got = exam("Listening to your heart, there is what we call a murmur, and both ankles are swollen.")
    assert ("murmur", "heart", "") in got and ("swelling", "ankles", "bilateral") in got


def test_this_foot_after_moving_to_the_other_foot_takes_no_side_of_the_first():
    got = exam(
        "Let me see your feet. The left big toe is red and swollen. Now let me check the other foot. "
        "Pulses are good in this foot."
    )
    assert ("normal pulses", "foot", "left") not in got
    got = exam("Let me see your feet. The left big toe is red and swollen. Pulses are good in that foot.")
    assert ("normal pulses", "foot", "left") in got
