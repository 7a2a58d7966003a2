"""Session 10: orders, results and vitals said the ways batch 12 and the ACI-Bench dev visits say them.

Referrals to allied professionals named by their kind, work-ups named by the condition they look at, a
finger-stick sugar, a study's findings said in the next sentence ("it showed ..."), a number said after a
word for the same result, the specialist's own plan, a weight read off the scale after a pause and a
breathing rate said "times a minute". Every sentence is written for these tests.
"""

import pytest
from fact_readers import clinician_facts, facts


def _orders(*turns):
    return {f.name for f in facts(*turns) if f.kind.value == "order"}


def _results(*turns):
    return {f.name: f.attributes.get("value") for f in facts(*turns) if f.kind.value == "result"}


def _vitals(*turns):
    return {f.name: f.attributes["value"] for f in clinician_facts(*turns) if f.kind.value == "vital"}


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("I'm referring you to a pelvic floor physiotherapist in town.", "referral to pelvic floor physiotherapy"),
        ("I'll send you to the pelvic floor physio at the hospital.", "referral to pelvic floor physiotherapy"),
        ("I'm sending you to our diabetes educator next week.", "referral to diabetes educator"),
        ("Let me put in a referral for home health nursing, twice a week.", "referral to home health nursing"),
        ("I'll refer her to the district nurse for the dressings.", "referral to district nurse"),
        ("We'll get you in with a hand therapist about the splint.", "referral to hand therapist"),
        ("I'm going to refer you to our counselor.", "referral to counseling"),
        ("I'll send a request to the optometrist for your eyes.", "referral to optometry"),
        ("I'm going to fax a letter to the eye clinic today.", "referral to ophthalmology"),
        ("I'll put in a request for ENT to see you.", "referral to ent"),
    ],
)
def test_a_referral_to_an_allied_professional_named_by_their_kind(said, name):
    assert name in _orders(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'm sending you to the nurse for your flu shot.",
        "The nurse will take your blood pressure again before you go.",
        "Our nurse will ring you next week.",
        "I'll send a letter to your school about the absences.",
    ],
)
def test_the_nurse_doing_todays_care_is_no_referral(said):
    assert not any(o.startswith("referral") for o in _orders(said))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("I want to send off an anemia profile to see what kind of anemia this is.", "anemia profile"),
        ("We'll draw an anaemia screen and the iron studies today.", "anaemia screen"),
        ("I'm going to order an autoimmune panel.", "autoimmune panel"),
        ("I'll check a clotting screen before the procedure.", "clotting screen"),
        ("Let's get some coagulation studies before the biopsy.", "coagulation panel"),
        ("We'll send a thyroid panel today.", "thyroid panel"),
        ("I'm ordering some thyroid labs today.", "thyroid function tests"),
        ("I'd like a fatigue screen done this week.", "fatigue screen"),
    ],
)
def test_a_work_up_named_by_the_condition_it_looks_at_is_ordered(said, name):
    assert name in _orders(said)


def test_a_work_up_named_with_general_labs_replaces_the_bare_labs():
    assert _orders("I'm going to send off some more labs and an anemia profile today.") == {"anemia profile"}


def test_a_work_up_already_done_is_a_result_said_loosely():
    assert _results("Looking at your autoimmune panel here, everything seemed to be fine.") == {
        "autoimmune panel": "normal"
    }


@pytest.mark.parametrize(
    "said",
    [
        "Your finger stick sugar is two forty-six.",
        "The fingerstick glucose came back at 246.",
        "Your finger prick sugar was 246 in the room.",
    ],
)
def test_a_finger_stick_sugar_is_its_own_result(said):
    assert _results(said).get("fingerstick glucose") == "246"


def test_a_finger_stick_sugar_ordered_today():
    assert "fingerstick glucose" in _orders("I'm checking a finger stick sugar and an A1c right now.")


@pytest.mark.parametrize(
    "said",
    [
        "Show me the echocardiogram. This is the echocardiogram we did last year. It showed a low pumping "
        "function of your heart at about 45%.",
        "Let's look at your echo. This is the echo from the spring. That shows the pumping function at about 45%.",
    ],
)
def test_what_a_study_showed_in_the_next_sentence_is_its_value(said):
    assert "45" in (_results(said).get("echocardiogram") or "")


@pytest.mark.parametrize(
    "said",
    [
        "Your hemoglobin is low. Here it is, this is the hemoglobin I mentioned. It's low at 8.2.",
        "The hemoglobin came back low. This is the hemoglobin from Monday. It was 8.2.",
    ],
)
def test_a_number_said_later_replaces_a_word_for_the_same_result(said):
    assert _results(said).get("hemoglobin") == "8.2"


@pytest.mark.parametrize(
    "said",
    [
        "I'll refer you to the gastroenterologist. They're gonna probably do an endoscopy.",
        "I'll refer you to GI. They are going to do an endoscopy, most likely.",
    ],
)
def test_what_the_specialist_is_going_to_do_is_not_ordered_here(said):
    assert "endoscopy" not in _orders(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'm drawing a basic metabolic panel for his kidneys and potassium, and a BNP.",
        "Today I'd like a basic metabolic panel for your kidneys on the new dose, and a BNP.",
    ],
)
def test_a_list_goes_on_after_what_its_first_test_is_for(said):
    orders = _orders(said)
    assert {"basic metabolic panel", "bnp"} <= orders
    assert "potassium" not in orders and "kidney function" not in orders


def test_a_test_said_in_the_past_tense_after_an_order_is_a_result():
    said = "We will get a CBC to look for anemia, and the ferritin was low last time."
    assert "ferritin" not in _orders(said)
    assert _results(said).get("ferritin") == "low"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Hop on the scales... fifty-eight kilos, down a kilo since last time.", "58"),
        ("Up on the scale... ninety-two kilos.", "92"),
        ("Step on the scale for me... two hundred and four pounds.", "204"),
    ],
)
def test_a_weight_read_off_the_scale_after_a_pause(said, value):
    assert _vitals(said).get("weight") == value


@pytest.mark.parametrize(
    "said",
    [
        "You're breathing twenty-four times a minute and your oxygen is ninety-one percent.",
        "Oxygen ninety-one percent on room air, breathing about twenty-four a minute.",
        "He's breathing around 24 per minute.",
    ],
)
def test_a_breathing_rate_said_per_minute(said):
    assert _vitals(said).get("respiratory rate") == "24"


def test_breathing_trouble_for_days_is_no_rate():
    assert "respiratory rate" not in _vitals("He's been breathing hard for 5 days.")


def test_a_home_temperature_in_celsius_with_its_tenth():
    got = _results("How high has the fever been at home?", "At home the highest was thirty-nine four, under the arm.")
    assert got.get("home temperature") == "39.4"
