"""Exam findings said the ways batch 11's clinics say them (session 9), each with variants another author would use.

Every sentence here was written for these tests (none is copied from the annotated encounters).
"""

from __future__ import annotations

import pytest

from engine.clinical.exam import exam_sentences, findings
from engine.clinical.sentences import split
from engine.types import Segment, Transcript


def exam(*turns):
    """Exam findings of a dialogue; a bare string is the clinician's, a (speaker, text) pair anyone's."""
    turns = [t if isinstance(t, tuple) else ("clinician", t) for t in turns]
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, text=t, speaker=who) for i, (who, t) in enumerate(turns)]
    sentences = split(Transcript(segments=segs, duration_s=len(segs) * 5.0))
    return findings(sentences, exam_sentences(sentences))


def triples(fs):
    return {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs}


def normal(fs):
    return {f.name: f.attributes["normal"] for f in fs}


@pytest.mark.parametrize(
    "said",
    [
        "Let me listen. Your heart is regular but a little fast.",
        "Let me listen. Heart regular, a bit quick.",
        "Let me listen. The heart's fast but regular.",
        "Let me listen to your chest. Heart is rapid and regular.",
    ],
)
def test_a_heart_regular_and_fast_is_one_abnormal_finding(said):
    fs = exam(said)
    assert normal(fs).get("regular, fast") == "no"
    assert "regular" not in normal(fs) and "tachycardic" not in normal(fs)


def test_a_regular_heart_alone_stays_normal_and_a_fast_one_tachycardic():
    assert normal(exam("Let me listen. Your heart is regular."))["regular"] == "yes"
    assert normal(exam("Let me listen. Your heart is a bit fast."))["tachycardic"] == "no"
    # a denied pace is no "regular, fast"
    assert "regular, fast" not in normal(exam("Let me listen. Heart is regular, not fast."))


@pytest.mark.parametrize(
    "said",
    [
        "Shoes and socks off for me. The skin is dry on both feet.",
        "Okay, take your shoes and socks off. Skin's dry on both feet.",
        "Let's do the feet now. Skin is dry on both feet.",
        "Let me check you over. Skin's dry on both feet.",
    ],
)
def test_undressing_or_naming_the_part_opens_the_exam(said):
    assert ("dry", "feet", "bilateral") in triples(exam(said))


def test_a_referral_ends_the_exam():
    fs = exam(
        "Shoes off, let's do the feet. There's a callus on the right heel.", "Referrals: the eye clinic and podiatry."
    )
    assert {f.attributes["site"] for f in fs} == {"heel"}


@pytest.mark.parametrize(
    "said, site",
    [
        ("Let me have a look. No clubbing of the fingers.", "fingers"),
        ("Let me have a look. Fingernails look normal.", "fingernails"),
        ("Let me examine you. Power is five out of five in all four limbs.", "limbs"),
        ("Let me examine you. Strength is full in the upper limbs.", "upper limbs"),
    ],
)
def test_digits_nails_and_limbs_in_the_plural_are_both_sides(said, site):
    assert {(f.attributes["site"], f.attributes["laterality"]) for f in exam(said)} == {(site, "bilateral")}


@pytest.mark.parametrize(
    "said",
    [
        "Let me examine you. Reflexes are normal and symmetrical.",
        "Let me examine you. Reflexes normal and symmetric.",
        "Let me examine you. The reflexes are equal.",
    ],
)
def test_a_state_that_compares_the_sides_is_bilateral(said):
    fs = exam(said)
    assert fs and all(f.attributes["laterality"] == "bilateral" for f in fs)


@pytest.mark.parametrize(
    "said, name",
    [
        ("Let me examine you. Finger to nose is normal.", "normal finger to nose"),
        ("Let me examine you. Coordination finger nose is fine.", "normal finger nose"),
        ("Let me examine you. Heel to shin is normal.", "normal heel to shin"),
        ("let me examine you reflexes are normal finger nose is fine", "normal finger nose"),
    ],
)
def test_coordination_tests_said_by_name(said, name):
    fs = exam(said)
    assert name in normal(fs)
    assert not any(f.attributes["site"] == "nose" for f in fs)  # the test is no finding of the nose


@pytest.mark.parametrize(
    "said",
    [
        "Let me look. Chest: wheeze on both sides.",
        "Let me listen. Wheeze all over both sides.",
        "Let me listen to your chest. There's wheeze across both sides.",
    ],
)
def test_both_sides_said_after_the_finding(said):
    assert any(f.name == "wheeze" and f.attributes["laterality"] == "bilateral" for f in exam(said))


@pytest.mark.parametrize(
    "said, site",
    [
        ("Let me look at your left forearm. Full range of motion in all the fingers and wrist.", "fingers and wrist"),
        ("Let me look at your left forearm. Full range of motion in all of your fingers.", "fingers"),
        ("Let me examine the right knee. The calf is soft.", "calf"),
    ],
)
def test_a_part_further_out_on_the_limb_examined_takes_its_side(said, site):
    fs = exam(said)
    assert any(f.attributes["site"] == site and f.attributes["laterality"] in ("left", "right") for f in fs)


def test_a_part_of_a_limb_named_with_a_side_elsewhere_takes_none():
    # the whole leg is not further out than the knee; an ankle named after a sided knee finding stays unsided
    fs = exam("Let me examine you. Right knee is tender. The ankle looks normal.")
    assert [f.attributes["laterality"] for f in fs if f.attributes["site"] == "ankle"] == [""]
