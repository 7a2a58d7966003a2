"""No fact of the wrong polarity: negation, hedging, history, relatives and hypotheticals (issue 13).

Each case is a short exchange as written dialogue; the expectation says what the note may state. A
symptom that was denied must never come out present, a relative's disease never as the patient's
problem, and an if-sentence never as a finding.
"""

import pytest
from fact_readers import facts, heard_facts

from engine.types import FactKind


def symptom(fs, name):
    return next((f for f in fs if f.kind == FactKind.symptom and f.name == name), None)


def kinds(fs, kind):
    return {f.name for f in fs if f.kind == kind}


@pytest.mark.parametrize(
    "lines, name",
    [
        (("How are your joints?", "I haven't had any joint pain recently."), "joint pain"),
        (("Any chest pain or shortness of breath?", "No."), "chest pain"),
        (("Any chest pain or shortness of breath?", "No."), "shortness of breath"),
        (("Any other symptoms? Nausea? Vomiting?", "Um, no, nothing like that."), "vomiting"),
        (("Fever?", "Nope."), "fever"),
        (("What brings you in?", "I don't have a fever but I do feel tired."), "fever"),
        (("Any dizziness?", "No dizziness at all."), "dizziness"),
        (("Tell me about the headaches.", "The headache went away yesterday."), "headache"),
        (("And your breathing?", "I deny any shortness of breath."), "shortness of breath"),
        (("and fevers or chills", "no"), "chills"),  # unpunctuated question, answered by the other speaker
    ],
)
def test_denied_symptoms_are_absent(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and f.negated, (name, f)


@pytest.mark.parametrize(
    "lines, name, possible",
    [
        (("Any cold symptoms?", "Maybe a little runny nose."), "runny nose", True),
        (("Any cough?", "Yes, a little."), "cough", True),
        (("Any cough?", "Yeah."), "cough", False),
        (("What brings you in?", "I don't have a fever but I do feel tired."), "fatigue", False),
        (("What brings you in today?", "I've had chest pain since Sunday."), "chest pain", False),
        # the chief complaint stays present when a later question is answered no
        (("What brings you in?", "Chest pain since Sunday.", "Any chest pain right now?", "No."), "chest pain", False),
    ],
)
def test_reported_and_hedged_symptoms_are_present(lines, name, possible):
    f = symptom(facts(*lines), name)
    assert f is not None and not f.negated, (name, f)
    assert (f.attributes.get("certainty") == "possible") == possible


@pytest.mark.parametrize(
    "lines, absent",
    [
        (("Some people get a dry cough on this medicine.", "Okay."), "cough"),
        (("If you get a rash or swelling, call us.", "Okay."), "rash"),
        (("Watch for fever over the weekend.", "Sure."), "fever"),
        (("Any family history?", "My mother had a rash from it."), "rash"),
        # a risk is not the event
        (("Because you shuffle and are at risk of falling, I'd like a bone density scan.", "Okay."), "repeated falls"),
    ],
)
def test_hypothetical_and_relatives_symptoms_are_not_findings(lines, absent):
    assert symptom(facts(*lines), absent) is None


@pytest.mark.parametrize(
    "lines, name",
    [
        # named as what was asked about, then denied in the same breath
        (
            (
                "any fevers or sweats weight loss",
                "no fevers",
                "okay",
                "oh and you asked about sweats before no i don't get sweats",
            ),
            "sweating",
        ),
        # an unpunctuated question after a topic word, answered at length and then no
        (
            (
                "and mood how's your mood are you feeling down",
                "i mean i get frustrated i can't do the little wiring stuff but down no i'm not depressed",
            ),
            "depressed mood",
        ),
    ],
)
def test_a_symptom_asked_about_or_referred_to_is_never_present_when_denied(lines, name):
    f = symptom(facts(*lines), name)
    assert f is None or f.negated, (name, f)


def test_relatives_disease_is_family_history_not_a_problem():
    fs = facts("Any family history?", "My mother had breast cancer and my father has high blood pressure.")
    assert not kinds(fs, FactKind.problem) & {"breast cancer", "hypertension"}
    family = {(f.attributes.get("relation"), f.name) for f in fs if f.attributes.get("category") == "family"}
    assert ("mother", "breast cancer") in family and ("father", "hypertension") in family


def test_denied_diagnosis_is_not_a_problem():
    fs = facts("Do you have diabetes?", "No, I don't have diabetes.")
    assert "type 2 diabetes" not in kinds(fs, FactKind.problem)


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        (("Do you smoke?", "I used to smoke, I quit ten years ago."), "tobacco", "former"),
        (("Do you smoke?", "No, never."), "tobacco", "never"),
        (("Any drugs? Marijuana?", "No marijuana, no."), "drugs", "denies"),
        (("Do you drink alcohol?", "A couple of beers on the weekend."), "alcohol", "a couple of beers on the weekend"),
    ],
)
def test_social_history_polarity(lines, kind, value):
    fs = facts(*lines)
    social = {f.name: f.attributes["value"] for f in fs if f.attributes.get("category") == "social"}
    assert social.get(kind) == value, social
    assert "medical cannabis" not in kinds(fs, FactKind.medication) | kinds(fs, FactKind.problem)


