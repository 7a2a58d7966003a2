"""Pale inside the eyelids is the conjunctival pallor a note charts for anaemia, however it is told: "the inner
eyelids are pale", "you're a bit pale inside the eyelids", "the eyes look pale". Pale elsewhere stays pale."""

from tests.fact_readers import findings


def test_inner_eyelids_pale_is_conjunctival_pallor():
    got = findings("Let me examine you. Pull down your lower lids for me. The inner eyelids look pale.")
    assert ("pallor", "conjunctiva", "", "no") in got


def test_said_of_the_patient():
    got = findings("Let me take a look at you. You're quite pale inside the eyelids.")
    assert ("pallor", "conjunctiva", "", "no") in got


def test_pale_eyes_then_no_yellowness():
    got = findings("Let me examine you. The eyes are pale, but no yellowness.")
    assert ("pallor", "conjunctiva", "", "no") in got
    assert any(name == "no jaundice" for name, *_ in got)


def test_pale_nasal_mucosa_stays_pale():
    got = findings("Let me look in your nose. The nasal mucosa is pale and boggy.")
    assert any(name == "pale" and site == "nasal mucosa" for name, site, *_ in got)
