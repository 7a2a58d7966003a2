"""Session 9: symptoms said by the whole paradigm of their words, not one recorded form.

Site pains with every pain word ("my knees ache", "my hip's achy", "my back's playing up", "did my knee in"),
vomiting by any verb ("throw up", "puking", "chucking up"), painful voiding said around the verb ("it burns
like fire when I pee"), a faint that nearly happened, a fever felt, voiding counted, and the clinician's names
for lay symptoms. Every sentence here is written for the test.
"""

import pytest
from fact_readers import facts, symptoms


def _said(turn, question="What's brought you in today?"):
    return symptoms(facts(question, turn))


@pytest.mark.parametrize(
    "turn, name",
    [
        ("My knees ache most days.", "knee pain"),
        ("My hip's achy when I get up.", "hip pain"),
        ("Both my shoulders have been aching.", "shoulder pain"),
        ("My knees are bad in the cold.", "knee pain"),
        ("My back's playing up again.", "back pain"),
        ("My back is crook since the weekend.", "back pain"),
        ("It's my dodgy knee again.", "knee pain"),
        ("I did my knee in at netball.", "knee pain"),
        ("I put my back out moving a couch.", "back pain"),
        ("I rolled my ankle on the stairs.", "ankle pain"),
        ("My big toe is throbbing.", "toe pain"),
        ("My ribs are sore when I cough.", "rib pain"),
    ],
)
def test_a_site_pain_said_with_any_pain_word(turn, name):
    assert _said(turn).get(name) == "present"


@pytest.mark.parametrize(
    "turn",
    [
        "My eyes are bad, I need new glasses.",  # sight, not pain
        "I did my knee exercises in the morning.",  # not "did my knee in"
        "My back is not bad at all now.",
    ],
)
def test_bad_and_did_in_only_where_they_mean_pain(turn):
    got = _said(turn)
    assert "eye pain" not in got and got.get("knee pain") != "present" and got.get("back pain") != "present"


def test_a_remedy_for_a_joint_after_a_comma():
    assert symptoms(facts("Anything for pain?", "Only Panadol, for my knee.")).get("knee pain") == "present"


@pytest.mark.parametrize(
    "turn",
    ["I threw up twice last night.", "I've been puking since lunch.", "Been chucking up all morning."],
)
def test_vomiting_by_any_verb(turn):
    assert _said(turn).get("vomiting") == "present"


def test_throw_up_asked_and_denied():
    assert symptoms(facts("Did you feel sick or throw up?", "No.")).get("vomiting") == "absent"
    assert symptoms(facts("Did you throw up at all?", "Yeah, once.")).get("vomiting") == "present"


@pytest.mark.parametrize(
    "turn",
    [
        "It burns like fire when I pee.",
        "It stings every time I wee.",
        "It's burning when I go to the toilet.",
        "Sore to pass water.",
    ],
)
def test_painful_voiding_said_around_the_verb(turn):
    got = _said(turn)
    assert got.get("painful urination") == "present"
    assert "burning sensation" not in got


def test_a_faint_that_nearly_happened_is_presyncope():
    assert _said("I felt like I might pass out.").get("presyncope") == "present"
    got = symptoms(facts("Any dizziness, like you could pass out?", "No."))
    assert got.get("presyncope") == "absent" and "syncope" not in got


def test_a_fever_felt_and_voiding_counted():
    assert _said("I was burning up last night.").get("fever") == "present"
    assert _said("I'm going every 20 minutes, it's ridiculous.").get("frequent urination") == "present"
    assert symptoms(facts("Any fever?", "No, I haven't been burning up.")).get("fever") == "absent"


def test_a_drugs_past_effect_told_without_its_subject():
    got = symptoms(facts("Do you still take the atorvastatin?", "No, I stopped it. Made my legs ache terribly."))
    assert "leg pain" not in got


