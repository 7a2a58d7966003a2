"""The store's tables: one SQLModel class per entity, used both as schema and as validated record.

Rich pipeline records (segments, evidence, draft sections) are stored as JSON text of their pydantic
models: they are always read and written whole, and their shape is versioned by the migrations.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> datetime:
    return datetime.now(UTC)


class Patient(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    identifier: str = Field(index=True, unique=True)  # the clinic's local identifier (MRN)
    name: str = ""
    birth_date: str | None = None
    created_at: datetime = Field(default_factory=now)


class Visit(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    patient_id: str | None = Field(default=None, foreign_key="patient.id", index=True)
    status: str = Field(default="draft", index=True)  # recording, draft, signed, sent, failed
    source_name: str = ""
    created_at: datetime = Field(default_factory=now, index=True)
    updated_at: datetime = Field(default_factory=now)


class Recording(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    source_name: str
    sha256: str
    duration_s: float
    sample_rate: int
    channels: int
    codec: str
    vault_file: str | None = None  # encrypted copy in the audio vault (file name only)
    file_key: str | None = None  # per-file AES-256-GCM key, hex; lives only inside the encrypted database
    deleted_at: datetime | None = None  # audio removed by retention
    created_at: datetime = Field(default_factory=now)


class TranscriptRecord(SQLModel, table=True):
    __tablename__ = "transcript"
    id: str = Field(default_factory=new_id, primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    model: str
    duration_s: float
    segments_json: str
    text: str
    created_at: datetime = Field(default_factory=now)


class FactRecord(SQLModel, table=True):
    __tablename__ = "fact"
    id: str = Field(default_factory=new_id, primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    kind: str = Field(index=True)
    name: str
    negated: bool = False
    fact_json: str


class DraftRecord(SQLModel, table=True):
    __tablename__ = "draft"
    id: str = Field(default_factory=new_id, primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    version: int = 1
    template: str
    model: str = ""
    draft_json: str
    created_at: datetime = Field(default_factory=now)


class Note(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    visit_id: str = Field(foreign_key="visit.id", index=True)
    draft_id: str = Field(foreign_key="draft.id")
    text: str
    content_hash: str | None = None
    signed_by: str | None = None
    signed_at: datetime | None = None
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=now)
    actor: str
    action: str
    entity: str
    entity_id: str
    prev_hash: str
    hash: str


class Amendment(SQLModel, table=True):
    """A change to a signed note: the note stays as signed; amendments are appended, never edited."""

    id: str = Field(default_factory=new_id, primary_key=True)
    note_id: str = Field(foreign_key="note.id", index=True)
    text: str
    reason: str
    author: str
    content_hash: str
    created_at: datetime = Field(default_factory=now)


class VisitTag(SQLModel, table=True):
    __tablename__ = "visit_tag"
    visit_id: str = Field(foreign_key="visit.id", primary_key=True)
    tag: str = Field(primary_key=True, index=True)


class User(SQLModel, table=True):
    """A local user of this laptop (login and roles arrive with the desktop app)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    username: str = Field(index=True, unique=True)
    display_name: str = ""
    role: str = "clinician"  # clinician or admin
    password_hash: str = ""  # scrypt hash (engine/auth.py), never the password
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=now)


class TemplateRecord(SQLModel, table=True):
    """A note template as stored: the exact JSON, versioned by its content hash."""

    __tablename__ = "template"
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(index=True)
    version: str = Field(index=True)  # Template.version (content hash)
    body_json: str
    created_at: datetime = Field(default_factory=now)


class OutboxEntry(SQLModel, table=True):
    """A signed note (or amendment) waiting to be pushed to the central FHIR API (the sync issue)."""

    __tablename__ = "outbox"
    id: str = Field(default_factory=new_id, primary_key=True)
    note_id: str = Field(foreign_key="note.id", index=True)
    amendment_id: str | None = Field(default=None, foreign_key="amendment.id")
    status: str = Field(default="pending", index=True)  # pending, sending, sent, dead
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    created_at: datetime = Field(default_factory=now)
    sent_at: datetime | None = None
