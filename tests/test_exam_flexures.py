"""The flexures a rash or a swelling is charted in are parts: "the antecubital fossae", "the popliteal fossa";
named in the plural they are both sides."""

from tests.fact_readers import findings


def test_antecubital_fossae_are_both_sides():
    got = findings("Let me look at the rash. The antecubital fossae have red scaly patches.")
    assert ("red scaly patches", "antecubital fossae", "bilateral", "no") in got


def test_popliteal_fossa_of_the_knee_examined():
    got = findings("Let me examine your left knee. There is no tenderness in the popliteal fossa.")
    assert ("no tenderness", "popliteal fossa", "left", "yes") in got
