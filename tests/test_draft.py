"""Drafting with the real bundled LLM: streamed, schema-bounded, and nothing unverified reaches the note."""

import pytest
from conftest import text_transcript

from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.errors import TemplateError
from engine.types import SentenceStatus


@pytest.mark.slow
def test_draft_with_the_bundled_model(services):
    t = text_transcript("htn-followup")
    facts = extract(t)
    tokens = []
    draft = build_draft(templates.load("soap"), t, facts, services.llm, on_token=tokens.append)
    assert tokens, "tokens must stream to the caller"
    text = draft.render_text()
    for must in ("152/96", "lisinopril 10 mg once daily", "penicillin (hives)", "Denies chest pain"):
        assert must in text, must
    for sec in draft.sections:
        for s in sec.sentences:
            assert s.status == SentenceStatus.supported
            assert s.evidence, s.text  # every sentence in the note points at the transcript
            if s.source == "model":
                assert not s.problems
    for s in draft.removed:
        assert s.status == SentenceStatus.unsupported and s.problems
        assert s.text not in text
    # review notices live beside the note (review flags), never in its text
    assert "Verifier removed" not in text and "[" not in text


def test_draft_without_model_is_facts_only():
    t = text_transcript("asthma-child")
    draft = build_draft(templates.load("soap"), t, extract(t), llm=None)
    text = draft.render_text()
    assert "Start prednisolone 20 mg once daily for 5 days." in text
    assert "No known drug allergies." in text
    assert not draft.removed


def test_template_errors_are_one_sentence():
    with pytest.raises(TemplateError, match="no template called 'nope'"):
        templates.load("nope")
    with pytest.raises(TemplateError, match=r"The template broken.json is not valid \(sections"):
        templates.parse('{"name": "x", "title": "X", "sections": []}', "broken.json")
    with pytest.raises(TemplateError, match="not valid"):
        templates.parse("{not json", "broken.json")


def test_template_version_is_a_content_hash():
    a = templates.load("soap")
    b = a.model_copy(update={"title": "SOAP (edited)"})
    assert a.version != b.version and len(a.version) == 16


def test_patient_quotes_are_verbatim_answers_with_evidence():
    from engine.clinical.extract import extract as ex

    # the built-in templates use the learned selector (tests/test_note_select.py); a clinic's template
    # may still ask for verbatim quotes
    tpl = templates.load("soap")
    first = next(s for s in tpl.sections if s.key == "subjective").model_copy(update={"quotes": 4, "select": []})
    tpl = tpl.model_copy(update={"sections": [first]})
    t = text_transcript("htn-followup")
    draft = build_draft(tpl, t, ex(t), llm=None)
    quotes = [s for s in draft.sections[0].sentences if s.source == "transcript"]
    assert quotes and len(quotes) <= 4
    for q in quotes:
        said = q.text.removeprefix('Patient: "').removesuffix('"')
        assert said in t.text and "?" not in said  # the patient's words, never a question
        assert q.evidence and t.segment(q.evidence[0].segment_id).speaker == "patient"


def test_clinic_templates_from_the_data_folder(tmp_path):
    import json as _json

    from engine.clinical.extract import extract as ex

    soap = templates.load("soap").model_dump(mode="json")
    soap.update(name="soap", title="Clinic SOAP")
    soap["sections"] = soap["sections"][:2]
    (tmp_path / "soap.json").write_text(_json.dumps(soap))  # replaces the built-in of the same name
    (tmp_path / "broken.json").write_text('{"name": "broken", "sections": [}')
    assert "broken" in templates.available([tmp_path])
    mine = templates.load("soap", [tmp_path])
    assert mine.title == "Clinic SOAP" and mine.version != templates.load("soap").version
    t = text_transcript("htn-followup")
    assert [s.key for s in build_draft(mine, t, ex(t), llm=None).sections] == ["chief_complaint", "subjective"]
    with pytest.raises(TemplateError, match="The template broken.json is not valid"):
        templates.load("broken", [tmp_path])


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), _json.map(__import__("json").dumps)))
def test_template_parser_never_crashes(text):
    """Fuzz: any text either parses into a template or ends in TemplateError, never another exception."""
    with __import__("contextlib").suppress(TemplateError):
        templates.parse(text, "fuzz.json")


@pytest.mark.slow
def test_prefill_while_recording_leaves_the_transcript_so_far_in_the_model_cache(services):
    """The live pre-fill evaluates the first prose prompt over the partial transcript; the draft after Stop
    starts with the same tokens, so llama.cpp only has to read what was said since."""
    from engine.draft.compose import prefill

    full = text_transcript("htn-followup")
    partial = full.model_copy(update={"segments": full.segments[: len(full.segments) // 2]})
    tpl = templates.load("soap")
    llm = services.llm
    prefill(tpl, partial, llm)
    cached = list(llm.llm._input_ids)
    draft = build_draft(tpl, full, extract(full), llm)
    after = list(llm.llm._input_ids)  # the last draft prompt (and its answer)
    common = next((i for i, (a, b) in enumerate(zip(cached, after, strict=False)) if a != b), len(cached))
    # everything but the pre-fill's own question (and at most a re-tokenised last word) is shared
    assert len(cached) > 150 and common >= len(cached) - 60, (common, len(cached))
    assert draft.sections
