"""Symptoms, problems and history said the many ways of a primary-care visit (sentences written for these tests).

Each case is a short exchange and what a clinician would chart from it: denials and hedges read against the
question asked, a relative's condition never the patient's, the past kept apart from the present.
"""

import pytest
from fact_readers import history, problems, symptoms

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


def facts(*lines, speakers=True):
    turns = [(("clinician" if i % 2 == 0 else "patient") if speakers else None, t) for i, t in enumerate(lines)]
    return extract(text_transcript(turns))


# --- denials and hedges, answered across turns ---


@pytest.mark.parametrize(
    "answer",
    ["No, none of that.", "Nope, not that I've noticed.", "I wouldn't say so.", "I don't believe so.", "Nah."],
)
def test_a_list_question_denied_every_way_denies_each_symptom(answer):
    got = symptoms(facts("Have you had any fevers, sweats or a sore throat?", answer))
    assert got == {"fever": "absent", "sweating": "absent", "sore throat": "absent"}


@pytest.mark.parametrize(
    "answer", ["Kind of.", "I guess a little.", "Every now and then.", "I get them here and there.", "Sort of, yeah."]
)
def test_a_hedged_answer_is_present_and_marked_possible(answer):
    fs = facts("Are you getting headaches?", answer)
    f = next(f for f in fs if f.kind == FactKind.symptom and f.name == "headache")
    assert not f.negated and f.attributes.get("certainty") == "possible"


def test_havent_had_any_recently_is_denied_not_present():
    got = symptoms(facts("What else is going on?", "Honestly I haven't had any joint pain recently."))
    assert got == {"joint pain": "absent"}


def test_a_reported_symptom_after_a_denial_stays_present():
    got = symptoms(facts("Patient denies nausea, reports dizziness since Sunday.", "Okay."))
    assert got == {"nausea": "absent", "dizziness": "present"}


def test_the_answer_resolves_the_question_without_speaker_labels():
    got = symptoms(facts("Any wheezing or cough?", "No.", "And a runny nose?", "Nope.", speakers=False))
    assert got == {"wheezing": "absent", "cough": "absent", "runny nose": "absent"}


# --- the chief complaint is never charted as denied ---


def test_chest_tightness_complaint_is_not_turned_into_denied_chest_pain():
    fs = facts(
        "What's going on today?",
        "There's this tightness in my chest, it started on Saturday.",
        "Do you get chest pain when you walk the dog?",
        "No, not really.",
    )
    # the tightness is charted as said (session 21: annotators chart it apart from pain), never denied; the
    # pain on walking the dog is denied
    assert symptoms(fs) == {"chest tightness": "present", "chest pain": "absent"}


def test_asking_how_long_the_symptom_has_lasted_means_the_patient_has_it():
    assert symptoms(facts("So how long has the cough been going on?", "About ten days.")) == {"cough": "present"}


def test_asking_after_a_known_symptom_that_has_gone_is_absent():
    assert symptoms(facts("How are your headaches these days?", "They went away last month.")) == {"headache": "absent"}


def test_no_to_having_had_it_before_is_a_first_episode_not_a_denial():
    fs = facts("Have you ever had dizziness like this before?", "No.")
    assert symptoms(fs).get("dizziness") != "absent"


# --- relatives ---


def test_a_relative_named_only_in_the_question_owns_the_condition():
    fs = facts("And how about your dad, any health problems?", "He has high blood pressure and diabetes.")
    assert not problems(fs) & {"hypertension", "type 2 diabetes"}
    assert {("hypertension", "father"), ("type 2 diabetes", "father")} <= history(fs, "family")


def test_she_had_after_the_mother_is_the_mothers_history_not_the_patients():
    fs = facts("Is your mom still living?", "Yes. She had breast cancer in her sixties.")
    assert history(fs, "family") == {("breast cancer", "mother")}
    assert not history(fs, "past_medical") and not problems(fs)


def test_a_child_patient_told_of_by_a_parent_is_still_the_patient():
    fs = facts("How is your son doing?", "He's been coughing all week.")
    assert symptoms(fs) == {"cough": "present"}


