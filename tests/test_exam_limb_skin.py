"""The skin looked at during a limb's exam is charted on that limb's line, as a note writes it ("Feet: skin
intact, no ulcers"): its states named as the skin's, its signs as they are."""

from tests.fact_readers import findings


def test_skin_of_both_feet_is_on_the_feet():
    got = findings("Okay, socks off and let me see your feet. The skin looks intact, no sores.")
    assert ("skin intact", "feet", "bilateral", "yes") in got
    assert ("no sores", "feet", "bilateral", "yes") in got


def test_an_abnormal_skin_state_reads_as_a_note_writes_it():
    got = findings("Let me look at your right hand. The skin is dry.")
    assert ("dry skin", "hand", "right", "no") in got


def test_skin_said_not_intact_keeps_the_skin_first():
    got = findings("Let me look at your left foot. The skin is not intact.")
    assert ("skin not intact", "foot", "left", "no") in got


def test_skin_of_the_knee_examined_takes_the_knee():
    got = findings("Let me examine your left knee. I don't see any bruising of the skin.")
    assert ("no bruising", "knee", "left", "yes") in got


def test_skin_with_no_limb_examined_stays_the_skin():
    got = findings("Let me look at your back. The skin is dry, no rash.")
    assert ("dry", "skin", "", "no") in got