def test_clinicians_names_and_a_companions_words():
    got = symptoms(facts("What happened?", "He went white as a sheet and he was diaphoretic."))
    assert got.get("pallor") == "present" and got.get("sweating") == "present"
    assert "pallor" not in _said("The stools look pale.")
    got = symptoms(facts("Any itching or odour down there?", "No, nothing."))
    assert got.get("vaginal odor") == "absent"


@pytest.mark.parametrize(
    "question, turn, name",
    [
        ("Any trouble with your eyes or your speech?", "No, my speech is fine, eyes fine.", "difficulty speaking"),
        ("Any trouble with your eyes or your speech?", "No, my speech is fine, eyes fine.", "blurred vision"),
        ("How's your hearing?", "My hearing's been okay.", "hearing loss"),
        ("How's your energy?", "Energy's good actually.", "fatigue"),
        ("Any chest pain or breathlessness?", "No chest pain, I can breathe fine.", "shortness of breath"),
        ("How's your mood been?", "Mood's pretty good.", "depressed mood"),
    ],
)
def test_a_function_said_fine_denies_its_symptom(question, turn, name):
    assert symptoms(facts(question, turn)).get(name) == "absent"


def test_fine_with_a_but_or_from_the_clinician_denies_nothing():
    got = symptoms(facts("Any blurry vision?", "My vision's fine but it goes blurry when I read."))
    assert got.get("blurred vision") == "present"
    got = symptoms(facts(("clinician", "Your hearing is fine on the test today."), "Okay."))
    assert "hearing loss" not in got


def test_seeing_things_that_are_not_there_is_hallucinations():
    assert symptoms(facts("Seeing things that aren't there, like animals?", "No.")).get("hallucinations") == "absent"


@pytest.mark.parametrize("yes", ["Ja.", "Aye, a bit.", "Ja, especially in the mornings."])
def test_yes_words_of_other_englishes(yes):
    assert symptoms(facts("Any wheezing?", yes)).get("wheezing") == "present"


def test_a_whistle_in_the_chest_is_wheezing():
    assert _said("My chest is whistling at night.").get("wheezing") == "present"
    assert symptoms(facts("Whistling in your chest?", "No.")).get("wheezing") == "absent"


def test_signs_to_watch_for_are_advice():
    got = symptoms(facts("Any fever?", "No.", "Good. Keep watching for redness spreading, pus or swelling.", "Okay."))
    assert got.get("fever") == "absent" and "redness" not in got and "swelling" not in got


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Anything else?", "I get up 2 times at night to wee."),
        ("Anything else?", "I'm waking up in the night to go to the loo."),
        ("How many times are you up to the toilet overnight?", "Two, three times."),
        ("How often do you get up at night to pee?", "Once, maybe twice."),
    ],
)
def test_up_at_night_to_pass_water_in_any_order(question, answer):
    assert symptoms(facts(question, answer)).get("nocturia") == "present"


def test_up_at_night_for_something_else_is_not_nocturia():
    assert "nocturia" not in _said("I get up to go to work at night.")
    assert symptoms(facts("Up at night to go to the toilet?", "No.")).get("nocturia") == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "So the medicine goes down into the chest.",
        "The food goes down into my stomach.",
        "The rash spreads to my arm.",
        "The spray goes up into your nose.",
    ],
)
def test_something_else_moving_is_no_pain_where_it_goes(said):
    from engine.clinical.extract import extract
    from engine.evaluation import text_transcript

    names = {f.name for f in extract(text_transcript([("patient", said)])) if f.kind.value == "symptom"}
    assert not any(n.endswith("pain") for n in names), names


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("The pain goes down my left leg.", "leg"),
        ("It kind of goes down my arm.", "arm"),
        ("It shoots down my leg.", "leg"),
    ],
)
def test_a_pain_that_goes_somewhere_is_still_a_pain_there(said, site):
    from engine.clinical.extract import extract
    from engine.evaluation import text_transcript

    names = {f.name for f in extract(text_transcript([("patient", said)])) if f.kind.value == "symptom"}
    assert f"{site} pain" in names
