"""Shisha, hookah, nargile and bidis are tobacco: "shisha with friends on the weekend, not cigarettes" is a
current habit, never a non-smoker; a relative's shisha is not the patient's."""

from fact_readers import facts

from engine.types import FactKind


def _tobacco(fs):
    return next(
        (f.attributes["value"] for f in fs if f.kind == FactKind.history and f.name == "tobacco"),
        None,
    )


def test_shisha_not_cigarettes_is_current_tobacco():
    fs = facts("And smoking?", "Shisha with friends on the weekend. Not cigarettes.")
    assert _tobacco(fs) not in (None, "never", "denies")


def test_hookah_with_a_not_beside_it():
    fs = facts("Do you smoke at all?", "Hookah at the cafe, most evenings. Not cigarettes, no.")
    assert _tobacco(fs) not in (None, "never", "denies")


def test_a_fathers_shisha_is_not_the_patients():
    fs = facts("Anyone smoking at home?", "His father smokes shisha outside, not in the flat.")
    assert _tobacco(fs) is None
