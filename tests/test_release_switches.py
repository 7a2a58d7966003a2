"""A switch to another release form of the same drug is charted as two lines: the old product stopped, the new
one started with the dose said with the switch (engine/clinical/release_switches.py)."""

import pytest
from fact_readers import facts, meds

C, P = "clinician", "patient"


def test_a_switch_to_the_extended_release_stops_the_old_product_and_starts_the_new():
    got = meds(
        facts(
            (P, "I take metformin, 500 milligrams twice a day, but the evening one upsets my stomach."),
            (
                C,
                "Let's stop the regular metformin and switch you to the extended-release, the long-acting kind. "
                "It's easier on the stomach. Two of the five hundreds, once a day with supper.",
            ),
        )
    )
    assert got["metformin"]["status"] == "stopped" and got["metformin"]["dose"] == "500 mg"
    new = got["metformin extended-release"]
    assert new["status"] == "started" and new["dose"] == "1000 mg" and new["switched_from"] == "metformin"


def test_the_old_product_keeps_only_what_was_said_of_it():
    # the only dose said is the new product's: the stopped line shows none rather than the new one's, and its
    # evidence is the words said before the switch
    fs = facts(
        (P, "The metformin hurts my stomach."),
        (C, "Then let's stop the regular metformin and switch you to the extended-release, so a thousand milligrams."),
    )
    old = next(f for f in fs if f.name == "metformin")
    assert old.attributes["status"] == "stopped" and "dose" not in old.attributes
    assert all("thousand" not in e.quote for e in old.evidence)
    new = next(f for f in fs if f.name == "metformin extended-release")
    assert new.attributes["dose"] == "1000 mg"


def test_a_salt_named_as_the_new_product():
    got = meds(
        facts(
            (P, "I take metoprolol tartrate 25 twice a day."),
            (C, "Let's switch to the succinate, 50 once a day."),
        )
    )
    assert got["metoprolol"]["status"] == "stopped"
    assert got["metoprolol succinate"]["status"] == "started" and got["metoprolol succinate"]["dose"] == "50 mg"


def test_letters_after_the_drug_name_the_form():
    got = meds(facts((C, "So we'll switch you to metformin ER, 500 milligrams with supper.")))
    assert got["metformin extended-release"]["dose"] == "500 mg"
    assert "metformin" not in got  # nothing was said of an old product: no stopped line is invented


@pytest.mark.parametrize(
    "lines",
    [
        # a switch offered for later is not made
        [(P, "I take metformin 500 twice a day."), (C, "If the stomach is still bad we could switch you to the XR.")],
        # "the ER" is the emergency room
        [(P, "I take metformin 500 twice a day."), (C, "If you get chest pain, go to the ER. Switch to the ER.")],
        # long-acting insulin is another drug, not a release form of the one taken
        [(P, "I take metformin 500 twice a day."), (C, "I'd like to move you to the long-acting insulin at night.")],
        # the patient's own words are not a prescription
        [(P, "I take metformin 500 twice a day. My friend switched to the XR.")],
        # refused, put off or offered (a review's cases)
        [(P, "I take metformin 500 twice a day."), (C, "Let's not switch you to the extended release yet.")],
        [(P, "I take metformin 500 twice a day."), (C, "Don't change to the extended release on your own.")],
        [(P, "I take metformin 500 twice a day."), (C, "We will switch you to the extended release if it's bad.")],
        [
            (P, "I take metformin 500 twice a day."),
            (C, "Next visit we'll talk about switching to the extended release."),
        ],
        # another noun after the form
        [(P, "I take metformin 500 twice a day. My shirts are XL."), (C, "Change to the XL shirt then.")],
        [(P, "I take metformin 500 twice a day."), (C, "Let's move on to the extended release question on your form.")],
    ],
)
def test_no_switch_is_read_where_none_was_made(lines):
    got = meds(facts(*lines))
    assert not any(name.endswith(("extended-release", "succinate")) for name in got)
    assert got["metformin"]["status"] != "stopped"


def test_the_drug_switched_is_never_guessed_between_two():
    # "Changing you to the XR" after two drugs: which one is a guess, and a guessed drug is the worst output
    got = meds(facts((P, "I take venlafaxine 75 twice a day and lisinopril 10."), (C, "Changing you to the XR.")))
    assert not any(name.endswith("extended-release") for name in got)
    assert got["lisinopril"]["status"] == "active"


def test_a_long_acting_insulin_is_another_drug():
    got = meds(facts((P, "I take Lantus and NovoLog."), (C, "We'll move you to a long-acting one at bedtime.")))
    assert not any(name.endswith("extended-release") for name in got)


def test_a_switch_said_with_the_new_dose_leaves_the_old_product_without_it():
    # the rules read "switch to nifedipine XL 30 mg" as a change of dose: the 30 mg is the new product's only
    got = meds(facts((P, "I take nifedipine 10 three times a day."), (C, "Switch to nifedipine XL 30 mg once daily.")))
    assert got["nifedipine"]["status"] == "stopped" and got["nifedipine"].get("dose") != "30 mg"
    assert got["nifedipine extended-release"]["dose"] == "30 mg"
