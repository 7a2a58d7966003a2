"""Allergy answers written fresh for this change (no visit of any split): a question that already says "none"
and the answer that agrees, and everyday adverse reactions named with the drug."""

import pytest
from fact_readers import allergy, facts

C, P = "clinician", "patient"


@pytest.mark.parametrize(
    "question,answer",
    [
        ("Allergies, none, right?", "Right."),
        ("Still no allergies?", "Still none."),
        ("And no allergies, is that still right?", "That's right."),
        ("You don't have any allergies, correct?", "Correct."),
        ("No allergies?", "None at all."),
    ],
)
def test_an_answer_agreeing_with_none_is_no_known_drug_allergies(question, answer):
    assert allergy(facts((C, question), (P, answer))) == {"NKDA": ""}


def test_an_allergy_the_question_did_not_know_of_is_read_not_agreed_away():
    got = allergy(facts((C, "Allergies, none, right?"), (P, "Right, just the latex.")))
    assert got == {"latex": ""}


def test_the_patient_asking_is_no_confirmation():
    # the patient asks; the clinician's "right" agrees with the patient's words, it is not the patient's answer
    got = allergy(facts((P, "I've got no allergies, right?"), (C, "Right.")))
    assert got in ({}, {"NKDA": ""})  # the patient's own "no allergies" may be read; never an allergy


@pytest.mark.parametrize(
    "answer,substance,reaction",
    [
        ("Yes, to aspirin. I get wheezy.", "aspirin", "wheezing"),
        ("Cipro gave me tendon pain.", "ciprofloxacin", "tendon pain"),
        ("Augmentin, diarrhoea.", "amoxicillin-clavulanate", "diarrhea"),
        ("Amlodipine made my ankles swell.", "amlodipine", "ankle swelling"),
    ],
)
def test_an_everyday_adverse_reaction_is_the_allergys_reaction(answer, substance, reaction):
    assert allergy(facts((C, "Any allergies?"), (P, answer))) == {substance: reaction}


@pytest.mark.parametrize(
    "question,answer,want",
    [
        ("Anything you react to?", "Penicillin, swelling of the lips.", {"penicillin": "lip swelling"}),
        ("Have you ever had a bad reaction to a medicine?", "No, never had a problem.", {"NKDA": ""}),
        ("Are there any medicines you can't take?", "Codeine, it makes me vomit.", {"codeine": "vomiting"}),
    ],
)
def test_allergies_asked_as_reactions(question, answer, want):
    assert allergy(facts((C, question), (P, answer))) == want


def test_none_said_in_other_words():
    assert allergy(facts((C, "Any allergies to medicines?"), (P, "Not a one."))) == {"NKDA": ""}
    assert allergy(facts((C, "Any rash with the amoxicillin?"), ("other", "No, she doesn't have any allergies."))) == {
        "NKDA": ""
    }
    # the clinician asking it is a question, and the answer says otherwise
    assert allergy(facts((C, "You don't have any allergies?"), (P, "Actually I do, sulfa."))) == {
        "sulfonamide antibiotics": ""
    }
    assert allergy(facts((C, "Any allergies?"), (P, "penicillin swelled my face up"))) == {
        "penicillin": "face swelling"
    }


def test_a_question_whether_a_drug_did_something_answered_no_charts_nothing():
    # was: amoxicillin charted as an allergy with a rash from the question itself, whatever the answer (a label
    # that would keep a first-line antibiotic from a child who takes it fine)
    assert allergy(facts((C, "Any rash with the amoxicillin?"), (P, "No."))) == {}
    assert allergy(facts((C, "Any rash with the amoxicillin?"), ("other", "No, she was fine."))) == {}
    # any other answer leaves the question read as the allergy it names, with the answer's reaction if it tells one
    assert allergy(facts((C, "Any rash with the amoxicillin?"), (P, "Yes, all over."))) == {"amoxicillin": "rash"}
    assert allergy(facts((C, "Any rash with the amoxicillin?"), (P, "I did, yes."))) == {"amoxicillin": "rash"}
    assert allergy(facts((C, "Any rash with the amoxicillin?"), (P, "Hives, actually, all over my chest."))) == {
        "amoxicillin": "hives"
    }


def test_a_drug_said_to_be_the_allergy_but_never_one_taken_for_it():
    assert allergy(facts((C, "And codeine is still your allergy?"), (P, "Yes, hives."))) == {"codeine": "hives"}
    assert allergy(facts((C, "Any allergies, and are you still on lisinopril?"), (P, "Yes."))) == {}
    assert allergy(facts((C, "Still taking the Zyrtec for the allergy?"), (P, "Yeah."))) == {}
    assert allergy(facts((C, "Is the lisinopril for your allergy or blood pressure?"), (P, "Blood pressure."))) == {}


@pytest.mark.parametrize(
    "lines,want",
    [
        # an allergy named after "none", in the same words or the next sentence
        ([(P, "um i don't have any allergies other than penicillin")], {}),
        (
            [(C, "Any allergies?"), (P, "I don't have any allergies. Oh wait, codeine makes me vomit.")],
            {"codeine": "vomiting"},
        ),
        ([(C, "No allergies to anything, apart from the penicillin, right?"), (P, "Right.")], {}),
        # a bare yes to "No allergies?" may mean either
        ([(C, "No allergies?"), (P, "Yes.")], {}),
    ],
)
def test_none_is_never_charted_over_a_named_allergy(lines, want):
    assert "NKDA" not in allergy(facts(*lines))
    assert {k: v for k, v in allergy(facts(*lines)).items() if k != "NKDA"} == want


@pytest.mark.parametrize(
    "answer",
    [
        "Penicillin. My hands are shaky lately.",
        "Codeine. I had a seizure last year, unrelated.",
        "Just latex. I'm a bit drowsy from the cold medicine.",
        "Penicillin. I fainted yesterday, that's why I'm here.",
    ],
)
def test_a_side_remark_after_the_allergy_is_not_its_reaction(answer):
    got = allergy(facts((C, "Any allergies?"), (P, answer)))
    assert all(reaction == "" for reaction in got.values()), got


def test_a_symptom_after_the_allergy_answer_is_no_reaction():
    got = allergy(facts((C, "Any allergies?"), (P, "No."), (C, "How are the headaches?"), (P, "Bad, every day.")))
    assert got == {"NKDA": ""}
