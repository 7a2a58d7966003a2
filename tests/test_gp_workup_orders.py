"""Orders said as a GP lists a work-up: liver and pancreas bloods by their own names, the overdue smear, and a
lay urine test glossed by the albumin test it is."""

from fact_readers import facts

from engine.types import FactKind


def _orders(fs):
    return {f.name for f in fs if f.kind == FactKind.order}


def _results(fs):
    return {f.name for f in fs if f.kind == FactKind.result}


def test_unpunctuated_bloods_list_is_read_to_its_end():
    fs = facts(
        "so here's what i want to do today bloods full blood count liver tests the g g t kidney function "
        "a clotting test and amylase",
        "okay",
    )
    assert {"full blood count", "liver function tests", "gamma-glutamyl transferase"} <= _orders(fs)
    assert {"kidney function", "clotting test", "amylase"} <= _orders(fs)
    assert not _results(fs)


def test_overdue_smear_booked_with_the_nurse_is_ordered():
    fs = facts("I can see your smear's overdue. Could you book that in with the nurse as well?", "Will do.")
    assert "cervical smear test" in _orders(fs)
    assert not _results(fs)  # a test still to be done is never a result


def test_blood_smear_is_not_the_cervical_smear():
    fs = facts("We'll do a blood smear to look at the cells.", "Okay.")
    assert "cervical smear test" not in _orders(fs)


def test_declined_clotting_test_is_not_ordered():
    fs = facts("I don't think we need a clotting test today.", "Okay.")
    assert "clotting test" not in _orders(fs)


def test_urine_test_glossed_by_the_microalbumin():
    fs = facts("i'm putting in a urine test for the kidneys the microalbumin and the eye pictures", "okay")
    assert "microalbumin" in _orders(fs)
    assert "urinalysis" not in _orders(fs)


def test_urine_test_and_microalbumin_are_two_tests():
    fs = facts("We'll do a urine test and the microalbumin.", "Okay.")
    assert {"urinalysis", "microalbumin"} <= _orders(fs)
