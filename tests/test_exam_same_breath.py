"""Findings of one sentence read against each other: a part called normal in passing and then described is
charted as its description; a grade said of "it" after a function was graded is that function's grade."""

from tests.fact_readers import findings


def test_normal_in_passing_then_described_is_the_description():
    got = findings("Let me look at your hands. The left hand looks fine, no swelling.")
    assert ("no swelling", "hand", "left", "yes") in got
    assert not any(name == "normal" for name, *_ in got)


def test_normal_with_a_function_tested_is_kept():
    # the knee looked at and the knee moved are two elements of the exam
    got = findings("Let me examine your knees. The right knee is normal with full range of motion.")
    assert any(name == "normal" and site == "knee" for name, site, *_ in got)
    assert any("range of motion" in name for name, *_ in got)


def test_normal_of_another_part_is_kept():
    got = findings("Let me look at your ears. The right ear is normal, the left drum is red.")
    assert any(name == "normal" and side == "right" for name, _site, side, _n in got)


def test_a_grade_of_it_is_the_function_just_graded():
    got = findings(
        "Let me check your feet. Vibration sense is decreased at the toes on both feet, and on the right heel "
        "also it is decreased."
    )
    assert ("decreased vibration sense", "heel", "right", "no") in got
    assert not any(name == "decreased" for name, *_ in got)


def test_the_sole_is_a_part():
    got = findings("Let me check your feet. Sensation is reduced on the right sole.")
    assert ("reduced sensation", "sole", "right", "no") in got


def test_that_is_a_function_graded_is_read_whole():
    got = findings("Let me check your feet. You can't feel the filament on the toes, so that's decreased sensation.")
    assert any(name == "decreased sensation" for name, *_ in got)
    assert not any(name == "decreased" for name, *_ in got)
