"""Plain words for common exam findings: the liver and spleen the clinician "can't feel" are not palpable (a
normal finding, unlike a spleen that is palpable), a neck that is "not stiff" has no stiffness, "no
yellowness" is no jaundice, a coated tongue and a moist mouth are charted, and a child "breathing
comfortably" is a normal finding. A liver felt enlarged, a stiff neck and a patient not breathing comfortably
are never charted as normal."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(said):
    """(name, site, laterality, normal) of the exam findings after one clinician turn."""
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in facts(said, "Okay.")
        if f.kind == FactKind.exam
    ]


def test_organs_not_felt_are_not_palpable():
    got = _exam("Now lie back. The tummy is soft, no tenderness, I can't feel the spleen or the liver.")
    assert ("not palpable", "spleen", "", "yes") in got
    assert ("not palpable", "liver", "", "yes") in got


def test_one_organ_not_felt():
    got = _exam("Let me press on your tummy. I can't feel your liver.")
    assert ("not palpable", "liver", "", "yes") in got


def test_a_palpable_spleen_is_abnormal():
    got = _exam("Let me examine your tummy. The spleen is palpable.")
    assert ("palpable", "spleen", "", "no") in got


def test_an_organ_felt_enlarged_is_not_read_as_not_palpable():
    got = _exam("Let me examine your tummy. I don't feel the liver enlarged.")
    assert not any(n == "not palpable" for n, *_ in got)


def test_a_neck_not_stiff_and_a_stiff_one():
    assert ("no stiffness", "neck", "", "yes") in _exam("Let me examine you. And the neck is not stiff.")
    assert ("stiffness", "neck", "", "no") in _exam("Let me examine you. The neck is stiff.")


def test_no_yellowness_is_no_jaundice():
    got = _exam("Let me examine you. Look up for me. No yellowness in the eyes.")
    assert any(n == "no jaundice" and ok == "yes" for n, _, _, ok in got)


def test_coated_tongue_and_moist_mouth():
    got = _exam("Let me examine you. The tongue is coated. Mouth is moist.")
    assert ("coated", "tongue", "", "no") in got
    assert ("moist", "mouth", "", "yes") in got


def test_moist_skin_is_not_a_normal_finding():
    got = _exam("Let me examine you. The skin is moist.")
    assert not any(n == "moist" and ok == "yes" for n, _, _, ok in got)


def test_breathing_comfortably_is_normal():
    got = _exam("Let me listen. Lungs are clear, he's breathing comfortably.")
    assert ("breathing comfortably", "", "", "yes") in got
    assert not any(n == "breathing comfortably" for n, *_ in _exam("Let me listen. She is not breathing comfortably."))
