"""Allergies and history said the everyday way, third review (exchanges written for these tests).

Reactions in lay words, allergies told a turn after the question, "nothing" as the answer to the
allergy question, food and insect allergies, operations in lay words, relatives told by "they" or
"she", and habits and work in everyday words, each with what a clinician would chart
(data/encounters/README.md conventions), and what must stay out.
"""

import pytest
from fact_readers import allergy, facts, family, history, meds, problems, social, surgical

# --- allergies: the reaction in lay words, before or after the substance ---


@pytest.mark.parametrize(
    ("answer", "substance", "reaction"),
    [
        ("I broke out in hives from sulfa.", "sulfonamide antibiotics", "hives"),
        ("i get a rash from amoxicillin", "amoxicillin", "rash"),
        ("Lisinopril gave me a cough.", "lisinopril", "cough"),
        ("Aspirin, I get short of breath.", "aspirin", "shortness of breath"),
        ("I'm allergic to shellfish, my lips swell.", "shellfish", "lip swelling"),
        ("penicillin my face blew up like a balloon", "penicillin", "face swelling"),
        ("Codeine, it makes me really sleepy and loopy.", "codeine", "confusion"),
        ("Vancomycin, red man syndrome.", "vancomycin", "red man syndrome"),
        ("Erythromycin, stomach cramps.", "erythromycin", "stomach cramps"),
        ("Cipro, it gave me tendonitis.", "ciprofloxacin", "tendinitis"),
    ],
)
def test_a_reaction_said_in_everyday_words(answer, substance, reaction):
    # we output the allergy without its reaction, or none; right: both
    assert allergy(facts("Any allergies?", answer)) == {substance: reaction}


def test_cannot_take_a_drug_that_tears_up_the_stomach_is_an_allergy_not_a_medication():
    # we output erythromycin as an active medication; right: an allergy with stomach upset
    fs = facts("Any allergies?", "I can't take erythromycin, it tears up my stomach.")
    assert allergy(fs) == {"erythromycin": "stomach upset"}
    assert "erythromycin" not in meds(fs)


@pytest.mark.parametrize(
    ("answer", "substance"),
    [
        ("I'm allergic to strawberries, my mouth itches.", "strawberries"),
        ("Allergic to kiwi, my mouth itches.", "kiwi"),
    ],
)
def test_a_food_said_to_be_an_allergy(answer, substance):
    # we output nothing; right: the food with its reaction
    assert allergy(facts("Any allergies?", answer)) == {substance: "itching"}


def test_a_throat_that_gets_tight():
    # we output shellfish without its reaction; right: throat tightness
    assert allergy(facts("Allergies?", "Yeah, to shellfish. My throat gets tight.")) == {
        "shellfish": "throat tightness"
    }


def test_a_wasp_sting_allergy():
    # we output nothing; right: insect venom with swelling
    assert allergy(facts("Any allergies?", "Wasp stings, I swell up really bad.")) == {"wasp venom": "swelling"}


# --- allergies: "nothing" and its cousins as the answer ---


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any allergies to medicines?", "Nothing I know of."),
        ("Any drug allergies?", "Nothing."),
        ("Are you allergic to any medications?", "nothing that i'm aware of"),
        ("Are you allergic to anything?", "just seasonal stuff, no medicines"),
        ("Any allergies to medications?", "Not to any medicine, no."),
        ("Do you have any allergies to medicines?", "No, not that I know of."),
        ("Allergic to any meds?", "Negative."),
    ],
)
def test_no_drug_allergies_said_plainly(question, answer):
    # we output nothing; right: no known drug allergies
    assert "NKDA" in allergy(facts(question, answer))


def test_nothing_to_a_different_question_is_no_allergy_answer():
    # right: no NKDA from "nothing" that answers another question after the allergy talk moved on
    fs = facts("Any allergies?", "Penicillin, hives.", "Any other medical problems?", "Nothing.")
    assert allergy(fs) == {"penicillin": "hives"}


# --- allergies: the question as a topic, the clinician naming what is charted, a follow-up question ---


