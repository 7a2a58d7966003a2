"""A live recording: audio from a source goes to the encrypted journal (on disk within half a second)
and to the live transcriber; Stop leaves only the last window to transcribe.

The visit and its recording row (with the journal's key) are committed *before* the first frame is
written, so a crash at any moment leaves a visit in status ``recording`` whose journal holds everything
captured up to the last frame; ``interrupted()`` finds those at the next start and the app offers to
make the note from them.
"""

from __future__ import annotations

import errno
import queue
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlmodel import select

from engine.audio.capture import level_db
from engine.audio.decode import SAMPLE_RATE
from engine.audio.journal import SUFFIX, JournalWriter, new_key, read_journal
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import Patient, Recording, Visit, new_id
from engine.store.visits import patient_id_for
from engine.transcribe.live import LiveTranscriber
from engine.types import Segment, Transcript

FRAME_S = 0.5  # the most audio a crash can take with it (plus the OS's own write-back, fsynced away)
_STOP = None


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def open_visit(store: Store, actor: str, patient_identifier: str | None, source_name: str) -> tuple[str, Path, str]:
    """Commit a visit in status ``recording`` and its recording row; returns (visit id, journal path, key)."""
    key = new_key()
    journal = store.audio_dir / f"{new_id()}{SUFFIX}"
    with store.session() as s:
        visit = Visit(
            patient_id=patient_id_for(s, patient_identifier, actor), status="recording", source_name=source_name
        )
        s.add(visit)
        s.flush()
        s.add(
            Recording(
                visit_id=visit.id,
                source_name=source_name,
                sha256="",
                duration_s=0.0,
                sample_rate=SAMPLE_RATE,
                channels=1,
                codec="pcm_s16le (journal)",
                vault_file=journal.name,
                file_key=key,
            )
        )
        audit.append(s, actor, "record", "visit", visit.id)
    return visit.id, journal, key


class RecordingSession:
    """One recording in progress. Thread-safe: the source calls in from its thread, the UI polls."""

    def __init__(self, visit_id: str, journal: Path, key: str, source, live: LiveTranscriber | None):
        self.visit_id = visit_id
        self.source = source
        self.live = live
        self._journal = JournalWriter(journal, key)
        self._frames: queue.Queue[np.ndarray | None] = queue.Queue()
        self._pending: list[np.ndarray] = []
        self._pending_n = 0
        self.level = -90.0
        self.paused = False
        self.stopped = False
        self.error: str | None = None  # one sentence for the user (disk full, microphone gone)
        self.started = time.monotonic()
        self.stopped_at: float | None = None
        self._writer = threading.Thread(target=self._write_loop, name="journal-writer", daemon=True)
        self._writer.start()

    # -- capture -----------------------------------------------------------------------------------
    def start(self) -> RecordingSession:
        self.source.start(self._on_block)
        return self

    def _on_block(self, block: np.ndarray) -> None:
        self.level = level_db(block)
        if self.paused or self.stopped:
            return
        self._pending.append(block)
        self._pending_n += block.size
        if self._pending_n >= FRAME_S * SAMPLE_RATE:
            self._frames.put(np.concatenate(self._pending))
            self._pending, self._pending_n = [], 0

    def _write_loop(self) -> None:
        # fsync runs here, not in the audio callback, so a slow disk cannot make the microphone drop audio
        while (frame := self._frames.get()) is not _STOP:
            if self.error:
                continue
            try:
                self._journal.append(frame)
            except OSError as exc:
                self._fail(exc)
                continue
            if self.live is not None:
                self.live.feed(frame)

    def _fail(self, exc: OSError) -> None:
        at = _mmss(self._journal.seconds)
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            self.error = (
                f"The disk is full, so recording stopped at {at}; the audio up to then is kept — free some space "
                "before the next visit."
            )
        else:
            self.error = (
                f"Recording stopped at {at} because the disk could not be written ({exc.strerror}); the audio up "
                "to then is kept."
            )
        self.stopped = True

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        if not self.stopped:
            self.paused = False

    # -- state the UI shows ------------------------------------------------------------------------
    @property
    def seconds(self) -> float:
        """Audio safely in the journal."""
        return self._journal.seconds

    @property
    def segments(self) -> list[Segment]:
        return self.live.segments if self.live is not None else []

    @property
    def source_error(self) -> str | None:
        err = getattr(self.source, "error", None)
        return str(err) if err else None

    # -- stop --------------------------------------------------------------------------------------
    def stop(self) -> Transcript | None:
        """Stop capturing, flush the journal, and finish the live transcript (None without one)."""
        self.stopped = True
        self.source.stop()
        if self._pending:
            self._frames.put(np.concatenate(self._pending))
            self._pending, self._pending_n = [], 0
        self._frames.put(_STOP)
        self._writer.join()
        self._journal.close()
        self.stopped_at = time.perf_counter()
        if self.live is None:
            return None
        return self.live.finish()

    def abandon(self) -> None:
        """Stop without finishing (the app is closing): the journal stays for recovery."""
        self.stopped = True
        self.source.stop()
        self._frames.put(_STOP)
        self._writer.join(timeout=5)
        self._journal.close()
        if self.live is not None:
            self.live.cancel()


@dataclass
class Interrupted:
    """A recording that never reached Stop (the app was killed, crashed or lost power)."""

    visit_id: str
    started_at: datetime
    seconds: float
    patient: str | None
    torn: bool

    def message(self) -> str:
        when = self.started_at.strftime("%Y-%m-%d %H:%M")
        return (
            f"The recording started {when} was interrupted; {_mmss(self.seconds)} of audio were kept. "
            "Make the note from it."
        )


def interrupted(store: Store, live_ids: set[str]) -> list[Interrupted]:
    """Visits still in status ``recording`` that no session of this process is recording."""
    out: list[Interrupted] = []
    with store.session() as s:
        rows = s.exec(
            select(Visit, Recording).where(Visit.status == "recording").where(Recording.visit_id == Visit.id)
        ).all()
        patients = {p.id: p.identifier for p in s.exec(select(Patient)).all()}
    for visit, rec in rows:
        if visit.id in live_ids:
            continue
        path = store.audio_dir / (rec.vault_file or "")
        seconds, torn = 0.0, False
        if rec.vault_file and path.exists():
            contents = read_journal(path, rec.file_key or "")
            seconds, torn = contents.seconds, contents.torn
        out.append(Interrupted(visit.id, visit.created_at, seconds, patients.get(visit.patient_id or ""), torn))
    return out


def journal_of(store: Store, visit_id: str) -> tuple[Recording, np.ndarray]:
    """The recording row of a visit and its journal's audio."""
    with store.session() as s:
        rec = s.exec(select(Recording).where(Recording.visit_id == visit_id)).first()
    if rec is None or not rec.vault_file:
        from engine.errors import StoreError

        raise StoreError(f"Visit {visit_id} has no recording; import the audio file instead.")
    path = store.audio_dir / rec.vault_file
    pcm = read_journal(path, rec.file_key or "").pcm if path.exists() else np.zeros(0, np.float32)
    return rec, pcm
