"""A state's subject is the whole part said, not the last few words before the verb: "the fourth and fifth
knuckles are swollen" is of both knuckles, and "the knuckles on both hands" of the knuckles of both hands.
A knuckle counted by its finger is that finger's metacarpophalangeal joint, as a note writes it."""

from tests.fact_readers import findings


def test_counted_knuckles_are_the_mcp_joints_of_both_hands():
    got = findings("Let me see your hands. The fourth and fifth knuckles on both hands are warm and swollen.")
    assert ("swelling", "fourth and fifth metacarpophalangeal joints", "bilateral", "no") in got
    assert ("warmth", "fourth and fifth metacarpophalangeal joints", "bilateral", "no") in got


def test_one_counted_knuckle_keeps_the_hand_side():
    got = findings("Let me see your left hand. The first knuckle is tender.")
    assert ("tenderness", "first metacarpophalangeal joint", "left", "no") in got


def test_knuckles_not_counted_stay_as_said():
    got = findings("Let me see your hands. No swelling in the knuckles.")
    assert ("no swelling", "knuckles", "bilateral", "yes") in got


def test_a_long_subject_is_read_whole():
    got = findings("Let me examine your feet. The second and third toes on the right foot are red.")
    assert ("erythema", "second and third toes", "right", "no") in got
