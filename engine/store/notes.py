"""Signing, amending, tagging and searching notes; the audio retention sweep."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlmodel import select

from engine.errors import StoreError
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import Amendment, Note, OutboxEntry, Recording, Visit, VisitTag, now


def content_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def sign(store: Store, note_id: str, signer: str, acknowledged: tuple[str, ...] = ()) -> Note:
    """Sign a draft note: it gets its content hash, signer and time, and the database freezes it.

    ``acknowledged``: the review flags the signer acknowledged, recorded in the audit trail in the same
    transaction as the signature (the review gate itself is the services' ``Services.sign``)."""
    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None:
            raise StoreError(f"There is no note {note_id}; list notes with `chartside notes list`.")
        if note.signed_at is not None:
            raise StoreError(f"Note {note_id} is already signed; record a change with `chartside notes amend`.")
        note.content_hash = content_hash(note.text)
        note.signed_by = signer
        note.signed_at = now()
        note.updated_at = note.signed_at
        s.add(note)
        visit = s.get(Visit, note.visit_id)
        if visit:
            visit.status = "signed"
            visit.updated_at = note.signed_at
            s.add(visit)
        s.add(OutboxEntry(note_id=note.id))  # queued for the central FHIR API (pushed by the sync worker)
        for flag_id in acknowledged:
            audit.append(s, signer, "acknowledge", "review-flag", f"{note.id}:{flag_id}")
        audit.append(s, signer, "sign", "note", note.id)
        return note


def amend(store: Store, note_id: str, text_: str, reason: str, author: str) -> Amendment:
    """Append an amendment to a signed note (the signed text itself never changes)."""
    if not text_.strip() or not reason.strip():
        raise StoreError("An amendment needs both the new text and a reason; give --text and --reason.")
    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None or note.signed_at is None:
            raise StoreError(f"Note {note_id} is not a signed note; edit the draft instead of amending it.")
        a = Amendment(note_id=note_id, text=text_, reason=reason, author=author, content_hash=content_hash(text_))
        s.add(a)
        s.flush()
        s.add(OutboxEntry(note_id=note_id, amendment_id=a.id))
        s.exec(
            text("INSERT INTO search_index (body, visit_id, kind) VALUES (:b, :v, 'amendment')"),
            params={"b": text_, "v": note.visit_id},
        )
        audit.append(s, author, "amend", "note", note_id)
        return a


def tag(store: Store, visit_id: str, label: str, actor: str) -> None:
    """Bookmark a visit with a tag (idempotent)."""
    label = label.strip().lower()
    with store.session() as s:
        if s.get(Visit, visit_id) is None:
            raise StoreError(f"There is no visit {visit_id}.")
        if s.get(VisitTag, (visit_id, label)) is None:
            s.add(VisitTag(visit_id=visit_id, tag=label))
            audit.append(s, actor, "tag", "visit", visit_id)


@dataclass
class Hit:
    visit_id: str
    kind: str
    snippet: str
    created_at: str
    status: str


def search(
    store: Store,
    words: str = "",
    patient: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    status: str | None = None,
    tag_: str | None = None,
    limit: int = 50,
) -> list[Hit]:
    """Full-text search (FTS5, inside the encrypted database) with filters; newest first.

    Two steps: find the newest matching rows without snippets, then build snippets for those few only
    (snippet() on every match of a common word is what makes naive FTS queries slow).
    """
    where, params = [], {"limit": limit}
    if patient:
        where.append("v.patient_id IN (SELECT id FROM patient WHERE identifier = :patient)")
        params["patient"] = patient
    if since:
        where.append("v.created_at >= :since")
        params["since"] = since.strftime("%Y-%m-%d %H:%M:%S")
    if until:
        where.append("v.created_at < :until")
        params["until"] = until.strftime("%Y-%m-%d %H:%M:%S")
    if status:
        where.append("v.status = :status")
        params["status"] = status
    if tag_:
        where.append("v.id IN (SELECT visit_id FROM visit_tag WHERE tag = :tag)")
        params["tag"] = tag_.strip().lower()
    filters = "".join(f" AND {w}" for w in where)
    # Each word becomes a quoted term (the last one a prefix, for typing): input never reaches FTS syntax.
    terms = [t for t in (w.replace('"', "") for w in words.split()) if t]
    with store.engine.connect() as c:
        if not terms:
            sql = (
                f"SELECT v.id, 'visit', '', v.created_at, v.status FROM visit v WHERE 1=1{filters} "
                "ORDER BY v.created_at DESC LIMIT :limit"
            )
            return [Hit(*row) for row in c.execute(text(sql), params)]
        params["q"] = " ".join(f'"{t}"' for t in terms[:-1]) + f' "{terms[-1]}"*'
        sql = (
            "SELECT si.rowid, v.id, si.kind, v.created_at, v.status FROM search_index si "
            f"JOIN visit v ON v.id = si.visit_id WHERE search_index MATCH :q{filters} "
            # rowid order is indexing order, newest content last: FTS5 walks it backwards and stops at
            # :limit, instead of sorting every match of a common word by date.
            "ORDER BY si.rowid DESC LIMIT :limit"
        )
        # one row per visit (its newest matching document): over-fetch, then keep each visit once
        rows, seen = [], set()
        for row in c.execute(text(sql), {**params, "limit": limit * 4}):
            if row[1] not in seen:
                seen.add(row[1])
                rows.append(row)
        rows = rows[:limit]
        if not rows:
            return []
        ids = ",".join(str(int(r[0])) for r in rows)
        # Snippets from the bodies of these few rows only; FTS5's snippet() with MATCH would walk every match.
        bodies = dict(c.execute(text(f"SELECT rowid, body FROM search_index WHERE rowid IN ({ids})")).all())
        snippets = {rowid: make_snippet(body, terms) for rowid, body in bodies.items()}
        return [Hit(vid, kind, snippets.get(rowid, ""), created, st) for rowid, vid, kind, created, st in rows]


def make_snippet(body: str, terms: list[str], width: int = 60) -> str:
    """About ``2 * width`` characters around the first matched term, terms in [brackets]."""
    low = body.lower()
    hits = [low.find(t.lower()) for t in terms]
    at = min((h for h in hits if h >= 0), default=0)
    start, end = max(0, at - width), min(len(body), at + width)
    piece = body[start:end].replace("\n", " ")
    for t in terms:
        piece = re.sub(rf"(?i)\b({re.escape(t)}\w*)", r"[\1]", piece)
    return ("…" if start else "") + piece + ("…" if end < len(body) else "")


def purge_audio(store: Store, retention_days: int, actor: str, at: datetime | None = None) -> int:
    """Delete stored audio of visits whose note was signed more than ``retention_days`` ago; audited."""
    cutoff = (at or now()) - timedelta(days=retention_days)
    removed = 0
    with store.session() as s:
        rows = s.exec(
            select(Recording, Note)
            .where(Recording.visit_id == Note.visit_id)
            .where(Note.signed_at.is_not(None))
            .where(Recording.deleted_at.is_(None))
        ).all()
        for rec, note in rows:
            signed = note.signed_at if note.signed_at.tzinfo else note.signed_at.replace(tzinfo=cutoff.tzinfo)
            if signed > cutoff or not rec.vault_file:
                continue
            path = store.audio_dir / rec.vault_file
            path.unlink(missing_ok=True)
            rec.deleted_at, rec.file_key = now(), None
            s.add(rec)
            audit.append(s, actor, "delete_audio", "recording", rec.id)
            removed += 1
    return removed
