"""What the visits list and the header show: visit rows with search, patient identifiers, sync state."""

from __future__ import annotations


class VisitsMixin:
    """Visit rows (search and filters), known patient identifiers, and where notes are on their way to the API.

    A part of ``Services`` (engine/services/facade.py).
    """

    def note_sync_status(self, note_id: str) -> str:
        """Where a note is on its way to the central API, in words."""
        from sqlmodel import select

        from engine.store.tables import OutboxEntry

        with self.store.session() as s:
            entry = s.exec(
                select(OutboxEntry).where(OutboxEntry.note_id == note_id).where(OutboxEntry.amendment_id.is_(None))
            ).first()
        if entry is None:
            return "not signed yet"
        if entry.status == "sent":
            return f"sent {entry.sent_at:%Y-%m-%d %H:%M}"
        if entry.status == "dead":
            return "failed to send: " + (entry.last_error or "the server refused it")[:200]
        if not self.settings.sync_url:
            return "queued (no sync server is configured)"
        return "queued" + (f", {entry.attempts} attempt(s) so far" if entry.attempts else "")

    def patient_identifiers(self) -> list[str]:
        """Known patient identifiers (the new-visit picker offers them as you type)."""
        from sqlmodel import select

        from engine.store.tables import Patient

        with self.store.session() as s:
            return sorted(s.exec(select(Patient.identifier)).all())

    def visit_row(self, visit_id: str):
        """One visit's list line (patient, status, tags), or None."""
        from engine.store.visits import visit_rows

        rows = visit_rows(self.store, [visit_id])
        return rows[0] if rows else None

    def visit_rows(self, words: str = "", **filters):
        """The visits list (newest first) with search and filters."""
        from engine.store.visits import visit_rows

        hits = self.search(words, **filters)
        ids = [h.visit_id for h in hits]
        # a patient identifier typed into the search box ("MRN-20931", or part of it) finds that patient's visits
        typed = words.strip().lower()
        if typed and not filters.get("patient"):
            for ident in self.patient_identifiers():
                if typed in ident.lower():
                    ids += [h.visit_id for h in self.search("", patient=ident, **filters) if h.visit_id not in ids]
        rows = visit_rows(self.store, ids)
        snippets = {h.visit_id: h.snippet for h in hits}
        for r in rows:
            r.snippet = snippets.get(r.visit_id, "")
        return rows

    def sync_summary(self) -> str:
        """The header's sync state in words that are true: nothing signed yet, queued with no server, sent."""
        counts = self.sync_counts()
        if not counts:
            return "Sync: no signed notes yet"
        waiting = counts.get("pending", 0) + counts.get("sending", 0)
        parts = []
        if waiting:
            parts.append(
                f"{waiting} queued (no sync server is configured)"
                if not self.settings.sync_url
                else f"{waiting} waiting to send"
            )
        if counts.get("dead"):
            parts.append(f"{counts['dead']} failed")
        return "Sync: " + (", ".join(parts) if parts else "all sent")

    def sync_counts(self) -> dict[str, int]:
        """Outbox entries by status (pending, sending, sent, dead) for the global sync indicator."""
        from sqlalchemy import func
        from sqlmodel import select

        from engine.store.tables import OutboxEntry

        with self.store.session() as s:
            return dict(s.exec(select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)).all())
