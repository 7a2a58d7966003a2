"""Session 9: problems and history as general-practice visits say them (batch 11 dev half and earlier)."""

import pytest
from fact_readers import facts, family, problems, social, surgical

OTHER = "other"

# A medicine list read out and glossed with what each drug is for, in the next short sentence or right after
# the drug: the reason names the patient's problem.
DRUG_GLOSSED = [
    (((OTHER, "Lipitor twenty, one at night."), "For the cholesterol."), "hyperlipidemia"),
    (((OTHER, "Next is the ramipril, five milligrams."), "Ramipril, blood pressure. Good."), "hypertension"),
    (("What else is in the pack?", "Amlodipine ten. That's for my pressure."), "hypertension"),
    (("And the next one?", "Eltroxin, fifty micrograms every morning."), None),
    (((OTHER, "Metformin and the Eltroxin."), "Diabetes and the thyroid. Carry on."), "hypothyroidism"),
    (("Anything else?", "Levothyroxine 75, for the thyroid."), "hypothyroidism"),
    (("Anything else?", "Carbimazole five, for my thyroid."), "hyperthyroidism"),
]


@pytest.mark.parametrize("turns, problem", DRUG_GLOSSED)
def test_a_drug_glossed_with_its_reason_names_the_problem(turns, problem):
    got = problems(facts(*turns))
    assert problem in got if problem else not got & {"hypothyroidism", "thyroid disorder"}


NOT_GLOSSES = [
    # a reading after the drug, a plan, a relative's drug
    ("Any medicines?", "Lisinopril 10.", "Blood pressure today is 130 over 80."),
    ("Any medicines?", "Just ibuprofen now and then.", "Let's check your thyroid and cholesterol."),
    ("Any medicines?", "My mum takes Lipitor.", "For the cholesterol."),
    ("What does your father take?", "Atorvastatin, I think.", "For the cholesterol."),
]


@pytest.mark.parametrize("turns", NOT_GLOSSES)
def test_no_gloss_without_the_patients_drug(turns):
    assert not problems(facts(*turns)) & {"hyperlipidemia", "hypertension", "thyroid disorder"}


# A current smoker offered treatment to stop: tobacco use is a problem of the visit; a former or never
# smoker, or advice alone, is social history only.
TOBACCO = [
    (("Do you smoke?", "About ten a day.", "Would you try the nicotine patches?", "Maybe."), True),
    (("Still smoking?", "Half a pack.", "Let's start Champix and pick a quit date.", "Okay."), True),
    (("Do you smoke?", "Yeah, a few a day.", "Let me give you the Quitline number.", "Fine."), True),
    (("Do you smoke?", "I gave up six years ago.", "Good. Nicotine gum helps if cravings come back.", "Ok."), False),
    (("Do you smoke?", "Never have.", "Good.", "My husband is on the nicotine patch."), False),
    (("Do you smoke?", "Ten a day.", "You should really think about quitting.", "I know."), False),
]


@pytest.mark.parametrize("turns, charted", TOBACCO)
def test_tobacco_use_is_a_problem_when_treated(turns, charted):
    assert ("tobacco use" in problems(facts(*turns))) == charted


# A disease named for the test, vaccine, questionnaire or protection against it, an ECG sign that shares a
# disease's word, or a disease named as what brings something on in general: none is a diagnosis.
NAMED_FOR_SOMETHING_ELSE = [
    ("Results?", "Your syphilis and HIV screen will be back Monday."),
    ("Anything else?", "We'll swab you for the flu and covid swab today."),
    ("Anything else?", "I'll give you the flu injection at the next visit."),
    ("Anything else?", "The anxiety questionnaire came out at seven."),
    ("Anything else?", "The depression one, the PHQ-9, was nine."),
    ("Anything else?", "The tracing shows ST depression in the lateral leads."),
    ("Anything else?", "The apixaban is your stroke prevention, so don't miss it."),
    ("Anything else?", "Obesity is a major risk factor for diabetes, you know."),
    ("Anything else?", "Long term, that tablet has been linked to kidney problems."),
]


@pytest.mark.parametrize("turns", NAMED_FOR_SOMETHING_ELSE)
def test_a_disease_named_for_something_else_is_no_problem(turns):
    assert not problems(facts(*turns))


STILL_DIAGNOSES = [
    (("What brings you in?", "My depression has been worse since March."), "depression"),
    (("So?", "You have a bladder infection, and I'll send a urine test."), "urinary tract infection"),
    (("So?", "It's atrial fibrillation, and the main risk is a stroke."), "atrial fibrillation"),
]


@pytest.mark.parametrize("turns, problem", STILL_DIAGNOSES)
def test_a_diagnosis_beside_a_test_or_risk_stays(turns, problem):
    got = problems(facts(*turns))
    assert problem in got and "cerebral infarction" not in got


