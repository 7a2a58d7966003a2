"""The neck veins as the patient is told about them: "not up" is no jugular venous distension, "full" is
distension; "up" said of anything else is no finding. The sign keeps the spelling said."""

from tests.fact_readers import findings


def test_neck_veins_not_up_is_no_distension():
    got = findings("Let me examine you. The neck veins aren't up, and the heart is regular.")
    assert ("no jugular venous distension", "neck", "", "yes") in got


def test_full_neck_veins_are_distension():
    got = findings("Let me take a look. His neck veins are full when he sits up.")
    assert ("jugular venous distension", "neck", "", "no") in got


def test_up_said_of_other_things_is_no_finding():
    got = findings("Let me examine you. No glands up in the neck. Your sugar is up a bit.")
    assert not any("jugular" in name for name, *_ in got)


def test_the_spelling_said_is_kept():
    got = findings("On your neck exam there is no jugular venous distention.")
    assert any(name == "no jugular venous distention" for name, *_ in got)
