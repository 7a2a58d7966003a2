"""The lay words a clinician says of a part on exam, charted in the note's words: a neck that is "soft" is
supple, "no big glands" is no lymphadenopathy, a nose seen "running" is rhinorrhea. A runny nose recalled
from the history is the patient's symptom, never an exam finding."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_soft_neck_is_supple():
    got = _exam("Let me feel your neck. Neck is soft, and she moves it fine.", "Okay.")
    assert "supple (neck)" in got
    assert "soft (neck)" not in got


def test_soft_belly_stays_soft():
    assert "soft (abdomen)" in _exam("Let me examine your tummy. Her belly is soft.", "Okay.")


def test_no_big_glands_is_no_lymphadenopathy():
    assert "no lymphadenopathy (neck)" in _exam("Let me examine her. No big glands in the neck.", "Okay.")
    assert "no lymphadenopathy (neck)" in _exam("Let me examine her. Neck is soft, no big glands.", "Okay.")


def test_nose_seen_running_is_rhinorrhea():
    assert "rhinorrhea (nose)" in _exam("Let me examine him. Nose is running, clear to greenish.", "Okay.")
    assert "rhinorrhea (nose)" in _exam("Let me examine him. His nose's running a little.", "Okay.")


def test_runny_nose_in_history_is_no_exam_finding():
    got = _exam("Let me examine her. She's had a runny nose. Her throat is red.", "Okay.")
    assert not any("rhinorrhea" in g or "runny" in g for g in got)
    assert _exam("Keep the nose clean if it's running.", "Okay.") == []