@pytest.mark.parametrize(
    "answer", ["Heart disease runs in my family.", "There's a lot of heart disease in the family."]
)
def test_a_condition_of_the_whole_family_is_family_history(answer):
    fs = facts("Anything that runs in the family?", answer)
    assert history(fs, "family") == {("heart disease", "family")}
    assert not problems(fs)


def test_a_sibling_with_an_age_at_onset():
    fs = facts("Any heart trouble in the family?", "My older brother had a heart attack at 52.")
    assert history(fs, "family") == {("myocardial infarction", "brother")}


# --- past against present ---


def test_a_past_episode_in_a_sentence_with_a_current_problem():
    fs = facts("Any medical problems?", "I have asthma, and I had shingles two years ago.")
    assert "asthma" in problems(fs) and "shingles" not in problems(fs)
    assert ("shingles", "") in history(fs, "past_medical")


def test_an_episode_from_childhood_is_past_medical_history():
    fs = facts("Any other medical history?", "I had a kidney stone when I was younger.")
    assert ("kidney stone", "") in history(fs, "past_medical") and "kidney stone" not in problems(fs)


def test_a_history_of_is_past_medical_history_even_if_ongoing():
    fs = facts("Tell me about your health.", "I have a history of migraines.")
    assert ("migraine", "") in history(fs, "past_medical")


def test_a_diagnosis_reported_in_the_past_tense_is_current():
    fs = facts("What happened?", "The urgent care doctor said I had a kidney stone.")
    assert "kidney stone" in problems(fs) and not history(fs, "past_medical")


# --- operations ---


@pytest.mark.parametrize(
    "answer, operation",
    [
        ("I had my tubes tied after my last baby.", "tubal ligation"),
        ("I've had both hips replaced.", "hip replacement"),
        ("I got a pacemaker put in back in 2019.", "pacemaker placement"),
        ("Shoulder surgery in 2012.", "shoulder surgery"),
        ("They took my gallbladder out a while ago.", "cholecystectomy"),
        ("They repaired an inguinal hernia back in 2015.", "hernia repair"),
        ("I had my left knee scoped in college.", "knee arthroscopy"),
    ],
)
def test_operations_said_in_everyday_words(answer, operation):
    assert (operation, "") in history(facts("Any operations in the past?", answer), "past_surgical")


def test_never_had_surgery_is_no_operation():
    assert not history(facts("Any surgeries?", "No, I've never had any surgery."), "past_surgical")


def test_a_planned_joint_replacement_is_not_history():
    fs = facts("We'll get that knee replaced once your sugars are better.", "Okay.")
    assert not history(fs, "past_surgical")


# --- social history ---


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        (("Do you smoke?", "Half a pack a day."), "tobacco", "half a pack a day"),
        (("Any alcohol?", "No, I stopped drinking five years ago."), "alcohol", "former"),
        (("Do you drink?", "A glass of wine with dinner."), "alcohol", "a glass of wine with dinner"),
        (("What do you do for a living?", "I'm a pharmacist."), "occupation", "pharmacist"),
        (("Are you working these days?", "I do construction."), "occupation", "construction"),
    ],
)
def test_social_answers_read_against_the_question(lines, kind, value):
    assert (kind, value) in history(facts(*lines), "social")


def test_a_feeling_is_not_an_occupation():
    fs = facts("What do you do for work?", "I'm a bit stressed about that, actually.")
    assert not {k for k, _ in history(fs, "social")} & {"occupation"}


def test_no_marijuana_is_denied_drug_use_not_a_medication():
    fs = facts("Any tobacco or drugs?", "No cigarettes, no marijuana.")
    assert {("tobacco", "never"), ("drugs", "denies")} <= history(fs, "social")
    assert not [f for f in fs if f.kind == FactKind.medication]


# --- the reach of a denial ---


def test_a_denial_stops_at_but():
    got = symptoms(
        facts("Any nausea, vomiting, diarrhea?", "No vomiting or diarrhea, but I'm a little queasy and nauseous.")
    )
    assert got["vomiting"] == "absent" and got["diarrhea"] == "absent" and got["nausea"] == "present"


def test_less_of_a_symptom_is_still_present():
    got = symptoms(facts("How is the breathing?", "I don't have quite as much shortness of breath as last week."))
    assert got == {"shortness of breath": "present"}