def test_a_result_is_not_an_order():
    fs = facts("Your A1c came back at 8.2 today.", "Oh no.", "We'll recheck your A1c in three months.", "Okay.")
    results = {f.name: f.attributes.get("value") for f in fs if f.kind == FactKind.result}
    assert results.get("hemoglobin a1c") == "8.2"
    assert "hemoglobin a1c" in kinds(fs, FactKind.order)  # the recheck is the order


def test_exam_findings_keep_site_side_and_polarity():
    fs = facts(
        "Let me take a look. On exam, there is tenderness to palpation over the right lateral epicondyle. "
        "Your lungs are clear. There is no edema in the lower extremities.",
        "Okay.",
    )
    exam = {
        (f.name, f.attributes["site"], f.attributes["laterality"], f.attributes["normal"])
        for f in fs
        if f.kind == FactKind.exam
    }
    assert ("tenderness to palpation", "lateral epicondyle", "right", "no") in exam
    assert any(n == "clear" and s == "lungs" and normal == "yes" for n, s, _, normal in exam)
    assert any(n == "no edema" and normal == "yes" for n, _, _, normal in exam)
    assert not kinds(fs, FactKind.symptom) & {"edema", "swelling"}  # the clinician's findings are not symptoms


def test_exam_negation_beyond_no_x_and_the_nearest_site():
    # ACI-Bench style: unpunctuated, the negation is "I don't hear any", and the heart follows the lungs
    fs = facts(
        "on exam your lungs are clear bilaterally i don't hear any wheezes or crackles listen to your heart so "
        "on your heart exam i do still hear that grade two out of six systolic ejection murmur",
        "okay",
    )
    exam = {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs if f.kind == FactKind.exam}
    assert ("no wheezes", "lungs", "bilateral") in exam and ("no crackles", "lungs", "bilateral") in exam
    assert ("systolic ejection murmur", "heart", "") in exam
    assert not any(name in {"wheezes", "crackles"} for name, _, _ in exam)


def test_every_new_fact_keeps_its_evidence():
    fs = facts(
        "Any family history? Do you smoke?",
        "My father had a heart attack. I quit smoking years ago. I had my appendix removed.",
        "On exam your lungs are clear. Your x-ray showed no fracture.",
        "Okay.",
    )
    assert fs and all(f.evidence and all(e.quote for e in f.evidence) for f in fs)


# Issue 13: past, family and answered-question phrasing (sentences written for these tests).


def history(fs, category):
    return {
        (f.name, f.attributes.get("relation", ""))
        for f in fs
        if f.kind == FactKind.history and f.attributes.get("category") == category
    }


@pytest.mark.parametrize(
    "lines, operation",
    [
        (("Any surgeries?", "I had my gallbladder out years ago."), "cholecystectomy"),
        (("Any surgeries?", "I had my tonsils removed as a kid."), "tonsillectomy"),
        (("Any surgeries?", "I've had surgery on my knee."), "knee surgery"),
        (("And you had a skin cancer removed five months ago.", "Yes."), "skin cancer removal"),
    ],
)
def test_past_operations(lines, operation):
    assert operation in {n for n, _ in history(facts(*lines), "past_surgical")}


def test_past_episodes_are_past_history_not_problems():
    fs = facts("Any medical history?", "I had pneumonia last year and a heart attack in 2019.")
    assert {"pneumonia", "myocardial infarction"} <= {n for n, _ in history(fs, "past_medical")}
    assert not kinds(fs, FactKind.problem)


def test_a_diagnosis_dated_in_the_past_is_still_a_problem():
    fs = facts("Tell me about your diabetes.", "I was diagnosed with diabetes last year.")
    assert "type 2 diabetes" in kinds(fs, FactKind.problem)


