"""Spoken exams read whole: an unpunctuated exam that asks for "take some deep breaths" goes on being the
exam; "you got a callus" and "and another bruise" after a denial are found, not denied; a sided part said as a
heading ("Left ear, there's discharge in the canal") places what follows on it instead of repeating the other
side's findings. The plan ("take the ibuprofen") still ends the exam, and a denied sign stays denied."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    """(name, site, laterality, normal) of the exam findings of a visit."""
    return [
        (f.name, f.attributes.get("site"), f.attributes.get("laterality"), f.attributes.get("normal"))
        for f in facts(*turns)
        if f.kind == FactKind.exam
    ]


_RUN_ON = (
    "okay vitals today blood pressure one thirty four over seventy eight pulse eighty four let me listen take "
    "some deep breaths breath sounds are diminished all over with a few faint wheezes on both sides heart's "
    "regular no murmur socks off let me see the feet skin's intact no ulcers you got a callus on the right big toe"
)


def test_deep_breaths_asked_for_do_not_end_an_unpunctuated_exam():
    got = _exam(_RUN_ON, "okay")
    names = {n for n, *_ in got}
    assert {"diminished breath sounds", "faint wheezes", "no murmur"} <= names


def test_a_finding_told_after_a_denial_is_found():
    got = _exam(_RUN_ON, "okay")
    assert ("callus", "great toe", "right", "no") in got
    assert ("no ulcers", "feet", "bilateral", "yes") in got
    assert not any(n == "no callus" for n, *_ in got)


def test_another_finding_after_a_denial_is_found():
    got = _exam(
        "let me look at the hip big bruise on the outside of the left hip but the hip moves fully and it doesn't "
        "hurt when i rotate it and another bruise on the left forearm",
        "okay",
    )
    assert ("bruise", "forearm", "left", "no") in got
    assert not any(n == "no bruise" for n, *_ in got)


def test_another_said_after_or_stays_denied():
    got = _exam("Let me examine you. No swelling in the right ankle or another joint.", "Okay.")
    assert ("no swelling", "ankle", "right", "yes") in got
    assert not any(n == "swelling" for n, *_ in got)


def test_the_plan_still_ends_the_exam():
    got = _exam("Let me have a look. Your throat is red. Take the ibuprofen and the swelling will go down.", "Okay.")
    assert ("erythema", "throat", "", "no") in got
    assert not any(n == "swelling" for n, *_ in got)


def test_a_sided_part_said_as_a_heading_places_the_findings_after_it():
    got = _exam(
        "Let me look in his ears. Right ear first, the eardrum looks normal. Left ear, there's some yellow "
        "discharge in the canal.",
        "Okay.",
    )
    assert ("yellow discharge", "canal", "left", "no") in got
    assert ("normal", "tympanic membrane", "left", "yes") not in got


def test_a_side_said_alone_is_still_the_same_there():
    got = _exam("Let me look in your ears. The right eardrum is dull, left too.", "Okay.")
    assert ("dull", "tympanic membrane", "left", "no") in got
