"""The pipeline stages and the one-file flow: audio -> transcript -> facts -> draft -> stored note -> PDF."""

from __future__ import annotations

import getpass
import time
from contextlib import contextmanager
from pathlib import Path

from engine.audio.decode import probe
from engine.clinical.extract import extract
from engine.clinical.text_caches import forget_visit_text
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.services.common import Hooks, disk_errors, log
from engine.store.tables import Recording, new_id
from engine.store.visits import load_result, save_result
from engine.types import Draft, Fact, PipelineResult, Transcript
from models.registry import sha256_file


class PipelineMixin:
    """Transcribe, extract, draft and store one recording file; the templates on offer.

    A part of ``Services`` (engine/services/facade.py): it uses the facade's settings, models and store.
    """

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
        try:
            return build_draft(tpl, transcript, facts, self.llm, on_token=hooks.token)
        finally:
            forget_visit_text()  # the draft is the last reader of the visit's sentences

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

    def template_names(self) -> list[str]:
        """Templates offered in the app (IT may allow only some)."""
        names = templates.available(self.settings.template_dirs)
        allowed = self.settings.allowed_templates
        return [n for n in names if allowed is None or n in allowed]
