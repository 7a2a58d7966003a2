"""Third review of problems, orders, results and follow-up: how any clinician and patient say them.

Each case was written fresh for this review (tidy sentences and unpunctuated transcript speech) and
failed on the reviewed code. A one-line comment says what we output and what a clinician would chart
(data/encounters/README.md conventions). The last group pins what must stay out.
"""

import pytest
from fact_readers import facts, problems

from engine.types import FactKind

C, P = "clinician", "patient"


def of(kind, *turns):
    return {f.name: f.attributes for f in facts(*turns) if f.kind == kind}


# === diagnoses in plain words ========================================================================

PLAIN = [
    # we output nothing; right: hypothyroidism (the state of the gland, with a degree word between)
    (("Your thyroid is a bit underactive, so we'll start a low dose of levothyroxine.",), "hypothyroidism"),
    (("so it looks like your thyroid is running low",), "hypothyroidism"),
    # we output only a cholesterol result; right: hyperlipidemia too
    (("Your cholesterol is pretty high, so we should talk about a statin.",), "hyperlipidemia"),
    (("your ldl's still too high",), "hyperlipidemia"),
    # we output nothing; right: iron deficiency
    (("your iron stores are quite low which explains the tiredness",), "iron deficiency"),
    # we output nothing; right: dehydration ("dehydrated" is how it is said)
    (("I think you're a little dehydrated from the stomach bug.",), "dehydration"),
    # we output nothing; right: contact dermatitis from poison ivy
    (("yeah that rash is poison ivy",), "contact dermatitis"),
    # we output nothing; right: osteopenia (ICD-10-CM has no entry spelled so)
    (("Your bone density scan shows osteopenia, not osteoporosis yet.",), "osteopenia"),
    # we output nothing; right: onychomycosis
    (("That's toenail fungus, it's very common.",), "onychomycosis"),
    (("those are plantar warts on the bottom of your foot",), "warts"),
    (("Your acne is mild, so we'll start with a cream.",), "acne"),
    # we output nothing: a statement that starts with "what" read as a question; right: plantar fasciitis
    (("What you have is called plantar fasciitis.",), "plantar fasciitis"),
    (("what you've got is a pinched nerve in your neck",), "radiculopathy"),
]


@pytest.mark.parametrize("turns, problem", PLAIN)
def test_a_diagnosis_said_in_plain_words(turns, problem):
    assert problem in problems(facts(*turns))


# === problems named by what their pill is for, or in the patient's own question ====================

BY_THE_PILL = [
    # we output nothing; right: hypertension (the pill's reason, inside a question)
    (("you were on the hydrochlorothiazide for blood pressure?", "yes twenty five every morning"), "hypertension"),
    # we output nothing; right: benign prostatic hyperplasia
    (("Flomax, tamsulosin, 0.4 milligrams at bedtime, for the prostate.",), "benign prostatic hyperplasia"),
    # (a statin's nickname alone, "the cholesterol one, atorvastatin 20", charts no hyperlipidemia: the
    # annotators of seven dev visits never chart it from the nickname; tests/test_assessed_symptoms_and_statin_
    # nicknames.py; "atorvastatin for the cholesterol" still does)
    ((("patient", "And the blood pressure one, lisinopril 10, every morning."),), "hypertension"),
    # we output nothing; right: type 2 diabetes, the patient's own "my diabetes"
    (("Anything else on your mind?", "What about my diabetes numbers?"), "type 2 diabetes"),
    # we output nothing (the answer's second sentence was not seen as the answer); right: both
    (
        (
            "Any other medical problems? Heart, diabetes, stroke?",
            "No sugar, no stroke. Just the pressure and the prostate.",
        ),
        "hypertension",
    ),
    (
        ("any other medical problems", "no sugar no stroke. just the pressure and the prostate"),
        "benign prostatic hyperplasia",
    ),
]


@pytest.mark.parametrize("turns, problem", BY_THE_PILL)
def test_a_problem_named_by_its_treatment_or_by_the_patient(turns, problem):
    assert problem in problems(facts(*turns))


# === orders said indirectly =========================================================================

