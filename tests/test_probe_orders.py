"""Orders, referrals and follow-up as clinicians in many countries say them (probe round, session 12).

Sentences written for these tests: follow-up by the fortnight, by a visit named as a noun ("a phone review
in a week") or after the results; referrals said the British, Australian and Indian way ("book you in with
the physio", "write you a referral to see an orthopaedic surgeon"); and offers the patient turns down in
the reply, which are no orders.
"""

import pytest
from fact_readers import facts

from engine.types import FactKind


def orders(*turns):
    """The names of the orders charted."""
    return {f.name for f in facts(*turns) if f.kind == FactKind.order}


def interval(*turns):
    """The follow-up interval charted, or None."""
    return next((f.attributes.get("interval") for f in facts(*turns) if f.kind == FactKind.follow_up), None)


@pytest.mark.parametrize(
    "turn, want",
    [
        ("See you in a fortnight.", "2 weeks"),
        ("Pop back in a fortnight and we'll see how it's going.", "2 weeks"),
        ("I'll see you again in a fortnight's time to go over everything.", "2 weeks"),
        ("I'll do a phone review in a week.", "1 week"),
        ("We'll do a telehealth check in two weeks.", "2 weeks"),
        ("Let's have a video review in two weeks.", "2 weeks"),
        ("I'd like a review in three weeks.", "3 weeks"),
        ("Make an appointment for ten days' time.", "10 days"),
        ("Make an appointment with the front desk for three months.", "3 months"),
        ("Get back to me in a couple of weeks and let me know how you go.", "2 weeks"),
        ("Come back after the results are in.", "after results"),
        ("See me once the results are back.", "after results"),
        ("Book an appointment for when your results are in.", "after results"),
    ],
)
def test_follow_up_said_many_ways(turn, want):
    assert interval(turn) == want


def test_a_past_appointment_is_no_follow_up():
    assert interval("I had an appointment for three weeks ago but I missed it.") is None


@pytest.mark.parametrize(
    "turn, want",
    [
        ("I'll book you in with the physio for that shoulder.", "referral to physiotherapy"),
        ("I'll write you a referral to see an orthopaedic surgeon.", "referral to orthopedics"),
        ("I'd like you to speak to a counsellor.", "referral to counseling"),
        ("I can put you through to the mental health team.", "referral to mental health"),
        ("I'd like you to talk to a psychologist, I'll set that up.", "referral to psychology"),
    ],
)
def test_referrals_said_many_ways(turn, want):
    assert want in orders(turn)


@pytest.mark.parametrize(
    "turns, name",
    [
        (("I'll take a throat swab and send it off.",), "throat swab"),
        (("I'll take a high vaginal swab and send it off.",), "vaginal swab"),
        (("I'll take a swab of that wound and send it off.",), "wound swab"),
        (("Get your FBS and PPBS done tomorrow morning.",), "postprandial blood sugar"),
        (("We'll do a random blood sugar now.",), "random blood sugar"),
        (("Drop off a urine sample at the front tomorrow morning.",), "urinalysis"),
        (("Bring in a sputum sample first thing tomorrow.",), "sputum sample"),
        (("Can you bring in a stool sample? I'll give you a pot.",), "stool test"),
    ],
)
def test_tests_said_the_way_gps_elsewhere_say_them(turns, name):
    assert name in orders(*turns)


@pytest.mark.parametrize(
    "turns, name",
    [
        (("They took a throat swab at the walk-in last week and it was negative.",), "throat swab"),
        (("Your post lunch sugar was 240 yesterday.",), "postprandial blood sugar"),
    ],
)
def test_a_test_already_done_is_no_order(turns, name):
    assert name not in orders(*turns)