def test_tokenised_negation_is_read_as_negation():
    got = symptoms(facts("any cough or fever", "i have n't had a fever but i do n't know about the cough"))
    assert got.get("fever") == "absent"


def test_a_conditional_yes_is_present():
    got = symptoms(facts("Any dizziness or lightheadedness?", "Only when I get up out of bed quickly."))
    assert got == {"dizziness": "present"}


def test_agreeing_with_a_denial_asked_as_a_question_denies_it():
    got = symptoms(facts("So no fevers and no vomiting?", "Right, nothing like that."))
    assert got == {"fever": "absent", "vomiting": "absent"}


def test_a_hedged_yes_that_goes_on_still_answers_the_question():
    got = symptoms(facts("Do you have a runny nose?", "A little bit, yeah, and some sneezing."))
    assert got.get("runny nose") == "present" and got.get("sneezing") == "present"


def test_what_imaging_does_not_show_is_not_a_denied_symptom():
    fs = facts("Your x-ray doesn't show any swelling or fracture.", "Good.")
    assert "swelling" not in symptoms(fs)


def test_no_fever_said_after_the_vital_signs_is_not_a_denied_symptom():
    fs = facts("Your vital signs look good today. You don't have a fever.", "Great.")
    assert "fever" not in symptoms(fs)


def test_a_denial_before_an_exam_question_is_not_answered_by_its_yes():
    fs = facts("You don't have any fever and does it hurt when I press here", "A little bit yeah")
    assert symptoms(fs).get("fever") != "present"


def test_bowel_and_bladder_questions():
    got = symptoms(facts("Any bladder problems?", "No.", "Any problems with your bowels?", "Nope."))
    assert got == {"bladder dysfunction": "absent", "bowel dysfunction": "absent"}


def test_trouble_sleeping_asked_and_denied():
    got = symptoms(facts("Any problems sleeping?", "No, I sleep fine."))
    assert got == {"insomnia": "absent"}


# --- vocabulary that must not collapse into a neighbour ---


@pytest.mark.parametrize(
    "said, problem",
    [
        ("My doctor told me I have pre-diabetes.", "prediabetes"),
        ("I have high blood pressure and my cholesterol is a little high.", "hyperlipidemia"),
    ],
)
def test_problems_said_in_everyday_words(said, problem):
    assert problem in problems(facts("Any medical conditions?", said))


def test_gestational_diabetes_is_not_type_2_diabetes():
    fs = facts("Any medical conditions?", "I had gestational diabetes with my second pregnancy.")
    names = problems(fs) | {n for n, _ in history(fs, "past_medical")}
    assert "type 2 diabetes" not in names and "gestational diabetes" in names


def test_what_kind_of_work_question_reads_the_answer_as_an_occupation():
    assert ("occupation", "auto repair") in history(
        facts("What kind of work do you do?", "I do auto repair."), "social"
    )


def test_a_side_of_the_family_is_family_history_not_the_patients_problem():
    fs = facts("Any family history?", "Type 2 diabetes runs on my mother's side.")
    assert ("type 2 diabetes", "mother") in history(fs, "family") and not problems(fs)


def test_a_relatives_blood_pressure_problems_said_with_a_pronoun():
    fs = facts("Is your father healthy?", "Mostly. He has blood pressure problems.")
    assert ("hypertension", "father") in history(fs, "family") and "hypertension" not in problems(fs)


def test_a_year_told_of_an_operation_does_not_date_a_current_problem():
    fs = facts("Any medical problems?", "Just the diabetes, and I had my appendix out in 2008.")
    assert "type 2 diabetes" in problems(fs) and not history(fs, "past_medical")
    assert ("appendectomy", "") in history(fs, "past_surgical")


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        (("Any recreational drugs?", "I smoke a little pot on weekends."), "drugs", "yes"),
        (("Do you drink?", "I've been sober for three years."), "alcohol", "former"),
        (("Do you drink?", "Only at weddings and holidays."), "alcohol", "only at weddings and holidays"),
        (("What do you do for work?", "I work from home as a web designer."), "occupation", "designer"),
        (("What do you do for work?", "I'm unemployed at the moment."), "occupation", "unemployed"),
    ],
)
def test_more_social_answers(lines, kind, value):
    got = history(facts(*lines), "social")
    assert (kind, value) in got, got
    assert kind != "drugs" or not {k for k, _ in got} & {"tobacco"}  # smoking pot is not tobacco


