"""The outbox worker: push every signed, unsent note (and amendment) exactly once.

Each due outbox entry becomes an ordered plan of small transactions (engine/export/fhir.py): the Patient
(conditional create), the clinical resources, then the Composition and DocumentReference. Each step is
retried a few times at once (exponential backoff with jitter, honouring Retry-After) and the next step goes
only when every entry of the step's response is 2xx; what still fails waits for a later run (backoff
doubling per attempt, capped). A permanent rejection (a 4xx for the transaction or for any one entry of it)
becomes a dead letter with the server's message and the refused entries, for a person to look at; a note
that is partly on the server is said to be so, and is never marked sent. Consecutive connection failures
trip a circuit breaker that ends the run, so an offline laptop does not spin. Killing the process at any
point is safe: an entry is marked sent only after the server confirmed every entry of every step, and
re-pushing creates nothing new (the Patient is a conditional create; everything else is a PUT to its own
client-assigned id).
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import select
from tenacity import RetryCallState, Retrying, retry_if_result, stop_after_attempt

from engine.config import Settings
from engine.export.fhir import NoteForSync, SyncPlan, build
from engine.export.pdf import print_info, render_pdf
from engine.logs import get_logger
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import Note, OutboxEntry, Visit, now
from engine.sync.client import FhirClient, PushResult, Verdict
from engine.sync.rows import NoteRows, load_rows, utc

log = get_logger(__name__)
RETRY_AFTER_CAP_S = 30.0


@dataclass
class SyncReport:
    """What one run did; ``exit_code`` is what schedulers see."""

    sent: int = 0
    dead: int = 0
    partial: int = 0  # of the dead: notes that are partly on the server (which entries failed is in the message)
    transactions: int = 0  # transactions the server confirmed entry by entry
    entries: int = 0  # entries confirmed (2xx) in them
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
            f"sync: {self.sent} sent, {self.dead} failed permanently"
            + (f" ({self.partial} partly written, not marked sent)" if self.partial else "")
            + f", {self.waiting} waiting to retry, "
            f"{self.not_due} not yet due; {state} ({self.seconds:.1f} s)"
        )

    def as_dict(self) -> dict:
        return {
            "sent": self.sent,
            "dead": self.dead,
            "partial": self.partial,
            "transactions": self.transactions,
            "entries": self.entries,
            "waiting": self.waiting,
            "not_due": self.not_due,
            "unreachable": self.unreachable,
            "auth_error": self.auth_error,
            "dead_messages": self.dead_messages,
            "seconds": round(self.seconds, 3),
            "exit_code": self.exit_code,
        }


def _plan(settings: Settings, rows: NoteRows) -> SyncPlan:
    """The note's transactions: its PDF and FHIR resources (CPU only, no store: runs in a pushing thread)."""
    note, result, amendment = rows.note, rows.result, rows.amendment
    start, end = rows.visit_times()
    pdf = b""
    if settings.sync_include_pdf and amendment is None:
        # the same printed note as the clinic exports: letterhead, patient, visit time in the clinic's zone
        info = print_info(settings, rows.patient, rows.visit, note.signed_by)
        pdf = render_pdf(
            result.draft,
            note_id=note.id,
            letterhead=settings.letterhead,
            signed_by=note.signed_by,
            signed_at=note.signed_at,
            info=info,
        )
    return build(
        NoteForSync(
            result=result,
            note_text=note.text,
            signed_by=note.signed_by or "",
            signed_at=utc(note.signed_at),
            patient_identifier=rows.patient.identifier if rows.patient else None,
            patient_name=rows.patient.name if rows.patient else "",
            pdf=pdf,
            amendment_id=amendment.id if amendment else None,
            amendment_text=amendment.text if amendment else "",
            amended_by=amendment.author if amendment else "",
            amended_at=utc(amendment.created_at) if amendment else None,
            visit_start=start,
            visit_end=end,
        ),
        mrn_system=settings.mrn_system,
        max_entries=settings.sync_max_entries,
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


def _patient_reference(client: FhirClient, plan: SyncPlan, res: PushResult) -> str | None:
    """``Patient/<id>`` from the conditional create's answer (its location), else by searching."""
    for e in (res.body or {}).get("entry", []):
        m = re.search(r"(?:^|/)Patient/([A-Za-z0-9\-.]{1,64})", (e.get("response") or {}).get("location", ""))
        if m:
            return f"Patient/{m.group(1)}"
        rid_ = (e.get("resource") or {}).get("id")
        if rid_:
            return f"Patient/{rid_}"
    ident = plan.patient["entry"][0]["resource"]["identifier"][0]
    return client.find("Patient", ident["system"], ident["value"])


_PATIENT_LOCKS: dict[str, threading.Lock] = {}
_PATIENT_LOCKS_GUARD = threading.Lock()


def _patient_lock(key: str) -> threading.Lock:
    with _PATIENT_LOCKS_GUARD:
        return _PATIENT_LOCKS.setdefault(key, threading.Lock())


def push_plan(client: FhirClient, plan: SyncPlan, attempts: int) -> PushResult:
    """Send the plan's transactions in order; stop at the first one not confirmed entry by entry."""
    ident = plan.patient["entry"][0]["resource"]["identifier"][0]
    with _patient_lock(f"{ident['system']}|{ident['value']}"):
        # One conditional create per patient at a time: two notes of one patient pushed in parallel would
        # otherwise race on a server whose search-then-create is not isolated, and create the patient twice.
        res = push_with_retries(client, plan.patient, attempts)
    if res.verdict != Verdict.sent:
        res.message = f"patient: {res.message}"
        return res
    done, stored = 1, res.stored
    patient = _patient_reference(client, plan, res)
    if patient is None:
        return PushResult(Verdict.retry, "patient: the server did not say where it stored the patient", stored=stored)
    # An addendum's original may have been sent by an older Chartside under server-assigned ids: point at
    # what the server holds under the original's identifier (no answer: our own id, which is the norm).
    found = {}
    for kind, system, value, ours in plan.lookups:
        theirs = client.find(kind, system, value)
        if theirs and theirs != ours:
            found[ours] = theirs
    steps = plan.bind(patient, found)
    for i, step in enumerate(steps):
        res = push_with_retries(client, step, attempts)
        label = plan.labels[i + 1] if i + 1 < len(plan.labels) else "step"
        if res.verdict != Verdict.sent:
            # Steps before this one are on the server (the Patient, perhaps clinical resources); the
            # document is always the last step, so the server never holds a note that looks complete.
            res.partial = res.partial or (i > 0 and res.verdict == Verdict.dead)
            res.message = f"{label} (transaction {i + 2} of {len(steps) + 1}): {res.message}"
            res.stored += stored
            return res
        done, stored = done + 1, stored + res.stored
    return PushResult(Verdict.sent, stored=stored, body={"transactions": done})


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
            if visit and (e.amendment_id is None or visit.status == "failed"):
                visit.status = "sent"  # an amendment goes only after its note was sent
            audit.append(s, "sync", "sync_sent", "note", e.note_id)
            report.sent += 1
            report.transactions += (res.body or {}).get("transactions", 0)
            report.entries += res.stored
        elif res.verdict == Verdict.dead:
            what = "amendment" if e.amendment_id else "note"
            prefix = f"partly written and not marked sent ({res.stored} entries stored); " if res.partial else ""
            e.status, e.last_error = "dead", (prefix + res.message)[:2000]
            if visit:
                visit.status = "failed"
            audit.append(s, "sync", "sync_partial" if res.partial else "sync_dead", "note", e.note_id)
            report.dead += 1
            report.partial += int(res.partial)
            report.dead_messages.append(f"{what} of {e.note_id}: {e.last_error[:600]}")
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

    def work(rows: NoteRows) -> PushResult:
        return push_plan(client, _plan(settings, rows), settings.sync_attempts)

    window = settings.sync_concurrency * 2
    # A thread per note in the window: the client lets only ``sync_concurrency`` requests out at once, and
    # the other threads build their note or sit out a retry wait meanwhile. With one thread per request,
    # a thread asleep in a backoff held a request slot idle: 200 notes through the fault proxy (20 % faults,
    # concurrency 4) took 32 s that way and take 19 s now. Only this thread reads and writes the store.
    with ThreadPoolExecutor(max_workers=window) as pool:
        queue = deque(entries)
        running: dict[Future, tuple[int, OutboxEntry]] = {}  # in flight -> (submission order, entry)
        submitted = 0
        while queue or running:
            stop = consecutive_unreachable >= settings.sync_breaker or report.auth_error
            while queue and len(running) < window and not stop:
                entry = queue.popleft()
                running[pool.submit(work, load_rows(store, entry))] = (submitted, entry)
                submitted += 1
            if not running:
                break
            # Take whichever note finished first, not the oldest: waiting on the oldest let one note that
            # sat out a slow answer or a Retry-After hold the window while the other threads idled (the
            # same 200 notes: 40 s, against 32 s taking the first finished).
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in sorted(done, key=running.__getitem__):
                _, entry = running.pop(fut)
                res = fut.result()
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


def retry_failed(store: Store, actor: str = "sync") -> int:
    """Put every dead letter back in the queue (after the cause was fixed); returns how many.

    Safe to repeat: a note that is partly on the server is sent again whole, and the Patient's conditional
    create and the PUTs to client-assigned ids rewrite what is there instead of adding to it."""
    with store.session() as s:
        rows = s.exec(select(OutboxEntry).where(OutboxEntry.status == "dead")).all()
        for e in rows:
            e.status, e.next_attempt_at = "pending", None
            s.add(e)
            visit = s.exec(select(Visit).join(Note, Note.visit_id == Visit.id).where(Note.id == e.note_id)).first()
            if visit and visit.status == "failed":
                note_sent = s.exec(
                    select(OutboxEntry).where(
                        OutboxEntry.note_id == e.note_id,
                        OutboxEntry.amendment_id.is_(None),
                        OutboxEntry.status == "sent",
                    )
                ).first()
                visit.status = "sent" if note_sent else "signed"
                s.add(visit)
            audit.append(s, actor, "sync_requeue", "note", e.note_id)
        return len(rows)
