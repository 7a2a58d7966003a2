"""Reading and writing visits, transcripts, facts, drafts and notes as whole pipeline results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from engine.errors import StoreError
from engine.store import audit
from engine.store.audio_vault import encrypt_file
from engine.store.db import Store
from engine.store.tables import (
    DraftRecord,
    FactRecord,
    Note,
    Patient,
    Recording,
    TemplateRecord,
    TranscriptRecord,
    Visit,
    VisitTag,
    new_id,
    now,
)
from engine.types import Draft, Fact, PipelineResult, Transcript


def save_result(
    store: Store,
    result: PipelineResult,
    recording: Recording | None,
    actor: str,
    patient_identifier: str | None = None,
    audio: Path | None = None,
    template=None,
) -> None:
    """Store a whole pipeline result in one transaction: it is all there afterwards, or none of it.

    With ``audio``, the recording is first encrypted into the audio vault; if the transaction then fails,
    the encrypted copy is removed again, so no orphan is left behind.
    """
    vault_file = None
    if audio is not None and recording is not None:
        vault_file = store.audio_dir / f"{new_id()}.csa"  # never reuse a name: a failed save must not clobber
        recording.file_key = encrypt_file(audio, vault_file)
        recording.vault_file = vault_file.name
    try:
        _save(store, result, recording, actor, patient_identifier, template)
    except BaseException:
        if vault_file is not None:
            vault_file.unlink(missing_ok=True)
        raise


def patient_id_for(s, identifier: str | None, actor: str) -> str | None:
    """The id of the patient with this local identifier, created (and audited) on first use."""
    if not identifier:
        return None
    patient = s.exec(select(Patient).where(Patient.identifier == identifier)).first()
    if patient is None:
        patient = Patient(identifier=identifier)
        s.add(patient)
        s.flush()
        audit.append(s, actor, "create", "patient", patient.id)
    return patient.id


def _save(
    store: Store,
    result: PipelineResult,
    recording: Recording | None,
    actor: str,
    patient_identifier: str | None,
    template=None,
) -> None:
    with store.session() as s:
        patient_id = patient_id_for(s, patient_identifier, actor)
        visit = s.get(Visit, result.visit_id)
        if visit is None:
            visit = Visit(id=result.visit_id, patient_id=patient_id, status="draft", source_name=result.source_name)
        else:  # a live recording's visit, committed when recording started
            visit.status, visit.updated_at = "draft", now()
            visit.patient_id = visit.patient_id or patient_id
        s.add(visit)
        s.flush()
        if recording is not None:
            recording.visit_id = visit.id
            s.merge(recording)
        t = result.transcript
        s.add(
            TranscriptRecord(
                visit_id=visit.id,
                model=t.model,
                duration_s=t.duration_s,
                segments_json=t.model_dump_json(),
                text=t.text,
            )
        )
        for f in result.facts:
            s.add(
                FactRecord(
                    visit_id=visit.id, kind=f.kind.value, name=f.name, negated=f.negated, fact_json=f.model_dump_json()
                )
            )
        draft = DraftRecord(
            visit_id=visit.id,
            template=result.draft.template,
            model=result.draft.model,
            draft_json=result.draft.model_dump_json(),
        )
        s.add(draft)
        s.flush()
        _remember_template(s, result.draft.template, template)
        note_text = result.draft.render_text()
        s.add(Note(id=result.note_id, visit_id=visit.id, draft_id=draft.id, text=note_text))
        for kind, body in (("transcript", t.text), ("note", note_text)):
            s.exec(
                text("INSERT INTO search_index (body, visit_id, kind) VALUES (:b, :v, :k)"),
                params={"b": body, "v": visit.id, "k": kind},
            )
        audit.append(s, actor, "create", "visit", visit.id)
        audit.append(s, actor, "create", "note", result.note_id)


def _remember_template(s, ref: str, tpl=None) -> None:
    """Keep the exact template text a draft was made with (name@version), once per version."""
    from engine.draft import templates
    from engine.errors import TemplateError

    name, _, version = ref.partition("@")
    if s.exec(select(TemplateRecord).where(TemplateRecord.version == version)).first() is not None:
        return
    if tpl is None:
        try:
            tpl = templates.load(name)
        except TemplateError:
            return  # a clinic template the caller did not pass: the draft still names it and its version
    if tpl.version == version:
        s.add(TemplateRecord(name=name, version=version, body_json=tpl.model_dump_json()))


def load_result(store: Store, note_id: str) -> tuple[Note, PipelineResult]:
    """A stored note and everything it was made from."""
    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None:
            raise StoreError(f"There is no note {note_id} in this store; list notes with `chartside notes list`.")
        visit = s.get(Visit, note.visit_id)
        tr = s.exec(select(TranscriptRecord).where(TranscriptRecord.visit_id == note.visit_id)).one()
        facts = s.exec(select(FactRecord).where(FactRecord.visit_id == note.visit_id)).all()
        draft = s.get(DraftRecord, note.draft_id)
        result = PipelineResult(
            visit_id=note.visit_id,
            note_id=note.id,
            source_name=visit.source_name if visit else "",
            transcript=Transcript.model_validate_json(tr.segments_json),
            facts=[Fact.model_validate(json.loads(f.fact_json)) for f in facts],
            draft=Draft.model_validate_json(draft.draft_json),
        )
        return note, result


def list_notes(store: Store, limit: int = 50) -> list[tuple[Note, Visit]]:
    """The most recent notes with their visits."""
    with store.session() as s:
        rows = s.exec(
            select(Note, Visit).where(Note.visit_id == Visit.id).order_by(Note.created_at.desc()).limit(limit)
        ).all()
        return [(n, v) for n, v in rows]


@dataclass
class VisitRow:
    """One line of the visits list."""

    visit_id: str
    note_id: str | None
    status: str
    created_at: datetime
    patient: str | None
    source_name: str
    tags: list[str]
    signed_by: str | None
    snippet: str = ""


def visit_rows(store: Store, visit_ids: list[str]) -> list[VisitRow]:
    """The list lines of these visits, in the given order."""
    if not visit_ids:
        return []
    with store.session() as s:
        visits = {v.id: v for v in s.exec(select(Visit).where(Visit.id.in_(visit_ids))).all()}
        notes = {n.visit_id: n for n in s.exec(select(Note).where(Note.visit_id.in_(visit_ids))).all()}
        pids = {v.patient_id for v in visits.values() if v.patient_id}
        patients = {p.id: p.identifier for p in s.exec(select(Patient).where(Patient.id.in_(pids))).all()}
        tags: dict[str, list[str]] = {}
        for t in s.exec(select(VisitTag).where(VisitTag.visit_id.in_(visit_ids))).all():
            tags.setdefault(t.visit_id, []).append(t.tag)
    rows = []
    for vid in visit_ids:
        v = visits.get(vid)
        if v is None:
            continue
        n = notes.get(vid)
        rows.append(
            VisitRow(
                visit_id=vid,
                note_id=n.id if n else None,
                status=v.status,
                created_at=v.created_at,
                patient=patients.get(v.patient_id or ""),
                source_name=v.source_name,
                tags=sorted(tags.get(vid, [])),
                signed_by=n.signed_by if n else None,
            )
        )
    return rows