def test_allergies_as_a_topic_then_what_is_on_the_chart():
    # we output hydromorphone as an active medication; right: hydromorphone allergy with hives
    fs = facts("And allergies. I have hydromorphone on your chart.", "Dilaudid, yeah. I broke out in hives all over.")
    assert allergy(fs) == {"hydromorphone": "hives"}
    assert "hydromorphone" not in meds(fs)


def test_anything_else_foods_latex_goes_on_asking():
    # we output codeine only; right: latex with a rash too
    fs = facts(
        "Allergies to medicines?",
        "Codeine, it makes me throw up.",
        "Okay, I'll list codeine. Anything else, foods, latex?",
        "Latex, actually. I got a rash all over my hands from the gloves.",
    )
    assert allergy(fs) == {"codeine": "vomiting", "latex": "rash"}


def test_the_allergy_named_in_the_question_and_confirmed():
    # we output nothing; right: sulfa with hives
    fs = facts("You're allergic to sulfa, right?", "Yeah, I get hives.")
    assert allergy(fs) == {"sulfonamide antibiotics": "hives"}


def test_a_side_effect_of_a_drug_still_taken_is_no_allergy():
    # precision guard: "it makes me a little nauseous but I still take it" is no allergy
    fs = facts("Any allergies?", "No. Metformin makes me a little nauseous but I still take it.")
    assert "metformin" not in allergy(fs)


# --- past surgical history in lay words ---


@pytest.mark.parametrize(
    ("answer", "operation"),
    [
        ("yeah they did a scope on my right shoulder a few years back", "shoulder arthroscopy"),
        ("I had a hysterectomy and a hernia fixed.", "hernia repair"),
        ("Tonsils as a kid, that's it.", "tonsillectomy"),
        ("They took out my appendix when I was 12.", "appendectomy"),
        ("I had my gallbladder done in 2015.", "cholecystectomy"),
        ("They fused two discs in my neck.", "spinal fusion"),
        ("My tubes were tied after my son.", "tubal ligation"),
        ("I had a bunion fixed on my left foot.", "bunion repair"),
        ("had my prostate out 2018", "prostatectomy"),
        ("only a c section", "cesarean section"),
    ],
)
def test_an_operation_in_lay_words(answer, operation):
    # we output nothing or another name; right: the operation
    assert operation in surgical(facts("Any surgeries?", answer))


def test_removed_in_high_school_is_not_a_student():
    # we output occupation student; right: no occupation (the operation was in high school)
    fs = facts("Any surgeries?", "Yes, they removed my appendix in high school.")
    assert surgical(fs) == {"appendectomy"}
    assert "occupation" not in social(fs)


def test_never_had_surgery_in_lay_words_is_nothing():
    # precision guard
    assert surgical(facts("Any surgeries?", "no never been under the knife")) == set()


# --- family history told by "they", "she", "both of them" ---


def test_both_of_them_after_a_question_about_the_parents():
    # we output hypertension as the patient's problem; right: mother and father, not the patient's
    fs = facts("What about your parents?", "Both of them have high blood pressure.")
    assert family(fs) == {("hypertension", "mother"), ("hypertension", "father")}
    assert "hypertension" not in problems(fs)


def test_she_died_of_answers_a_question_about_mom():
    # we output nothing; right: mother, stroke
    fs = facts("Is your mom still living?", "No, she died of a stroke.")
    assert {r for _, r in family(fs)} == {"mother"}
    assert not problems(fs)


def test_mom_then_she_has_in_the_same_sentence():
    # we output COPD as the patient's problem too; right: mother's COPD only
    fs = facts("How about your family?", "Mom is still alive, she has COPD. Dad passed away from lung cancer.")
    assert ("chronic obstructive pulmonary disease", "mother") in family(fs)
    assert ("lung cancer", "father") in family(fs)
    assert not problems(fs)


# --- social history in everyday words ---