# --- a complaint told with a negative is still a complaint ---


@pytest.mark.parametrize(
    "complaint, name",
    [
        ("I don't know, I've had this cough for a week.", "cough"),
        ("I just can't shake this sore throat.", "sore throat"),
        ("No matter what I take, my back hurts.", "back pain"),
        ("Not good. I have a fever and chills.", "fever"),
        ("I've never had a headache this bad.", "headache"),
        ("The dizziness isn't going away.", "dizziness"),
    ],
)
def test_a_complaint_with_a_negative_in_it_is_present(complaint, name):
    assert symptoms(facts("What brings you in today?", complaint)).get(name) == "present"


@pytest.mark.parametrize(
    "question, answer, state",
    [
        ("Is the cough getting any better?", "No.", "present"),
        ("Is your sore throat improving?", "A little.", "present"),
        ("Has the fever gone away?", "No, it's still there.", "present"),
        ("Have the headaches stopped?", "Yes, a few days ago.", "absent"),
    ],
)
def test_a_question_about_how_a_known_symptom_changes(question, answer, state):
    got = symptoms(facts(question, answer))
    assert list(got.values()) == [state], got


def test_not_exactly_is_a_hedge_not_a_denial():
    fs = facts("Any chest pain?", "Not chest pain exactly, it's more of a tightness.")
    f = next(f for f in fs if f.kind == FactKind.symptom and f.name == "chest pain")
    assert not f.negated and f.attributes.get("certainty") == "possible"


def test_just_the_one_named_denies_the_rest_of_the_list():
    got = symptoms(facts("Have you had any sore throat, earache or cough?", "Just the cough, mostly at night."))
    assert got == {"sore throat": "absent", "ear pain": "absent", "cough": "present"}


def test_asking_how_a_known_problem_is_going_names_the_problem():
    assert "asthma" in problems(facts("So how has the asthma been lately?", "Pretty good, I barely use my inhaler."))


@pytest.mark.parametrize(
    "said, name",
    [
        ("I've been feeling run down.", "fatigue"),
        ("It hurts to swallow.", "painful swallowing"),
        ("I get shaky.", "shakiness"),
    ],
)
def test_everyday_symptom_words(said, name):
    assert symptoms(facts("What's been going on?", said)).get(name) == "present"


def test_i_dont_think_i_have_is_a_denial():
    assert symptoms(facts("Any chills?", "I don't think I have chills.")) == {"chills": "absent"}


def test_no_then_something_else_denies_what_was_asked():
    got = symptoms(facts("Any wheezing?", "No, just the cough."))
    assert got == {"wheezing": "absent", "cough": "present"}


def test_a_no_about_a_property_of_a_known_symptom_keeps_the_symptom():
    got = symptoms(facts("Is the rash itchy?", "Not really."))
    assert got.get("rash") == "present" and got.get("itching") == "absent"


def test_a_new_clause_after_a_denial_names_what_is_there():
    got = symptoms(facts("What brings you in?", "No fever or anything, it's my back that hurts."))
    assert got == {"fever": "absent", "back pain": "present"}


def test_earlier_episodes_had_before_are_past_medical_history():
    fs = facts("Anything like this before?", "I've had kidney stones twice before.")
    assert ("kidney stone", "") in history(fs, "past_medical") and "kidney stone" not in problems(fs)


def test_the_patient_named_after_the_relative_owns_the_next_condition():
    fs = facts("So your mother has asthma, and you have high blood pressure.", "Right.")
    assert "hypertension" in problems(fs) and "asthma" not in problems(fs)
    assert history(fs, "family") == {("asthma", "mother")}


def test_a_caregivers_she_is_the_child_not_the_relative_just_asked_about():
    fs = extract(text_transcript([("clinician", "Does her dad have eczema?"), ("other", "No, but she has asthma.")]))
    assert "asthma" in problems(fs) and not history(fs, "family")


# --- primary-care phrasings (second round): symptoms said without their textbook names ---


