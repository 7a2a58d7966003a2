"""Medication, allergy and symptom talk as a GP consultation has it: British names, a dose said after "'s"
or "that's the ten", a swap, a dose said first in the next sentence, a drug stopped a sentence later
(sentences written for these tests; none is copied from the annotated encounters)."""

import pytest
from fact_readers import allergy, facts, history, meds, problems, state


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # the drug's "'s" ("is") before its dose
        (("What do you take?", "The simvastatin's forty milligrams at night."), "simvastatin", "40 mg"),
        (("And the other one?", "The lisinopril's the twenty."), "lisinopril", "20 mg"),
        # what it is for, then the strength said as "that's the ten" / "it's the five"
        (("Which tablets?", "Amlodipine for my blood pressure, that's the ten."), "amlodipine", "10 mg"),
        (("And the thyroid one?", "Levothyroxine, it's the fifty."), "levothyroxine", "50 mcg"),
        # what it is for, then "the thousand" with no "that's"; "the last ten years" is no strength
        (("Anything else?", "metformin for my sugar the thousand twice a day"), "metformin", "1000 mg"),
        (("Anything else?", "lisinopril for my blood pressure the last ten years"), "lisinopril", None),
        # a bare strength for drugs a primary-care list holds beyond the first table
        (("And the Plaquenil?", "Two hundred, morning and evening."), "hydroxychloroquine", "200 mg"),
        (("And the Spiriva?", "Spiriva, the eighteen, every morning."), "tiotropium", "18 mcg"),
        (("Which blood thinner?", "Brilinta, the ninety, twice a day."), "ticagrelor", "90 mg"),
        # the patient checking their memory out loud
        (("What else?", "the pravastatin is it twenty yeah twenty"), "pravastatin", "20 mg"),
    ],
)
def test_a_dose_said_after_is_or_that_is(turns, drug, dose):
    assert meds(facts(*turns)).get(drug, {}).get("dose") == dose


@pytest.mark.parametrize(
    "line",
    [
        "I'd like to swap you over to losartan. Fifty milligrams once a day.",
        "Let's swap it for something similar that won't cause the cough, losartan. Fifty milligrams a day.",
    ],
)
def test_a_swap_starts_the_new_drug_with_the_dose_said_next(line):
    got = meds(facts(line, "All right."))
    assert got["losartan"]["status"] == "started" and got["losartan"]["dose"] == "50 mg"


def test_a_swap_stops_the_drug_it_replaces():
    got = meds(facts("We'll swap the enalapril for losartan, fifty milligrams daily.", "Okay."))
    assert got["enalapril"]["status"] == "stopped" and got["losartan"]["status"] == "started"


def test_what_a_drug_does_not_cause_is_no_denial():
    fs = facts("Any cough?", "Yes, all the time.", "I'll pick one that doesn't cause a cough, losartan.", "Good.")
    assert state(fs, ["cough"]) == "present"


def test_a_drug_stopped_a_sentence_later_is_stopped():
    got = meds(facts("Tried anything for it?", "Some Sudafed for a week. It did nothing, so I stopped it."))
    assert got["pseudoephedrine"]["status"] == "stopped"


@pytest.mark.parametrize(
    "word, generic",
    [
        ("co-codamol", "acetaminophen/codeine"),
        ("co-amoxiclav", "amoxicillin/clavulanate"),
        ("Dioralyte", "oral rehydration salts"),
        ("Movicol", "polyethylene glycol"),
        ("Clenil", "beclomethasone"),
    ],
)
def test_british_names_are_the_generic_a_chart_knows(word, generic):
    got = meds(facts("What are you taking?", f"Just the {word} at the moment."))
    assert generic in got, got


def test_a_cough_syrup_brand_of_several_drugs_stays_the_brand():
    # Benylin is diphenhydramine, dextromethorphan or guaifenesin depending on the bottle: no guessed ingredient
    got = meds(facts("Anything for the cough?", "A bit of Benylin, ten mils at night."))
    assert "benylin" in got and "diphenhydramine" not in got


@pytest.mark.parametrize(
    "turns",
    [
        ("Any allergies?", "Not a thing, I can take anything."),
        ("Allergic to any medicines?", "Only the sticking plasters, they make me itch. Medicines, no."),
    ],
)
def test_no_drug_allergies_said_the_british_way(turns):
    got = allergy(facts(*turns))
    assert "NKDA" in got, got


def test_plasters_are_an_adhesive_allergy():
    got = allergy(facts("Any allergies?", "Plasters bring me out in a rash."))
    assert got.get("adhesive") == "rash", got


