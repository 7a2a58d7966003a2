"""What the sync worker reads from the store for one outbox entry, read on the thread that runs the sync.

The pushing threads never touch the store. The SQLCipher engine keeps one connection per thread in a pool
of five (SQLAlchemy's SingletonThreadPool for pysqlcipher): a sixth thread that uses the store closes
another live thread's connection under it, which showed as "Cannot operate on a closed database", wrong
bindings and a segfault in sqlcipher3 with `chartside sync --concurrency 8`. So the run's own thread reads
the rows (a few milliseconds a note) and hands the threads plain, detached objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from engine.store.db import Store
from engine.store.tables import Amendment, Note, OutboxEntry, Patient, Recording, Visit
from engine.store.visits import load_result
from engine.types import PipelineResult


def utc(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=UTC)


@dataclass
class NoteRows:
    entry: OutboxEntry
    note: Note
    result: PipelineResult
    visit: Visit | None
    patient: Patient | None
    amendment: Amendment | None
    recording: Recording | None

    def visit_times(self) -> tuple[datetime | None, datetime | None]:
        """The visit's start and end: the visit row is written when recording starts (an imported file: when
        imported); it lasted as long as the recording."""
        visit, recording = self.visit, self.recording
        starts = [
            t for t in (utc(visit.created_at) if visit else None, utc(recording.created_at) if recording else None) if t
        ]
        start = min(starts) if starts else None
        duration = (
            recording.duration_s if recording and recording.duration_s else 0.0
        ) or self.result.transcript.duration_s
        end = start + timedelta(seconds=max(0.0, duration or 0.0)) if start else None
        return start, end


def load_rows(store: Store, entry: OutboxEntry) -> NoteRows:
    note, result = load_result(store, entry.note_id)
    with store.session() as s:
        visit = s.get(Visit, note.visit_id)
        patient = s.get(Patient, visit.patient_id) if visit and visit.patient_id else None
        amendment = s.get(Amendment, entry.amendment_id) if entry.amendment_id else None
        recording = s.exec(select(Recording).where(Recording.visit_id == note.visit_id)).first()
    return NoteRows(entry, note, result, visit, patient, amendment, recording)