def said(*pairs):
    """Facts of an exchange with explicit speakers: ("other", "...") is a parent or companion."""
    return extract(text_transcript(list(pairs)))


def test_review_of_systems_in_everyday_words():
    got = symptoms(
        facts("Anything else going on?", "I'm always cold, my hair is falling out and I've put on about 6 pounds.")
    )
    assert got == {"cold intolerance": "present", "hair loss": "present", "weight gain": "present"}


def test_out_of_character_is_not_a_denial():
    got = symptoms(facts("How's your mood?", "I've been so irritable, which is not like me, and my hair is thinning."))
    assert got == {"irritability": "present", "hair loss": "present"}


def test_no_just_then_a_site_that_hurts_is_present():
    got = symptoms(facts("Any other joints bothering you?", "no just my wrist well the elbow is a bit sore too"))
    assert got.get("elbow pain") == "present"


def test_a_list_that_ends_in_a_question_mark_is_one_question():
    got = symptoms(facts("Any dizzy spells? Sweats, palpitations, anything like that?", "No, never."))
    assert got == {"dizziness": "absent", "sweating": "absent", "palpitations": "absent"}


def test_a_no_that_goes_on_to_deny_one_answers_all_but_a_named_denial_only_itself():
    got = symptoms(facts("any locking or giving way", "no it doesn't lock up and it hasn't given out"))
    assert got == {"locking": "absent", "giving way": "absent"}
    got = symptoms(facts("Fever or chills?", "No fever. I took my temperature twice."))
    assert got == {"fever": "absent"}


def test_sympathy_is_not_an_answer():
    got = symptoms(said(("other", "She's been tugging at her ear all day."), ("clinician", "Oh no. Which side?")))
    assert got == {"ear pain": "present"}


def test_an_allergy_reaction_is_not_a_symptom():
    got = symptoms(facts("Any allergies to medicines?", "Penicillin gives me a rash and I get itchy."))
    assert "rash" not in got and "itching" not in got


def test_the_second_half_of_a_return_precaution_is_hypothetical():
    got = symptoms(facts("Come back if it isn't better in a week or so, or you get a fever, okay?", "Okay."))
    assert "fever" not in got


def test_a_clinician_action_and_a_risk_are_not_symptoms():
    got = symptoms(facts("This is a small pinch, we numb it first. Stop the aspirin because of the bleeding risk."))
    assert got == {}


def test_weight_lost_by_the_pound():
    assert symptoms(facts("Any weight change?", "I lost like 12 pounds without trying.")) == {"weight loss": "present"}


# --- family history: "it", unpunctuated questions, who is speaking ---


def test_a_relative_who_had_it_has_what_the_speaker_just_named():
    fs = facts("Family history?", "Heart disease runs in our family. My father had it, and my uncle has it too.")
    got = history(fs, "family")
    assert ("heart disease", "father") in got and ("heart disease", "uncle") in got


def test_an_unpunctuated_family_question_is_asked_not_told():
    got = history(facts("okay anybody in the family with gout", "yeah my brother had it pretty bad"), "family")
    assert got == {("gout", "brother")}


def test_cancer_of_an_organ_is_that_organs_cancer():
    got = history(facts("Any cancer in the family?", "My grandmother had cancer of the pancreas."), "family")
    assert got == {("pancreatic cancer", "grandmother")}


def test_a_parent_speaking_of_themself_is_family_history_and_hi_dad_is_no_relative():
    fs = said(
        ("clinician", "Hi Dad, and hi Noah, what brings you in?"),
        ("other", "He's been wheezing at night. Me, I had asthma when I was little."),
    )
    assert history(fs, "family") == {("asthma", "father")}
    assert history(fs, "past_medical") == set()


# --- past operations said in passing ---


def test_operations_listed_bare_or_by_their_own_names():
    got = history(facts("Any operations?", "gallbladder out and my tubes tied years back"), "past_surgical")
    assert {n for n, _ in got} == {"cholecystectomy", "tubal ligation"}
    got = history(facts("Okay.", "left shoulder scope in 2015 and a hysterectomy after that"), "past_surgical")
    assert {n for n, _ in got} == {"shoulder arthroscopy", "hysterectomy"}


