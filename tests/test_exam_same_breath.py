"""Findings of one sentence read against each other: the skin of a limb called fine in passing and then
described is charted as its description; a grade said of "it" after a function was graded is that
function's grade."""

from tests.fact_readers import findings


def test_skin_fine_in_passing_then_described_is_the_description():
    got = findings("Socks off, let me see your feet. The skin looks fine, no sores, no calluses.")
    assert ("no sores", "feet", "bilateral", "yes") in got
    assert not any(name == "skin normal" for name, *_ in got)


def test_skin_fine_with_a_function_tested_is_kept():
    # the skin looked at and the pulses felt are two elements of the exam
    got = findings("Socks off, let me see your feet. The skin looks fine, pulses are good.")
    assert ("skin normal", "feet", "bilateral", "yes") in got


def test_another_part_called_normal_then_described_keeps_its_normal():
    # notes chart the ear normal as its own line
    got = findings("Let me look in your ears. Ears look healthy, no fluid.")
    assert any(name == "normal" for name, *_ in got)


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
