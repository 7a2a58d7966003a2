"""The note's clinical structure (chief complaint, review of systems, results, assessment and plan per
problem) and the grounding audit and hallucination suite that `chartside eval` runs over every note."""

from conftest import text_transcript

from engine import grounding_audit
from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.draft.verify import GroundTruth
from engine.evaluation import text_transcript as from_lines
from engine.types import SentenceStatus


def _soap(t):
    facts = extract(t)
    return build_draft(templates.load("soap"), t, facts, None), facts


def test_sections_clinicians_use_in_order():
    for name in ("soap", "hp", "progress"):
        titles = [s.title for s in templates.load(name).sections]
        assert "Review of systems" in titles and "Results" in titles and titles[-1] == "Assessment and plan", name
    assert [s.title for s in templates.load("soap").sections][0] == "Chief complaint"


def test_chief_complaint_and_problems_with_their_plans():
    draft, _ = _soap(text_transcript("htn-followup"))
    sections = {s.key: s for s in draft.sections}
    assert sections["chief_complaint"].sentences[0].text == "Headache and dizziness."
    plan = [s.text for s in sections["plan"].sentences]
    htn = plan.index("1. Hypertension (I10).")  # the problem with the plan first
    # the hypertension plan sits under hypertension, not under the diabetes said before it
    for item in ("Start lisinopril 10 mg once daily.", "Stop ibuprofen.", "Ordered: basic metabolic panel."):
        assert plan.index(item) > htn, item
    assert plan[-1] == "Follow up in 4 weeks." and "2. Type 2 diabetes (E11.9)." in plan
    assert sections["ros"].sentences[0].text == "Denies chest pain and blurred vision."


def test_a_visit_without_a_coded_problem_is_arranged_under_its_complaint():
    t = from_lines(
        [
            ("doctor", "What brings you in today?"),
            ("patient", "My right knee has been hurting for a week, since I fell."),
            ("doctor", "Any fever?"),
            ("patient", "No."),
            ("doctor", "Let's get an x-ray of the knee, and you can take ibuprofen 400 milligrams as needed."),
        ]
    )
    plan = [s.text for s in _soap(t)[0].sections[-1].sentences]
    assert plan[0] == "1. Right knee pain." and any("x-ray" in p for p in plan[1:]), plan


def test_a_condition_from_the_history_does_not_take_the_plan_of_todays_complaint():
    lines = [("doctor", "What brings you in?"), ("patient", "My right knee has been hurting since I fell.")]
    lines += [("doctor", "Any other medical history?"), ("patient", "Atrial fibrillation.")]
    lines += [("doctor", "Okay."), ("patient", "It was a bad fall.")] * 10  # the visit moves on
    lines += [("doctor", "For your knee, I'll order an MRI and you can use crutches for a few days.")]
    plan = [s.text for s in _soap(from_lines(lines))[0].sections[-1].sentences]
    afib = plan.index("2. Atrial fibrillation (I48.91).")
    assert plan[0] == "1. Right knee pain." and any(p.startswith("Ordered: mri") for p in plan[1:afib]), plan


def test_the_chief_complaint_names_a_side_only_when_the_visit_says_one():
    one = [("doctor", "What brings you in?"), ("patient", "I have right knee pain since I fell.")]
    cc = _soap(from_lines(one))[0].sections[0].sentences[0]
    assert cc.text == "Right knee pain." and cc.evidence
    corrected = [
        ("doctor", "I understand you've come in with some right knee pain."),
        ("patient", "It's not the right knee, it's the left knee."),
        ("doctor", "Okay, the left knee. Tell me about the knee pain."),
    ]
    assert _soap(from_lines(corrected))[0].sections[0].sentences[0].text == "Knee pain."  # never the wrong side


def test_every_note_sentence_has_evidence_and_every_injection_is_caught():
    for name in ("htn-followup", "asthma-child"):
        t = text_transcript(name)
        draft, facts = _soap(t)
        shown, grounded = grounding_audit.audit(draft)
        assert shown and grounded == shown
        truth = GroundTruth.build(t, facts)
        caught = grounding_audit.check_injections(truth, ["172", "134"])
        assert len(caught) >= 6 and all(caught.values()), caught


def test_injected_sentences_are_what_the_suite_says():
    t = text_transcript("htn-followup")
    truth = GroundTruth.build(t, extract(t))
    kinds = grounding_audit.injections(truth, ["172"])
    assert "warfarin" in kinds["invented drug"] and "172" in kinds["number from another patient"]
    assert kinds["wrong dose"].startswith("Continue ") and kinds["plan nobody made (stop a continued drug)"]
    assert all(s.status == SentenceStatus.supported for sec in _soap(t)[0].sections for s in sec.sentences)
