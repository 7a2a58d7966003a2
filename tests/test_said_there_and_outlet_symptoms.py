"""Symptoms in wordings any author may write (session 15, second round): the Indian English thing-first
existential ("pain is there in my knee"), a function said fine with "also" ("breath also fine"), a yes that
goes on to say where ("Yes, in my back"), the prostate's complaints in lay words (weak stream, waiting,
pushing, dripping, not emptying), acid told as what comes up, and blurring said by how much."""

from fact_readers import facts, symptoms


def test_thing_first_existential_is_the_symptom_at_its_site():
    got = symptoms(facts("Any problem in the feet?", "Burning is there in the feet at night, doctor."))
    assert got.get("burning pain") == "present"
    got = symptoms(facts("Anything else troubling you?", "Pain is there in my knee since two weeks."))
    assert got.get("knee pain") == "present"
    got = symptoms(facts("More thirst? More urination?", "Haan, thirst is there."))
    assert got.get("excessive thirst") == "present"


def test_thing_first_existential_denied_is_never_present():
    got = symptoms(facts("Any burning in the feet?", "No burning is there in the feet."))
    assert got.get("burning pain") != "present"
    assert symptoms(facts("Anything else?", "What is there to say? Nothing.")) == {}


def test_breath_said_fine_with_also_denies_breathlessness():
    got = symptoms(facts("Any chest pain, breathlessness on walking?", "No chest pain, nothing. Breath also fine."))
    assert got.get("shortness of breath") == "absent"
    assert got.get("chest pain") == "absent"


def test_yes_then_where_names_the_site():
    assert symptoms(facts("Do you have any pain? Where is it?", "Yes, in my back.")).get("back pain") == "present"


def test_no_then_a_place_is_no_site_pain():
    got = symptoms(facts("Do you have any pain?", "No, my back is fine now."))
    assert got.get("back pain") != "present"


def test_prostate_complaints_in_lay_words():
    got = symptoms(
        facts(
            "Any trouble passing water?",
            "Mi up in the night fi pass water, four, five times. And when mi go, it nah come out strong like one "
            "time. Mi haffi stand up there and wait... and push... and then it just a drip, drip.",
        )
    )
    for name in ("weak urinary stream", "urinary hesitancy", "straining to urinate", "post-void dribbling"):
        assert got.get(name) == "present", name
    got = symptoms(facts("How is the urine flow?", "The stream is weak. Like something still in there after."))
    assert got.get("weak urinary stream") == "present"
    assert got.get("sensation of incomplete bladder emptying") == "present"
    assert "weakness" not in got


def test_prostate_complaints_asked_and_denied_stay_denied():
    got = symptoms(facts("Any trouble passing urine? Weak stream, having to wait, or dribbling?", "No, none of that."))
    assert got.get("weak urinary stream") == "absent"
    assert got.get("post-void dribbling") == "absent"
    assert "present" not in got.values()


def test_waiting_and_pushing_away_from_urine_are_no_symptom():
    got = symptoms(
        facts("How are things at home?", "I have to wait for the bus and push the pram. It drips in the rain.")
    )
    assert not {"urinary hesitancy", "straining to urinate", "post-void dribbling"} & set(got)
    # straining on the toilet is the bowel's, and straining the urine for a stone is a test
    got = symptoms(facts("Any constipation?", "Yes, I have to push and strain on the toilet to pass stool."))
    assert "straining to urinate" not in got
    got = symptoms(facts("Any stones passed?", "I've been straining my urine and I don't see anything in there."))
    assert "straining to urinate" not in got


def test_acid_that_comes_up_and_burning_in_the_chest():
    got = symptoms(
        facts(
            "Any acidity? Burning in the stomach?",
            "Yes doctor, gastric trouble is there. Burning here, in the chest, and sour water comes up to the throat.",
        )
    )
    assert got.get("heartburn") == "present"
    assert got.get("regurgitation") == "present"


def test_chest_pain_and_burning_feet_keep_their_own_names():
    got = symptoms(facts("What brings you in?", "I have chest pain and burning feet."))
    assert "heartburn" not in got


def test_blurring_said_by_how_much():
    got = symptoms(facts("Any problem with the eyes, blurring?", "Little blurring when reading."))
    assert got.get("blurred vision") == "present"


def test_night_risings_counted_in_words():
    got = symptoms(facts("And how often are you getting up at night to go?", "Three four times."))
    assert got.get("nocturia") == "present"
    got = symptoms(facts("More thirst? Getting up at night to pass urine?", "Haan, two three times I get up."))
    assert got.get("nocturia") == "present"


def test_waking_at_night_for_another_reason_is_no_nocturia():
    got = symptoms(
        facts("Is he waking up at night from the itching?", "Yes, like three times a night he's scratching.")
    )
    assert "nocturia" not in got
    got = symptoms(facts("Getting up at night to pass urine?", "No, not even once."))
    assert got.get("nocturia") != "present"


def test_site_paining_with_a_degree_between():
    got = symptoms(facts("Pain in other joints?", "Hands are okay. Back little bit paining, but that is old."))
    assert got.get("back pain") == "present"
    assert symptoms(facts("And the back?", "My back is a little bit painful.")).get("back pain") == "present"


def test_site_not_paining_is_never_present():
    got = symptoms(facts("Any back pain?", "No, the back is not even little bit paining."))
    assert got.get("back pain") != "present"
