"""Review before signing: the clinician's edits to a draft and its facts, and the stored draft versions.

What the clinician must resolve or acknowledge (the flags) is built in engine/review_flags.py, how it reads in
engine/review_display.py; import those from there.

Edits are the clinician's words and stay in the note, but they still go through the verifier: a dose or
number the transcript never mentions is flagged so that a typo (50 mg for 5 mg) is seen before signing.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from engine.clinical.drug_certainty import DRUG_CERTAINTY
from engine.draft.verify import GroundTruth, check
from engine.errors import ChartsideError
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import DraftRecord, FactRecord, Note, now
from engine.types import Draft, DraftSentence, Evidence, Fact, FactKind, PipelineResult, SentenceStatus


class ReviewError(ChartsideError):
    exit_code = 6


def add_fact(
    facts: list[Fact], kind: str, name: str, attributes: dict[str, str], evidence: list[Evidence]
) -> list[Fact]:
    """The facts with one the clinician added (e.g. the medication whose dose was heard without a name),
    resting on the moment of the recording it was added from, and marked as the clinician's."""
    if not name.strip():
        raise ReviewError("A fact needs a name; type it, or cancel.")
    try:
        fact_kind = FactKind(kind)
    except ValueError:
        raise ReviewError(
            f"There is no kind of fact called {kind!r}; choose a medication, allergy or problem."
        ) from None
    attrs = {k: v.strip() for k, v in attributes.items() if v and v.strip()} | {
        "added": "clinician",
        "edited": "clinician",
    }
    return [*facts, Fact(kind=fact_kind, name=name.strip().lower(), attributes=attrs, evidence=evidence)]


def edit_fact(
    facts: list[Fact], index: int, name: str, attributes: dict[str, str], negated: bool, delete: bool = False
) -> list[Fact]:
    """The facts with one corrected (or deleted); a corrected fact keeps its evidence and says who changed it."""
    if not 0 <= index < len(facts):
        raise ReviewError("That fact is no longer in this note; reload the page.")
    if delete:
        return facts[:index] + facts[index + 1 :]
    if not name.strip():
        raise ReviewError("A fact needs a name; type it, or delete the fact.")
    attrs = {k: v.strip() for k, v in attributes.items() if v and v.strip()} | {"edited": "clinician"}
    old = facts[index].attributes
    if old.get("certainty") in DRUG_CERTAINTY:
        # The clinician has now named the drug: it is confirmed, and what was first heard stays on record.
        attrs = {k: v for k, v in attrs.items() if k not in {"candidates", "implausible"}}
        attrs |= {"certainty": "confirmed", "heard_as": old.get("heard_as", "")}
    # the clinician has seen the fact and set it as it should be (the dose field says the dose, or none): the
    # unclear dose is answered, so the note no longer says "(dose unclear ...)" behind a cleared flag
    attrs.pop("unclear_dose", None)
    if said_range := old.get("dose_range"):
        # the form shows a range in the dose field (review_display.form_values): left as it was, the range and
        # its top stay; any other dose typed there (its top alone too) is the clinician's dose, the range gone
        if attrs.get("dose") == said_range:
            attrs |= {"dose": old.get("dose", ""), "dose_range": said_range}
        else:
            attrs.pop("dose_range", None)
    fixed = facts[index].model_copy(update={"name": name.strip(), "attributes": attrs, "negated": negated})
    return facts[:index] + [fixed] + facts[index + 1 :]


def rewrite_for_fact(draft: Draft, old: Fact, new: Fact | None) -> Draft:
    """The note after one fact was corrected: the drafted statements that named the old fact say the new
    values (name, dose, frequency...). What the clinician typed is never rewritten; a deleted fact changes
    nothing here (the clinician decides what the note says about it)."""
    import re

    if new is None:
        return draft
    pairs = [(old.name, new.name)] + [
        (v, new.attributes.get(k, ""))
        for k, v in old.attributes.items()
        if k not in {"edited", "heard_as", "candidates", "implausible", "certainty"}
        and v
        and new.attributes.get(k, "")
        and new.attributes.get(k) != v
    ]
    pairs = [(a, b) for a, b in pairs if a and b and a != b]
    if not pairs:
        return draft
    sections = []
    for sec in draft.sections:
        sentences = []
        for s in sec.sentences:
            if s.source != "clinician" and old.name and old.name.lower() in s.text.lower():
                text_ = s.text
                for a, b in pairs:
                    text_ = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, text_, flags=re.IGNORECASE)
                s = s.model_copy(update={"text": text_})
            sentences.append(s)
        sections.append(sec.model_copy(update={"sentences": sentences}))
    return draft.model_copy(update={"sections": sections})


