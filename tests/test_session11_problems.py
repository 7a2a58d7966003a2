"""Problems and history in dictated visits (session 11): how a chronic condition splits between the problem
list and past medical history, and the words that name no problem of the patient. Sentences written here."""

import pytest

from tests.fact_readers import facts, history, problems


def past(fs):
    """The names charted as past medical history."""
    return {name for name, _ in history(fs, "past_medical")}


# A "history of" list whose conditions the visit goes on to treat: problems, not past history.
@pytest.mark.parametrize(
    "opening",
    [
        "Paul is a 61 year old man with a past medical history significant for asthma , gout and hypertension "
        "who is here for follow up.",
        "She has a history of asthma, gout, and hypertension, and comes in for her check-up.",
        "So you've got a past medical history of asthma and gout and hypertension, right?",
        "Past medical history includes asthma, gout, hypertension.",
    ],
)
def test_history_list_taken_up_later_is_problem_only(opening):
    fs = facts(
        opening,
        "Yes.",
        "For your gout, let's keep the allopurinol going. For the hypertension, stay on the lisinopril. "
        "And your asthma sounds well controlled on the inhaler.",
    )
    assert {"gout", "hypertension"} <= problems(fs)
    assert not {"gout", "hypertension"} & past(fs)


def test_history_named_once_stays_past_history():
    fs = facts(
        "He has a history of gout and kidney stones, and today he's here about his knee.",
        "Yes, the knee has been bad.",
        "For your knee strain, rest and ice it.",
    )
    assert {"gout", "kidney stone"} <= past(fs)


# A condition told in the present perfect with "in the past" or "before" is an episode, not today's problem.
@pytest.mark.parametrize(
    "said",
    [
        "I checked your iron because you have had some anemia in the past, but it looks fine now.",
        "She has had anemia before, so we keep an eye on her blood count.",
        "You have had anemia previously, so I repeated the blood count.",
    ],
)
def test_present_perfect_episode_is_past_history(said):
    fs = facts(said, "Okay, good.")
    assert "anemia" not in problems(fs)
    assert "anemia" in past(fs)


def test_present_perfect_with_a_duration_stays_current():
    fs = facts("How long have you had diabetes?", "I have had diabetes for about ten years now.")
    assert "type 2 diabetes" in problems(fs) or "diabetes" in str(problems(fs))


# A disease word inside an organisation's name, its guidelines or campaign, names nobody's diagnosis.
@pytest.mark.parametrize(
    "said",
    [
        "We follow the national comprehensive cancer network guidelines for your follow-up.",
        "The American Cancer Society has a good leaflet on this.",
        "The heart association recommends this diet for everyone.",
        "There's a diabetes support group that meets on Tuesdays if you're interested.",
    ],
)
def test_disease_word_in_an_institution_is_no_problem(said):
    fs = facts("So your mole was benign, nothing to worry about.", "Great.", said)
    assert not problems(fs)


def test_generic_cancer_behind_a_specific_one():
    fs = facts(
        "The biopsy came back as melanoma.",
        "Oh no.",
        "We caught this cancer early, so the surgery should take care of it.",
    )
    got = problems(fs)
    assert any("melanoma" in p for p in got)
    assert "malignant neoplasm" not in got


# A vaccine told by the disease it guards against, with the words of a schedule.
@pytest.mark.parametrize(
    "said",
    [
        "You're fully vaccinated against covid-19, that's great.",
        "You have completed your covid-19 series.",
        "He's up to date on his covid and shingles.",
        "She's due for her flu next month.",
    ],
)
def test_vaccine_by_disease_name_is_no_problem(said):
    fs = facts("Any questions about your shots?", "No.", said)
    assert not {"covid-19", "influenza"} & problems(fs)


def test_had_covid_is_still_the_infection():
    fs = facts("What brings you in?", "I've got covid, I tested positive yesterday and I feel awful.")
    assert "covid-19" in problems(fs)


# Removed once, named again later: the same condition, gone, unless it is said to be back.
def test_removed_condition_named_again_is_not_today_problem():
    fs = facts(
        "And you had a basal cell carcinoma removed from your nose in March.",
        "Yes, it healed well.",
        "Good. I looked over the pathology report for your basal cell carcinoma and the margins were clear.",
    )
    assert not any("basal cell" in p for p in problems(fs))


def test_removed_condition_back_again_is_today_problem():
    fs = facts(
        "You had a basal cell carcinoma removed from your nose in March.",
        "Yes.",
        "This spot looks like the basal cell carcinoma has come back, so we'll biopsy it.",
    )
    assert any("basal cell" in p for p in problems(fs))


