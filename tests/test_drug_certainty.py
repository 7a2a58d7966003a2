"""A plausible wrong drug is never shown as certain (issue 17).

Transcripts are built by hand with word probabilities and ``heard_as``, as the recogniser and the
re-listening pass leave them: no audio is needed. The incident: a child's "amoxicillin, 400 milligrams per
5 milliliters" was re-heard as "ciprofloxacin" (first heard as "ceiling", probability 0.10).
"""

from __future__ import annotations

import numpy as np
import pytest

from engine.clinical.drug_certainty import (
    candidates_of,
    display_label,
    drug_phrase,
    is_uncertain,
    mark_uncertain_drugs,
    marked_text,
    sounds_like,
    uncertain_spans,
)
from engine.clinical.drug_forms import plausible, said_in
from engine.clinical.extract import extract
from engine.clinical.lexicon import mentions_drug
from engine.config import Settings
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.draft.verify import GroundTruth, verify_sentence
from engine.review import ReviewError
from engine.review_flags import MUST_RESOLVE, flags, uncertain_drug_flag, unresolved
from engine.services import Services
from engine.store.tables import new_id
from engine.store.visits import save_result
from engine.transcribe import relisten
from engine.types import Evidence, Fact, FactKind, PipelineResult, Segment, SentenceStatus, Transcript, Word

CLEAR = 0.95
# as in tests/conftest.py; not imported from there: an installed "tests" package can shadow it
PASSPHRASE = "correct horse battery staple"


def segment(seg_id: int, start: float, words: list) -> Segment:
    """A segment from words; a word is text, or (text, probability) or (text, probability, heard_as)."""
    out, t = [], start
    for w in words:
        text, p, heard = (*w, None)[:3] if isinstance(w, tuple) else (w, CLEAR, None)
        out.append(Word(start=t, end=t + 0.3, text=text, probability=p, heard_as=heard))
        t += 0.35
    return Segment(id=seg_id, start=start, end=t, text=" ".join(w.text for w in out), words=out)


def incident() -> Transcript:
    return Transcript(
        segments=[
            segment(0, 0.0, "She has an ear infection.".split()),
            segment(
                1,
                3.0,
                ["I'll", "start", ("ciprofloxacin,", 0.10, "ceiling")]
                + "400 milligrams per 5 milliliters twice a day for 10 days.".split(),
            ),
            segment(2, 9.0, "She also takes cetirizine 5 milligrams every night.".split()),
        ],
        duration_s=15.0,
    )


def med(t: Transcript, seg_id: int, name: str, word: str, dose: str) -> Fact:
    """A medication fact whose evidence is ``word`` in segment ``seg_id`` (what the extractor points at)."""
    seg = t.segment(seg_id)
    a = seg.text.find(word)
    ev = Evidence(segment_id=seg_id, char_start=a, char_end=a + len(word), start_s=seg.start, end_s=seg.end, quote=word)
    return Fact(kind=FactKind.medication, name=name, attributes={"dose": dose, "status": "started"}, evidence=[ev])


def test_the_incident_is_uncertain_with_amoxicillin_suggested_and_ciprofloxacin_dropped():
    t = incident()
    cipro, cetirizine = mark_uncertain_drugs(
        [med(t, 1, "ciprofloxacin", "ciprofloxacin", "400 mg"), med(t, 2, "cetirizine", "cetirizine", "5 mg")], t
    )
    assert is_uncertain(cipro)
    assert cipro.attributes["heard_as"] == "ceiling"
    options = cipro.attributes["candidates"].split("|")
    assert "amoxicillin" in options
    assert "ciprofloxacin" not in options  # its suspensions are 250 and 500 mg/5 mL, never 400
    assert cipro.attributes["implausible"] == "ciprofloxacin"
    assert display_label(cipro).startswith("a drug that sounded like 'ceiling' (amoxicillin?")
    assert "ciprofloxacin" not in display_label(cipro)
    assert not is_uncertain(cetirizine) and "certainty" not in cetirizine.attributes


def test_through_extraction_and_the_note_no_wrong_drug_is_named():
    t = incident()
    facts = mark_uncertain_drugs(extract(t), t)  # idempotent if extract() already marks
    [cipro] = [f for f in facts if f.kind == FactKind.medication and f.name == "ciprofloxacin"]
    assert is_uncertain(cipro)
    draft = build_draft(templates.load("soap"), t, facts, llm=None)
    text = draft.render_text()
    assert "ciprofloxacin" not in text.lower()
    assert "sounded like 'ceiling' (amoxicillin?" in text
    assert not any("Confirm" in n or "ceiling" in n for n in draft.notes)  # notes are printed in the note
    [flag] = [f for f in flags(draft, facts) if f.kind == "uncertain-drug"]
    assert "ceiling" in flag.text and "amoxicillin" in flag.text
    assert flag in unresolved(draft, {flag.id}, facts)  # acknowledging does not clear it


