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
    ],
)
def test_no_switch_is_read_where_none_was_made(lines):
    got = meds(facts(*lines))
    assert not any(name.endswith(("extended-release", "succinate")) for name in got)
    assert got["metformin"]["status"] != "stopped"
