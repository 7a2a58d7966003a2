"""Commands that make notes: the app, note, transcribe, record, recordings, demo, templates."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from engine.cli.common import (
    STAGE_LABELS,
    app,
    err,
    friendly,
    open_services,
    out,
    progress_bar,
    recordings_app,
    write_atomic,
)
from engine.config import get_settings
from engine.errors import ChartsideError


@app.command("app")
def open_app(
    headless: bool | None = typer.Option(None, "--headless/--window", help="Serve on 127.0.0.1 instead of a window."),
    port: int | None = typer.Option(None, help="Port for the UI (default: a free one)."),
) -> None:
    """Open Chartside: the native window, or the same UI on 127.0.0.1 when there is no display."""
    from desktop.main import run

    try:
        run(headless=headless, port=port)
    except ChartsideError as exc:
        err.print(f"[bold red]Error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


class _ProgressHooks:
    """Rich progress bar: one row per stage with elapsed time."""

    def __init__(self, progress: Progress):
        self.p = progress
        self.tasks: dict[str, int] = {}

    def hooks(self):
        from engine.services import Hooks

        return Hooks(start=self.start, advance=self.advance, end=self.end)

    def start(self, stage: str) -> None:
        self.tasks[stage] = self.p.add_task(STAGE_LABELS.get(stage, stage), total=1.0)

    def advance(self, stage: str, fraction: float) -> None:
        if stage in self.tasks:
            self.p.update(self.tasks[stage], completed=fraction)

    def end(self, stage: str, seconds: float) -> None:
        self.p.update(self.tasks[stage], completed=1.0)


class Fmt(StrEnum):
    text = "text"
    json = "json"
    srt = "srt"
    vtt = "vtt"


@app.command()
@friendly
def note(
    audio: Annotated[Path, typer.Argument(help="Recording: wav, mp3, m4a, ogg, webm, flac or anything PyAV reads.")],
    template: Annotated[str, typer.Option(help="Note template (see `chartside templates`).")] = "soap",
    pdf: Annotated[Path | None, typer.Option(help="Also write the note as a PDF here.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the whole result as JSON here.")] = None,
    patient: Annotated[str | None, typer.Option(help="The patient's local identifier (MRN).")] = None,
    beam_size: Annotated[int | None, typer.Option(min=1, max=10, help="Whisper beam size.")] = None,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Facts only: skip the model's prose.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the note id.")] = False,
) -> None:
    """Transcribe a recording, extract facts, draft and store the note."""
    _run_note(open_services(beam_size, no_llm), audio, template, pdf, json_out, patient, quiet)


def _run_note(
    svc, audio: Path, template: str, pdf: Path | None, json_out: Path | None, patient: str | None, quiet: bool
) -> None:
    try:
        with progress_bar() as progress:
            ph = _ProgressHooks(progress)
            result = svc.note_from_audio(audio, template=template, patient=patient, hooks=ph.hooks())
            if pdf:
                ph.start("pdf")
                svc.export_pdf(result, pdf)
                ph.end("pdf", 0)
        if json_out:
            write_atomic(json_out, result.model_dump_json(indent=1))
        if quiet:
            out.print(result.note_id)
            return
        print_note(result)
        out.print(f"\nStored as note [bold]{result.note_id}[/] in {svc.settings.db_path} (encrypted).")
        if pdf:
            out.print(f"PDF: {pdf}")
        if json_out:
            out.print(f"JSON: {json_out}")
    finally:
        svc.close()


def print_note(result) -> None:
    from engine.types import SentenceStatus

    out.rule(f"Note · {result.draft.template}")
    for sec in result.draft.sections:
        out.print(f"[bold]{sec.title}[/]")
        lines = [s for s in sec.sentences if s.status == SentenceStatus.supported]
        for s in lines:
            marks = ", ".join(f"{e.start_s:.1f}s" for e in s.evidence[:2])
            tag = "" if s.source == "facts" else " [dim](model)[/]"
            out.print(f"  {s.text}{tag} [dim]{('[' + marks + ']') if marks else ''}[/]", highlight=False)
        if not lines:
            out.print("  (nothing recorded)")
    if result.draft.removed:
        n = len(result.draft.removed)
        out.print(
            f"[yellow]The verifier removed {n} statement(s) the model wrote that the visit does not support"
            f"{' (first 3 shown)' if n > 3 else ''}:[/]"
        )
        for s in result.draft.removed[:3]:
            text = s.text if len(s.text) <= 90 else s.text[:87] + "..."
            out.print(f"  [strike]{text}[/] [dim]— {s.problems[0]}[/]", highlight=False)
    for line in result.draft.notes:
        out.print(f"[yellow]Check:[/] {line}", highlight=False)
    if result.draft.omissions:
        out.print("[yellow]In the visit but not in this note:[/] " + "; ".join(result.draft.omissions))
    t = result.timings_s
    out.print(f"[dim]Timings: {', '.join(f'{k} {v:.1f}s' for k, v in t.items())}[/]")


def _ts(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def format_transcript(transcript, fmt: Fmt) -> str:
    """Render a transcript as plain text, JSON (segments and words), SRT or WebVTT.

    In text, SRT and WebVTT a drug name the recogniser was unsure of carries a visible mark,
    "ciprofloxacin[?heard 'ceiling']"; JSON keeps each word's probability and ``heard_as`` instead.
    Text lines start with the time and the speaker's role ("[00:12] Clinician: ..."), with a "?" after a role
    the labeller was unsure of; SRT prefixes the role, WebVTT uses a voice tag."""
    from engine.clinical.drug_certainty import marked_text
    from engine.transcribe.roles import display_role

    if fmt == Fmt.json:
        return transcript.model_dump_json(indent=1)
    if fmt == Fmt.text:
        lines = []
        for s in transcript.segments:
            who = display_role(s)
            m, sec = divmod(int(s.start), 60)
            lines.append(f"[{m:02d}:{sec:02d}] " + (f"{who}: " if who else "") + marked_text(s))
        return "\n".join(lines) + "\n"
    blocks = []
    for i, s in enumerate(transcript.segments, 1):
        sep = "," if fmt == Fmt.srt else "."
        timing = f"{_ts(s.start, sep)} --> {_ts(s.end, sep)}"
        text = marked_text(s)
        who = display_role(s)
        if who:
            text = f"{who}: {text}" if fmt == Fmt.srt else f"<v {who}>{text}"
        blocks.append(f"{i}\n{timing}\n{text}\n" if fmt == Fmt.srt else f"{timing}\n{text}\n")
    head = "WEBVTT\n\n" if fmt == Fmt.vtt else ""
    return head + "\n".join(blocks)


@app.command()
@friendly
def transcribe(
    audio: Annotated[Path, typer.Argument(help="Recording to transcribe.")],
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="text, json (segments + words), srt or vtt.")] = Fmt.text,
    output: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of the terminal.")] = None,
    beam_size: Annotated[int | None, typer.Option(min=1, max=10)] = None,
) -> None:
    """Transcribe a recording only (nothing is stored)."""
    svc = open_services(beam_size, no_llm=True)
    with progress_bar() as progress:
        ph = _ProgressHooks(progress)
        hooks = ph.hooks()
        hooks.start("transcribe")
        transcript = svc.transcribe(audio, hooks)
        hooks.end("transcribe", 0)
    text = format_transcript(transcript, fmt)
    if output:
        write_atomic(output, text)
        err.print(f"Wrote {output}")
    else:
        sys.stdout.write(text)


@app.command()
@friendly
def demo(
    pdf: Annotated[Path | None, typer.Option(help="Also write the PDF here.")] = None,
    no_llm: Annotated[bool, typer.Option("--no-llm")] = False,
) -> None:
    """Run the bundled sample visit through the whole pipeline and print the note.

    The demo writes to its own store (under the cache folder, unlocked with a fixed demo passphrase), so
    that a made-up patient never lands in the clinic's store and the demo runs where no keyring exists.
    """
    from engine.demo import DEMO_PASSPHRASE, sample_audio
    from engine.services import Services

    base = get_settings()
    audio = sample_audio(base.cache_dir)
    settings = base.model_copy(
        update={"home": base.cache_dir / "demo", "passphrase": DEMO_PASSPHRASE, "keyring": False}
    )
    out.print(f"Sample visit: {audio} (a written encounter, no real patient)")
    _run_note(Services(settings=settings, use_llm=not no_llm), audio, "soap", pdf, None, "DEMO-0001", False)


@app.command()
def templates() -> None:
    """List the note templates."""
    from engine.draft import templates as tpl

    dirs = get_settings().template_dirs
    for name in tpl.available(dirs):
        t = tpl.load(name, dirs)
        out.print(f"{name:<12} {t.title} (version {t.version}) — {t.description}")


@app.command()
@friendly
def record(
    simulate: Annotated[
        Path | None, typer.Option(help="Play this audio file in real time instead of using the microphone.")
    ] = None,
    speed: Annotated[
        float, typer.Option(min=0.0, help="Playback speed of --simulate (0 = as fast as possible).")
    ] = 1.0,
    seconds: Annotated[float | None, typer.Option(help="Stop after this many seconds (default: Ctrl+C).")] = None,
    patient: Annotated[str | None, typer.Option(help="The patient's local identifier (MRN).")] = None,
    template: Annotated[str, typer.Option(help="Note template.")] = "soap",
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Facts only: skip the model's prose.")] = False,
) -> None:
    """Record a visit headlessly (microphone, or a file played in real time), then make its note."""
    import time

    from engine.audio.capture import FileSource

    svc = open_services(no_llm=no_llm)
    source = FileSource(simulate, speed=speed) if simulate else None
    if source is not None:
        source.name = simulate.name
    session = svc.start_recording(patient, source=source, template=template)
    out.print(f"recording visit {session.visit_id}", highlight=False)
    try:
        while not session.stopped:
            time.sleep(0.5)
            # what is safely in the journal: the crash tests read these lines
            out.print(f"recorded {session.seconds:.1f} s", highlight=False)
            if source is not None and source.finished.is_set():
                break
            if seconds is not None and session.seconds >= seconds:
                break
    except KeyboardInterrupt:
        pass
    if session.error:
        err.print(f"[bold yellow]Warning:[/] {session.error}", highlight=False, soft_wrap=True)
    t0 = time.perf_counter()
    result = svc.finish_recording(session, template)
    out.print(f"note {result.note_id} ready {time.perf_counter() - t0:.1f} s after Stop", highlight=False)


@recordings_app.command("list")
@friendly
def recordings_list() -> None:
    """Recordings interrupted before Stop, with how much audio each kept."""
    items = open_services(no_llm=True).interrupted_recordings()
    if not items:
        out.print("No interrupted recordings.")
    for item in items:
        out.print(f"{item.visit_id}  {item.seconds:7.1f} s  {item.message()}", highlight=False, soft_wrap=True)


@recordings_app.command("recover")
@friendly
def recordings_recover(
    visit_id: Annotated[str, typer.Argument(help="The visit id from `chartside recordings list`.")],
    template: Annotated[str, typer.Option(help="Note template.")] = "soap",
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Facts only: skip the model's prose.")] = False,
) -> None:
    """Make the note of an interrupted recording from the audio its journal kept."""
    result = open_services(no_llm=no_llm).recover_recording(visit_id, template)
    out.print(f"note {result.note_id} made from {result.transcript.duration_s:.1f} s of recovered audio")
