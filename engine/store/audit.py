"""Append-only, hash-chained audit trail. Events name who did what to which record — never content."""

from __future__ import annotations

import hashlib
import json

from sqlmodel import Session, select

from engine.store.tables import AuditEvent, now

GENESIS = "0" * 64


def _digest(prev_hash: str, ev: AuditEvent) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "seq": ev.seq,
            "at": ev.at.isoformat(),
            "actor": ev.actor,
            "action": ev.action,
            "entity": ev.entity,
            "entity_id": ev.entity_id,
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def append(session: Session, actor: str, action: str, entity: str, entity_id: str) -> AuditEvent:
    """Add one event to the chain inside the caller's transaction."""
    last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    seq = (last.seq or 0) + 1 if last else 1
    ev = AuditEvent(
        seq=seq, at=now(), actor=actor, action=action, entity=entity, entity_id=entity_id, prev_hash=prev_hash, hash=""
    )
    ev.hash = _digest(prev_hash, ev)
    session.add(ev)
    return ev


def verify_chain(session: Session) -> tuple[bool, str]:
    """Walk the chain; returns (ok, one sentence saying where it breaks or how many events are intact)."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for ev in session.exec(select(AuditEvent).order_by(AuditEvent.seq)):
        if ev.seq != expected_seq:
            return False, f"Audit event {expected_seq} is missing (the next one found is {ev.seq})."
        if ev.prev_hash != prev_hash:
            return False, f"Audit event {ev.seq} does not follow event {ev.seq - 1}: events were removed or reordered."
        at = ev.at if ev.at.tzinfo else ev.at.replace(tzinfo=now().tzinfo)
        if _digest(prev_hash, ev.model_copy(update={"at": at})) != ev.hash:
            return False, f"Audit event {ev.seq} was altered after it was written."
        prev_hash, expected_seq, count = ev.hash, expected_seq + 1, count + 1
    return True, f"All {count} audit events are intact."
