"""A mineral read off a bag or a list with how it is taken ("The potassium, twenty, once a day", "The iron I take
one in the morning") is a drug; the same mineral as a lab, planned or by its sample, is not."""

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _meds(*turns):
    lines = [["clinician" if who == "C" else "patient", text] for who, text in turns]
    return {f.name for f in extract(text_transcript(lines)) if f.kind.value == "medication"}


def test_a_mineral_read_off_the_bag_with_its_schedule_is_a_drug():
    assert "potassium chloride" in _meds(("P", "The potassium, twenty, once a day. Atorvastatin forty at night."))
    said = ("P", "The iron I take one in the morning. Folic acid also, once a day.")
    assert "ferrous sulfate" in _meds(("C", "And the pregnancy tablets?"), said)


def test_the_same_mineral_as_a_lab_is_not():
    assert not _meds(("C", "We'll check your potassium once a week."), ("P", "Okay."))
    assert not _meds(("C", "We'll do a urine calcium twice a day collection."), ("P", "Okay."))
    assert not _meds(("C", "The calcium was high at 11.2 in the morning sample."), ("P", "Okay."))
    assert not _meds(("C", "Your potassium was 4.2, that's normal."), ("P", "Good."))