def test_the_dose_said_next_after_what_the_drug_was_for():
    got = meds(facts("Taken anything for it?", "I took ibuprofen for my knee. Two of the two hundreds, twice a day."))
    assert got["ibuprofen"]["dose"] == "400 mg"


def test_a_suppository_beside_tablets_of_the_same_drug_is_a_second_product():
    got = facts(
        "Stay on the mesalamine tablets, two point four grams a day.",
        "Okay.",
        "And I'll add a mesalamine suppository, one gram at bedtime.",
        "Fine.",
    )
    forms = {
        (f.attributes.get("route"), f.attributes.get("dose"), f.attributes.get("status"))
        for f in got
        if f.name == "mesalamine"
    }
    assert forms == {("oral", "2.4 g", "active"), ("rectal", "1 g", "started")}, forms


@pytest.mark.parametrize(
    "turns, relation, condition",
    [
        (("Any family history?", "My mum died of lung cancer when she was eighty."), "mother", "lung cancer"),
        (
            ("Anything in the family?", "My nan had breast cancer, and my grandad had diabetes."),
            "grandmother",
            "breast cancer",
        ),
    ],
)
def test_a_relative_said_the_british_way_is_family_history_not_the_patients(turns, relation, condition):
    fs = facts(*turns)
    fam = {(f.attributes.get("relation"), f.name) for f in fs if f.attributes.get("category") == "family"}
    assert (relation, condition) in fam, fam
    assert condition not in problems(fs)


@pytest.mark.parametrize(
    "turns, habit, value",
    [
        (("Do you smoke?", "Five a day, roll-ups."), "tobacco", "5 a day"),
        (("Do you smoke at all?", "A couple at the weekend, that's it."), "tobacco", "a couple at the weekend"),
        (("How much do you drink in a week, in units?", "Maybe fifteen a week."), "alcohol", "15 a week"),
        (("And alcohol?", "About ten units a week."), "alcohol", "10 units a week"),
        # the no answers the question asked; the habit owned up to after it is current
        (("you don't smoke do you", "no never but i do weed now and then to relax"), "drugs", "now and then"),
        (("you don't smoke do you", "no never i do edibles sometimes"), "drugs", "sometimes"),
    ],
)
def test_habits_answered_with_a_count_or_owned_up_to(turns, habit, value):
    got = dict(history(facts(*turns), "social"))
    assert value in got.get(habit, ""), got


@pytest.mark.parametrize(
    "turns, job",
    [
        (("Any chest pain?", "No. I'm a postman, I'm on my feet all day."), "postman"),
        (("What do you do for work?", "Call centre, for a bank."), "call centre"),
        (("what do you do for a living", "plumbing twenty years now"), "plumbing"),
    ],
)
def test_jobs_said_the_way_people_say_them(turns, job):
    assert dict(history(facts(*turns), "social")).get("occupation") == job


def test_a_latin_plural_names_the_problem():
    assert "seborrheic keratosis" in problems(
        facts("Those brown spots are seborrheic keratoses, harmless.", "Oh good.")
    )


@pytest.mark.parametrize(
    "turns, expected",
    [
        # an idiom, not a dog allergy
        (("Allergies?", "Penicillin made me sick as a dog as a kid."), {"penicillin": "vomiting"}),
        # the stomach upset told better by what it did
        (("Any drug allergies?", "Codeine tears up my stomach, vomiting."), {"codeine": "vomiting"}),
        (("Allergies?", "Morphine made me sick, I was throwing up all night."), {"morphine": "vomiting"}),
        # a joke is no allergen
        (("Any allergies?", "Only to work, ha. No, nothing to medicines."), {"NKDA": ""}),
        # the sulfa allergy told by the product that caused it is one allergy
        (("Allergies?", "Sulfa. I broke out in hives with Septra years ago."), {"sulfonamide antibiotics": "hives"}),
    ],
)
def test_allergies_said_in_everyday_words(turns, expected):
    assert allergy(facts(*turns)) == expected


@pytest.mark.parametrize(
    "turns, drug, dose",
    [
        # "the fifty one" is the 50 mg tablet, not 51
        (("What do you take?", "just the citalopram the twenty one in the morning"), "citalopram", "20 mg"),
        # a change said from the old dose to the new, without the drug's name
        (
            (
                "What else?",
                "My levothyroxine, a hundred micrograms.",
                "Let's go down from a hundred to eighty-eight micrograms.",
                "Okay.",
            ),
            "levothyroxine",
            "88 mcg",
        ),
    ],
)
def test_doses_said_with_a_pronoun_or_as_from_to(turns, drug, dose):
    assert meds(facts(*turns))[drug].get("dose") == dose


