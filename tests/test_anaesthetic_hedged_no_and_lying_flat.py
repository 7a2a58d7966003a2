"""The local anaesthetic's numbness is no symptom; a hedged no after the symptom's name denies it; a no whose
"maybe" hedges something else still denies; lying flat asked as an ability, and the pillows that have grown,
tell orthopnea."""

from fact_readers import facts, symptoms


def test_numbing_medicine_is_not_numbness():
    fs = facts(
        "Any numbness or tingling in your fingers?",
        "Um, no. No, they feel normal.",
        "Little pinch and burn from the numbing... there.",
        "Yeah, I can't feel a thing.",
    )
    assert symptoms(fs)["numbness"] == "absent"


def test_numb_it_up_and_thats_numb_are_the_clinicians():
    fs = facts("I'll numb it up, wash it out, and sew it.", "Okay.", "Little stick and burn. Okay, that's numb.", "Ok.")
    assert "numbness" not in symptoms(fs)


def test_patients_own_numbness_still_told():
    assert symptoms(facts("What brings you in?", "I have numbness in my toes."))["numbness"] == "present"


def test_name_then_not_really_denies():
    fs = facts("Do you get any burning or numbness in the feet?", "Numbness, not really.")
    assert symptoms(fs)["numbness"] == "absent"


def test_name_then_not_really_bad_stays_present():
    assert symptoms(facts("What's been going on?", "A cough, not really bad, just a tickle."))["cough"] == "present"


def test_no_then_fine_then_maybe_of_another_thing_denies():
    fs = facts("and the bowels any black or tarry stools", "no they're grand bit loose maybe")
    assert symptoms(fs)["black stools"] == "absent"


def test_unsure_no_stays_possible():
    assert symptoms(facts("Any fever?", "I don't think so, maybe."))["fever"] == "present"


def test_not_able_to_lie_flat_is_orthopnea():
    fs = facts("What about at night, are you able to lie flat?", "Not really. I'm up to three pillows now.")
    assert symptoms(fs)["orthopnea"] == "present"


def test_lie_flat_for_the_exam_is_not_asked_of_breath():
    assert "orthopnea" not in symptoms(facts("Can you lie flat for me on the table?", "No, it hurts my back."))


def test_always_two_pillows_is_habit():
    fs = facts("Do you sleep propped up?", "No, I've always slept with two pillows, that's normal for me.")
    assert symptoms(fs).get("orthopnea") != "present"
