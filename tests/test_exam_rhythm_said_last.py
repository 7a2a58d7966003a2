"""The heart's rhythm said as the subject, its state after: "rhythm is regular" is the note's regular rhythm,
of the heart. A rhythm said not to be regular is never charted as a regular one."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.exam]


def test_rhythm_is_regular():
    got = _exam("Let me examine you. Heart has a soft flow murmur; rhythm is regular. Lungs are clear.", "Okay.")
    assert "regular rhythm (heart)" in got
    assert "regular rhythm (heart)" in _exam("Let me listen. The rhythm's regular, no murmur.", "Okay.")


def test_rhythm_not_regular_is_no_regular_rhythm():
    assert not any("regular rhythm" in g for g in _exam("Let me listen. The rhythm is not regular.", "Okay."))