ORDERS = [
    # we output nothing; right: a referral to gastroenterology
    (("I'm going to get you in with a gastroenterologist.",), "referral to gastroenterology"),
    (("we'll set you up with GI to talk about a scope",), "referral to gastroenterology"),
    (("I'll put in a consult to neurology.",), "referral to neurology"),
    (("let's get you a consult with derm for that spot",), "referral to dermatology"),
    # we output physical therapy only; right: the pain psychology referral listed after it
    (
        ("I'm referring you to physical therapy for a core program, and to our pain psychologist.",),
        "referral to pain psychology",
    ),
    (("I'd also like to refer you to cognitive behavioral therapy.",), "referral to cognitive behavioral therapy"),
    # we output nothing ("send some labs"); right: each of the listed tests
    (("i'm going to send some labs a cbc cmp and a tsh",), "tsh"),
    (("we'll run a CBC and a metabolic panel today.",), "complete blood count"),
    # we output "x-ray" with no site; right: the knee x-ray
    (("we'll get a knee x-ray today",), "x-ray of the knee"),
    (("I'm going to order an abdominal ultrasound.",), "ultrasound of the abdomen"),
    (("I'll send you for an ultrasound of your gallbladder.",), "ultrasound of the gallbladder"),
    # we output nothing; right: the tests by the names a note uses
    (("I want to check your iron levels and a hepatitis C screen.",), "hepatitis c screening"),
    (("I want to check your iron levels and a hepatitis C screen.",), "iron studies"),
    (("we'll send a urine drug screen today",), "urine drug screen"),
    (("Let's do a mono test while you're here.",), "mono test"),
    (("I'll order an HIV test and check for chlamydia and gonorrhea.",), "hiv test"),
    (("I'll order an HIV test and check for chlamydia and gonorrhea.",), "chlamydia and gonorrhea testing"),
]


@pytest.mark.parametrize("turns, order", ORDERS)
def test_an_order_said_indirectly(turns, order):
    assert order in of(FactKind.order, *turns)


# === results said in conversation ===================================================================

RESULTS = [
    # we output "a t-score of -2.6 at the hip" for the scan; right: the t-score, -2.6
    (("Your DEXA showed a T-score of -2.6 at the hip.",), "t-score", "-2.6"),
    (("your t score was minus 2.5 so that's osteoporosis",), "t-score", "-2.5"),
    # we output nothing; right: the spirometry's FEV1
    (("your fev1 was 48 percent of predicted",), "fev1", "48 percent"),
    # we output nothing; right: liver tests normal
    (("Your liver tests were fine.",), "liver function tests", "normal"),
    (("Your blood counts were normal.",), "complete blood count", "normal"),
    (("the urine drug screen from today shows oxycodone only",), "urine drug screen", "oxycodone only"),
]


@pytest.mark.parametrize("turns, name, value", RESULTS)
def test_a_result_said_in_conversation(turns, name, value):
    got = of(FactKind.result, *turns)
    assert got.get(name, {}).get("value") == value, got


# === what must stay out =============================================================================


def test_a_screening_test_for_a_disease_is_no_diagnosis():
    # we output hepatitis c as a problem; right: only the screening ordered
    fs = facts("I'd like to check a hepatitis C screen today since you've never had one.")
    assert "hepatitis c" not in problems(fs)


def test_a_tb_skin_test_is_no_tuberculosis():
    fs = facts("You'll need a TB skin test before you start the new job.")
    assert "tuberculosis" not in problems(fs)


def test_a_thyroid_said_to_be_fine_is_no_problem():
    fs = facts("your thyroid is normal and your cholesterol isn't high")
    assert not {"hypothyroidism", "hyperlipidemia"} & problems(fs)


def test_a_relatives_underactive_thyroid_is_not_the_patients():
    fs = facts("Any family history?", "My mom's thyroid is underactive, she takes a pill for it.")
    assert "hypothyroidism" not in problems(fs)


def test_asking_what_a_pill_is_for_is_no_diagnosis():
    fs = facts("Do you take anything for blood pressure?", "No, nothing.")
    assert "hypertension" not in problems(fs)


def test_a_reading_of_the_blood_pressure_is_no_pill():
    # "blood pressure one eighteen over seventy four" is written with the digit; no hypertension from it
    fs = facts("alright vitals blood pressure one eighteen over seventy four pulse sixty two")
    assert "hypertension" not in problems(fs)


