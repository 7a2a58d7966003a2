"""The learned note content selector: it loads, it picks what a section says, it never adds content."""

import re

from engine.clinical.extract import extract
from engine.draft import select, templates
from engine.draft.compose import build_draft
from engine.draft.verify import GroundTruth
from engine.evaluation import text_transcript
from engine.types import SentenceStatus

VISIT = [
    ("doctor", "hi , how are you doing today ?"),
    ("patient", "um , not great . my knee has been hurting for about two weeks ."),
    ("doctor", "okay . what happened ?"),
    ("patient", "i was playing basketball and i , i twisted my right knee when i landed ."),
    ("patient", "it's swollen and i can't really walk on it without pain ."),
    ("doctor", "have you taken anything for it ?"),
    ("patient", "i've been taking ibuprofen 400 milligrams twice a day and it helps a little ."),
    ("doctor", "any fever or chills ?"),
    ("patient", "no fever , no chills ."),
    ("doctor", "okay , let me examine your knee ."),
    ("doctor", "on exam of your right knee there is moderate swelling and tenderness along the medial joint line ."),
    ("doctor", "your x-ray shows no fracture ."),
    ("doctor", "i think you have a medial meniscus tear of the right knee ."),
    ("doctor", "i'm going to order an mri of the right knee and refer you to physical therapy ."),
    ("doctor", "keep taking the ibuprofen and use ice , and i'll see you back in two weeks ."),
]
_WORD = re.compile(r"[a-z0-9']+")


def _visit():
    t = text_transcript(VISIT)
    facts = extract(t)
    return t, facts, GroundTruth.build(t, facts)


def test_the_artifact_loads_and_is_small():
    assert select.ARTIFACT.stat().st_size < 2 * 1024 * 1024
    model = select.Selector.load()
    assert model.labels == list(select.LABELS)
    assert len(model.vocab) > 1000 and set(model.budget_words) == set(select.LABELS[1:])
    probs = model.probabilities(select.features("my knee has been hurting for two weeks .", "patient", 1, 15))
    assert abs(sum(probs.values()) - 1) < 1e-9


def test_hpi_says_the_patients_complaint_in_third_person_with_evidence():
    t, facts, truth = _visit()
    chosen = select.select_sentences(truth, {"hpi": ["hpi"]})["hpi"]
    assert chosen
    text = " ".join(s.text for s in chosen).lower()
    assert "knee" in text
    for s in chosen:
        assert s.source == "transcript" and s.status == SentenceStatus.supported
        assert s.evidence and all(
            t.segment(e.segment_id).text[e.char_start : e.char_end] == e.quote for e in s.evidence
        )
        assert not re.search(r"\b(?:i|my|me|you|your|um|uh)\b", s.text.lower()), s.text
    patient = [s for s in chosen if t.segment(s.evidence[0].segment_id).speaker == "patient"]
    assert patient and any("the patient" in s.text.lower() for s in patient)


def test_note_register_only_changes_persons_and_drops_fillers():
    assert select.to_note_register("um , i , i twisted my right knee when i landed .", "patient") == (
        "The patient twisted their right knee when they landed."
    )
    assert select.to_note_register("your x-ray shows no fracture , okay ?", "doctor") == (
        "The patient's x-ray shows no fracture."
    )
    assert select.to_note_register("uh , yeah .", "patient") == ""


def test_a_number_or_drug_the_facts_do_not_support_is_rejected():
    t, _, truth = _visit()
    source = next(s for s in truth.sentences if "ibuprofen" in s.low)
    assert select.verified("The patient has been taking ibuprofen 400 mg twice a day.", source, truth)
    assert select.verified("The patient has been taking ibuprofen 800 mg twice a day.", source, truth) is None
    assert select.verified("The patient has been taking naproxen twice a day.", source, truth) is None
    assert select.verified("The patient has a fever.", source, truth) is None  # "no fever" was said


def _stem(w: str) -> str:
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def test_selected_sentences_say_nothing_outside_their_evidence():
    t, facts, truth = _visit()
    draft = build_draft(templates.load("soap"), t, facts, None)
    picked = [s for sec in draft.sections for s in sec.sentences if s.source == "transcript"]
    assert len(picked) >= 4
    for s in picked:
        said = {_stem(w) for e in s.evidence for w in _WORD.findall(e.quote.lower())}
        said |= {w.split("'")[0] for w in said}  # "i've" -> "i" ... the contraction's first word
        for w in _WORD.findall(s.text.lower()):
            assert w in said or _stem(w) in said or w in select.REWRITE_WORDS, (w, s.text)
    # the history, the examination and the plan each got sentences from this visit
    keys = {sec.key for sec in draft.sections for s in sec.sentences if s.source == "transcript"}
    assert {"subjective", "objective", "plan"} <= keys
    # the plain (patient-instructions) template selects nothing from the transcript
    plain = build_draft(templates.load("patient-instructions"), t, facts, None)
    assert not [s for sec in plain.sections for s in sec.sentences if s.source == "transcript"]


def test_every_note_template_names_learned_sections():
    for name in ("soap", "hp", "progress", "referral"):
        assert any(spec.select for spec in templates.load(name).sections), name
    assert not any(spec.select for spec in templates.load("patient-instructions").sections)


def test_a_sentence_with_a_drug_name_still_to_confirm_is_never_selected():
    t, facts, _ = _visit()
    [ibu] = [f for f in facts if f.name == "ibuprofen"]
    ibu.attributes.update(certainty="uncertain", heard_as="ibuprofen")  # as if the recogniser was unsure
    truth = GroundTruth.build(t, facts)
    source = next(s for s in truth.sentences if "400" in s.low)
    assert select.verified("The patient has been taking it twice a day.", source, truth) is None
    picked = select.select_sentences(truth, {"s": ["hpi", "plan"]})["s"]
    assert picked and not any("400" in s.text or "ibuprofen" in s.text.lower() for s in picked)


def test_an_unpunctuated_run_keeps_its_statements_and_drops_its_questions_and_commands():
    run = (
        "okay so on exam of your right elbow you have moderate tenderness of the medial epicondyle do you have "
        "any pain when i press here okay so i reviewed the x-ray of your elbow and i do not see any fracture "
        "now i want you to rest it and apply ice to the elbow for twenty minutes three times a day"
    )
    t = text_transcript([("patient", "my right elbow hurts when i do pottery ."), ("doctor", run)])
    facts = extract(t)
    truth = GroundTruth.build(t, facts)
    long = next(s for s in truth.sentences if len(s.text.split()) > select.LONG_RUN)
    out = select.note_sentence(long, truth)
    assert out is not None and out.evidence
    text = out.text.lower()
    assert "do you" not in text and "press here" not in text  # the question inside the run is gone
    assert "tenderness of the medial epicondyle" in text and "apply ice" in text
    assert select._register("hey, dragon, order an x-ray of the elbow.", "doctor") == ""