@pytest.mark.parametrize("answer", ["No to both.", "neither", "Nope, neither one."])
def test_one_no_answers_smoking_and_drinking(answer):
    # we output tobacco never only, or nothing; right: tobacco never and alcohol denied
    got = social(facts("Do you smoke or drink?", answer))
    assert got.get("tobacco") == "never" and got.get("alcohol") == "denies"


@pytest.mark.parametrize("answer", ["Just socially.", "only socially", "Just a little on the weekends."])
def test_just_socially(answer):
    # we output nothing; right: current, occasional drinking
    got = social(facts("Any alcohol?", answer))
    assert got.get("alcohol") not in (None, "denies", "former")


@pytest.mark.parametrize(
    "answer", ["i smoked in my twenties", "I smoked for about ten years, back in college.", "Used to, years ago."]
)
def test_smoking_told_in_the_past_is_former(answer):
    # we output tobacco yes; right: former
    assert social(facts("Any smoking history?", answer)).get("tobacco") == "former"


def test_the_job_done_before_is_former():
    # we output roofer; right: former roofer (on disability now)
    fs = facts("What did you do for work?", "I was a roofer for twenty-six years. On disability since the surgery.")
    assert social(fs)["occupation"].startswith("former")


def test_a_job_said_in_passing_in_the_past():
    # we output machinist; right: former machinist
    fs = facts("Do you smoke?", "I quit smoking in 1980, I was a machinist then, everybody smoked on the floor.")
    got = social(fs)
    assert got["tobacco"] == "former" and got["occupation"].startswith("former")


@pytest.mark.parametrize(
    ("answer", "job"),
    [
        ("I'm a stay at home mom.", "stay at home mom"),
        ("I'm in sales.", "sales"),
        ("I drive for Amazon.", "driver"),
        ("um i'm a home health aide", "home health aide"),
    ],
)
def test_a_job_in_everyday_words(answer, job):
    # we output nothing or a broken word; right: the job
    assert job in social(facts("What do you do for work?", answer)).get("occupation", "")


def test_a_parents_job_is_not_the_patients():
    # precision guard: the mother is a nurse, the child is the patient
    fs = facts("What does mom do?", "My mom's a nurse.", speakers=["clinician", "patient"])
    assert "occupation" not in social(fs)


# --- second round: transcript style, several habits asked at once, lists ---


def test_i_dont_think_so_answers_the_allergy_question():
    # we output nothing; right: no known drug allergies
    assert "NKDA" in allergy(facts("any allergies to medications", "uh let me think no i don't think so"))


def test_a_named_severe_reaction():
    # we output the drug without its reaction; right: Stevens-Johnson syndrome
    fs = facts("Any allergies?", "Yes, I'm allergic to Bactrim. I got Stevens-Johnson.")
    assert set(allergy(fs).values()) == {"stevens-johnson syndrome"}


def test_a_drug_that_made_the_patient_really_sick_is_no_active_medication():
    # we output codeine as an active medication; right: a codeine allergy (intolerance), never a medication
    fs = facts(
        "Do you have any allergies?",
        "Nope.",
        "Any problems with medicines in the past?",
        "Codeine made me really sick.",
    )
    assert "codeine" in allergy(fs)
    assert "codeine" not in meds(fs)


def test_no_drugs_then_drinking_and_smoking_told_after():
    # we output alcohol denied (the "no drugs" taken for every habit asked); right: drugs denied, alcohol
    # socially, tobacco former
    fs = facts(
        "do you have any history of smoking , illicit drug use , heavy alcohol consumption ?",
        "no drugs . i do drink socially , but never more than that . and i used to smoke , but really , everybody "
        "did back then and i probably quit about 30 years ago .",
    )
    got = social(fs)
    assert got["drugs"] == "denies" and got["tobacco"] == "former"
    assert got["alcohol"] not in ("denies", "former")


def test_trying_to_quit_is_still_smoking():
    # we output former; right: current
    value = social(facts("Do you smoke?", "I'm trying to quit, down to half a pack."))["tobacco"]
    assert "former" not in value and value not in ("never", "denies")