def test_i_thought_i_was_having_a_heart_attack_is_not_a_diagnosis():
    fs = facts("What happened?", "I thought I was having a heart attack, so I went to the ER.")
    assert "myocardial infarction" not in kinds(fs, FactKind.problem)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (("Does anyone in your family have diabetes?", "Yes, my dad."), {("type 2 diabetes", "father")}),
        (("Your mother had breast cancer?", "Yes, she did."), {("breast cancer", "mother")}),
        (
            ("Family history?", "My mother and father both had high blood pressure."),
            {("hypertension", "mother"), ("hypertension", "father")},
        ),
        (("Family history?", "My grandfather on my dad's side had colon cancer."), {("colon cancer", "grandfather")}),
        (("Family history?", "My brothers both have diabetes."), {("type 2 diabetes", "brother")}),
        (("Family history?", "My dad has heart problems."), {("heart disease", "father")}),
    ],
)
def test_family_history_phrasings(lines, expected):
    fs = facts(*lines)
    assert history(fs, "family") == expected
    assert not kinds(fs, FactKind.problem)


def test_a_lot_of_it_in_my_family_is_not_the_patients_problem():
    fs = facts("Family history?", "There's a lot of diabetes in my family, my mother's side.")
    assert not kinds(fs, FactKind.problem)


