"""A pulse felt regular is a normal finding; an irregular one never is."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(said):
    got = facts("Let me take a look at you.", "Okay.", said, "Okay.")
    return [(f.name, f.attributes.get("normal")) for f in got if f.kind == FactKind.exam]


def test_a_regular_pulse_is_normal():
    assert ("regular pulse", "yes") in _exam("The pulse is regular.")


def test_an_irregular_pulse_is_abnormal():
    assert ("irregular pulse", "no") in _exam("The pulse is irregular.")
    assert ("regular pulse", "yes") not in _exam("The pulse is irregular.")