@pytest.mark.parametrize("answer", ["maybe once a month", "On occasion.", "A few times a month."])
def test_drinking_now_and_then(answer):
    # we output nothing; right: current, occasional
    assert social(facts("do you drink", answer)).get("alcohol") not in (None, "denies", "former")


@pytest.mark.parametrize(
    ("answer", "operations"),
    [
        ("i had gall bladder and appendix .", {"cholecystectomy", "appendectomy"}),
        ("My tonsils, my appendix and my gallbladder.", {"tonsillectomy", "appendectomy", "cholecystectomy"}),
    ],
)
def test_organs_listed_answer_the_surgery_question(answer, operations):
    # we output nothing; right: one operation per organ
    assert surgical(facts("have you had any surgeries ?", answer)) == operations


def test_an_organ_acting_up_is_no_operation():
    # precision guard
    assert surgical(facts("any surgeries", "no but my thyroid is acting up")) == set()


@pytest.mark.parametrize(
    ("answer", "relation"),
    [
        ("My mom's mom had breast cancer.", "grandmother"),
        ("My father's father died of a heart attack.", "grandfather"),
        ("my grandma on my mom's side", "grandmother"),
    ],
)
def test_a_parents_parent_is_a_grandparent(answer, relation):
    # we output mother / father (the possessor taken for the relative); right: the grandparent only
    fs = facts("Does anyone in your family have diabetes, heart disease or cancer?", answer)
    assert {r for _, r in family(fs)} == {relation}


@pytest.mark.parametrize("answer", ["Both my grandparents had diabetes.", "My mom's parents both had diabetes."])
def test_grandparents_are_a_grandmother_and_a_grandfather(answer):
    # we output nothing, or the mother and father too; right: grandmother and grandfather
    fs = facts("Any family history?", answer)
    assert {r for _, r in family(fs)} == {"grandmother", "grandfather"}


def test_cancer_on_both_sides_is_the_familys():
    # we output cancer as the patient's problem; right: family history, nobody in particular
    fs = facts("Any family history?", "Cancer on both sides.")
    assert {r for _, r in family(fs)} == {"family"}
    assert not problems(fs)


# --- third round: the allergy question without the word, held open, and what is not an allergy ---


def test_reactions_to_medicines_asked_without_the_word_allergy():
    # we output nothing; right: no known drug allergies (the amoxicillin was taken fine)
    fs = facts(
        "and any reactions to medicines antibiotics anything",
        "no he's he's been fine with everything he had amoxicillin for his ear in the summer no problem",
        speakers=["clinician", "other"],
    )
    assert allergy(fs) == {"NKDA": ""}


def test_how_about_allergies_then_the_food():
    # we output nothing; right: egg with hives
    fs = facts(
        "okay and how about allergies you mentioned eggs last time on the phone",
        "right so at his first birthday he had a bite of cake and he broke out in hives so we've kept him off eggs",
        speakers=["clinician", "other"],
    )
    assert set(allergy(fs)) == {"egg"}


def test_the_patient_saying_it_is_not_an_allergy():
    # we output tramadol as an allergy; right: an intolerance the patient says is no allergy
    fs = facts(
        "Any allergies?",
        "Dilaudid gave me hives. And the tramadol made me throw up, but that's not an allergy, right?",
        "Right, that's an intolerance.",
    )
    assert allergy(fs) == {"hydromorphone": "hives"}


def test_cough_syrup_is_not_the_reaction():
    # we output codeine (cough); right: codeine (vomiting)
    fs = facts(
        "Allergies to medicines?",
        "Codeine. Last year they gave her a cough syrup with codeine and it made her throw up.",
        speakers=["clinician", "other"],
    )
    assert allergy(fs) == {"codeine": "vomiting"}


@pytest.mark.parametrize(
    "lines",
    [
        ("any allergies", "yeah", "to what", "sulfa", "what happens", "i get a rash"),
        ("Any allergies?", "Hmm, let me think.", "Take your time.", "Oh, sulfa. I get a rash."),
    ],
)
def test_the_allergy_told_a_few_turns_after_the_question(lines):
    # we output nothing; right: sulfa with a rash
    assert allergy(facts(*lines)) == {"sulfonamide antibiotics": "rash"}