def test_for_the_cholesterol_without_a_drug_is_a_tests_reason():
    fs = facts("For the cholesterol, yes, nothing but water after midnight.")
    assert "hyperlipidemia" not in problems(fs)


def test_a_panel_summed_up_before_its_parts_charts_the_parts():
    got = of(FactKind.result, "Your kidney labs from September were fine, creatinine 1.1.")
    assert got == {"creatinine": {"value": "1.1"}}


def test_a_test_ordered_to_look_at_something_is_an_order():
    # we output a result with no value; right: the echocardiogram ordered
    assert "echocardiogram" in of(
        FactKind.order, "I'm going to order an echocardiogram to look at your heart function."
    )


def test_a_study_that_did_not_show_a_fracture_shows_none():
    # we output "any fracture" (a fracture!); right: no fracture
    got = of(FactKind.result, "your x-ray didn't show any fracture")
    assert got["x-ray"]["value"] == "no fracture"


def test_a_negative_test_stays_negative():
    got = of(FactKind.result, "The strep test came back negative.")
    assert got["strep test"]["value"] == "negative"


# === more of the same, said other ways ==============================================================

MORE_ORDERS = [
    # we output nothing ("i'm going to" was no order cue, the infection named no test)
    (("I'm going to swab you for strep and covid.",), {"strep test", "covid test"}),
    # we output "mri" with no site; right: the lumbar spine, as a note names the lower back
    (("we'll book you for an MRI of your lower back",), {"mri of the lumbar spine"}),
]


@pytest.mark.parametrize("turns, wanted", MORE_ORDERS)
def test_more_orders(turns, wanted):
    assert wanted <= set(of(FactKind.order, *turns))


@pytest.mark.parametrize(
    "line, name, value",
    [
        # we output nothing ("'s" as the verb); right: 6.9
        ("A1c's 6.9, down from 7.4.", "hemoglobin a1c", "6.9"),
        # we output nothing; right: clean (normal)
        ("your colonoscopy five years ago was clean", "colonoscopy", "clean"),
    ],
)
def test_more_results(line, name, value):
    assert of(FactKind.result, line).get(name, {}).get("value") == value


@pytest.mark.parametrize(
    "turns, interval",
    [
        # we output 1 week; right: the range said
        (("see you in a week or two",), "1-2 weeks"),
        # we output nothing ("like" between)
        (("and i wanna see you back in like a month or so",), "1 month"),
        (("we'll recheck everything in 3 months",), "3 months"),
        (("come see me next month",), "1 month"),
    ],
)
def test_more_follow_up(turns, interval):
    [f] = of(FactKind.follow_up, *turns).values()
    assert f["interval"] == interval


def test_an_assessment_after_the_examination_is_read():
    # we output nothing (the turn was read as more examination); right: tension-type headache
    fs = facts(
        "neck has full range of motion and there's tenderness over the trapezius on both sides",
        "yeah right there that's the spot",
        "okay so this sounds like tension type headache",
    )
    assert "tension type headache" in problems(fs)


def test_one_diagnosis_said_twice_is_one():
    # we output shingles and zoster; right: shingles
    assert problems(facts("Yes, this is shingles, herpes zoster, on the left chest.")) == {"shingles"}


@pytest.mark.parametrize(
    "turns, problem",
    [
        # a comparison: we output upper respiratory infection
        (("How did it start?", "it started like a cold and then went to my chest"), "upper respiratory infection"),
        # asked and denied in one: we output hypertension
        (("and you've never been told you have high blood pressure",), "hypertension"),
        # what sets the patient's asthma off, in general: we output viral infection
        (("that's common viral infections set it off what else triggers it",), "viral infection"),
    ],
)
def test_not_a_diagnosis_of_the_patient(turns, problem):
    assert problem not in problems(facts(*turns))


@pytest.mark.parametrize(
    "turns, problem",
    [
        # we output back pain only as a symptom; right: a pain treated for long is a problem too
        ((("patient", "I take Advil a lot for my back. Like two pills, two or three times a day."),), "back pain"),
        ((("patient", "um well for my back i take advil a lot"),), "back pain"),
        # we output nothing; right: the names a visit uses for these diagnoses
        (("so you have what we call an MCL sprain",), "mcl sprain"),
        (("so for the knee it's probably a meniscus tear",), "meniscus tear"),
        (("That bump on your eyelid is a stye.",), "stye"),
        (("she has croup, that's the barky cough",), "croup"),
        (("yeah that's an ingrown toenail",), "ingrown toenail"),
    ],
)
def test_more_diagnoses_by_their_everyday_names(turns, problem):
    assert problem in problems(facts(*turns))


