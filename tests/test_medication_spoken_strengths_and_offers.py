"""Medications said the way patients and clinicians say them aloud: a strength digit by digit ("the eight seven
five", "point two five"), a mineral's bare strength ("Calcium, 600"), a bare name answering "did you try
anything?", the amount in the patient's next sentence ("I chew two tablets"), and an offered drug taken up
("Would you try the patches?" "I'll try.") as started."""

from engine.types import FactKind
from tests.fact_readers import facts


def _meds(*turns):
    return {f.label() for f in facts(*turns) if f.kind == FactKind.medication}


def _labels(*turns):
    return {f.label() for f in facts(*turns)}


def test_strength_said_digit_by_digit():
    got = _meds("What medicines do you take?", "Amoxicillin, the eight seven five, twice a day.")
    assert "amoxicillin 875 mg twice daily (active)" in got


def test_point_strength_keeps_every_digit():
    # 0.2 mg would be a wrong dose: "point two five" is 0.25
    got = _meds("What medicines do you take?", "Levothyroxine, point two five, every morning.")
    assert "levothyroxine 0.25 mg every morning (active)" in got


def test_mineral_bare_strength_is_the_tablet_not_a_level():
    got = _labels("Any supplements?", "Calcium, 600, with vitamin D, every day.")
    assert "calcium 600 mg (active)" in got
    assert not any(label.startswith("calcium:") for label in got)
    assert "magnesium 400 mg nightly (active)" in _meds("Any supplements?", "Magnesium 400 at night.")


def test_mineral_level_stays_a_result():
    got = _labels("How were my labs?", "Your calcium was 9.8 and magnesium 2.1, both normal.")
    assert not any(label.startswith(("calcium ", "magnesium ")) for label in got)


def test_bare_name_answers_what_was_tried():
    assert "ibuprofen (active)" in _meds("Did you try anything for it?", "Ibuprofen.")
    assert "acetaminophen (active)" in _meds("Anything for the headache?", "Tylenol.")


def test_someone_elses_drug_in_that_answer_is_not_charted():
    assert not _meds("Anything for the pain?", "No, nothing. My sister takes ibuprofen.")


def test_amount_in_the_patients_next_sentence():
    got = _meds("Anything for heartburn?", "Tums. I chew two tablets after dinner.")
    assert "calcium carbonate 2 tablets (active)" in got
    assert "tobacco: yes" not in _labels("Anything for heartburn?", "Tums. I chew two after dinner.")


def test_chewing_tobacco_still_read():
    assert "tobacco: yes" in _labels("Do you use tobacco?", "I chew two cans a week.")


def test_offer_taken_up_is_started():
    assert "nicotine patch (started)" in _meds("Would you try the nicotine patches?", "I'll try, doctor.")
    got = _meds(
        "Would you try the nicotine lozenges? The four milligram, one every hour or two.", "I'll try 'em. No promises."
    )
    assert "nicotine lozenge 4 mg (started)" in got


def test_offer_refused_is_not_charted():
    assert not _meds("Would you be willing to start sertraline?", "No, I'd rather not.")
    assert not _meds("Would you try the nicotine patches?", "I'll try to cut down on my own.")
