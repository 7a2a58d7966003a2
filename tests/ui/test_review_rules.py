"""The review's rules behind the screen (engine/review.py, issue 16 items 3, 7 and 10): omissions are one
item and what the note already says is not asked about; a corrected fact re-writes the drafted statements
that named it (never the clinician's own text); facts and review items read as people write them."""

from __future__ import annotations

from engine.review import rewrite_for_fact
from engine.review_display import fact_display, flag_label
from engine.review_flags import flags, note_says
from tests.conftest import make_result


def test_omissions_are_one_item_without_what_the_note_says():
    result = make_result("htn-followup")
    result.draft.omissions.extend(["weight loss", "smoking", "blood pressure", "weight loss"])
    items = [f for f in flags(result.draft, result.facts) if f.kind == "omission"]
    assert len(items) == 1
    assert "weight loss" in items[0].text and "smoking" in items[0].text
    assert "blood pressure" not in items[0].text  # the note says it already
    assert flag_label("omission") == "Not in the note" and ":" not in flag_label("unsupported")


def test_a_corrected_fact_rewrites_the_drafted_statement_not_the_clinicians():
    result = make_result("htn-followup")
    i = next(n for n, f in enumerate(result.facts) if f.name == "lisinopril")
    old = result.facts[i]
    new = old.model_copy(update={"attributes": {**old.attributes, "dose": "20 mg", "edited": "clinician"}})
    draft = rewrite_for_fact(result.draft, old, new)
    assert "lisinopril 20 mg" in draft.render_text() and "lisinopril 10 mg" not in draft.render_text()
    assert note_says(draft, new) and not note_says(result.draft, new)
    # the clinician's own words stay as typed
    plan = next(s for s in result.draft.sections if s.key == "plan")
    typed = plan.sentences[0].model_copy(update={"text": "Keep lisinopril 10 mg for now.", "source": "clinician"})
    edited = result.draft.model_copy(
        update={
            "sections": [
                s.model_copy(update={"sentences": [typed]}) if s.key == "plan" else s for s in result.draft.sections
            ]
        }
    )
    assert "Keep lisinopril 10 mg for now." in rewrite_for_fact(edited, old, new).render_text()


def test_units_read_as_people_write_them():
    result = make_result("htn-followup")
    temp = next(f for f in result.facts if f.name == "temperature")
    assert fact_display(temp).endswith("°F") and "degF" not in fact_display(temp)


def test_a_medication_added_from_a_dose_notice_resolves_it_and_keeps_its_moment():
    import pytest

    from engine.review import ReviewError, add_fact
    from engine.types import Evidence

    result = make_result("htn-followup")
    seg = result.transcript.segments[5]
    notice = f"A dose was said at {seg.start:.0f} s ('400 milligrams') but no drug name was recognised; add it."
    result.draft.notes.append(notice)
    assert any(f.kind == "notice" for f in flags(result.draft, result.facts))
    moment = [
        Evidence(
            segment_id=seg.id, char_start=0, char_end=len(seg.text), start_s=seg.start, end_s=seg.end, quote=seg.text
        )
    ]
    facts = add_fact(result.facts, "medication", "Ibuprofen", {"dose": "400 mg", "status": "active"}, moment)
    added = facts[-1]
    assert added.name == "ibuprofen" and added.evidence == moment
    assert added.attributes["added"] == "clinician" and added.attributes["dose"] == "400 mg"
    assert not any(f.kind == "notice" for f in flags(result.draft, facts))
    with pytest.raises(ReviewError):
        add_fact(result.facts, "medication", "  ", {}, moment)
    with pytest.raises(ReviewError):
        add_fact(result.facts, "spell", "x", {}, moment)