def test_stretches_for_the_back_name_no_problem():
    assert "back pain" not in problems(facts("I'd like you to do some stretches for your back."))


@pytest.mark.parametrize(
    "line, order",
    [
        ("Let me get an x-ray of that wrist before you leave.", "x-ray of the wrist"),
        ("the nurse will do a urine dip before you go", "urinalysis"),
        ("i'm going to do a debridement today in the office", "debridement"),
        # we output a result with no value ("results" said of the future); right: the order
        ("we'll get a hemoglobin a1c today and i'll call you with the results", "hemoglobin a1c"),
    ],
)
def test_orders_by_more_names(line, order):
    assert order in of(FactKind.order, line)


@pytest.mark.parametrize(
    "line, name, value",
    [
        # we output nothing: the infection's name stands for its test
        ("the strep was negative", "strep test", "negative"),
        ("covid came back positive", "covid test", "positive"),
        # we output nothing; right: benign
        ("the biopsy came back benign", "biopsy", "benign"),
    ],
)
def test_results_by_the_infection_or_the_verdict(line, name, value):
    assert of(FactKind.result, line).get(name, {}).get("value") == value


def test_a_negative_flu_test_is_no_influenza():
    assert "influenza" not in problems(facts("the flu was negative and covid was negative too"))


@pytest.mark.parametrize(
    "line, interval",
    [
        ("follow up in 4-6 weeks", "4-6 weeks"),
        ("let's get you back in here in two weeks", "2 weeks"),
        ("we'll plan on seeing you in six months", "6 months"),
    ],
)
def test_follow_up_said_other_ways(line, interval):
    [f] = of(FactKind.follow_up, line).values()
    assert f["interval"] == interval


def test_the_interval_answers_when_do_i_come_back():
    # we output nothing; right: 3-4 weeks
    [f] = of(
        FactKind.follow_up, ("patient", "So when do I come back?"), ("clinician", "Let's say three to four weeks.")
    ).values()
    assert f["interval"] == "3-4 weeks"


def test_a_test_to_talk_about_later_is_not_ordered():
    # we output a sleep study; right: nothing ordered yet
    line = "if it stays up we'll talk about a sleep study"
    assert "sleep study" not in of(FactKind.order, line)


def test_diabetic_shoes_prescribed_are_an_order():
    line = "and write a prescription for diabetic shoes with inserts"
    assert "diabetic shoes with inserts" in of(FactKind.order, line)


def test_b_twelve_said_in_words_is_the_vitamin():
    got = of(FactKind.result, "and your b twelve came back four hundred twelve which is normal")
    assert got["vitamin b12"]["value"] == "412"


def test_a_study_that_showed_another_tests_value_is_that_test():
    # we output spirometry with no value beside the fev1; right: the fev1 only
    got = of(FactKind.result, "Your spirometry from March showed an FEV1 of 48 percent predicted.")
    assert got == {"fev1": {"value": "48 percent"}}


def test_a_plans_patches_for_the_back_name_no_new_problem():
    assert "back pain" not in problems(facts("I'm adding lidocaine patches for the back."))


@pytest.mark.parametrize(
    "line, order",
    [
        # we output each of these as ordered today; right: conditional plans are left out of orders
        ("if it doesn't get better we'll get an x-ray", "x-ray"),
        ("we'll get an x-ray if it's not better in two weeks", "x-ray"),
        ("if the pain continues I'll refer you to orthopedics", "referral to orthopedics"),
        ("we'll get you in with a dermatologist if it doesn't clear up", "referral to dermatology"),
        # a referral made before, or a relative's
        ("you were referred to neurology last year", "referral to neurology"),
        ("your mom had a referral to ortho", "referral to orthopedics"),
    ],
)
def test_not_ordered_today(line, order):
    assert order not in of(FactKind.order, line)


def test_a_referral_asked_consent_for_is_still_ordered():
    assert "referral to cardiology" in of(FactKind.order, "I'll refer you to cardiology if that's okay with you.")


