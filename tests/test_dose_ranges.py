"""A dose said as a range is charted as the range, never as its top alone (engine/clinical/dose_ranges.py)."""

from datetime import datetime

import pytest

from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.evaluation import EvalReport, score_facts, text_transcript
from engine.export.fhir_resources import clinical_entries
from engine.review import edit_fact
from engine.review_display import form_values
from engine.types import FactKind
from tests.fact_readers import facts


def _meds(*turns):
    return [f.label() for f in facts(*turns) if f.kind == FactKind.medication]


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("Use the albuterol inhaler, one or two puffs every four hours as needed.", "albuterol 1-2 puffs"),
        ("Take ibuprofen 200 to 400 milligrams every six hours as needed for pain.", "ibuprofen 200-400 mg"),
        ("Take the sumatriptan 50 to 100 mg at the start of the migraine.", "sumatriptan 50-100 mg"),
        ("Oxycodone 5 to 10 milligrams every four hours as needed.", "oxycodone 5-10 mg"),
    ],
)
def test_a_range_is_charted_as_said(said, label):
    got = _meds(said, "Okay.")
    assert len(got) == 1 and got[0].startswith(label + " ")


def test_a_range_before_the_drug_is_kept():
    got = _meds("What do you take for headaches?", "I take 1-2 tablets of Tylenol when I have a headache.")
    assert got and got[0].startswith("acetaminophen 1-2 tablets")


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # "from ten to twenty" is the old dose and the new one, not a range
        ("We will increase the escitalopram from ten to twenty milligrams once a day.", "escitalopram 20 mg"),
        ("Let us raise the melatonin from three to six milligrams at bedtime.", "melatonin 6 mg"),
        # a count of something else before the dose is no range of milligrams
        ("Take the lisinopril 20 mg once a day.", "lisinopril 20 mg"),
    ],
)
def test_what_is_not_a_range_stays_one_dose(said, label):
    got = _meds(said, "Okay.")
    assert len(got) == 1 and got[0].startswith(label + " ") and "-" not in got[0].split()[1]


def _inhaler():
    return next(
        f
        for f in facts("Use the albuterol inhaler, one or two puffs every four hours as needed.", "Okay.")
        if f.kind == FactKind.medication
    )


def test_the_note_and_fhir_say_the_range():
    t = text_transcript(
        [("clinician", "Use the albuterol inhaler, one or two puffs every four hours as needed."), ("patient", "Okay.")]
    )
    got = extract(t)
    text = build_draft(templates.load("soap"), t, got, llm=None).render_text()
    assert "1-2 puffs" in text
    statements = [
        e["resource"]
        for e in clinical_entries(got, "n1", {"reference": "Patient/p"}, {}, datetime(2026, 1, 1))
        if e["resource"]["resourceType"] == "MedicationStatement"
    ]
    assert statements[0]["dosage"][0]["text"].startswith("1-2 puffs")


def test_the_form_shows_the_range_and_a_new_dose_replaces_it():
    fact = _inhaler()
    values = form_values(fact)
    assert values["dose"] == "1-2 puffs" and "dose_range" not in values
    kept = edit_fact([fact], 0, fact.name, values, negated=False)[0]
    assert kept.dose_text() == "1-2 puffs" and kept.attributes["dose"] == "2 puffs"
    changed = edit_fact([fact], 0, fact.name, {**values, "dose": "1 puff"}, negated=False)[0]
    assert changed.dose_text() == "1 puff" and "dose_range" not in changed.attributes


@pytest.mark.parametrize(("gold", "matched"), [("1 or 2 puffs", 1), ("1-2 puffs", 1), ("2 puffs", 1), ("1 puff", 0)])
def test_the_scorer_reads_a_range_as_said_or_by_its_top(gold, matched):
    report = EvalReport("test")
    score_facts(report, [_inhaler()], {"medications": [{"name": "albuterol", "dose": gold, "status": "started"}]}, "v")
    assert report.per_kind["medication (name+dose+status)"].tp == matched