def save_facts(store: Store, visit_id: str, note_id: str, facts: list[Fact], actor: str) -> None:
    """Replace a visit's facts in one transaction (refused once its note is signed)."""
    from sqlalchemy import delete

    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None or note.signed_at is not None:
            raise ReviewError("This note is signed; its facts cannot change — add an amendment instead.")
        s.exec(delete(FactRecord).where(FactRecord.visit_id == visit_id))
        for f in facts:
            s.add(
                FactRecord(
                    visit_id=visit_id, kind=f.kind.value, name=f.name, negated=f.negated, fact_json=f.model_dump_json()
                )
            )
        audit.append(s, actor, "edit_facts", "note", note_id)


def edit_section(result: PipelineResult, key: str, text: str) -> Draft:
    """The draft with one section replaced by the clinician's text (checked, never removed)."""
    truth = GroundTruth.build(result.transcript, result.facts)
    problems, evidence = check(text, truth) if text.strip() else ([], [])
    sections = []
    found = False
    for sec in result.draft.sections:
        if sec.key == key:
            found = True
            sentence = DraftSentence(
                text=text.strip(),
                source="clinician",
                evidence=evidence,
                status=SentenceStatus.supported,
                problems=problems,
            )
            sec = sec.model_copy(update={"sentences": [sentence] if text.strip() else []})
        sections.append(sec)
    if not found:
        raise ReviewError(f"The template has no section '{key}'; reload the note and try again.")
    return result.draft.model_copy(update={"sections": sections})


def save_draft(store: Store, note_id: str, draft: Draft, actor: str, action: str = "edit") -> None:
    """Store a new draft version for an unsigned note and its rendered text, in one transaction."""
    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None:
            raise ReviewError(f"There is no note {note_id}.")
        if note.signed_at is not None:
            raise ReviewError("This note is signed and cannot be edited; add an amendment instead.")
        old = s.get(DraftRecord, note.draft_id)
        version = (old.version if old else 0) + 1
        record = DraftRecord(
            visit_id=note.visit_id,
            version=version,
            template=draft.template,
            model=draft.model,
            draft_json=draft.model_dump_json(),
        )
        s.add(record)
        s.flush()
        note.draft_id, note.text, note.updated_at = record.id, draft.render_text(), now()
        s.add(note)
        # Search finds what the note says now, the clinician's words included (same transaction).
        s.exec(text("DELETE FROM search_index WHERE visit_id = :v AND kind = 'note'"), params={"v": note.visit_id})
        s.exec(
            text("INSERT INTO search_index (body, visit_id, kind) VALUES (:b, :v, 'note')"),
            params={"b": note.text, "v": note.visit_id},
        )
        audit.append(s, actor, action, "note", note_id)


def earlier_drafts(store: Store, visit_id: str) -> list[Draft]:
    """Every stored draft of a visit, newest first (edits are versions: none is ever overwritten)."""
    with store.session() as s:
        rows = s.exec(
            select(DraftRecord)
            .where(DraftRecord.visit_id == visit_id)
            .order_by(DraftRecord.created_at.desc(), DraftRecord.version.desc())
        ).all()
        return [Draft.model_validate_json(r.draft_json) for r in rows]


def carry_edits(new: Draft, earlier: list[Draft]) -> tuple[Draft, list[str]]:
    """The new draft with the clinician's latest edit of each section put back, from the newest earlier
    draft of the same template (name) that has that section edited.

    Re-drafting, or switching to a patient handout and back, must never lose what the clinician typed.
    Returns the draft and the titles of the sections whose edits were carried over.
    """
    name = new.template.split("@")[0]
    kept: list[str] = []
    sections = []
    for sec in new.sections:
        edited = next(
            (
                old_sec
                for d in earlier
                if d.template.split("@")[0] == name
                for old_sec in d.sections
                if old_sec.key == sec.key and any(x.source == "clinician" for x in old_sec.sentences)
            ),
            None,
        )
        if edited is not None:
            sec = sec.model_copy(update={"sentences": edited.sentences})
            kept.append(sec.title)
        sections.append(sec)
    return new.model_copy(update={"sections": sections}), kept


def draft_versions(store: Store, visit_id: str) -> int:
    """How many draft versions a visit has stored."""
    with store.session() as s:
        return len(s.exec(select(DraftRecord.id).where(DraftRecord.visit_id == visit_id)).all())
