"""Symptoms in forms any speaker may use: the dropped g, a plural, "fits", appetite without an article, the head
"paining", the nose "was running", an exclamation before the answer (batch 16's misses, fixed as classes)."""

from fact_readers import facts, symptoms


def test_dropped_g_forms_are_the_symptom():
    got = symptoms(facts("What's been going on?", "i been coughin and throwin up all night and sweatin"))
    assert got.get("cough") == "present"
    assert got.get("vomiting") == "present"
    assert got.get("sweating") == "present"


def test_dropped_g_form_denied_stays_denied():
    assert symptoms(facts("any throwin up", "nope")).get("vomiting") == "absent"


def test_dropped_g_does_not_make_thin_a_symptom():
    assert symptoms(facts("How's your weight?", "i've always been thin")) == {}


def test_blood_in_the_stools_denied():
    assert symptoms(facts("any blood in the stools", "nope")).get("blood in stool") == "absent"


def test_fits_asked_and_denied():
    got = symptoms(facts("Stiffness of the neck, any confusion, any fits?", "No. Nothing like that."))
    assert got.get("seizures") == "absent"


def test_no_fits_is_never_present():
    got = symptoms(facts("Any fits?", "No fits, no fever."))
    assert got.get("seizures") == "absent"


def test_fits_the_verb_is_no_symptom():
    got = symptoms(facts("That fits with your iron being low.", "Okay."))
    assert "seizures" not in got


def test_appetite_without_article():
    got = symptoms(facts("Any vomiting?", "Yesterday two times. I don't have appetite, I am forcing porridge."))
    assert got.get("loss of appetite") == "present"


def test_stool_not_passed_well_is_constipation():
    got = symptoms(facts("How are your bowels?", "For four days I have not passed stool well. It is hard."))
    assert got.get("constipation") == "present"


def test_head_paining_is_a_headache():
    assert (
        symptoms(facts("What brings you?", "The body is hot and the head is paining me too much.")).get("headache")
        == "present"
    )


def test_nose_was_running():
    got = symptoms(facts("Runny nose, cough?", "Yes, the nose was running all last week, green mucus."))
    assert got.get("runny nose") == "present"


def test_exclamation_before_yes():
    assert symptoms(facts("and heartburn", "oh my god yeah every night")).get("heartburn") == "present"


def test_exclamation_before_no_is_a_denial():
    assert symptoms(facts("Any chest pain?", "Gosh, no.")).get("chest pain") == "absent"
    assert symptoms(facts("Any vomiting?", "Oh god, no.")).get("vomiting") == "absent"