def test_a_short_reply_does_not_keep_the_question_open_for_ever():
    # precision guard: the talk has moved on to the knee; ibuprofen is no allergy
    fs = facts("Any allergies?", "Um.", "Okay.", "Hm.", "Okay.", "The knee is worse, ibuprofen helps a bit.")
    assert "ibuprofen" not in allergy(fs)


# --- past medical history from a confirmed question ---


@pytest.mark.parametrize(
    ("lines", "condition"),
    [
        (("Have you ever had chickenpox, that you know of?", "As a girl, yes."), "chickenpox"),
        (("Has he had ear infections before?", "Just one, last winter."), "otitis media"),
        (("have you ever had kidney stones", "yeah twice"), "kidney stone"),
    ],
)
def test_an_earlier_episode_asked_and_confirmed(lines, condition):
    # we output nothing; right: past medical history
    assert condition in {n for n, _ in history(facts(*lines), "past_medical")}


def test_an_earlier_episode_denied_is_nothing():
    # precision guard
    fs = facts("Have you ever had a blood clot?", "One of my legs swelled once but no clot.")
    assert not history(fs, "past_medical")


def test_the_patients_own_had_it_is_not_the_mothers():
    # we output mother: chickenpox; right: no family history (the mother only told of it)
    fs = facts("Have you ever had chickenpox?", "Yes. My mother used to tell me I had it the same week as my brother.")
    assert not family(fs)


# --- fourth round: amounts, the occasional, out of work ---


def test_a_six_pack_is_an_amount_of_drinking():
    # we output nothing; right: current drinking, the amount
    value = social(facts("How much do you drink?", "Like a six pack on the weekends."))["alcohol"]
    assert "pack" in value


def test_no_then_the_occasional_edible_is_occasional_use():
    # we output drugs denied (a wrong polarity); right: occasional use
    value = social(facts("Do you use any recreational drugs?", "no, just the occasional edible"))["drugs"]
    assert value not in ("denies", "never", "former")


@pytest.mark.parametrize("answer", ["Nothing right now, I got laid off.", "No, I'm between jobs."])
def test_out_of_work(answer):
    # we output nothing; right: unemployed
    assert social(facts("Are you working?", answer)).get("occupation") == "unemployed"


@pytest.mark.parametrize(
    "lines",
    [
        ("You're still at the accounting firm?", "Yes, fifteen years now."),
        ("How's your sleep?", "I work the overnight shift at the hospital lab, so it's hard."),
        ("and you retired from the post office", "thirty one years carrying mail"),
        ("Any stress?", "Some, mostly about work. I'm a paralegal and it's been a lot."),
        ("And she's in school?", "First grade. Half the class is out."),
    ],
)
def test_work_said_in_passing(lines):
    # we output nothing; right: an occupation (where, what, or student)
    assert social(facts(*lines)).get("occupation")


@pytest.mark.parametrize(
    "lines", [("I'm still with you on that.", "Okay."), ("You're still at the firm?", "No, I left last year.")]
)
def test_still_with_you_is_no_job(lines):
    # precision guard
    assert "occupation" not in social(facts(*lines))


def test_nothing_else_after_an_allergy_is_not_no_drug_allergies():
    # we output penicillin and "no known drug allergies" together; right: penicillin only
    fs = facts("Any allergies?", "Penicillin.", "Okay. Anything else?", "Nothing.")
    assert allergy(fs) == {"penicillin": ""}


@pytest.mark.parametrize(
    "line",
    [
        "They wanted to take my gallbladder out but I said no.",
        "We talked about a hysterectomy but decided against it.",
        "I had a colonoscopy last year, it was normal.",
    ],
)
def test_an_operation_turned_down_or_a_test_is_no_surgical_history(line):
    # we output cholecystectomy / "talked about a hysterectomy" / colonoscopy; right: nothing
    assert surgical(facts("Any surgeries?", line)) == set()


