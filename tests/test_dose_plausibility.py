"""A dose no product of the drug has is never charted as the drug's dose (issue 17, rule 7).

Through audio a dose lands on the wrong name ("the loss are done, I'm going to go up to 100 milligrams"
made "insulin 100 mg"). The dose is kept as unclear: the note and facts list show it as unclear with the
visit's words, the review asks the clinician to check it, and FHIR never receives it as the dose.
"""

from __future__ import annotations

import pytest

from engine.clinical.dose_plausibility import mark_impossible_doses
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.draft.structure import medication_plan
from engine.evaluation import text_transcript
from engine.review import edit_fact
from engine.review_display import flag_label
from engine.review_flags import flags
from engine.types import Evidence, Fact, FactKind
from tests.fact_readers import facts, heard_facts


def med(name: str, dose: str, **attrs) -> Fact:
    ev = Evidence(segment_id=0, char_start=0, char_end=len(name), start_s=0.0, end_s=1.0, quote=name)
    return Fact(
        kind=FactKind.medication, name=name, attributes={"dose": dose, "status": "active", **attrs}, evidence=[ev]
    )


@pytest.mark.parametrize(
    "name, dose",
    [
        ("insulin", "100 mg"),  # insulin is dosed in units
        ("levothyroxine", "100 mg"),  # micrograms: 100 mg would be a thousandfold overdose
        ("amlodipine", "100 mg"),  # no product above 10 mg
        ("metformin", "2 puffs"),  # tablets only
        ("salbutamol", "40 puffs"),  # no one takes forty puffs at once
    ],
)
def test_an_impossible_dose_is_kept_as_unclear_never_as_the_dose(name, dose):
    [fact] = mark_impossible_doses([med(name, dose)])
    assert "dose" not in fact.attributes and fact.attributes["unclear_dose"] == dose  # what was said is kept
    assert fact.name == name and fact.label() == f"{name} (dose unclear: the visit says {dose}) (active)"


@pytest.mark.parametrize(
    "name, dose",
    [
        ("insulin", "10 units"),
        ("levothyroxine", "100 mcg"),
        ("amlodipine", "10 mg"),
        ("tiotropium", "1 capsule"),  # an inhalation capsule, breathed in from its device
        ("acetaminophen", "2 tablets"),
        ("a drug nobody tabled", "900 mg"),  # a drug the table does not know is never called implausible
    ],
)
def test_a_possible_dose_or_an_unknown_drug_is_unchanged(name, dose):
    fact = med(name, dose)
    assert mark_impossible_doses([fact]) == [fact]


def test_a_fact_the_clinician_edited_is_left_alone():
    edited = med("insulin", "100 mg", edited="clinician")
    assert mark_impossible_doses([edited]) == [edited]


def test_the_note_says_the_dose_is_unclear_and_the_review_asks_for_it():
    fact = mark_impossible_doses([med("insulin", "100 mg", status="changed")])[0]
    assert medication_plan(fact) == "Change insulin (dose unclear: the visit says 100 mg)."
    t = text_transcript([("clinician", "Insulin, and go up to 100 milligrams.")])
    draft = build_draft(templates.load("soap"), t, [fact], llm=None)
    [flag] = [f for f in flags(draft, [fact]) if f.kind == "dose"]
    assert "insulin" in flag.text and "100 mg" in flag.text and flag_label(flag.kind) == "Dose to check"
    fixed = edit_fact([fact], 0, "insulin", {**fact.attributes, "dose": "10 units"}, negated=False)[0]
    assert "unclear_dose" not in fixed.attributes and fixed.dose_text() == "10 units"
    assert not [f for f in flags(draft, [fixed]) if f.kind == "dose"]
    renamed = edit_fact([fact], 0, "insulin glargine", {"status": "changed"}, negated=False)[0]  # no dose given
    assert "unclear_dose" not in renamed.attributes and "dose unclear" not in renamed.label()


def test_extracted_from_text_a_dose_no_product_has_is_unclear():
    got = facts("What do you take?", "Levothyroxine 100 milligrams every morning.")
    [levo] = [f for f in got if f.kind == FactKind.medication]
    assert "dose" not in levo.attributes and levo.attributes["unclear_dose"] == "100 mg"


def test_extracted_from_speech_the_usual_doses_stay():
    got = heard_facts(
        ("clinician", "Keep the insulin at 10 units at bedtime."),
        ("clinician", "And levothyroxine 100 micrograms every morning."),
    )
    doses = {f.name: f.attributes.get("dose") for f in got if f.kind == FactKind.medication}
    assert doses == {"insulin": "10 units", "levothyroxine": "100 mcg"}