def test_model_prose_naming_an_uncertain_drug_is_unsupported():
    t = incident()
    facts = mark_uncertain_drugs([med(t, 1, "ciprofloxacin", "ciprofloxacin", "400 mg")], t)
    checked = verify_sentence("Started ciprofloxacin 400 mg twice daily.", GroundTruth.build(t, facts))
    assert checked.status == SentenceStatus.unsupported
    assert any("uncertain" in p for p in checked.problems)


def test_a_clearly_heard_drug_stays_certain_and_unchanged():
    t = Transcript(segments=[segment(0, 0.0, "Start lisinopril 10 milligrams once a day.".split())], duration_s=5)
    fact = med(t, 0, "lisinopril", "lisinopril", "10 mg")
    assert mark_uncertain_drugs([fact], t) == [fact]
    assert marked_text(t.segments[0]) == t.segments[0].text


def test_a_low_probability_name_is_uncertain_unless_heard_clearly_once():
    words = ["Start", ("lisinopril", 0.3)] + "10 milligrams once a day.".split()
    t = Transcript(segments=[segment(0, 0.0, words)], duration_s=5)
    [fact] = mark_uncertain_drugs([med(t, 0, "lisinopril", "lisinopril", "10 mg")], t)
    assert is_uncertain(fact) and fact.attributes["heard_as"] == "lisinopril"
    assert fact.attributes["candidates"].split("|")[0] == "lisinopril"
    assert "[?unclear, p=0.30]" in marked_text(t.segments[0])

    again = segment(1, 5.0, "Keep taking the lisinopril.".split())
    t2 = Transcript(segments=[t.segments[0], again], duration_s=10)
    fact2 = med(t2, 0, "lisinopril", "lisinopril", "10 mg")
    fact2.evidence += med(t2, 1, "lisinopril", "lisinopril", "10 mg").evidence
    assert not is_uncertain(mark_uncertain_drugs([fact2], t2)[0])


def test_transcript_display_marks_the_reheard_word():
    from engine.cli.pipeline import Fmt, format_transcript

    text = format_transcript(incident(), Fmt.text)
    assert "ciprofloxacin[?heard 'ceiling'], 400 milligrams" in text


@pytest.mark.parametrize(
    ("drug", "said", "ok"),
    [
        ("amoxicillin", "400 milligrams per 5 milliliters twice a day", True),
        ("ciprofloxacin", "400 milligrams per 5 milliliters twice a day", False),
        ("ciprofloxacin", "250 mg per 5 ml", True),
        ("ciprofloxacin", "400 milligrams twice a day", True),  # tablets and infusion exist
        ("penicillin", "400 mg/5 mL", False),
        ("levothyroxine", "100 micrograms every morning", True),
        ("levothyroxine", "100 milligrams every morning", False),
        ("albuterol", "two puffs every four hours", True),
        ("metformin", "two puffs", False),
        ("insulin", "10 units at night", True),
        ("lisinopril", "10 units", False),
        ("montelukast", "5 milliliters at night", False),  # granules and tablets, no liquid
        ("digoxin", "400 milligrams per 5 milliliters", True),  # not in the table: never called implausible
    ],
)
def test_plausibility_of_dose_and_form(drug, said, ok):
    assert plausible(drug, said_in(said)) is ok


def test_sound_alikes_of_a_partly_heard_name():
    assert "amoxicillin" in sounds_like("ceiling")
    assert sounds_like("a moxie ceiling")[0] == "amoxicillin"


class _Model:
    """Stands in for faster-whisper: every listen hears ``said``."""

    def __init__(self, said: str):
        self.said = said

    def transcribe(self, clip, **_options):
        self.calls = getattr(self, "calls", 0) + 1
        return [type("S", (), {"text": self.said})()], None


@pytest.mark.parametrize(
    ("heard_again", "replaced"),
    [("ciprofloxacin 400 milligrams per 5 milliliters", None), ("amoxicillin 400 milligrams per 5", "amoxicillin")],
)
def test_relistening_never_substitutes_a_drug_with_no_such_form(heard_again, replaced):
    seg = segment(
        0, 0.0, ["I'll", "start", ("ceiling,", 0.1)] + "400 milligrams per 5 milliliters twice a day.".split()
    )
    pcm = np.zeros(16_000 * 6, np.float32)
    [out], _ = relisten.relisten(_Model(heard_again), pcm, 0.0, [seg], mentions_drug)
    if replaced is None:
        assert out == seg  # what was heard is kept; the dose with no drug is flagged by the draft
    else:
        assert out.words[2].text == "amoxicillin," and out.words[2].heard_as == "ceiling,"


def test_relistening_stays_within_its_budget():
    """Each misheard name gets at most ``listens`` decodes and the window at most ``budget`` in all, so
    re-listening cannot multiply the transcription time; names past the budget stay as heard."""
    words = ["I'll", "start", ("ceiling,", 0.1)] + "400 milligrams per 5 milliliters twice a day.".split()
    segs = [segment(i, 6.0 * i, words) for i in range(3)]
    pcm = np.zeros(16_000 * 20, np.float32)
    nobody = _Model("something else entirely")  # never confirms: the most listens a name can take
    out, used = relisten.relisten(nobody, pcm, 0.0, segs, mentions_drug, listens=2, budget=3)
    assert nobody.calls == used == 3 and out == segs
    once = _Model("something else entirely")
    relisten.relisten(once, pcm, 0.0, segs[:1], mentions_drug, listens=1)
    assert once.calls == len(relisten.find_suspects(segs[0], mentions_drug)) == 2  # "400 mg", "5 mL"


