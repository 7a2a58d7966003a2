"""Results said by a lay name glossed with the test's own ("kidney function, the egfr, 52") and the echo's
number in lay words ("the heart pumping at about 40 percent") (labs.py, test_vocabulary.py)."""

from engine.types import FactKind
from tests.fact_readers import clinician_facts


def _results(text):
    return {f.name: f.attributes.get("value") for f in clinician_facts(text) if f.kind == FactKind.result}


def test_a_value_after_a_panel_glossed_by_its_analyte():
    assert _results("Your bloods are back. Kidney function, the eGFR, sixty-four.").get("egfr") == "64"


def test_the_heart_pumping_at_a_percent_is_the_ejection_fraction():
    got = _results("The echo last month showed the heart pumping at about forty percent.")
    assert got.get("ejection fraction") == "40 percent"
    assert "echocardiogram" not in got


def test_the_heart_pumping_with_no_number_is_no_result():
    assert "ejection fraction" not in _results("Your heart's pumping away nicely and there's no murmur.")


def test_a_lab_listed_after_a_panel_is_ordered():
    fs = clinician_facts("I'll order a BMP and a magnesium today.")
    assert {"basic metabolic panel", "magnesium"} <= {f.name for f in fs if f.kind == FactKind.order}