# Past operations told with the part first and "it" after, with a side, dated, or after an answer's "no".
OPERATIONS = [
    (("Any operations?", "Only my appendix, they whipped it out... they took it out at twelve."), "appendectomy"),
    (("Any operations?", "Hernia in the right groin, they repaired it in 2004."), "hernia repair"),
    (("Knees?", "I tore the cartilage in my left knee and they scoped it."), "knee arthroscopy"),
    (("Eyes?", "Fine since the cataracts, they did both of them last spring."), "cataract surgery"),
    (("Anything else?", "I had my right ACL fixed at uni."), "acl repair"),
    (("Anything else?", "My left shoulder scoped years ago."), "shoulder arthroscopy"),
    (("You had the carpal tunnel done, didn't you?", "Yes, the left."), "carpal tunnel release"),
    (("Okay.", "And the left knee replacement back in 2016 went well."), "knee replacement"),
    (("any chest problems before", "no never i had my gallbladder out when i was forty"), "cholecystectomy"),
]


@pytest.mark.parametrize("turns, operation", OPERATIONS)
def test_an_operation_told_many_ways(turns, operation):
    assert any(operation in name for name in surgical(facts(*turns)))


NOT_OPERATIONS = [
    ("Family?", "My mother's gallbladder, they took it out in May."),
    ("Knee?", "The knee, they want to scope it next month."),
    ("Knee?", "My dad had a hip replacement in 2015."),
    ("Plan?", "Your knee replacement is booked for 2027."),
    ("Surgeries?", "I've never had my tonsils out."),
]


@pytest.mark.parametrize("turns", NOT_OPERATIONS)
def test_no_operation_of_a_relative_a_plan_or_a_denial(turns):
    assert not surgical(facts(*turns))


# A relative's disease told by what was done for it is the relative's family history, never the patient's.
RELATIVES_TREATED = [
    (("Family history?", "My sister had a triple bypass at sixty."), ("coronary artery bypass", "sister")),
    (("Does your dad have kidney trouble?", "Yes, he's on dialysis now."), ("dialysis", "father")),
    (("Kidneys?", "My brother's been on dialysis for years."), ("dialysis", "brother")),
    (("Family?", "My mum got two stents in March."), ("coronary stent", "mother")),
    (("Family?", "My grandpa lost his foot in the end."), ("amputation", "grandfather")),
]


@pytest.mark.parametrize("turns, fact", RELATIVES_TREATED)
def test_a_relatives_treatment_is_family_history(turns, fact):
    fs = facts(*turns)
    assert fact in family(fs) and not surgical(fs)


NOT_RELATIVES_TREATED = [
    ("Kidneys?", "Most people at your stage never need dialysis."),
    ("Kidneys?", "My husband says I might need dialysis one day."),
    ("Heart?", "I had a bypass in 2015."),
]


@pytest.mark.parametrize("turns", NOT_RELATIVES_TREATED)
def test_no_relatives_treatment_without_a_relative_who_had_it(turns):
    assert not family(facts(*turns))


# A clot said by where it went: the leg with its side, the lungs (a relative's stays theirs).
CLOTS = [
    (("So.", "You're on the blood thinner for the clot in your left calf."), "deep vein thrombosis"),
    (("Family?", "My mother had clots in her lungs after surgery."), None),
    (("History?", "I had a blood clot on the lung in 2019."), None),
]


@pytest.mark.parametrize("turns, problem", CLOTS)
def test_a_clot_said_by_where_it_went(turns, problem):
    fs = facts(*turns)
    if problem:
        assert problem in problems(fs)
    else:
        assert "pulmonary embolism" not in problems(fs)


def test_a_relatives_treatment_told_with_their_disease_is_a_detail_of_it():
    fs = facts("Family?", "My dad had diabetes for years and he lost his leg to it.")
    assert ("type 2 diabetes", "father") in family(fs) and ("amputation", "father") not in family(fs)


# Work said as the business one runs, owns or manages: "I run the tuck shop", "we own a bakery".
@pytest.mark.parametrize(
    "turns, job",
    [
        (("Still at the school?", "Yes, I run the canteen shop there, afternoons."), "canteen shop"),
        (("Work?", "We own a small bakery in town."), "small bakery"),
        (("And you?", "I manage the hardware store on Main Road."), "hardware store"),
    ],
)
def test_a_business_run_is_an_occupation(turns, job):
    assert social(facts(*turns)).get("occupation") == job


def test_running_a_machine_is_no_occupation():
    assert "occupation" not in social(facts("Anything else?", "I run the dishwasher every night."))


def test_a_chronic_problem_compared_with_last_year_is_current():
    fs = facts("Kidneys?", "Your eGFR is 50, that's chronic kidney disease stage three, same as last year, stable.")
    assert "chronic kidney disease" in problems(fs)