@pytest.mark.parametrize(
    "offer, reply, name",
    [
        ("I'd offer you a colonoscopy.", "No, I don't want one, thanks.", "colonoscopy"),
        ("We can do the shingles vaccine today.", "I'd rather not, thanks.", "zoster vaccine"),
        ("I'm going to refer you to physio.", "Nah, I'm not keen on that, doc.", "referral to physiotherapy"),
        ("I'd like to do some bloods today.", "I don't want any needles today, no thanks.", "labs"),
    ],
)
def test_an_order_refused_in_the_reply_is_not_charted(offer, reply, name):
    assert name not in orders(offer, reply)


@pytest.mark.parametrize("reply", ["No worries.", "No, that's fine.", "Okay, sounds good."])
def test_an_agreeing_reply_keeps_the_order(reply):
    assert "electrocardiogram" in orders("I'll get an ECG done.", reply)


@pytest.mark.parametrize(
    "turns, name",
    [
        (("Your chest x-ray from last week came back clear.",), "chest x-ray"),
        (("My husband is seeing the cardiologist next week.",), "referral to cardiology"),
        (("If the pain is still there in a month we might get an x-ray.",), "x-ray"),
        (("Do you want the flu jab today?", "No, I'll skip it this year."), "influenza vaccine"),
    ],
)
def test_not_orders(turns, name):
    assert name not in orders(*turns)


# Reviewer's sentences (session 12): a reply that opens "I don't want / need", "I'm not comfortable", "no
# thanks" but refuses nothing, or refuses one order of two, took every order of the sentence before it.
@pytest.mark.parametrize(
    "offer, reply, kept",
    [
        ("I'd like to get a colonoscopy booked for you.", "I don't want it to be cancer, doctor.", {"colonoscopy"}),
        (
            "I'm going to order some bloods, a full blood count and kidney function.",
            "I don't need to fast for that, do I?",
            {"full blood count", "kidney function"},
        ),
        (
            "I'll order a chest x-ray and we'll give you the flu jab today.",
            "I'd rather not have the jab, but the x-ray is fine.",
            {"chest x-ray"},
        ),
        (
            "I'm going to refer you to physio.",
            "I don't really want to, but if you think it'll help, okay.",
            {"referral to physiotherapy"},
        ),
        ("I'll order an ECG.", "I'm not comfortable with needles though.", {"electrocardiogram"}),
        ("I'll send off a urine sample.", "No thanks needed, doctor, happy to.", {"urinalysis"}),
        # variants
        ("I'll order an ECG.", "I don't want it to be my heart.", {"electrocardiogram"}),
        ("I'll send off a urine sample.", "Not today's worry, I'll drop it in.", {"urinalysis"}),
    ],
)
def test_a_reply_that_refuses_nothing_keeps_the_order(offer, reply, kept):
    assert kept <= orders(offer, reply)


@pytest.mark.parametrize(
    "offer, reply, gone, kept",
    [
        (
            "I'll order a chest x-ray and we'll give you the flu jab today.",
            "I'd rather not have the jab, but the x-ray is fine.",
            "influenza vaccine",
            "chest x-ray",
        ),
        (
            "I'll order a chest x-ray and we'll give you the flu jab today.",
            "I don't want the x-ray, the jab is fine.",
            "chest x-ray",
            "influenza vaccine",
        ),
    ],
)
def test_a_reply_refusing_one_order_of_two_drops_only_that_one(offer, reply, gone, kept):
    got = orders(offer, reply)
    assert gone not in got and kept in got


@pytest.mark.parametrize(
    "offer, reply",
    [
        ("I'll order a chest x-ray and we'll give you the flu jab today.", "I don't want either, thanks."),
        ("I'm going to refer you to physio.", "I'm not comfortable with that."),
    ],
)
def test_a_reply_refusing_without_naming_drops_every_order(offer, reply):
    assert not orders(offer, reply)


@pytest.mark.parametrize(
    "turn", ["You had a phone review in a week after the surgery.", "We did a video review in two weeks last time."]
)
def test_a_visit_that_was_is_no_follow_up(turn):
    assert interval(turn) is None
