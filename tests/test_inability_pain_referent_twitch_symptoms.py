"""Inability told as a symptom, pain told of a part by "it" or by the part alone, and twitching and blinking."""

from fact_readers import PATIENT, facts, symptoms


def _said(text):
    return symptoms(facts("What brings you in?", text))


def test_an_activity_that_cannot_be_done_is_charted_by_the_activity():
    assert (
        _said("I can't make a fist, and sometimes the pain's unbearable.").get("inability to make a fist") == "present"
    )
    assert _said("She is not able to climb the stairs at all now.").get("difficulty climbing stairs") == "present"
    assert _said("I can't lift my arm above my head.").get("difficulty raising arm") == "present"
    assert _said("Turning over in bed is harder than it used to be.").get("difficulty turning over in bed") == "present"
    # a stuttered modal is one limit, not a negation of the next
    assert _said("I can't, I can't hardly get my arms up to do my hair.").get("difficulty raising arms") == "present"


def test_less_exercise_than_before_is_decreased_exercise_tolerance():
    got = _said("I still ride my bike, but I can't go as fast as I used to.")
    assert got.get("decreased exercise tolerance") == "present"
    got = _said("I get winded sooner than I used to.")
    assert got.get("decreased exercise tolerance") == "present" and got.get("shortness of breath") == "present"


def test_an_activity_done_well_or_asked_is_never_present():
    assert _said("I have no trouble walking.").get("difficulty walking") == "absent"
    assert symptoms(facts("Any trouble climbing stairs?", "No.")).get("difficulty climbing stairs") == "absent"
    assert "inability to make a fist" not in symptoms(facts("Can you make a fist for me?", "Yes."))
    # weight not borne stays its own symptom
    assert _said("I can't walk on it.").get("difficulty walking") is None


def test_it_after_a_named_part_is_that_parts_pain():
    got = _said("It felt like I laid on my finger, and it's been hurting since about March.")
    assert got.get("finger pain") == "present"
    got = symptoms(facts("How did it happen?", "I fell on my wrist. It's been really sore since."))
    assert got.get("wrist pain") == "present"


def test_the_part_as_the_exception_to_being_well_is_its_pain():
    assert _said("I'm doing okay except for my elbow here.").get("elbow pain") == "present"


def test_a_part_that_no_longer_hurts_is_not_read():
    got = _said("I banged my knee last week. It doesn't hurt anymore.")
    assert got.get("knee pain") != "present"
    got = symptoms(facts("Does it hurt when I press on your knee?", (PATIENT, "No, it's fine.")))
    assert got.get("knee pain") != "present"


def test_twitching_of_a_named_part_and_frequent_blinking():
    got = symptoms(
        facts(
            "What's going on?",
            ("other", "She has been having this eye twitch, and she seems to be blinking frequently."),
        )
    )
    assert got.get("eye twitch") == "present" and got.get("frequent blinking") == "present"
    assert _said("Her face twitches on one side.").get("facial twitching") == "present"
    assert symptoms(facts("Any twitching of the eye?", "No.")).get("eye twitch") == "absent"
