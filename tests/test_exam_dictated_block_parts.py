"""One dictated exam sentence that runs through many parts: "regular rate, rhythm" is one finding of the heart
even without its "and"; a pulse named by its artery is felt where that artery is (the radial at the wrist, the
pedal on the foot), never on the part the next finding of the list names; a 2+ pulse is the normal grade."""

from engine.types import FactKind
from tests.fact_readers import clinician_facts, facts

_BLOCK = (
    "all right, so on this exam today, we have a very pleasant, cooperative, healthy male, no distress. his heart"
    " rate is regular rate , rhythm , 2+ radial pulse , no swelling or bruising in the palm over the volar surface"
    " of his right index finger ."
)


def _exam(fs):
    return {f.label(): f.attributes for f in fs if f.kind == FactKind.exam}


def test_rate_and_rhythm_dictated_without_and():
    assert "regular rate and rhythm (heart)" in _exam(clinician_facts("On exam, his heart is regular rate, rhythm."))
    assert "regular rate and rhythm (heart)" in _exam(clinician_facts("On exam heart regular rate and rhythm."))


def test_the_block_keeps_each_part_its_own():
    got = _exam(clinician_facts(_BLOCK))
    assert "regular rate and rhythm (heart)" in got
    assert "2+ radial pulse (wrist)" in got
    assert got["2+ radial pulse (wrist)"]["normal"] == "yes"
    assert not any(k.startswith(("regular rate and rhythm (", "2+ radial pulse (")) and "palm" in k for k in got)


def test_a_weak_pulse_is_no_normal_grade():
    got = _exam(clinician_facts("On exam, 1+ radial pulse on the left, no swelling of the left hand."))
    assert all(v["normal"] == "no" for k, v in got.items() if "radial pulse" in k)


def test_an_irregular_rhythm_is_never_regular():
    got = _exam(clinician_facts("On exam his heart is irregular rate, rhythm is irregularly irregular."))
    assert not any(k.startswith("regular rate and rhythm") for k in got)


def test_a_pulse_only_asked_about_is_not_charted():
    got = _exam(facts("Has anyone ever told you your radial pulse is weak?", "No."))
    assert not any("pulse" in k for k in got)
