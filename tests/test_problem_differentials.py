"""A differential's leading side, or a hedged diagnosis, is charted as possible/likely, never as established
(engine/clinical/problem_certainty.py); the note and the FHIR export say so. Sentences written for this test."""

from datetime import datetime

import pytest
from fact_readers import facts

from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.evaluation import text_transcript
from engine.export.fhir_resources import clinical_entries
from engine.types import FactKind


def _problems(*turns):
    """name -> (certainty, versus) of each problem charted."""
    return {
        f.name: (f.attributes.get("certainty"), f.attributes.get("versus"))
        for f in facts(*turns)
        if f.kind == FactKind.problem
    }


@pytest.mark.parametrize(
    ("said", "name", "versus"),
    [
        ("I think this is bronchitis versus early pneumonia.", "bronchitis", "pneumonia"),
        ("It's a sprain, or possibly a fracture.", "sprain", "fracture"),
        ("Honestly it's probably gastritis vs an ulcer.", "gastritis", None),
        ("I think it's migraine versus tension headache.", "migraine", None),
        ("It's most likely a sinus infection, could be strep throat.", "sinusitis", "strep throat"),
        ("It's a sprain, or maybe a fracture.", "sprain", "fracture"),
    ],
)
def test_the_leading_side_of_a_differential_is_possible(said, name, versus):
    got = _problems(said, "Okay.")
    assert got[name][0] == "possible"
    if versus:
        assert got[name][1] == versus
    # the other side stays left out, as before
    assert versus is None or versus not in got


def test_either_or_marks_both_sides_possible():
    got = _problems("Either gout or cellulitis, I'm not sure yet.", "Okay.")
    assert got["gout"] == ("possible", "cellulitis")
    assert got["cellulitis"][0] == "possible"


@pytest.mark.parametrize(
    ("said", "name", "how"),
    [
        ("This is probably bronchitis.", "bronchitis", "likely"),
        ("It's most likely a urinary tract infection.", "urinary tract infection", "likely"),
        ("I suspect you have gout.", "gout", "likely"),
        ("It could be a kidney stone.", "kidney stone", "possible"),
        ("You may have pneumonia.", "pneumonia", "possible"),
        ("Bronchitis, most likely.", "bronchitis", "likely"),
        ("It's less likely a fracture.", "fracture", "possible"),
    ],
)
def test_a_hedged_single_diagnosis_is_marked(said, name, how):
    assert _problems(said, "Okay.")[name] == (how, None)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("I think you have bronchitis.", "bronchitis"),  # the clinician's stated diagnosis
        ("This looks like shingles.", "shingles"),
        ("You have asthma.", "asthma"),
        # "rather than" settles on one side and rules the other out: no differential
        ("This is definitely gout rather than cellulitis.", "gout"),
        ("I'd call it gout rather than cellulitis.", "gout"),
        # the hedge is about a cause, not about the diagnosis
        ("The tiredness is probably because of your diabetes.", "type 2 diabetes"),
        ("Your diabetes could be causing the numbness.", "type 2 diabetes"),
    ],
)
def test_a_stated_diagnosis_stays_established(said, name):
    assert _problems(said, "Okay.")[name] == (None, None)


@pytest.mark.parametrize(
    "said",
    [
        "My differential includes gout, pseudogout and septic arthritis.",
        "Your mom probably has diabetes too.",
        "We ruled out pneumonia.",
        "You're at risk of a stroke.",
    ],
)
def test_what_was_left_out_stays_out(said):
    assert not _problems(said, "Okay.")


def _visit():
    return text_transcript(
        [
            ("clinician", "What brings you in today?"),
            ("patient", "I've had a cough for about ten days and I'm bringing up yellow stuff."),
            ("clinician", "Any fever?"),
            ("patient", "No fever."),
            ("clinician", "Your lungs have a few scattered wheezes."),
            ("clinician", "I think this is bronchitis versus early pneumonia, so let's get a chest x-ray."),
            ("patient", "Okay."),
        ]
    )


def test_the_draft_says_the_problem_is_possible():
    t = _visit()
    fs = extract(t)
    text = build_draft(templates.load("soap"), t, fs, llm=None).render_text()
    assert "Possible bronchitis" in text
    assert "differential: pneumonia" in text
    # never written as an established problem
    assert "\nBronchitis (" not in text and "1. Bronchitis" not in text


def test_the_fhir_condition_is_a_differential():
    fs = extract(_visit())
    conditions = [
        e["resource"]
        for e in clinical_entries(
            fs, "n1", {"reference": "Patient/p"}, {"reference": "Encounter/e"}, datetime(2026, 1, 1)
        )
        if e["resource"]["resourceType"] == "Condition"
    ]
    bronchitis = next(c for c in conditions if c["code"]["text"] == "bronchitis")
    assert bronchitis["verificationStatus"]["coding"][0]["code"] == "differential"
    established = extract(text_transcript([("clinician", "You have asthma."), ("patient", "Okay.")]))
    asthma = clinical_entries(established, "n2", {}, {}, datetime(2026, 1, 1))
    assert all("verificationStatus" not in e["resource"] for e in asthma)


def test_a_hedged_symptom_is_written_hedged_and_is_not_the_chief_complaint():
    t = text_transcript(
        [("clinician", "Any cough or runny nose?"), ("patient", "Maybe a little runny nose. And I have a sore throat.")]
    )
    got = extract(t)
    assert [f.label() for f in got if f.kind == FactKind.symptom] == ["possible runny nose", "sore throat"]
    text = build_draft(templates.load("soap"), t, got, llm=None).render_text()
    assert "CHIEF COMPLAINT\nSore throat." in text
    assert "Reports sore throat and possible runny nose." in text


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Your father had a heart attack?", "Yes, probably a heart attack, he was sixty."),
        ("Your mum, what did she have?", "Most likely diabetes."),
        ("Is it just your father with diabetes?", "Yes, diabetes."),
        ("What about your mum and dad?", "Diabetes, both of them."),
    ],
)
def test_a_bare_answer_about_a_relative_is_not_the_patients_problem(question, answer):
    assert not [
        f
        for f in extract(text_transcript([("clinician", question), ("patient", answer)]))
        if f.kind == FactKind.problem
    ]


@pytest.mark.parametrize(
    ("question", "answer", "name"),
    [
        ("Your father had a heart attack?", "Yes. And I have high blood pressure myself.", "hypertension"),
        ("Does your mother have asthma?", "No, but I have asthma.", "asthma"),
        ("How is your son?", "Asthma again, the wheeze is back.", "asthma"),  # a parent telling of the child
    ],
)
def test_the_patients_own_problem_said_to_a_question_about_a_relative_stays(question, answer, name):
    got = extract(text_transcript([("clinician", question), ("patient", answer)]))
    assert name in {f.name for f in got if f.kind == FactKind.problem}
