"""Urine output asked as normal and answered well, or told by the nappy, is decreased urine output denied; sores
or cuts on the feet asked of a diabetic and denied are foot sores denied (batch 15 and 16's misses)."""

from fact_readers import facts, symptoms

_OUTPUT = "decreased urine output"


def test_peeing_normal_answered_yes():
    assert symptoms(facts("Is he peeing like normal?", "Yes, normal.")).get(_OUTPUT) == "absent"


def test_peeing_told_fine_or_wet_diaper():
    got = symptoms(facts("Is he drinking okay? Peeing?", "He drink the juice, and he pee normal, the diaper is wet."))
    assert got.get(_OUTPUT) == "absent"
    assert symptoms(facts("Eating?", "Not so much. But drinking, yes. Peeing is okay.")).get(_OUTPUT) == "absent"


def test_little_output_is_never_denied():
    assert _OUTPUT not in symptoms(facts("Wet nappies?", "Not many, only one today."))
    assert _OUTPUT not in symptoms(facts("Is she peeing okay?", "No, hardly anything today."))


def test_peeing_a_lot_asks_of_frequency():
    assert _OUTPUT not in symptoms(facts("Are you peeing a lot?", "Yes."))


def test_clinician_question_alone_denies_nothing():
    assert _OUTPUT not in symptoms(facts("Any wet nappies today?", "Let me think."))


def test_sores_or_cuts_on_the_feet_denied():
    assert symptoms(facts("any sores or cuts on the feet", "nope")).get("foot sores") == "absent"
    assert symptoms(facts("Any sores on the feet that aren't healing?", "No, no.")).get("foot sores") == "absent"


def test_sores_on_the_feet_told_are_present():
    assert symptoms(facts("Any sores on your feet?", "Yes, one on the heel.")).get("foot sores") == "present"
