"""Live recording (the desktop app), recovery of an interrupted one, and playing back a stretch of audio."""

from __future__ import annotations

import getpass
import threading

from engine.clinical.extract import warm_extraction
from engine.draft import templates
from engine.errors import StoreError
from engine.services.common import Hooks, disk_errors, log
from engine.store.tables import Recording, new_id
from engine.store.visits import save_result
from engine.types import PipelineResult, Transcript
from models.registry import sha256_file


class LiveRecordingMixin:
    """Start, finish and recover recordings; their notes go through the same stages as a file's.

    A part of ``Services`` (engine/services/facade.py): it uses the facade's settings, models, store and the
    live sessions in ``_live``, and the stages of ``PipelineMixin``.
    """

    def start_recording(self, patient: str | None = None, source=None, live: bool = True, template: str | None = None):
        """Open a visit in status ``recording`` and start capturing into its crash-safe journal.

        ``source`` defaults to the microphone; a ``FileSource`` plays a file in real time instead.
        """
        from engine.audio.capture import MicrophoneSource
        from engine.recording import RecordingSession, open_visit
        from engine.transcribe.live import LiveTranscriber

        source = source or MicrophoneSource()
        actor = self.user.username if self.user else getpass.getuser()
        with disk_errors():
            visit_id, journal, key = open_visit(self.store, actor, patient, getattr(source, "name", "microphone"))
        streamer = (
            LiveTranscriber(self.transcriber, self.settings.live_window_s, on_window=self._prefiller(template))
            if live
            else None
        )
        session = RecordingSession(visit_id, journal, key, source, streamer)
        self._live[visit_id] = session
        # The clinical vocabularies take a few seconds to build: do it while the visit is being recorded,
        # not after Stop.
        threading.Thread(target=warm_extraction, name="warm-extraction", daemon=True).start()
        try:
            return session.start()
        except BaseException:
            session.abandon()
            self._live.pop(visit_id, None)
            self._discard_visit(visit_id, actor)  # nothing was recorded: no empty visit is left behind
            raise

    def _discard_visit(self, visit_id: str, actor: str) -> None:
        """Remove a visit whose recording never started (no audio, no note): its rows and empty journal."""
        from sqlmodel import select

        from engine.store import audit
        from engine.store.tables import Visit

        with self.store.session() as s:
            for rec in s.exec(select(Recording).where(Recording.visit_id == visit_id)).all():
                if rec.vault_file:
                    (self.store.audio_dir / rec.vault_file).unlink(missing_ok=True)
                s.delete(rec)
            s.flush()
            visit = s.get(Visit, visit_id)
            if visit is not None:
                s.delete(visit)
            audit.append(s, actor, "discard_empty_visit", "visit", visit_id)

    def _prefiller(self, template: str | None, every_s: float = 30.0):
        """While recording, let the model read the transcript so far every ``every_s`` seconds of audio, so that
        after Stop it only reads the rest (its KV cache keeps the shared prompt prefix)."""
        from engine.draft.compose import prefill

        tpl = templates.load(template or self.settings.template, self.settings.template_dirs)
        last = {"s": 0.0}

        def warm(transcript: Transcript) -> None:
            if not self.use_llm or transcript.duration_s - last["s"] < every_s:
                return
            last["s"] = transcript.duration_s
            try:
                prefill(tpl, transcript, self.llm)
            except Exception as exc:  # noqa: BLE001 - an optimisation must never stop a recording
                log.warning("prefill_failed", extra={"type": type(exc).__name__})

        return warm

    def finish_recording(self, session, template: str | None = None, hooks: Hooks | None = None) -> PipelineResult:
        """Stop a live recording and make its note; the live transcript is reused, not redone."""
        hooks = hooks or Hooks()
        timings: dict[str, float] = {}
        with self._stage("transcribe", hooks, timings):
            transcript = session.stop()
            if transcript is None or not transcript.segments:
                from engine.recording import journal_of

                _rec, pcm = journal_of(self.store, session.visit_id)
                transcript = self.transcriber.transcribe_pcm(pcm, "recording")
        self._live.pop(session.visit_id, None)
        return self._note_for_visit(session.visit_id, transcript, template, hooks, timings)

    def interrupted_recordings(self):
        """Recordings a crash or kill stopped before Stop (the app tells the user at start)."""
        from engine.recording import interrupted

        return interrupted(self.store, set(self._live))

    def recover_recording(self, visit_id: str, template: str | None = None, hooks: Hooks | None = None):
        """Make the note of an interrupted recording from everything its journal kept."""
        from engine.recording import journal_of

        hooks = hooks or Hooks()
        timings: dict[str, float] = {}
        with self._stage("transcribe", hooks, timings):
            _rec, pcm = journal_of(self.store, visit_id)
            transcript = self.transcriber.transcribe_pcm(
                pcm, "recovered recording", progress=lambda f: hooks.advance("transcribe", f)
            )
        return self._note_for_visit(visit_id, transcript, template, hooks, timings)

    def _note_for_visit(self, visit_id, transcript, template, hooks, timings) -> PipelineResult:
        from sqlmodel import select

        template = template or self.settings.template
        transcript = self.with_roles(transcript)  # a live or recovered recording's transcript
        with self._stage("facts", hooks, timings):
            facts = self.extract(transcript)
        with self._stage("draft", hooks, timings):
            draft = self.draft(transcript, facts, template, hooks)
        result = PipelineResult(
            visit_id=visit_id,
            note_id=new_id(),
            source_name="microphone",
            transcript=transcript,
            facts=facts,
            draft=draft,
            timings_s=timings,
        )
        with self.store.session() as s:
            rec = s.exec(select(Recording).where(Recording.visit_id == visit_id)).one()
        journal = self.store.audio_dir / (rec.vault_file or "")
        # the transcript covers exactly the journal's audio: no need to decrypt it again after Stop
        rec.duration_s = transcript.duration_s
        rec.sha256 = sha256_file(journal) if journal.exists() else ""
        with self._stage("store", hooks, timings), disk_errors():
            save_result(
                self.store,
                result,
                rec,
                actor=self.user.username if self.user else getpass.getuser(),
                template=templates.load(template, self.settings.template_dirs),
            )
        self._after_use()
        return result

    def audio_span(self, visit_id: str, start_s: float, end_s: float, pad_s: float = 0.3) -> bytes:
        """A WAV (in memory) of one stretch of a visit's recording, for playing a fact's evidence."""
        import numpy as np
        from sqlmodel import select

        from engine.audio.decode import SAMPLE_RATE, decode_bytes
        from engine.audio.journal import SUFFIX, read_journal, wav_bytes
        from engine.store.audio_vault import decrypt_chunks

        with self.store.session() as s:
            rec = s.exec(select(Recording).where(Recording.visit_id == visit_id)).first()
        if rec is None or not rec.vault_file or rec.deleted_at is not None:
            raise StoreError("The audio of this visit is not kept (retention or settings); read the transcript.")
        path = self.store.audio_dir / rec.vault_file
        if rec.vault_file.endswith(SUFFIX):
            pcm = read_journal(path, rec.file_key or "").pcm
        else:
            pcm = decode_bytes(b"".join(decrypt_chunks(path, rec.file_key or "")))
        a = max(0, int((start_s - pad_s) * SAMPLE_RATE))
        b = min(pcm.size, int((end_s + pad_s) * SAMPLE_RATE))
        return wav_bytes(pcm[a:b] if b > a else np.zeros(0, np.float32))