@pytest.mark.parametrize(
    "lines, name",
    [
        (("Any swelling in your legs?", "I haven't noticed any."), "leg swelling"),
        (("And have you had any wheezing?", "Not that I've noticed."), "wheezing"),
        (("Any palpitations?", "I don't think so."), "palpitations"),
        (("Do you have any rashes?", "No I don't."), "rash"),
        (("So no chest pain?", "Correct."), "chest pain"),
        (("Any seizures recently?", "Not in a while."), "seizures"),
        (("How about any blood in your stool?", "No, nothing like that."), "blood in stool"),
        (("Any pain when you urinate?", "No, no burning."), "painful urination"),
        (("Any fever, chills, or body aches?", "No, none of that."), "body aches"),
    ],
)
def test_more_denials(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and f.negated


def test_a_list_asked_after_alright_is_a_question():
    fs = facts("Alright have you noticed any nausea vomiting fever chills", "I haven't thrown up but I felt nauseated")
    assert symptom(fs, "fever") is None and symptom(fs, "chills") is None
    assert symptom(fs, "vomiting").negated and not symptom(fs, "nausea").negated


def test_assessment_after_an_unpunctuated_exam_is_a_problem():
    fs = facts(
        "Okay on exam you have a positive tinel's sign and so my impression is carpal tunnel syndrome "
        "and we will get an emg",
        "Okay.",
    )
    assert "carpal tunnel syndrome" in kinds(fs, FactKind.problem)


@pytest.mark.parametrize(
    "lines, name",
    [
        (("What's going on?", "My right wrist has been bothering me."), "wrist pain"),
        (("Does it move?", "It radiated almost down to my groin."), "groin pain"),
        (("What's going on?", "My back's been hurting."), "back pain"),
        (("What's going on?", "My left foot has been swelling up."), "foot swelling"),
        (("Anything else?", "I've been peeing a lot and I'm always thirsty."), "frequent urination"),
    ],
)
def test_more_ways_to_say_a_symptom(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and not f.negated


def test_a_diagnosis_echoed_as_a_question_and_denied_is_not_a_problem():
    fs = facts("Okay any history of endometriosis", "Any history of what?", "Endometriosis", "No")
    assert "endometriosis" not in kinds(fs, FactKind.problem)


def test_family_answer_a_sentence_after_the_no():
    fs = facts("Any family history of heart disease?", "No, actually. But I have on my cousin's side of the family.")
    assert history(fs, "family") == {("heart disease", "cousin")}


def test_their_parents_in_an_explanation_is_not_family_history():
    fs = facts("Do you have a family history of kidney stones, some people their parents have them", "No.")
    assert not history(fs, "family")


def test_a_confirmed_surgical_history_question():
    fs = facts(
        "It looks like you have a previous surgical history of a colectomy?", "Yes, they removed part of my colon."
    )
    assert "colectomy" in {n for n, _ in history(fs, "past_surgical")}


@pytest.mark.parametrize(
    "lines, name",
    [
        (("Any nausea?", "Not at all."), "nausea"),
        (("Any headaches?", "Nothing like that."), "headache"),
        (("Any fever? I mean, have you felt hot at all?", "No."), "fever"),
    ],
)
def test_answers_that_deny(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and f.negated


@pytest.mark.parametrize(
    "line",
    [
        "We want to avoid a stroke or heart attack down the road.",
        "So things like chest pain or shortness of breath, call 911.",
        "People with asthma often get worse in the winter.",
        "Watch out for signs of infection like redness or swelling or fever.",
        "Some of the symptoms of depression are trouble sleeping and low energy.",
    ],
)
def test_teaching_and_warnings_are_not_findings(line):
    fs = facts(line, "Okay.")
    assert not [f for f in fs if f.kind in (FactKind.symptom, FactKind.problem)], fs


@pytest.mark.parametrize(
    "lines",
    [
        ("What brings you in?", "My friend has lupus and she told me to come in."),
        ("What happened?", "I was worried it was a heart attack."),
    ],
)
def test_someone_elses_condition_or_a_fear_is_not_a_problem(lines):
    assert not kinds(facts(*lines), FactKind.problem)


@pytest.mark.parametrize(
    "lines, name",
    [
        (("Are you dropping things?", "Yeah, I drop things because I can't feel them."), "dropping objects"),
        (("Could you walk afterwards?", "No, I couldn't put weight on it."), "inability to bear weight"),
        (("Is the water pill making you pee a lot?", "Yeah, I have almost incontinence."), "frequent urination"),
    ],
)
def test_present_when_said_or_confirmed_with_more(lines, name):
    f = symptom(facts(*lines), name)
    assert f is not None and not f.negated


@pytest.mark.parametrize(
    "lines, absent_kind, absent_name",
    [
        (("How are you?", "I take my thyroid pill every morning."), FactKind.history, "thyroidectomy"),
        (("Anything else?", "I had my prostate checked last month."), FactKind.history, "prostatectomy"),
        (("Diet?", "Try to get less sodium and fewer sugars."), FactKind.order, "sodium"),
        (("Anything else?", "I'll give you vitamin d 1000 units daily."), FactKind.order, "vitamin d"),
    ],
)
def test_no_operation_or_order_nobody_made(lines, absent_kind, absent_name):
    """Review findings: a pill or a check-up is no operation, a drug or diet advice no lab order."""
    assert absent_name not in kinds(facts(*lines), absent_kind)


def test_an_answer_is_never_recorded_as_its_opposite():
    affirmed = symptom(facts("So no chest pain?", "Right, I do have it."), "chest pain")
    assert affirmed is None or not affirmed.negated
    assert symptom(facts("So no chest pain?", "Correct."), "chest pain").negated
    insomnia = symptom(facts("How is she sleeping?", "She denies that she can't sleep."), "insomnia")
    assert insomnia is None or insomnia.negated


@pytest.mark.parametrize(
    "line",
    [
        "I have diabetes, diagnosed in 2019.",
        "I have asthma, I was diagnosed when I was a kid.",
        "My previous doctor said I have high blood pressure.",
    ],
)
def test_a_current_condition_with_a_past_date_is_a_problem(line):
    fs = facts("Tell me about your health.", line)
    assert kinds(fs, FactKind.problem), fs


def test_hold_your_breath_does_not_stop_an_inhaler():
    fs = facts("How do you use it?", "Albuterol 2 puffs every 4 hours as needed, and hold your breath after each puff.")
    [med] = [f for f in fs if f.kind == FactKind.medication]
    assert med.attributes["status"] != "stopped"


@pytest.mark.parametrize(
    "said, question",
    [
        ("and mood how's your mood are you feeling down", "are you feeling down"),
        ("okay and the knee have you had any swelling", "have you had any swelling"),
        ("hi how are you today i understand you're here for some numbness", "are you today"),
        # a causative, a subject before the verb, a filler: no question
        ("so right now we have you push fluids and strain your urine", None),
        ("i'd like to have you come back in 2 weeks", None),
        ("there is there is no evidence of that", None),
        ("it hurts when i lift do you know what i mean", None),
    ],
)
def test_an_unpunctuated_question_begins_inside_the_sentence(said, question):
    from engine.clinical.extract import split
    from engine.evaluation import text_transcript

    s = split(text_transcript([("clinician", said)]))[0]
    asked = [s.low[a:b].strip() for a, b, q in s.clauses if q]
    assert asked == ([question] if question else []), s.clauses


@pytest.mark.parametrize(
    "lines, kind, value",
    [
        # cutting down is still smoking, whatever was quit in the same breath
        (
            (
                "let's talk about the smoking",
                "i'm down from a pack a day to like maybe twelve fifteen smokes i tried the gum but i quit using it",
            ),
            "tobacco",
            "current, cutting down",
        ),
        # one habit quit, the other kept
        (
            (
                "and at home",
                "i still drive i quit smoking in nineteen ninety and i'll have a glass of wine at christmas",
            ),
            "alcohol",
            "a glass of wine",
        ),
        # a denial read earlier gives way to the habit given up; a smoker's cough and chewing food tell nothing
        (
            ("any pain in your jaw when you chew", "no i chew fine", "and smoking?", "I quit smoking in 1990."),
            "tobacco",
            "former",
        ),
    ],
)
def test_a_habit_cut_down_or_quit_is_read_clause_by_clause(lines, kind, value):
    got = {f.name: f.attributes.get("value") for f in facts(*lines) if f.attributes.get("category") == "social"}
    assert got.get(kind) == value, got


def test_a_smokers_cough_is_no_answer_about_smoking():
    fs = facts("any chest pain", "no no chest pain nothing like that i got my smoker's cough in the morning")
    assert not [f for f in fs if f.attributes.get("category") == "social"]


@pytest.mark.parametrize(
    "lines, present, absent",
    [
        # a list denied, then something else told after "well"
        (
            (
                "any bleeding on the blood thinner nosebleeds blood in the pee black stools",
                "no none of that well my gums bleed when i brush but they kinda always did",
            ),
            "bleeding gums",
            "black stools",
        ),
        # how much says it is there; the shaking of a hand is a tremor
        (("Is it itchy?", "Very. At night especially."), "itching", None),
        (
            ("Tell me about it.", "About an hour before the next dose, the shaking in my right hand comes back."),
            "tremor",
            None,
        ),
    ],
)
def test_what_is_told_after_a_denial_or_as_an_amount(lines, present, absent):
    fs = facts(*lines)
    assert symptom(fs, present) is not None and not symptom(fs, present).negated
    if absent:
        assert symptom(fs, absent) is not None and symptom(fs, absent).negated


def test_a_question_heard_in_unpunctuated_pieces_is_answered_as_one():
    """A recogniser drops the question marks and a pause cuts the question in two: the bare answer after the
    last piece answers every piece, so no piece of the question is charted as a symptom said."""
    said = [("clinician", "Dizzy."), ("clinician", "Like you might pass out."), ("patient", "No.")]
    symptoms = {f.name: f.negated for f in heard_facts(*said) if f.kind.value == "symptom"}
    assert symptoms.get("dizziness") is True and all(symptoms.values()), symptoms


@pytest.mark.parametrize(
    ("answer", "denied"),
    [
        ("no, I manage the stairs fine, I walk the dog round the park every day,", True),  # run on with commas
        ("nope, I'm good, I was out in the garden all weekend digging the beds over", True),
        ("no, but sometimes at night when I lie down flat in bed it comes on", False),  # turned round
        ("yeah, going up the hill to the shop, I have to stop", False),
    ],
)
def test_a_heard_no_run_on_with_commas_still_answers_the_question(answer, denied):
    """Heard speech has commas where typing has full stops: "no, I manage the stairs fine, ..." answers
    "chest pain, going up the stairs" (no question mark heard) with its first clause."""
    said = [("clinician", "chest pain, going up the stairs,"), ("patient", answer)]
    symptoms = {f.name: f.negated for f in heard_facts(*said) if f.kind.value == "symptom"}
    if denied:
        assert symptoms and all(symptoms.values()), symptoms
    else:
        assert not any(symptoms.values()), symptoms  # never charted as denied


@pytest.mark.parametrize(
    "statement",
    ["so the cough is keeping you up at night,", "and you've had the headaches for a month,", "the rash is itchy,"],
)
def test_a_heard_no_after_a_statement_does_not_deny_it(statement):
    """Only a bare list of words is a question heard without its question mark: a statement answered "no,
    it's been like that for years ..." keeps what it said (a denial charted wrongly is the worst error)."""
    said = [
        ("clinician", statement),
        ("patient", "no, it's been like that for years, ever since I was a kid at school"),
    ]
    assert not [f.name for f in heard_facts(*said) if f.kind.value == "symptom" and f.negated]