def _services(home) -> Services:
    return Services(settings=Settings(home=home, passphrase=PASSPHRASE, keyring=False), use_llm=False)


def test_signing_waits_for_the_clinician_to_name_the_drug(tmp_path):
    t = incident()
    facts = mark_uncertain_drugs(extract(t), t)
    draft = build_draft(templates.load("soap"), t, facts, llm=None)
    result = PipelineResult(
        visit_id=new_id(), note_id=new_id(), source_name="a.wav", transcript=t, facts=facts, draft=draft
    )
    svc = _services(tmp_path)
    try:
        save_result(svc.store, result, None, "test")
        note_id = result.note_id
        every = {f.id for f in svc.open_flags(note_id)}
        assert any(f.kind == "uncertain-drug" for f in svc.open_flags(note_id))
        with pytest.raises(ReviewError, match="uncertain"):
            svc.sign(note_id, "Dr Osei", acknowledged=every)
        with pytest.raises(ReviewError, match="uncertain"):
            svc.sign(note_id, "Dr Osei", acknowledge_all=True)  # the CLI's --acknowledge
        assert svc.note_state(note_id)[0].signed_at is None

        index = next(i for i, f in enumerate(facts) if is_uncertain(f))
        kept = {k: v for k, v in facts[index].attributes.items() if k in {"dose", "frequency", "status"}}
        fixed = svc.edit_fact(note_id, index, "amoxicillin", kept, negated=False)[index]
        assert fixed.attributes["certainty"] == "confirmed" and fixed.attributes["heard_as"] == "ceiling"
        assert not is_uncertain(fixed) and display_label(fixed).startswith("amoxicillin 400 mg")
        left = svc.open_flags(note_id)
        assert not any(f.kind == "uncertain-drug" for f in left)
        signed = svc.sign(note_id, "Dr Osei", acknowledged={f.id for f in left})
        assert signed.signed_at is not None
    finally:
        svc.close()


def test_review_page_marks_the_reheard_word_in_the_transcript():
    from ui.pages.review import _highlighted

    seg = incident().segments[1]
    html = _highlighted(seg.text, [(0, 5)], uncertain_spans(seg))
    assert '<span class="uncertain-drug' in html and "[?heard &#x27;ceiling&#x27;]" in html
    assert html.startswith('<mark class="evidence">I&#x27;ll </mark>')


def _allergy_visit(answer: list) -> Transcript:
    question = segment(0, 0.0, "Any allergies to medicines?".split())
    reply = segment(1, 2.0, answer)
    return Transcript(
        segments=[
            question.model_copy(update={"speaker": "clinician"}),
            reply.model_copy(update={"speaker": "patient"}),
        ],
        duration_s=6.0,
    )


def test_an_allergen_no_list_knows_heard_from_audio_waits_for_the_clinician():
    # "amoxicillin" heard as "hammock", clearly: a plain "allergic to hammock" would lose the drug allergy
    t = _allergy_visit("I'm allergic to hammock, it gives me a rash.".split())
    allergy = next(f for f in extract(t) if f.kind == FactKind.allergy)
    assert allergy.name == "hammock"
    assert is_uncertain(allergy)
    assert drug_phrase(allergy).startswith("a substance that sounded like 'hammock'")
    # and the review gate will not sign until the clinician says what it is
    assert uncertain_drug_flag(allergy).kind in MUST_RESOLVE


def test_a_listed_allergen_or_a_typed_transcript_is_taken_as_said():
    heard = _allergy_visit("I'm allergic to peanuts, my throat swells.".split())
    assert not any(is_uncertain(f) for f in extract(heard) if f.kind == FactKind.allergy)
    typed = Transcript(
        segments=[
            Segment(id=0, start=0.0, end=1.0, text="Any allergies to medicines?", speaker="clinician"),
            Segment(id=1, start=1.0, end=2.0, text="I'm allergic to hammock, it gives me a rash.", speaker="patient"),
        ],
        duration_s=2.0,
    )
    assert not any(is_uncertain(f) for f in extract(typed) if f.kind == FactKind.allergy)


def test_a_clearly_heard_name_with_a_dose_no_product_has_is_uncertain():
    # "Selen, 500 milligrams" (tiny.en for a child's antibiotic): selenium is dosed in micrograms
    t = Transcript(segments=[segment(0, 0.0, "Okay, the Selen, 500 milligrams.".split())], duration_s=5)
    fact = med(t, 0, "selenium", "Selen,", "500 mg")
    [marked] = mark_uncertain_drugs([fact], t)
    assert is_uncertain(marked) and marked.attributes["implausible"] == "selenium"
    assert "selenium" not in candidates_of(marked)
