"""Session 10 symptom paradigms: every form of a verb, a part said once for two symptoms, the night said first,
yes and no in the words of patients who switch language, and what falls that is no fall. Sentences written for
these tests."""

import pytest
from fact_readers import facts, symptoms


@pytest.mark.parametrize(
    "said",
    [
        "I get up two three times a night to go.",
        "At night I'm up 3 times to the bathroom.",
        "The night I get up twice to pee.",
        "I get up once a night and pee.",
    ],
)
def test_nocturia_any_order(said):
    assert symptoms(facts("What brings you in?", said)).get("nocturia") == "present"


def test_waking_at_night_is_not_nocturia():
    assert "nocturia" not in symptoms(facts("How do you sleep?", "I wake up like four times a night."))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My leg's all red and swole up.", "leg swelling"),
        ("My ankle swelled up yesterday.", "ankle swelling"),
        ("My hip flared up again last week.", "hip pain"),
        ("My back acts up a lot.", "back pain"),
        ("The knee gave me grief all weekend.", "knee pain"),
        ("My knee is hot and swollen.", "knee warmth"),
        ("It's warm to the touch.", "skin warmth"),
    ],
)
def test_site_verbs_every_form(said, name):
    assert symptoms(facts("What brings you in?", said)).get(name) == "present"


def test_plural_breasts_denied():
    assert symptoms(facts("Any pain in the breasts?", "Nope.")).get("breast pain") == "absent"


def test_part_said_once_for_two_denied():
    got = symptoms(facts("Any knee swelling or stiffness?", "No."))
    assert got.get("knee swelling") == "absent" and got.get("knee stiffness") == "absent"


def test_part_said_once_for_two_told():
    got = symptoms(facts("What brings you in?", "My knee pain and stiffness are worse."))
    assert got.get("knee pain") == "present" and got.get("knee stiffness") == "present"


def test_part_said_once_one_concept_is_one_fact():
    # the vocabulary files chest pressure under chest pain: one complaint asked two ways
    got = symptoms(facts("Any chest pain, pressure, anything like that?", "Nope."))
    assert got == {"chest pain": "absent"}


@pytest.mark.parametrize("tail", ["that kind of thing", "stuff like that", "anything like that"])
def test_list_with_generic_tail_is_asked(tail):
    # an answer that says neither yes nor no charts nothing from the question
    got = symptoms(facts(f"Any lows? Shaky, sweaty, {tail}?", "I check every morning."))
    assert "shakiness" not in got and "sweating" not in got


@pytest.mark.parametrize("no", ["Non.", "Jamais.", "Pas vraiment, non.", "Nada."])
def test_no_in_other_languages(no):
    assert symptoms(facts("Any blurry vision?", no)).get("blurred vision") == "absent"


def test_non_stop_is_no_denial():
    assert symptoms(facts("Any cough?", "Non-stop.")).get("cough") != "absent"


def test_oui_is_yes():
    assert symptoms(facts("Any cough?", "Oui, at night.")).get("cough") == "present"


@pytest.mark.parametrize("answer", ["Little tickle at night.", "Some, mostly in the mornings.", "Bit of one."])
def test_amount_answers_yes(answer):
    assert symptoms(facts("Any cough?", answer)).get("cough") == "present"


@pytest.mark.parametrize(
    "said", ["My jeans are falling off me.", "My hair is falling out.", "I fell asleep on the couch."]
)
def test_falling_that_is_no_fall(said):
    assert not {"falls", "repeated falls"} & set(symptoms(facts("What brings you in?", said)))


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("I have difficulty falling asleep.", "insomnia"),
        ("I struggle getting to sleep.", "insomnia"),
        ("I cried all the time those first weeks.", "tearfulness"),
        ("I keep crying for no reason.", "tearfulness"),
        ("I feel so guilty.", "excessive guilt"),
        ("I don't care about anything anymore.", "anhedonia"),
    ],
)
def test_mood_paradigms(said, name):
    assert symptoms(facts("How have you been?", said)).get(name) == "present"


def test_advice_is_no_symptom():
    got = symptoms(facts("Anything else?", "No.", "If your leg gets hot and swollen, come back."))
    assert "leg swelling" not in got and "skin warmth" not in got


@pytest.mark.parametrize(
    "said",
    [
        "I went down and couldn't put any weight on it.",
        "I was unable to bear weight through the left leg.",
        "He can't stand on it at all.",
    ],
)
def test_weight_not_borne(said):
    assert symptoms(facts("What happened?", said)).get("inability to bear weight") == "present"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My mouth is dry as a bone.", "dry mouth"),
        ("My eyes feel so dry.", "dry eyes"),
        ("He can't breathe laying down.", "orthopnea"),
        ("I've put on a couple of kilos.", "weight gain"),
        ("I've lost half a stone.", "weight loss"),
    ],
)
def test_parts_and_amounts(said, name):
    assert symptoms(facts("What brings you in?", said)).get(name) == "present"


def test_trouble_passing_urine_denied():
    assert symptoms(facts("Any trouble passing urine?", "No, that's fine.")).get("difficulty urinating") == "absent"


@pytest.mark.parametrize("answer", ["No, I've gained 5 pounds.", "Weight no, if anything I've put on a few kilos."])
def test_no_then_a_told_change(answer):
    got = symptoms(facts("Any weight loss?", answer))
    assert got.get("weight loss") != "present" and got.get("weight gain") == "present"


@pytest.mark.parametrize(
    "answer", ["No, I don't have chest pain.", "No. I've been fine, no chest pain at all.", "No, I have no chest pain."]
)
def test_no_then_a_clause_that_denies_stays_denied(answer):
    assert symptoms(facts("Any chest pain?", answer)).get("chest pain") == "absent"


def test_a_place_of_its_own_is_not_the_part():
    got = symptoms(facts("Any eye pain, or weakness anywhere?", "No."))
    assert "eye weakness" not in got