def test_testing_to_see_if_is_no_condition():
    # we output nothing ("if" read as a condition); right: the counseling ordered
    line = "and then i want you to undergo genetic counseling and testing to see if you have a genetic predisposition"
    assert "genetic counseling" in of(FactKind.order, line)


@pytest.mark.parametrize(
    "turns, problem",
    [
        # we output only the allergy; right: a food allergy is also a problem of the child's chart
        (("Any allergies?", "No drug allergies. But he's allergic to peanuts."), "peanut allergy"),
        (("okay egg allergy with hives and lip swelling did anybody prescribe an epipen for that",), "egg allergy"),
    ],
)
def test_a_food_allergy_is_a_problem(turns, problem):
    assert problem in problems(facts(*turns))


def test_a_sisters_food_allergy_is_not_the_patients():
    assert "shellfish allergy" not in problems(facts("Any family history?", "my sister is allergic to shellfish"))


@pytest.mark.parametrize(
    "turns, name, value",
    [
        # we output nothing; right: a reading taken elsewhere is a result, not today's vital sign
        (
            ("I asked you to check it at home. How did it go?", "I wrote them down. Most were around 150 over 95."),
            "home blood pressure",
            "150/95",
        ),
        (
            (
                (
                    "patient",
                    "It was the pharmacy machine. I sat down at that cuff, and it said one sixty-two over a hundred.",
                ),
            ),
            "pharmacy blood pressure",
            "162/100",
        ),
        (
            ("i see here that it was about 180 over 95 when you went into the emergency room",),
            "blood pressure in the emergency room",
            "180/95",
        ),
    ],
)
def test_a_blood_pressure_taken_elsewhere_is_a_result(turns, name, value):
    assert of(FactKind.result, *turns).get(name, {}).get("value") == value


def test_todays_blood_pressure_and_a_goal_are_no_outside_reading():
    got = of(
        FactKind.result,
        "if your home numbers are still above 130 over 80, we'll go up to 20 milligrams.",
        "your blood pressure today is 128 over 78.",
    )
    assert not any("blood pressure" in n for n in got), got


def test_a_fever_taken_at_home_is_a_result():
    # we output nothing; right: the temperature the family took
    turns = [("clinician", "any fevers at home"), ("other", "last night it was a hundred and one point three")]
    assert of(FactKind.result, *turns).get("home temperature", {}).get("value") == "101.3"


def test_todays_temperature_is_no_home_reading():
    got = of(FactKind.result, "temperature a hundred point four, oxygen ninety two percent")
    assert "home temperature" not in got


@pytest.mark.parametrize(
    "line, name, value, previous",
    [
        # we output nothing; right: today's value, the earlier one beside it
        ("So your sugars are up, your A1c went from 7.2 to 8.1.", "hemoglobin a1c", "8.1", "7.2"),
        ("your ldl has come down from 160 to 110 on the statin", "ldl", "110", "160"),
    ],
)
def test_a_value_that_went_from_one_to_another(line, name, value, previous):
    got = of(FactKind.result, line)[name]
    assert (got["value"], got.get("previous")) == (value, previous)


def test_kidney_disease_by_its_stage_is_chronic():
    # we output an unspecified kidney disease; right: chronic kidney disease
    fs = facts("your kidneys show some early damage, that's stage two kidney disease")
    assert "chronic kidney disease" in problems(fs)


def test_when_a_test_was_done_is_not_its_value():
    # we output the scan's value as 2 (years ago); right: only the t-score
    got = of(FactKind.result, "Your last DEXA was two years ago, and your T-score at the hip was minus two point six.")
    assert got == {"t-score": {"value": "-2.6"}}


def test_tests_spelled_letter_by_letter_and_a_study_named_again():
    got = of(
        FactKind.order,
        "i'm going to get a chest x ray today to confirm and a c b c and a basic metabolic panel",
        "ok",
        "i'll call you tomorrow with the x ray",
    )
    assert set(got) == {"chest x-ray", "complete blood count", "basic metabolic panel"}


def test_the_interval_said_after_the_reason_for_the_visit():
    # we output "as needed" (from the call-us clause); right: ten days
    line = "Otherwise, come back once she's finished the medicine, so in about ten days, and we'll check her."
    [f] = of(FactKind.follow_up, line).values()
    assert f["interval"] == "10 days"
