"""The use cases the UI and the CLI call. Each is a thin composition of the pipeline stages:

    audio -> transcript -> facts -> draft -> stored note -> PDF

Models and the store open lazily and once per ``Services`` object.
"""

from __future__ import annotations

import errno
import getpass
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from engine.audio.decode import probe
from engine.clinical.extract import extract, warm_extraction
from engine.config import Settings, get_settings
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.errors import StoreError, StoreLockedError
from engine.logs import get_logger, setup
from engine.store.db import Store
from engine.store.keys import database_key, pending_key
from engine.store.rekey import finish_rekey
from engine.store.tables import Recording, new_id
from engine.store.visits import load_result, save_result
from engine.types import Draft, Fact, PipelineResult, Transcript
from models.registry import sha256_file

log = get_logger(__name__)


@contextmanager
def disk_errors():
    """A full disk or a failing one becomes one sentence; the transaction has already rolled back."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "full" in text or "disk i/o" in text or "too large" in text:
            raise StoreError(
                "The disk is full (or failing), so this visit was not saved; free some space and "
                "run it again — nothing already stored was changed."
            ) from None
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise StoreError(
                "The disk is full, so this visit was not saved; free some space and run it again — "
                "nothing already stored was changed."
            ) from None
        raise


@dataclass
class Hooks:
    """Callbacks for progress: a stage starts, advances (0..1), streams a token, ends."""

    start: Callable[[str], None] = lambda stage: None
    advance: Callable[[str, float], None] = lambda stage, fraction: None
    token: Callable[[str], None] = lambda text: None
    end: Callable[[str, float], None] = lambda stage, seconds: None


@dataclass
class Services:
    """One per process (the app) or per command (the CLI)."""

    settings: Settings = field(default_factory=get_settings)
    use_llm: bool = True
    user: object | None = None  # engine.store.tables.User after login; roles are checked here
    _transcriber: object | None = None
    _llm: object | None = None
    _store: Store | None = None
    _live: dict = field(default_factory=dict)  # visit id -> RecordingSession in progress

    def __post_init__(self) -> None:
        self.log_file = setup(self.settings.log_dir)

    # -- resources ---------------------------------------------------------------------------------
    @property
    def transcriber(self):
        if self._transcriber is None:
            from engine.transcribe.whisper import Transcriber

            self._transcriber = Transcriber(self.settings)
        return self._transcriber

    @property
    def llm(self):
        if self._llm is None and self.use_llm:
            from engine.draft.llm import LocalLLM

            self._llm = LocalLLM(self.settings)
        return self._llm

    @property
    def store(self) -> Store:
        if self._store is None:
            path = self.settings.db_path
            key = database_key(path, self.settings.passphrase, self.settings.keyring)
            try:
                self._store = Store(path, key)
            except StoreLockedError:
                # An interrupted key rotation leaves the database on the new, pending key: finish it.
                pending = pending_key(path, self.settings.passphrase, self.settings.keyring)
                if pending is None:
                    raise
                self._store = Store(path, pending)
                finish_rekey(path)
            swept = self._store.sweep_orphans()
            if swept:
                log.warning("orphan_audio_removed", extra={"files": swept})
        return self._store

    def unload_models(self) -> None:
        """Free the models' memory (low-memory mode does this after every note; they load again on use)."""
        import gc

        self._transcriber = None
        self._llm = None
        gc.collect()

    def _after_use(self) -> None:
        if self.settings.low_memory and not self._live:
            self.unload_models()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- stages ------------------------------------------------------------------------------------
    @contextmanager
    def _stage(self, name: str, hooks: Hooks, timings: dict[str, float]):
        hooks.start(name)
        t0 = time.perf_counter()
        yield
        timings[name] = round(time.perf_counter() - t0, 3)
        hooks.end(name, timings[name])
        log.info("stage_done", extra={"stage": name, "seconds": timings[name]})

    def transcribe(self, audio: Path, hooks: Hooks | None = None) -> Transcript:
        """Audio file -> transcript (segments with word timings)."""
        hooks = hooks or Hooks()
        transcript = self.transcriber.transcribe_file(Path(audio), progress=lambda f: hooks.advance("transcribe", f))
        return self.with_roles(transcript)

    def with_roles(self, transcript: Transcript) -> Transcript:
        """Clinician/patient roles for the segments that have none (``speaker_roles`` setting)."""
        if not self.settings.speaker_roles:
            return transcript
        from engine.transcribe.roles import assign_roles

        return assign_roles(transcript)

    def extract(self, transcript: Transcript) -> list[Fact]:
        """Transcript -> facts with evidence; a drug name the recogniser was unsure of is marked uncertain."""
        return extract(transcript)

    def draft(self, transcript: Transcript, facts: list[Fact], template: str, hooks: Hooks | None = None) -> Draft:
        """Facts (+ transcript for the prose) -> verified draft."""
        hooks = hooks or Hooks()
        tpl = templates.load(template, self.settings.template_dirs)
        return build_draft(tpl, transcript, facts, self.llm, on_token=hooks.token)

    # -- use cases ---------------------------------------------------------------------------------
    def note_from_audio(
        self,
        audio: Path,
        template: str | None = None,
        patient: str | None = None,
        hooks: Hooks | None = None,
        source_name: str | None = None,
    ) -> PipelineResult:
        """The whole flow for one recording; the store is written once, at the end, all or nothing."""
        hooks = hooks or Hooks()
        audio = Path(audio)
        template = template or self.settings.template
        templates.load(template, self.settings.template_dirs)  # fail on a bad template before any work
        timings: dict[str, float] = {}
        with self._stage("open", hooks, timings):
            store = self.store
            info = probe(audio)
        with self._stage("transcribe", hooks, timings):
            transcript = self.transcribe(audio, hooks)
        with self._stage("facts", hooks, timings):
            facts = self.extract(transcript)
        with self._stage("draft", hooks, timings):
            draft = self.draft(transcript, facts, template, hooks)
        result = PipelineResult(
            visit_id=new_id(),
            note_id=new_id(),
            source_name=source_name or audio.name,
            transcript=transcript,
            facts=facts,
            draft=draft,
            timings_s=timings,
        )
        with self._stage("store", hooks, timings), disk_errors():
            rec = Recording(
                visit_id="",
                source_name=source_name or audio.name,
                sha256=sha256_file(audio),
                duration_s=transcript.duration_s,
                sample_rate=info.sample_rate,
                channels=info.channels,
                codec=info.codec,
            )
            save_result(
                store,
                result,
                rec,
                actor=getpass.getuser(),
                patient_identifier=patient,
                audio=audio if self.settings.keep_audio else None,
                template=templates.load(template, self.settings.template_dirs),
            )
        self._after_use()
        log.info(
            "note_created",
            extra={"note_id": result.note_id, "facts": len(facts), "removed": len(draft.removed), "seconds": timings},
        )
        return result

    def load_note(self, note_id: str) -> PipelineResult:
        """A stored note's full pipeline result."""
        return load_result(self.store, note_id)[1]

    def export_pdf(self, result: PipelineResult, out: Path) -> Path:
        """Write the note's PDF."""
        from engine.export.pdf import write_pdf
        from engine.store.tables import Note

        with self.store.session() as s:
            note = s.get(Note, result.note_id)
            signed_by, signed_at = (note.signed_by, note.signed_at) if note else (None, None)
        return write_pdf(
            result.draft,
            out,
            note_id=result.note_id,
            letterhead=self.settings.letterhead,
            signed_by=signed_by,
            signed_at=signed_at,
            info=self.print_info(result.note_id),
        )

    # -- after the draft ---------------------------------------------------------------------------
    def login(self, username: str, password: str):
        """Log a local user in (throttled); later calls act as this user."""
        from engine.auth import login

        self.user = login(self.store, username, password)
        return self.user

    def require(self, role: str, action: str) -> None:
        from engine.auth import require

        require(self.user, role, self.store, action)

    def open_flags(self, note_id: str):
        """The review flags of a note that signing waits for (none once it is signed)."""
        from engine.review import unresolved

        note, result = load_result(self.store, note_id)
        if note.signed_at is not None:
            return []  # a signed note waits for nothing; signing it again is refused as such
        return unresolved(result.draft, set(), result.facts)

    def sign(self, note_id: str, signer: str, acknowledged: set[str] = frozenset(), acknowledge_all: bool = False):
        """Sign a note (a clinician's act); from now on the database refuses to change it.

        The review gate for every path (app, CLI, API): each flag must be resolved or acknowledged first.
        ``acknowledge_all`` (the CLI's --acknowledge, for scripts) acknowledges every open flag; whichever
        way, each acknowledged flag is written to the audit trail with the signature. An uncertain drug
        name (review.MUST_RESOLVE) cannot be acknowledged: the clinician must correct its fact."""
        from engine.review import ReviewError, flag_label, must_resolve
        from engine.store import notes

        self.require("clinician", "sign notes")
        flags = self.open_flags(note_id)
        blocking = must_resolve(flags)
        if blocking:  # no acknowledgement, not even --acknowledge, clears these: only correcting the fact
            raise ReviewError(
                f"{len(blocking)} drug name(s) are uncertain ("
                + "; ".join(f.text for f in blocking[:3])
                + ("; …" if len(blocking) > 3 else "")
                + "); pick or type the drug that was said for each (review screen, or `chartside notes facts` then "
                "`chartside notes fact NOTE N --name DRUG`), then sign."
            )
        left = [f for f in flags if f.id not in acknowledged]
        if left and not acknowledge_all:
            raise ReviewError(
                f"{len(left)} marked item(s) are not resolved or acknowledged yet ("
                + "; ".join(f"{flag_label(f.kind)}: {f.text}" for f in left[:3])
                + ("; …" if len(left) > 3 else "")
                + "); look at each and resolve or acknowledge it before signing."
            )
        who = self.user.display_name if self.user else signer
        return notes.sign(self.store, note_id, who, acknowledged=tuple(f.id for f in flags))

    def amend(self, note_id: str, text: str, reason: str, author: str):
        """Append an amendment to a signed note (a clinician's act)."""
        from engine.store import notes

        self.require("clinician", "amend notes")
        return notes.amend(self.store, note_id, text, reason, self.user.display_name if self.user else author)

    def tag(self, visit_id: str, label: str, actor: str) -> None:
        from engine.store import notes

        notes.tag(self.store, visit_id, label, actor)

    def search(self, words: str = "", **filters):
        """Full-text search with filters (patient, since, until, status, tag_)."""
        from engine.store import notes

        return notes.search(self.store, words, **filters)

    def verify_audit(self) -> tuple[bool, str]:
        from engine.store import audit

        with self.store.session() as s:
            return audit.verify_chain(s)

    def purge_audio(self, actor: str) -> int:
        """Apply the audio retention setting (an admin's act)."""
        from engine.store import notes

        self.require("admin", "delete recordings")
        return notes.purge_audio(self.store, self.settings.audio_retention_days, actor)

    def rekey(self, new_passphrase: str | None, use_keyring: bool) -> str:
        """Rotate the store key (an admin's act)."""
        from engine.store.rekey import rekey

        self.require("admin", "change the store key")
        return rekey(self.store, new_passphrase, use_keyring=use_keyring)

    def backup(self, folder: Path, passphrase: str) -> Path:
        """Write an encrypted backup (an admin's act)."""
        from engine.store.rekey import backup

        self.require("admin", "back up the store")
        key = database_key(self.settings.db_path, self.settings.passphrase, self.settings.keyring)
        return backup(self.store, key, folder, passphrase)

    def add_user(self, username: str, password: str, role: str, display_name: str = ""):
        """Create a local user; once a store has users, only an admin may add more."""
        from engine.auth import create_user, has_users

        if has_users(self.store):
            self.require("admin", "add users")
        actor = self.user.username if self.user else getpass.getuser()
        return create_user(self.store, username, password, role, actor, display_name)

    def amendments(self, note_id: str):
        """A signed note's amendments, oldest first (append-only)."""
        from sqlmodel import select

        from engine.store.tables import Amendment

        with self.store.session() as s:
            return list(s.exec(select(Amendment).where(Amendment.note_id == note_id).order_by(Amendment.created_at)))

    # -- live recording (the desktop app) ----------------------------------------------------------
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

    # -- review --------------------------------------------------------------------------------------
    def note_state(self, note_id: str):
        """(note row, pipeline result) of a stored note."""
        return load_result(self.store, note_id)

    def edit_section(self, note_id: str, key: str, text: str):
        """Replace one section with the clinician's text (checked by the verifier, saved as a new version)."""
        from engine.review import edit_section, save_draft

        self.require("clinician", "edit notes")
        _note, result = load_result(self.store, note_id)
        draft = edit_section(result, key, text)
        with disk_errors():
            save_draft(self.store, note_id, draft, self._actor())
        return draft

    def edit_fact(
        self, note_id: str, index: int, name: str, attributes: dict[str, str], negated: bool, delete: bool = False
    ):
        """Correct (or delete) one extracted fact of an unsigned note; the FHIR export uses the corrected facts."""
        from engine.review import edit_fact, rewrite_for_fact, save_draft, save_facts

        self.require("clinician", "edit facts")
        _note, result = load_result(self.store, note_id)
        facts = edit_fact(result.facts, index, name, attributes, negated, delete)
        # the drafted statements that named the old fact now say the corrected one (clinician text untouched)
        draft = rewrite_for_fact(result.draft, result.facts[index], None if delete else facts[index])
        with disk_errors():
            save_facts(self.store, result.visit_id, note_id, facts, self._actor())
            if draft != result.draft:
                save_draft(self.store, note_id, draft, self._actor(), action="fact_rewrite")
        return facts

    def add_fact(self, note_id: str, kind: str, name: str, attributes: dict[str, str], evidence: list) -> list:
        """Add a fact the extraction missed to an unsigned note (from a review item's moment of the recording)."""
        from engine.review import add_fact, save_facts

        self.require("clinician", "edit facts")
        _note, result = load_result(self.store, note_id)
        facts = add_fact(result.facts, kind, name, attributes, evidence)
        with disk_errors():
            save_facts(self.store, result.visit_id, note_id, facts, self._actor())
        return facts

    def redraft(self, note_id: str, template: str, hooks: Hooks | None = None):
        """Draft an unsigned note again (another template, or the same one): every earlier version stays in the
        store, and sections the clinician edited under this template keep the clinician's text."""
        from engine.review import carry_edits, earlier_drafts, save_draft

        self.require("clinician", "re-draft notes")
        _note, result = load_result(self.store, note_id)
        draft = self.draft(result.transcript, result.facts, template, hooks)
        # The clinician's edits of this template's sections come back (every draft is a stored version).
        draft, _kept = carry_edits(draft, earlier_drafts(self.store, result.visit_id))
        with disk_errors():
            save_draft(self.store, note_id, draft, self._actor(), action="redraft")
        return draft

    def sign_reviewed(self, note_id: str, password: str, acknowledged: set[str]):
        """Sign after review: the password again, and every flag resolved or acknowledged."""
        from engine.auth import AuthError, check_password

        self.require("clinician", "sign notes")
        if not check_password(password, self.user.password_hash):
            raise AuthError("That password is not right; type your own password again to sign.")
        return self.sign(note_id, self.user.display_name or self.user.username, acknowledged)

    def pdf_bytes(self, note_id: str) -> bytes:
        """The note as PDF (letterhead from the settings, signature block once signed), built in memory."""
        from engine.export.pdf import render_pdf

        note, result = load_result(self.store, note_id)
        return render_pdf(
            result.draft,
            note_id=note_id,
            letterhead=self.settings.letterhead,
            signed_by=note.signed_by,
            signed_at=note.signed_at,
            info=self.print_info(note_id),
        )

    def print_info(self, note_id: str):
        """Who and when, as the printed note shows them: the patient identifier, the visit's start, the
        clinician's name and credentials (settings, else the signer or the signed-in user), the clinic zone."""
        from engine.export.pdf import print_info
        from engine.store.tables import Note, Patient, Visit

        with self.store.session() as s:
            note = s.get(Note, note_id)
            visit = s.get(Visit, note.visit_id) if note else None
            patient = s.get(Patient, visit.patient_id) if visit and visit.patient_id else None
            signer = note.signed_by if note else None
        me = (self.user.display_name or self.user.username) if self.user else ""
        return print_info(self.settings, patient, visit, signer, me)

    def clinic_time(self, at) -> str:
        """A stored time in the clinic's time zone, as shown on screen and paper."""
        from engine.export.pdf import clinic_time

        return clinic_time(at, self.settings.clinic_timezone or None)

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

    def template_names(self) -> list[str]:
        """Templates offered in the app (IT may allow only some)."""
        names = templates.available(self.settings.template_dirs)
        allowed = self.settings.allowed_templates
        return [n for n in names if allowed is None or n in allowed]

    def _actor(self) -> str:
        return self.user.username if self.user else getpass.getuser()

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