def test_a_relatives_operation_a_referral_and_a_date_are_not_the_patients_operations():
    fs = facts(
        "Any surgeries?",
        "No, but my brother had both hips replaced.",
        "I'll refer you to GI for a colonoscopy and see you two weeks after the surgery.",
    )
    assert history(fs, "past_surgical") == set()


def test_a_dated_cancer_is_past_history_not_a_problem():
    fs = facts("Anything else in your history?", "Oh right, the thyroid cancer, that was 2012.")
    assert ("thyroid cancer", "") in history(fs, "past_medical")
    assert "thyroid cancer" not in problems(fs)


# --- social history and problems said in passing ---


def test_a_bare_topic_is_a_question_and_each_habit_counts_its_own_units():
    got = history(facts("and smoking", "yeah still about half a pack a day"), "social")
    assert got == {("tobacco", "yeah still about half a pack a day")}
    got = dict(history(facts("okay", "never smoked a glass of wine now and then"), "social"))
    assert got["tobacco"] == "never" and got["alcohol"] != "never"


def test_advice_and_medicine_classes_are_not_habits():
    fs = facts("Don't mix the muscle relaxer with beer.", "Okay. Sulfa drugs give me hives, by the way.")
    assert history(fs, "social") == set()


@pytest.mark.parametrize(
    ("lines", "job"),
    [
        (("what do you do for work", "machine operator at the plant"), "machine operator"),
        (("still at the pharmacy", "still a pharmacist yep"), "pharmacist"),
        (("and you were a firefighter", "twenty years with the city"), "firefighter"),
        (("Still driving the bus?", "Yep, still driving."), "bus driver"),
        (("How's school?", "Fine, I'm in ninth grade now."), "student"),
    ],
)
def test_occupation_said_in_passing(lines, job):
    assert dict(history(facts(*lines), "social")).get("occupation") == job


def test_a_hobby_is_no_occupation():
    fs = facts("Your heart rate is 52, you can tell you're a runner.", "Ha, I try.")
    assert "occupation" not in dict(history(fs, "social"))


def test_a_pill_for_the_blood_pressure_and_an_ear_infection_are_problems():
    assert "hypertension" in problems(facts("What do you take?", "Just a water pill for my blood pressure."))
    assert "otitis media" in problems(facts("What did urgent care say?", "They said he has an ear infection."))


def test_a_clause_that_goes_on_after_a_comma_is_no_question():
    fs = facts("Family history?", "My mom, you know, has high blood pressure.")
    assert history(fs, "family") == {("hypertension", "mother")}
    assert symptoms(facts("Anything else?", "I'm up at night, which is new, and my ankles swell.")) == {
        "ankle swelling": "present"
    }


def test_a_bare_drinking_topic_asks_about_alcohol():
    got = dict(history(facts("drinking", "hardly ever maybe a beer at a barbecue"), "social"))
    assert got.get("alcohol") not in (None, "never", "denies", "former")


def test_i_wish_no_denies():
    assert symptoms(facts("losing weight without trying", "i wish no")) == {"weight loss": "absent"}


def test_a_no_that_corrects_who_had_it_does_not_deny_it():
    fs = said(("clinician", "who had the stroke"), ("other", "grandma no her mother her mother had a stroke"))
    assert ("cerebral infarction", "mother") in history(fs, "family")


def test_unpunctuated_turns_of_one_speaker_stay_apart():
    fs = said(
        ("clinician", "your hemoglobin is a little low mild anemia we'll let the surgeon know"),
        ("clinician", "let me examine you there's a soft murmur lungs are clear"),
    )
    assert "anemia" in problems(fs)


def test_an_organ_named_alone_answers_the_surgery_question_but_not_when_it_is_fine():
    assert ("appendectomy", "") in history(
        facts("Any surgeries?", "Just my appendix, when I was nine."), "past_surgical"
    )
    assert history(facts("Any surgeries?", "No. My thyroid is fine though."), "past_surgical") == set()


def test_a_site_hurt_or_treated_is_that_sites_pain():
    assert symptoms(facts("What happened?", "I tweaked my shoulder lifting boxes.")) == {"shoulder pain": "present"}
    assert symptoms(facts("Any pain medicine?", "I take ibuprofen for my knee most days.")) == {"knee pain": "present"}
