"""A tablet's strength said as a lone "thousand" ("Glucophage thousand?" "Thousand, yes."), the strength said back
as the yes, and a drug's description between its name and its strength ("the big one, the thousand")."""

from fact_readers import facts

from engine.clinical.numbers import normalise
from engine.types import FactKind


def _meds(*turns):
    return [
        (f.name, f.attributes.get("dose"), f.attributes.get("status"))
        for f in facts(*turns)
        if f.kind == FactKind.medication
    ]


def test_a_lone_thousand_is_1000_and_never_more():
    assert normalise("Glucophage thousand?").text == "Glucophage 1000?"
    assert normalise("thousand and thousand").text == "1000 and 1000"
    assert normalise("thousand five hundred").text == "1500"
    assert normalise("two thousand").text == "2000"
    assert normalise("thousands of them").text == "thousands of them"


def test_the_strength_said_back_with_a_yes_confirms_the_drug():
    got = _meds(
        ("clinician", "Glucophage thousand?"), ("patient", "Thousand, yes. One after breakfast, one after dinner.")
    )
    assert got == [("metformin", "1000 mg", "active")]


def test_another_strength_said_back_is_no_yes_to_the_one_asked():
    assert ("metformin", "1000 mg", "active") not in _meds(
        ("clinician", "Glucophage thousand?"), ("patient", "500, yes.")
    )


def test_a_description_between_the_name_and_its_strength():
    got = _meds(("patient", "The Glucophage, the big one, the thousand. I take it at night."))
    assert got == [("metformin", "1000 mg", "active")]
