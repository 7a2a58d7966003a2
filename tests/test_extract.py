"""Fact extraction on the annotated encounters (written dialogue; the audio path is in test_e2e)."""

import pytest
from conftest import encounter, text_transcript

from engine.clinical.extract import extract
from engine.types import FactKind


def facts_of(name):
    return extract(text_transcript(name))


def by(facts, kind):
    return {f.name: f for f in facts if f.kind == kind}


@pytest.mark.parametrize("name", ["htn-followup", "asthma-child"])
def test_every_annotated_medication_with_dose_and_status(name):
    meds = by(facts_of(name), FactKind.medication)
    for want in encounter(name)["facts"]["medications"]:
        got = meds.get(want["name"])
        assert got is not None, f"{want['name']} missing; got {list(meds)}"
        assert got.attributes.get("dose") == want["dose"], (want, got.attributes)
        expected_status = {"active": "active"}.get(want["status"], want["status"])
        assert got.attributes.get("status") == expected_status, (want, got.attributes)
        assert got.evidence and want["name"] in got.evidence[0].quote.lower() or got.evidence


@pytest.mark.parametrize("name", ["htn-followup", "asthma-child"])
def test_allergies(name):
    facts = facts_of(name)
    allergies = by(facts, FactKind.allergy)
    want = encounter(name)["facts"]["allergies"]
    if not want:
        assert list(allergies) == ["no known drug allergies"]
    for a in want:
        assert a["substance"] in allergies
        assert allergies[a["substance"]].attributes.get("reaction") == a["reaction"]


VITAL_KEYS = {
    "heart_rate": "heart rate",
    "temperature_f": "temperature",
    "spo2": "oxygen saturation",
    "respiratory_rate": "respiratory rate",
}


@pytest.mark.parametrize("name", ["htn-followup", "asthma-child"])
def test_vitals(name):
    vitals = by(facts_of(name), FactKind.vital)
    want = encounter(name)["facts"]["vitals"]
    if "systolic" in want:
        assert vitals["blood pressure"].attributes["value"] == f"{want['systolic']}/{want['diastolic']}"
    for key, fact_name in VITAL_KEYS.items():
        if key in want:
            assert float(vitals[fact_name].attributes["value"]) == float(want[key]), key


@pytest.mark.parametrize("name", ["htn-followup", "asthma-child"])
def test_symptoms_and_negation(name):
    symptoms = by(facts_of(name), FactKind.symptom)
    want = encounter(name)["facts"]
    for s in want["symptoms_present"]:
        assert s in symptoms and not symptoms[s].negated, s
    for s in want["symptoms_absent"]:
        if s in {"poor oral intake"}:
            continue
        assert s in symptoms and symptoms[s].negated, s


def test_follow_up_and_orders():
    facts = facts_of("htn-followup")
    assert by(facts, FactKind.follow_up)["follow-up"].attributes["interval"] == "4 weeks"
    assert "basic metabolic panel" in by(facts, FactKind.order)
    assert by(facts, FactKind.problem)["hypertension"].attributes["icd10"] == "I10"


def test_evidence_quotes_the_exact_words():
    t = text_transcript("htn-followup")
    for f in extract(t):
        for e in f.evidence:
            seg = t.segment(e.segment_id)
            assert seg.text[e.char_start : e.char_end] == e.quote
    bp = by(extract(t), FactKind.vital)["blood pressure"]
    assert bp.evidence[0].quote == "152 over 96"


def test_spoken_numbers_are_normalised():
    from engine.types import Segment, Transcript

    t = Transcript(
        segments=[
            Segment(
                id=0,
                start=0,
                end=5,
                text=(
                    "Her blood pressure is one fifty two over ninety six and her temperature is a hundred point four."
                ),
            )
        ],
        duration_s=5,
    )
    vitals = by(extract(t), FactKind.vital)
    assert vitals["blood pressure"].attributes["value"] == "152/96"
    assert vitals["blood pressure"].evidence[0].quote == "one fifty two over ninety six"
    assert vitals["temperature"].attributes["value"] == "100.4"


def test_every_problem_code_is_a_real_icd10cm_code():
    import simple_icd_10_cm as cm

    from engine.clinical import lexicon

    for name, (code, _phrases) in lexicon.PROBLEMS.items():
        assert cm.is_valid_item(code), f"{name}: {code} is not in ICD-10-CM"
        assert lexicon.icd10_description(code) == cm.get_description(code)
    hyp = by(facts_of("htn-followup"), FactKind.problem)["hypertension"]
    assert hyp.attributes["icd10_description"] == "Essential (primary) hypertension"


@pytest.mark.parametrize("name", ["soap", "hp", "progress", "referral", "patient-instructions"])
def test_every_template_drafts_from_facts(name):
    from engine.draft import templates
    from engine.draft.compose import build_draft

    t = text_transcript("htn-followup")
    text = build_draft(templates.load(name), t, extract(t), llm=None).render_text()
    assert "lisinopril" in text.lower()
    if name == "patient-instructions":
        assert "Start taking lisinopril 10 mg once a day." in text and "Stop taking ibuprofen." in text


def test_route_height_and_dose_before_the_name():
    from engine.types import Segment, Transcript

    t = Transcript(
        segments=[
            Segment(
                id=0,
                start=0,
                end=9,
                text=(
                    "Take amoxicillin 500 milligrams by mouth three times a day for 10 days. "
                    "Use two puffs of albuterol every 4 hours. Her height is 165 centimeters."
                ),
            )
        ],
        duration_s=9,
    )
    f = extract(t)
    meds = by(f, FactKind.medication)
    amox = meds["amoxicillin"].attributes
    assert (amox["route"], amox["duration"], amox["dose"]) == ("oral", "10 days", "500 mg")
    assert meds["albuterol"].attributes["dose"] == "2 puffs" and meds["albuterol"].attributes["route"] == "inhaled"
    assert by(f, FactKind.vital)["height"].attributes == {"value": "165", "unit": "cm"}


def test_question_and_answer_run_together_by_the_recogniser():
    """Whisper often drops the question mark: "Any chest pain, shortness of breath, no chest pain..."."""
    from engine.types import Segment, Transcript

    t = Transcript(
        segments=[
            Segment(
                id=0,
                start=0,
                end=9,
                text=(
                    "Any chest pain, shortness of breath, or blood vision, no chest pain, and my vision is fine, "
                    "but I get a little short of breath on the stairs."
                ),
            )
        ],
        duration_s=9,
    )
    sym = by(extract(t), FactKind.symptom)
    assert sym["chest pain"].negated and sym["blurred vision"].negated
    assert not sym["shortness of breath"].negated


def test_a_note_made_while_extraction_warms_in_another_thread_reads_the_whole_vocabulary():
    """The recorder warms extraction in a background thread; a note made before that finished (a short
    visit, a disk full at 8 s) once read a half-built vocabulary and crashed."""
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from engine.clinical.extract import extract, warm_extraction\n"
        "from engine.evaluation import text_transcript\n"
        "from engine.clinical import vocabulary\n"
        "threading.Thread(target=warm_extraction).start()\n"
        "fs = extract(text_transcript([('clinician', 'Your iron is a bit low and you have gout.')]))\n"
        "print(len(vocabulary._indexes()[0]) > 15000, sorted(f.name for f in fs if f.kind.value == 'problem'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("True"), out.stdout
