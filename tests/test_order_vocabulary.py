"""Tests named by ward shorthand and by the names the older tables lacked (test_vocabulary.py, imaging_names.py)."""

import pytest

from engine.types import FactKind
from tests.fact_readers import clinician_facts


def _orders(text):
    return {f.name for f in clinician_facts(text) if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "said, wanted",
    [
        ("Let's draw a chem 7 and a coag panel this morning.", {"basic metabolic panel", "coagulation panel"}),
        ("I'll send lytes, a creatinine and a retic count.", {"basic metabolic panel", "reticulocyte count"}),
        ("I'm ordering a QuantiFERON and a hepatitis B titer.", {"quantiferon", "hepatitis b surface antibody"}),
        ("We'll place a PPD test before you go.", {"tb skin test"}),
        ("Let's do a glucose tolerance test next week.", {"oral glucose tolerance test"}),
        ("I'd like to arrange skin prick testing and an EEG.", {"skin prick test", "eeg"}),
        ("I'm sending you for a bone scan and a HIDA scan.", {"bone scan", "hida scan"}),
        ("Let's get a Doppler of the right leg to look for a clot.", {"doppler of the right leg"}),
        ("I'll book a chest CT for that spot on the lung.", {"ct of the chest"}),
        ("We'll send the urine for culture and test your stool for blood.", {"urine culture"}),
    ],
)
def test_a_test_by_its_shorthand_or_new_name_is_ordered(said, wanted):
    assert wanted <= _orders(said)


def test_a_glucose_tolerance_test_is_not_a_glucose():
    assert "glucose" not in _orders("Let's do a glucose tolerance test next week.")


def test_the_clotting_time_is_not_physical_therapy():
    got = _orders("I'll draw a PT/INR and a PT and PTT today.")
    assert "referral to physical therapy" not in got
    assert "inr" in got


def test_physical_therapy_said_short_is_still_a_referral():
    assert "referral to physical therapy" in _orders("I'll send you to PT for the shoulder.")


def test_the_handheld_doppler_and_postpartum_depression_are_no_orders():
    assert not _orders("Let's get the doppler and have a listen to baby's heartbeat.")
    assert not _orders("We'll screen you for PPD at your six week check.")


def test_a_pulse_heard_by_doppler_is_no_order():
    assert not _orders("Pedal pulses are dopplerable on both sides.")


def test_the_chest_x_ray_keeps_its_own_name():
    got = _orders("We'll get a chest x-ray today.")
    assert "chest x-ray" in got and not any(n.startswith("x-ray of") for n in got)
