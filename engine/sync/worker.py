"""The outbox worker: push every signed, unsent note (and amendment) exactly once.

Each due outbox entry becomes one transaction Bundle (engine/export/fhir.py). A push is retried a few
times at once (exponential backoff with jitter, honouring Retry-After); what still fails waits for a later
run (backoff doubling per attempt, capped). A permanent rejection (4xx with an OperationOutcome) becomes a
dead letter with the server's message, for a person to look at. Consecutive connection failures trip a
circuit breaker that ends the run, so an offline laptop does not spin. Killing the process at any point is
safe: an entry is marked sent only after the server confirmed, and re-pushing a committed bundle creates
nothing new (conditional creates).
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import select
from tenacity import RetryCallState, Retrying, retry_if_result, stop_after_attempt

from engine.config import Settings
from engine.export.fhir import NoteForSync, build
from engine.export.pdf import render_pdf
from engine.logs import get_logger
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import Amendment, Note, OutboxEntry, Patient, Visit, now
from engine.store.visits import load_result
from engine.sync.client import FhirClient, PushResult, Verdict

log = get_logger(__name__)
RETRY_AFTER_CAP_S = 30.0


@dataclass
class SyncReport:
    """What one run did; ``exit_code`` is what schedulers see."""

    sent: int = 0
    dead: int = 0
    waiting: int = 0  # will be retried by a later run
    not_due: int = 0
    unreachable: bool = False
    auth_error: str | None = None
    dead_messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        if self.auth_error:
            return 3
        if self.dead:
            return 1
        if self.waiting or self.unreachable:
            return 2
        return 0

    def summary(self) -> str:
        state = (
            "endpoint unreachable, stopped early"
            if self.unreachable
            else (f"credentials rejected: {self.auth_error}" if self.auth_error else "ok")
        )
        return (
            f"sync: {self.sent} sent, {self.dead} failed permanently, {self.waiting} waiting to retry, "
            f"{self.not_due} not yet due; {state} ({self.seconds:.1f} s)"
        )

    def as_dict(self) -> dict:
        return {
            "sent": self.sent,
            "dead": self.dead,
            "waiting": self.waiting,
            "not_due": self.not_due,
            "unreachable": self.unreachable,
            "auth_error": self.auth_error,
            "dead_messages": self.dead_messages,
            "seconds": round(self.seconds, 3),
            "exit_code": self.exit_code,
        }


def _prepare(store: Store, settings: Settings, entry: OutboxEntry) -> dict:
    note, result = load_result(store, entry.note_id)
    with store.session() as s:
        visit = s.get(Visit, note.visit_id)
        patient = s.get(Patient, visit.patient_id) if visit and visit.patient_id else None
        amendment = s.get(Amendment, entry.amendment_id) if entry.amendment_id else None
    pdf = b""
    if settings.sync_include_pdf and amendment is None:
        pdf = render_pdf(result.draft, note_id=note.id, signed_by=note.signed_by, signed_at=note.signed_at)
    return build(
        NoteForSync(
            result=result,
            note_text=note.text,
            signed_by=note.signed_by or "",
            signed_at=note.signed_at,
            patient_identifier=patient.identifier if patient else None,
            patient_name=patient.name if patient else "",
            pdf=pdf,
            amendment_id=amendment.id if amendment else None,
            amendment_text=amendment.text if amendment else "",
        ),
        mrn_system=settings.mrn_system,
    )


def _wait(state: RetryCallState) -> float:
    last: PushResult = state.outcome.result()
    if last.retry_after_s is not None:
        return min(last.retry_after_s, RETRY_AFTER_CAP_S)
    return min(8.0, 0.25 * 2 ** (state.attempt_number - 1)) * random.uniform(0.5, 1.5)  # noqa: S311


def push_with_retries(client: FhirClient, bundle: dict, attempts: int) -> PushResult:
    """Quick retries for transient failures within one run; connection refusals are not hammered."""
    retrying = Retrying(
        stop=stop_after_attempt(attempts),
        wait=_wait,
        retry=retry_if_result(lambda r: r.verdict == Verdict.retry),
        retry_error_callback=lambda state: state.outcome.result(),
        reraise=False,
    )
    return retrying(client.push, bundle)


def _backoff(settings: Settings, attempts: int, retry_after: float | None) -> timedelta:
    if retry_after is not None:
        return timedelta(seconds=retry_after)
    base = settings.sync_backoff_s * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(settings.sync_backoff_max_s, base) * random.uniform(0.5, 1.0))  # noqa: S311


def _record(store: Store, settings: Settings, entry_id: str, res: PushResult, report: SyncReport) -> None:
    with store.session() as s:
        e = s.get(OutboxEntry, entry_id)
        e.attempts += 1
        visit = s.exec(select(Visit).join(Note, Note.visit_id == Visit.id).where(Note.id == e.note_id)).first()
        if res.verdict == Verdict.sent:
            e.status, e.sent_at, e.last_error = "sent", now(), None
            if visit and e.amendment_id is None:
                visit.status = "sent"
            audit.append(s, "sync", "sync_sent", "note", e.note_id)
            report.sent += 1
        elif res.verdict == Verdict.dead:
            e.status, e.last_error = "dead", res.message[:2000]
            if visit:
                visit.status = "failed"
            audit.append(s, "sync", "sync_dead", "note", e.note_id)
            report.dead += 1
            report.dead_messages.append(f"note {e.note_id}: {res.message[:300]}")
        else:
            e.last_error = res.message[:2000]
            e.next_attempt_at = now() + _backoff(settings, e.attempts, res.retry_after_s)
            report.waiting += 1
        s.add(e)
        if visit:
            s.add(visit)


def run_sync(
    store: Store,
    settings: Settings,
    client: FhirClient | None = None,
    at: datetime | None = None,
    limit: int | None = None,
) -> SyncReport:
    """Push every due outbox entry once; notes before their amendments."""
    t0 = time.perf_counter()
    report = SyncReport()
    at = at or now()
    own_client = client is None
    client = client or FhirClient(settings)
    try:
        with store.session() as s:
            pending = s.exec(
                select(OutboxEntry).where(OutboxEntry.status == "pending").order_by(OutboxEntry.created_at)
            ).all()
            sent_notes = {
                e.note_id
                for e in s.exec(
                    select(OutboxEntry).where(OutboxEntry.status == "sent", OutboxEntry.amendment_id.is_(None))
                )
            }

        def due(e: OutboxEntry) -> bool:
            nxt = e.next_attempt_at
            if nxt is None:
                return True
            nxt = nxt if nxt.tzinfo else nxt.replace(tzinfo=at.tzinfo)
            # A wait longer than the longest backoff means the clock jumped back: retry now, not in a week.
            return nxt <= at or nxt - at > timedelta(seconds=settings.sync_backoff_max_s * 1.5 + 60)

        todo = [e for e in pending if due(e)]
        report.not_due = len(pending) - len(todo)
        notes_first = [e for e in todo if e.amendment_id is None]
        amendments = [e for e in todo if e.amendment_id is not None]
        if limit is not None:
            notes_first = notes_first[:limit]
        _push_all(store, settings, client, notes_first, report, sent_notes)
        if not (report.unreachable or report.auth_error):
            ready = [e for e in amendments if e.note_id in sent_notes]
            report.not_due += len(amendments) - len(ready)
            _push_all(store, settings, client, ready, report, sent_notes)
        else:
            report.not_due += len(amendments)
    finally:
        if own_client:
            client.close()
    report.seconds = time.perf_counter() - t0
    log.info("sync_run", extra=report.as_dict() | {"dead_messages": len(report.dead_messages)})
    return report


def _push_all(
    store: Store,
    settings: Settings,
    client: FhirClient,
    entries: list[OutboxEntry],
    report: SyncReport,
    sent_notes: set[str],
) -> None:
    consecutive_unreachable = 0

    def work(entry: OutboxEntry) -> tuple[OutboxEntry, PushResult]:
        bundle = _prepare(store, settings, entry)
        return entry, push_with_retries(client, bundle, settings.sync_attempts)

    with ThreadPoolExecutor(max_workers=settings.sync_concurrency) as pool:
        window = settings.sync_concurrency * 2
        queue = list(entries)
        running = []
        while queue or running:
            stop = consecutive_unreachable >= settings.sync_breaker or report.auth_error
            while queue and len(running) < window and not stop:
                running.append(pool.submit(work, queue.pop(0)))
            if not running:
                break
            entry, res = running.pop(0).result()
            if res.verdict == Verdict.auth:
                report.auth_error = res.message
                continue
            consecutive_unreachable = consecutive_unreachable + 1 if res.verdict == Verdict.unreachable else 0
            _record(store, settings, entry.id, res, report)
            if res.verdict == Verdict.sent and entry.amendment_id is None:
                sent_notes.add(entry.note_id)
        if consecutive_unreachable >= settings.sync_breaker:
            report.unreachable = True
            # The endpoint is down for everyone: the untried entries wait as long as the failed ones, so the
            # next scheduled run does not knock on a closed door again at once.
            with store.session() as s:
                for e in queue:
                    row = s.get(OutboxEntry, e.id)
                    row.next_attempt_at = now() + _backoff(settings, 1, None)
                    s.add(row)
        report.not_due += len(queue)