# A differential, a doubted diagnosis, a watch for, a warning's danger: considered, not found.
@pytest.mark.parametrize(
    ("said", "found", "not_found"),
    [
        ("My differential includes gout versus pseudogout versus septic arthritis.", set(), {"gout"}),
        ("Differential diagnoses would be migraine and tension headache.", set(), {"migraine", "tension headache"}),
        ("Assessment is acute bronchitis, versus early pneumonia.", {"acute bronchitis"}, {"pneumonia"}),
        ("I doubt this is a torn meniscus, it's more of a strain.", set(), {"meniscus tear"}),
        ("We'll keep an eye out for osteoporosis with a bone scan in two years.", set(), {"osteoporosis"}),
        (
            "If you get chest pain, go to the ER, because that could be a heart attack.",
            set(),
            {"myocardial infarction"},
        ),
    ],
)
def test_considered_diagnoses_are_not_problems(said, found, not_found):
    got = problems(facts("Okay.", "Okay.", said))
    assert found <= got
    assert not not_found & got


# Episodes counted, or said to be over, are past medical history, not today's problems.
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("He's had two heart attacks, the last one in 2018.", "myocardial infarction"),
        ("She's had pneumonia twice.", "pneumonia"),
        ("I've had a couple of kidney stones.", "kidney stone"),
        ("I was diagnosed with hepatitis c a long time ago, but it was cured.", "hepatitis c"),
        ("I had shingles last spring, it cleared up after a few weeks.", "shingles"),
    ],
)
def test_counted_or_resolved_episodes_are_past(said, name):
    fs = facts("Any other medical history?", said)
    assert name not in problems(fs)
    assert name in past(fs)


def test_present_perfect_with_years_is_current():
    fs = facts("Any medical problems?", "I have had asthma for years.")
    assert "asthma" in problems(fs)


# One of the parents, not saying which: a parent, not both.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Both my parents have high blood pressure and one of them had kidney disease.", ("kidney disease", "parent")),
        ("My parents, one of them has diabetes, I forget which.", ("type 2 diabetes", "parent")),
        ("My grandparents, one or the other had colon cancer.", ("colon cancer", "grandparent")),
    ],
)
def test_one_of_the_parents(said, expected):
    fam = history(facts("Any family history?", said), "family")
    assert expected in fam
    assert (expected[0], "mother") not in fam


def test_both_parents_stay_both():
    fam = history(facts("Any family history?", "My parents both have diabetes."), "family")
    assert {("type 2 diabetes", "mother"), ("type 2 diabetes", "father")} <= fam


# The side of a grandparent, aunt or uncle, asked next and answered in a word.
@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("My grandfather had pancreatic cancer.", "Was that your mom's or your dad's father?", "Mother's."),
            ("pancreatic cancer", "maternal grandfather"),
        ),
        (
            ("My uncle had a heart attack at 50.", "On which side?", "My dad's side."),
            ("myocardial infarction", "paternal uncle"),
        ),
        (
            ("My grandmother had diabetes.", "Your mom's mother?", "No, my father's."),
            ("type 2 diabetes", "paternal grandmother"),
        ),
    ],
)
def test_side_answered_next(turns, expected):
    fam = history(facts("Any family history?", *turns), "family")
    assert expected in fam
    assert (expected[0], expected[1].split()[1]) not in fam


def test_unrelated_next_answer_names_no_side():
    fam = history(
        facts("Any family history?", "My aunt has lupus.", "Okay, and how is your sleep?", "Mother's been fine."),
        "family",
    )
    assert ("lupus", "aunt") in fam


def test_one_episode_of_todays_diagnosis_is_not_counted_as_past():
    fs = facts(
        "The biopsy showed melanoma, and we'll remove it next week.",
        "Okay.",
        "Since you've had one melanoma, you're at a higher risk of another one.",
    )
    assert not any("melanoma" in p for p in past(fs))


@pytest.mark.parametrize(
    "asked",
    ["Did you get your covid vaccine?", "Have you had the flu shot this year?", "Did you ever get a covid test?"],
)
def test_vaccine_asked_and_confirmed_is_no_past_illness(asked):
    fs = facts(asked, "Yes.")
    assert not {"covid-19", "influenza"} & past(fs)


def test_still_far_after_a_dated_episode_does_not_make_it_current():
    fs = facts(
        "Let's talk about your heart you had a heart attack in 2018 we put a stent into your right coronary "
        "artery and you're still taking your aspirin every day",
        "Yes.",
    )
    assert "myocardial infarction" not in problems(fs)
    assert "myocardial infarction" in past(fs)