@pytest.mark.parametrize(
    "line", ["She has no known drug allergies.", "Allergies: none.", "Drug allergies, none.", "allergies none known"]
)
def test_no_drug_allergies_stated_by_the_clinician(line):
    # we output nothing (the statement taken for the question); right: no known drug allergies
    assert allergy(facts(line, "Okay.")) == {"NKDA": ""}


# --- a little is not none; a correction after "just"; "not since" ---


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Do you drink?", "I don't drink much, maybe a beer a week.", "alcohol"),
        ("Do you drink?", "Not much.", "alcohol"),
        ("Do you smoke?", "I don't smoke cigarettes, just vape.", "tobacco"),
        ("Do you drink?", "I don't drink, just the occasional beer at a wedding.", "alcohol"),
    ],
)
def test_a_little_or_a_correction_is_current_use(question, answer, kind):
    # we output a denial (a wrong polarity); right: current use
    assert social(facts(question, answer))[kind] not in ("never", "denies", "former")


def test_not_since_is_former():
    # we output never; right: former
    assert social(facts("Do you smoke?", "Not since my heart attack."))["tobacco"] == "former"


@pytest.mark.parametrize("answer", ["I don't really drink.", "Not really.", "Not a drop."])
def test_a_plain_no_to_drinking_stays_a_denial(answer):
    # precision guard (and "I don't really drink" was missed)
    assert social(facts("Do you drink?", answer))["alcohol"] == "denies"


@pytest.mark.parametrize(
    ("lines", "condition", "relation"),
    [
        (("So this looks like gout.", "My dad had the same thing."), "gout", "father"),
        (("You have high blood pressure.", "Yeah, my mom had it too."), "hypertension", "mother"),
    ],
)
def test_a_relative_with_the_same_thing(lines, condition, relation):
    # we output nothing for the relative; right: the relative's condition as family history
    assert (condition, relation) in family(facts(*lines))


def test_a_pastime_said_as_you_were_a_is_no_job():
    # we output occupation hunter; right: nothing (a pastime, said without work)
    fs = facts("I heard that you were a hunter, been out lately?", "A couple of weeks ago.")
    assert "occupation" not in social(fs)


def test_cannot_eat_a_food_with_a_reaction_is_an_allergy():
    # we output nothing; right: shellfish with throat swelling
    assert allergy(facts("Any allergies?", "I can't eat shellfish, my throat swells up.")) == {
        "shellfish": "throat swelling"
    }


def test_drinking_coffee_is_no_alcohol():
    # we output alcohol "yes"; right: nothing (the question is about coffee)
    assert "alcohol" not in social(facts("Do you drink coffee?", "Yes, a lot."))


@pytest.mark.parametrize(
    ("question", "answer", "kind", "value"),
    [
        ("Any drug use?", "I've been clean for five years.", "drugs", "former"),
        ("Do you use tobacco?", "I dip.", "tobacco", None),
    ],
)
def test_habits_in_plain_words(question, answer, kind, value):
    # we output nothing; right: former drug use / current tobacco
    got = social(facts(question, answer)).get(kind)
    assert got == value if value else got not in (None, "never", "former")


def test_a_job_the_clinician_recalls_and_the_patient_counts_years_of():
    # right: librarian (the years at the library tell it was work, not a pastime)
    fs = facts("and you were a librarian", "thirty four years at the county library")
    assert social(fs).get("occupation") == "librarian"


def test_a_calcium_chew_is_no_tobacco():
    # we output tobacco "yes" from "chew"; right: no tobacco history from a supplement
    assert "tobacco" not in social(facts("What else do you take?", "A calcium with vitamin D chew, twice a day."))


def test_the_charted_class_and_the_product_named_are_one_allergy():
    fs = facts("Any allergies to medicines? I have sulfa on your chart.", "Right, Bactrim. I broke out in a rash.")
    got = allergy(fs)
    assert len([n for n in got if "sulfa" in n]) == 1, got