@pytest.mark.parametrize(
    "turns, expected",
    [
        # the count said first, then the tablets; the next drug does not take them
        (
            ("What have you been taking?", "advil, like two every six hours, the two hundreds, and tylenol as well"),
            {"ibuprofen": "400 mg", "acetaminophen": None},
        ),
        # the speaker corrects the strength just said
        (("What are you on?", "Amlodipine, the ten. No, five."), {"amlodipine": "5 mg"}),
        (("What do you take?", "Metformin 500, sorry, 850 twice a day."), {"metformin": "850 mg"}),
        (("What do you take?", "Atorvastatin 40. No side effects."), {"atorvastatin": "40 mg"}),
        # the count said after the tablets, with who takes them
        (("Anything else?", "Tylenol, the five hundreds, he takes two at bedtime."), {"acetaminophen": "1000 mg"}),
    ],
)
def test_counts_and_corrections(turns, expected):
    got = meds(facts(*turns))
    assert {d: got[d].get("dose") for d in expected} == expected


def test_a_regimen_read_back_and_confirmed_is_no_change():
    got = meds(facts("What do you take?", "Losartan, the fifty. No, twenty-five.", "Losartan 25 once a day?", "Yes."))
    assert got["losartan"]["dose"] == "25 mg" and got["losartan"]["status"] == "active"


@pytest.mark.parametrize(
    "line, taught",
    [
        ("That matters, because a stroke usually spares the forehead.", "cerebral infarction"),
        ("An ulcer would typically hurt more after food, so I think this is reflux.", "peptic ulcer"),
    ],
)
def test_a_disease_described_in_general_is_no_problem(line, taught):
    got = problems(facts(line, "Okay."))
    assert not any(taught in p for p in got), got


def test_a_condition_a_drug_caused_is_still_the_patients_problem():
    got = problems(facts("Your sodium was 124: that's hyponatremia, from the water pill.", "Oh."))
    assert "hyponatremia" in got, got


@pytest.mark.parametrize(
    "line, word",
    [
        ("I'll also refer you to the familial cancer service because of your mum.", "neoplasm"),
        ("The diabetes nurse will call you about the course.", "diabetes"),
    ],
)
def test_a_service_named_for_a_disease_is_no_problem(line, word):
    got = problems(facts(line, "Okay."))
    assert not any(word in p for p in got), got


def test_glandular_fever_is_past_history_not_a_fever():
    fs = facts("Any illnesses in the past?", "I had glandular fever as a teenager.")
    assert "fever" not in {f.name for f in fs if f.kind.value == "symptom"}
    assert ("infectious mononucleosis", "") in {(n, r) for n, r in history(fs, "past_medical")} or any(
        f.name == "infectious mononucleosis" for f in fs
    )


@pytest.mark.parametrize(
    "line, pounds", [("Weight today is nine stone seven.", "133"), ("You weigh thirteen stone.", "182")]
)
def test_a_weight_in_stone_is_charted_in_pounds(line, pounds):
    fs = facts("Let me check you over.", line, speakers=["clinician", "clinician"])
    weight = next(f for f in fs if f.name == "weight")
    assert weight.attributes["value"] == pounds and weight.attributes["unit"] == "lb"


@pytest.mark.parametrize(
    "line", ["I'll see you on the 21st.", "You've put on four stone since last year.", "You've lost two stone."]
)
def test_a_date_or_a_change_in_stone_is_no_weight(line):
    fs = facts("Let me check you over.", line, speakers=["clinician", "clinician"])
    assert not [f for f in fs if f.name == "weight"]


@pytest.mark.parametrize(
    "said, drug",
    [
        ("cefalexin", "cephalexin"),
        ("colecalciferol", "cholecalciferol"),
        ("aciclovir", "acyclovir"),
        ("mesalazine", "mesalamine"),
        ("chlorphenamine", "chlorpheniramine"),
        ("oestradiol", "estradiol"),
        ("ferrous sulphate", "ferrous sulfate"),
        ("co-trimoxazole", "trimethoprim/sulfamethoxazole"),
    ],
)
def test_a_british_spelling_is_the_same_drug_under_one_name(said, drug):
    from engine.clinical.lexicon import find_drugs

    assert [d for _, _, d in find_drugs(f"she takes {said} twice a day")] == [drug]
    assert not find_drugs("i get an adrenaline rush before exams")  # a hormone in talk, never a drug taken
