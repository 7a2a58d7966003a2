"""Bugs found reviewing the tenth session's change (6b80d83..c888020); every sentence is written for the test."""

from __future__ import annotations

import pytest
from fact_readers import CLINICIAN, PATIENT, facts, symptoms


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Do you have a cough?", "Non-productive, mostly at night, it keeps me awake.", "cough"),
        ("Any diarrhea?", "Non-bloody, but watery, like six times a day.", "diarrhea"),
    ],
)
def test_an_english_non_compound_is_no_french_no(question, answer, name):
    assert symptoms(facts(question, answer)).get(name) != "absent"


@pytest.mark.parametrize("answer", ["Non, pas du tout.", "Non.", "Non je ne pense pas."])
def test_a_french_no_still_denies(answer):
    assert symptoms(facts("Any fever?", answer)).get("fever") == "absent"


@pytest.mark.parametrize(
    ("said", "drug"),
    [
        ("I see you're on lisinopril 10 mg. Your pressure is perfect on it. I wouldn't stop it.", "lisinopril"),
        ("You're on prednisone 20 mg. You can't stop it suddenly.", "prednisone"),
        ("Metoprolol 25 twice a day. You shouldn't stop it without talking to me.", "metoprolol"),
        ("You take sertraline 50. We're not going to stop it.", "sertraline"),
        ("Atorvastatin 40 at night. There's no reason to stop it.", "atorvastatin"),
    ],
)
def test_a_drug_the_clinician_says_to_keep_is_not_stopped(said, drug):
    got = {f.name: f.attributes.get("status") for f in facts((CLINICIAN, said)) if f.kind.value == "medication"}
    assert got.get(drug) == "active", got


def test_a_drug_the_clinician_says_to_stop_is_still_stopped():
    said = "You're on the baby aspirin 81. The bleeding risk is bigger than the benefit. I'd stop it."
    got = {f.name: f.attributes.get("status") for f in facts((CLINICIAN, said)) if f.kind.value == "medication"}
    assert got.get("aspirin") == "stopped", got


@pytest.mark.parametrize(
    ("said", "drug"),
    [
        ("I'd rather not come off the sertraline 50, I feel so much better.", "sertraline"),
        ("I need a refill, I don't want to run out of my levothyroxine 100.", "levothyroxine"),
        ("I don't want to stop my metformin 500, it's working.", "metformin"),
        ("Metformin 500 twice a day, but I'm not sure about it, it upsets my stomach.", "metformin"),
        ("A lot of people use melatonin, and I take it too, 3 mg at night.", "melatonin"),
    ],
)
def test_a_drug_the_patient_takes_is_kept(said, drug):
    assert drug in {f.name for f in facts((PATIENT, said)) if f.kind.value == "medication"}


@pytest.mark.parametrize(
    "said",
    ["I don't want to go on insulin.", "I'd rather not take tramadol.", "Some women take estrogen for the flushes."],
)
def test_a_drug_declined_or_of_other_people_stays_out(said):
    assert not [f.name for f in facts((PATIENT, said)) if f.kind.value == "medication" and not f.negated]


@pytest.mark.parametrize(
    "said",
    [
        "My dad is 80 now. He's been confused ever since his bypass.",
        "My husband. He gets tired easily. He's not been right since her pacemaker, I mean his.",
    ],
)
def test_a_relatives_dated_operation_is_not_the_patients(said):
    got = [
        f
        for f in facts((PATIENT, said))
        if f.kind.value == "history" and f.attributes.get("section") == "past_surgical"
    ]
    assert not got, got


def test_a_caregiver_dating_the_patients_operation_still_charts_it():
    got = facts(("other", "He's been confused ever since his bypass, doctor."))
    assert [f.name for f in got if f.kind.value == "history"] == ["bypass"]


@pytest.mark.parametrize(
    "said",
    [
        "I'm feeling a bit depressed today.",
        "I've been so depressed since my divorce.",
        "I feel kind of depressed.",
    ],
)
def test_a_patient_who_says_they_are_depressed_is_not_lost(said):
    # the mood rule of 0a1bf5e dropped "depressed" as a problem and nothing charted it as a symptom either
    assert [f for f in facts((PATIENT, said)) if f.kind.value in ("problem", "symptom", "history")]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("A blood test about five years ago showed I had type 2 diabetes. I'm on metformin for it.", "diabetes"),
        ("A check at work in 2015 found high blood pressure, and I've been on amlodipine ever since.", "hypertension"),
    ],
)
def test_a_disease_a_test_found_long_ago_is_still_a_problem(said, name):
    got = {f.name: f.kind.value for f in facts((PATIENT, said)) if f.kind.value in ("problem", "history")}
    assert any(name in n and k == "problem" for n, k in got.items()), got


def test_a_scope_finding_of_long_ago_is_past_history():
    got = facts((PATIENT, "A colonoscopy about three years ago showed I had diverticulosis."))
    assert [(f.name, f.attributes.get("category")) for f in got if f.kind.value == "history"] == [
        ("diverticulosis", "past_medical")
    ]
