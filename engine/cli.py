"""`chartside` command line: a thin shell over engine.services.

Every user-caused error ends in one sentence and a non-zero exit code; unexpected errors say where the
log is, and the log records the exception type and code location only (exception messages can hold PHI).
"""

from __future__ import annotations

import functools
import json
import sys
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from engine.config import get_settings
from engine.errors import ChartsideError, ModelMissingError
from engine.logs import get_logger

app = typer.Typer(add_completion=False, invoke_without_command=True, help="Chartside: offline clinical scribe.")
bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks: ratios against baselines run in the same process.")
models_app = typer.Typer(no_args_is_help=True, help="The models Chartside knows and where their files are.")
notes_app = typer.Typer(no_args_is_help=True, help="Notes in the encrypted store.")
app.add_typer(bench_app, name="bench")
app.add_typer(models_app, name="models")
app.add_typer(notes_app, name="notes")
audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit trail.")
store_app = typer.Typer(no_args_is_help=True, help="The encrypted store: retention, rekey, backup, restore.")
app.add_typer(audit_app, name="audit")
app.add_typer(store_app, name="store")

out = Console()
err = Console(stderr=True)
log = get_logger(__name__)


@app.callback()
def _configure(ctx: typer.Context) -> None:
    """Private files and logging for every command: umask 077, JSON log file, nothing on the terminal.

    With no command, opens the app (the native window, or the UI on 127.0.0.1 without a display).
    """
    import os

    from engine.logs import setup

    os.umask(0o077)  # everything Chartside writes (store, audio, logs, exports) is readable by this user only
    try:
        setup(get_settings().log_dir)
    except ChartsideError as exc:
        err.print(f"[bold red]Error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    if ctx.invoked_subcommand is None:
        open_app(headless=None, port=None)


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


STAGE_LABELS = {
    "open": "Open store",
    "transcribe": "Transcribe",
    "facts": "Extract facts",
    "draft": "Draft note",
    "store": "Save",
    "pdf": "Write PDF",
}


def friendly(fn):
    """Turn ChartsideError into one red sentence and its exit code; hide tracebacks of the unexpected."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ChartsideError as exc:
            err.print(f"[bold red]Error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("Stopped. Nothing from this run was saved.")
            raise typer.Exit(130) from None
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence for a clinician's screen
            frames = [f"{Path(f.filename).name}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)]
            log.error("internal_error", extra={"type": type(exc).__name__, "where": frames[-6:]})
            logdir = get_settings().log_dir
            err.print(
                f"[bold red]Error:[/] Chartside hit an internal problem ({type(exc).__name__}); nothing was "
                f"saved. Please send the log in {logdir} to IT.",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(70) from None

    return wrapper


def _services(beam_size: int | None = None, no_llm: bool = False):
    from engine.services import Services

    settings = get_settings()
    if beam_size:
        settings = settings.model_copy(update={"beam_size": beam_size})
    return Services(settings=settings, use_llm=not no_llm)


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


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<14}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        # Only on a terminal: in logs and pipes the one line that matters is the result or the error.
        disable=not err.is_terminal,
    )


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
    _run_note(_services(beam_size, no_llm), audio, template, pdf, json_out, patient, quiet)


def _run_note(
    svc, audio: Path, template: str, pdf: Path | None, json_out: Path | None, patient: str | None, quiet: bool
) -> None:
    try:
        with _progress() as progress:
            ph = _ProgressHooks(progress)
            result = svc.note_from_audio(audio, template=template, patient=patient, hooks=ph.hooks())
            if pdf:
                ph.start("pdf")
                svc.export_pdf(result, pdf)
                ph.end("pdf", 0)
        if json_out:
            _write_atomic(json_out, result.model_dump_json(indent=1))
        if quiet:
            out.print(result.note_id)
            return
        _print_note(result)
        out.print(f"\nStored as note [bold]{result.note_id}[/] in {svc.settings.db_path} (encrypted).")
        if pdf:
            out.print(f"PDF: {pdf}")
        if json_out:
            out.print(f"JSON: {json_out}")
    finally:
        svc.close()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _print_note(result) -> None:
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
    """Render a transcript as plain text, JSON (segments and words), SRT or WebVTT."""
    if fmt == Fmt.json:
        return transcript.model_dump_json(indent=1)
    if fmt == Fmt.text:
        return "\n".join(s.text for s in transcript.segments) + "\n"
    blocks = []
    for i, s in enumerate(transcript.segments, 1):
        sep = "," if fmt == Fmt.srt else "."
        timing = f"{_ts(s.start, sep)} --> {_ts(s.end, sep)}"
        blocks.append(f"{i}\n{timing}\n{s.text}\n" if fmt == Fmt.srt else f"{timing}\n{s.text}\n")
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
    svc = _services(beam_size, no_llm=True)
    with _progress() as progress:
        ph = _ProgressHooks(progress)
        hooks = ph.hooks()
        hooks.start("transcribe")
        transcript = svc.transcribe(audio, hooks)
        hooks.end("transcribe", 0)
    text = format_transcript(transcript, fmt)
    if output:
        _write_atomic(output, text)
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


@notes_app.command("list")
@friendly
def notes_list(limit: int = 20) -> None:
    """The most recent notes."""
    from engine.store.visits import list_notes

    svc = _services(no_llm=True)
    for n, v in list_notes(svc.store, limit):
        state = "signed" if n.signed_at else "draft"
        out.print(f"{n.id}  {n.created_at:%Y-%m-%d %H:%M}  {state:<7} {v.source_name}", highlight=False)
    svc.close()


@notes_app.command("show")
@friendly
def notes_show(note_id: str, json_out: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print a stored note (or its whole result as JSON)."""
    svc = _services(no_llm=True)
    result = svc.load_note(note_id)
    if json_out:
        sys.stdout.write(result.model_dump_json(indent=1) + "\n")
    else:
        _print_note(result)
    svc.close()


@notes_app.command("sign")
@friendly
def notes_sign(
    note_id: str,
    signer: Annotated[str, typer.Option("--as", help="Who signs (single-user stores).")] = "",
    user: Annotated[str | None, USER_OPTION] = None,
    acknowledge: Annotated[
        bool, typer.Option("--acknowledge", help="Acknowledge every marked item (for scripts; audited).")
    ] = False,
) -> None:
    """Sign a note: it becomes immutable, with a content hash, the signer and the time.

    Like the app, signing waits until every marked item (removed statements, omissions, names to confirm,
    unverified edits) is acknowledged: they are listed, and a terminal asks; scripts pass --acknowledge.
    Each acknowledged item is written to the audit trail with the signature."""
    import getpass

    from engine.review import ReviewError

    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        flags = svc.open_flags(note_id)
        if flags and not acknowledge:
            err.print(f"{len(flags)} marked item(s) to look at before signing note {note_id}:")
            for f in flags:
                err.print(f"  - {f.kind}: {f.text}" + (f" ({f.detail})" if f.detail else ""), highlight=False)
            if sys.stdin.isatty():
                acknowledge = typer.confirm("Have you looked at each, and do you acknowledge them all?", err=True)
            if not acknowledge:
                raise ReviewError(
                    "The note was not signed: look at the marked items in the review screen, or acknowledge them "
                    "with --acknowledge (recorded in the audit trail)."
                )
        n = svc.sign(note_id, signer or getpass.getuser(), acknowledge_all=acknowledge)
        out.print(
            f"Signed note {n.id} as {n.signed_by} at {n.signed_at:%Y-%m-%d %H:%M} UTC (sha256 {n.content_hash[:12]}…)"
        )
    finally:
        svc.close()


@notes_app.command("amend")
@friendly
def notes_amend(
    note_id: str,
    text: Annotated[str, typer.Option(help="The amendment text.")],
    reason: Annotated[str, typer.Option(help="Why the signed note is amended.")],
    author: Annotated[str, typer.Option("--as")] = "",
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Append an amendment to a signed note (the signed text never changes)."""
    import getpass

    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        a = svc.amend(note_id, text, reason, author or getpass.getuser())
        out.print(f"Amendment {a.id} added to note {note_id}.")
    finally:
        svc.close()


@app.command()
@friendly
def tag(visit_id: str, label: str) -> None:
    """Tag (bookmark) a visit."""
    import getpass

    svc = _services(no_llm=True)
    try:
        svc.tag(visit_id, label, getpass.getuser())
        out.print(f"Tagged {visit_id} with {label.strip().lower()!r}.")
    finally:
        svc.close()


@app.command()
@friendly
def search(
    words: Annotated[str, typer.Argument(help="Words to find in transcripts, notes and amendments.")] = "",
    patient: Annotated[str | None, typer.Option(help="Patient identifier (MRN).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Before this date (YYYY-MM-DD).")] = None,
    status: Annotated[str | None, typer.Option(help="draft, signed, sent or failed.")] = None,
    tag_: Annotated[str | None, typer.Option("--tag")] = None,
    limit: int = 20,
) -> None:
    """Find visits by words, patient, date, status or tag."""
    from datetime import datetime

    def day(v: str | None):
        if v is None:
            return None
        try:
            return datetime.strptime(v, "%Y-%m-%d")
        except ValueError:
            raise ChartsideError(f"{v!r} is not a date; write it as YYYY-MM-DD.") from None

    svc = _services(no_llm=True)
    try:
        hits = svc.search(
            words, patient=patient, since=day(since), until=day(until), status=status, tag_=tag_, limit=limit
        )
        for h in hits:
            out.print(
                f"{h.visit_id}  {str(h.created_at)[:16]}  {h.status:<7} {h.kind:<10} {h.snippet}", highlight=False
            )
        if not hits:
            out.print("No visits match.")
    finally:
        svc.close()


@audit_app.command("verify")
@friendly
def audit_verify() -> None:
    """Check the audit chain; exit code 1 and the first broken event if anything was changed."""
    svc = _services(no_llm=True)
    try:
        ok, message = svc.verify_audit()
    finally:
        svc.close()
    (out if ok else err).print(message)
    if not ok:
        raise typer.Exit(1)


@store_app.command("purge-audio")
@friendly
def store_purge_audio(user: Annotated[str | None, USER_OPTION] = None) -> None:
    """Delete stored audio of notes signed longer ago than the retention setting (audited)."""
    import getpass

    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        n = svc.purge_audio(getpass.getuser())
        out.print(f"Deleted the audio of {n} visit(s) signed more than {svc.settings.audio_retention_days} days ago.")
    finally:
        svc.close()


def _login(svc, user: str | None) -> None:
    """Log ``user`` in with CHARTSIDE_USER_PASSWORD or a password prompt (nothing when no user is given)."""
    import getpass
    import os

    if not user:
        return
    password = os.environ.get("CHARTSIDE_USER_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise ChartsideError("No terminal to type the password; set CHARTSIDE_USER_PASSWORD and try again.")
        password = getpass.getpass(f"Password for {user}: ")
    svc.login(user, password)


USER_OPTION = typer.Option(
    "--user", "-u", help="Log in as this local user (password: prompt or CHARTSIDE_USER_PASSWORD)."
)


def _ask_new(prompt: str, env: str) -> str:
    import getpass
    import os

    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise ChartsideError(f"No terminal to type the passphrase; set {env} and run the command again.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Type it again: ") != first:
        raise ChartsideError("The two passphrases differ; run the command again and type the same one twice.")
    return first


@store_app.command("rekey")
@friendly
def store_rekey(
    passphrase: Annotated[bool, typer.Option("--passphrase", help="Switch to (or rotate) a passphrase key.")] = False,
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Rotate the database key (crash-safe: an interrupted rotation finishes at the next unlock)."""
    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        use_keyring = svc.settings.keyring and not passphrase
        new = None if use_keyring else _ask_new("New passphrase: ", "CHARTSIDE_NEW_PASSPHRASE")
        mode = svc.rekey(new, use_keyring)
        out.print(
            f"The store has a new key ({'in the OS keyring' if mode == 'keyring' else 'from the new passphrase'})."
        )
    finally:
        svc.close()


@store_app.command("backup")
@friendly
def store_backup(
    folder: Annotated[Path, typer.Argument(help="A new, empty folder for the backup.")],
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Write an encrypted backup (database snapshot, recordings, checksums) protected by a backup passphrase."""
    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        phrase = _ask_new("Backup passphrase: ", "CHARTSIDE_BACKUP_PASSPHRASE")
        svc.backup(folder, phrase)
        out.print(f"Backup written to {folder}. Keep the backup passphrase: without it the backup cannot be read.")
    finally:
        svc.close()


@store_app.command("restore")
@friendly
def store_restore(
    folder: Annotated[Path, typer.Argument(help="A folder written by `chartside store backup`.")],
) -> None:
    """Restore a backup into this machine's (empty) store location, re-keyed to this machine's key."""
    import getpass
    import os

    from engine.store.keys import database_key
    from engine.store.rekey import restore

    settings = get_settings()
    phrase = os.environ.get("CHARTSIDE_BACKUP_PASSPHRASE") or getpass.getpass("Backup passphrase: ")
    if settings.db_path.exists():
        raise ChartsideError(f"A store already exists at {settings.db_path}; move it away before restoring.")
    key = database_key(settings.db_path, settings.passphrase, settings.keyring)
    restore(folder, phrase, settings.db_path, key).close()
    out.print(f"Restored {folder} into {settings.db_path}.")


@app.command()
@friendly
def sync(
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON for machines.")] = False,
    concurrency: Annotated[int | None, typer.Option(min=1, max=16)] = None,
) -> None:
    """Push every signed, unsent note to the central FHIR API once; exit 0 ok, 1 failures, 2 retry later,
    3 configuration."""
    from engine.sync.worker import run_sync

    svc = _services(no_llm=True)
    settings = svc.settings
    if concurrency:
        settings = settings.model_copy(update={"sync_concurrency": concurrency})
    try:
        report = run_sync(svc.store, settings)
    finally:
        svc.close()
    if json_out:
        sys.stdout.write(json.dumps(report.as_dict()) + "\n")
    else:
        out.print(report.summary(), highlight=False, soft_wrap=True)
        for line in report.dead_messages[:10]:
            out.print(f"  {line}", highlight=False, soft_wrap=True)
    raise typer.Exit(report.exit_code)


users_app = typer.Typer(no_args_is_help=True, help="Local users and their roles.")
app.add_typer(users_app, name="users")


@users_app.command("add")
@friendly
def users_add(
    username: str,
    role: Annotated[str, typer.Option(help="clinician or admin (the first user must be an admin).")] = "clinician",
    name: Annotated[str, typer.Option(help="Name shown as signer.")] = "",
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Add a local user (password: prompt twice, or CHARTSIDE_NEW_PASSWORD)."""
    svc = _services(no_llm=True)
    try:
        _login(svc, user)
        password = _ask_new(f"Password for {username}: ", "CHARTSIDE_NEW_PASSWORD")
        u = svc.add_user(username, password, role, name)
        out.print(f"Added {u.username} ({u.role}).")
    finally:
        svc.close()


@models_app.command("list")
def models_list() -> None:
    """Known models, whether their files are present, licence and source package."""
    from models.registry import load_manifest, resolve

    for spec in load_manifest():
        try:
            where = str(resolve(spec.name).path)
            state = "[green]installed[/]"
        except ChartsideError as exc:
            where, state = str(exc), "[red]missing[/]"
        origin = f"package: {spec.package}=={spec.package_version}" if spec.package else f"added from: {spec.source}"
        out.print(
            f"[bold]{spec.name}[/] ({spec.kind}, {spec.task}) {state}\n  licence: {spec.licence}\n"
            f"  {origin}\n  {where}",
            highlight=False,
        )


@models_app.command("add")
@friendly
def models_add(
    source: Annotated[Path, typer.Argument(help="A .gguf file or a faster-whisper (CTranslate2) folder.")],
    name: Annotated[str, typer.Option(help="Name to choose it by, e.g. whisper-small.en.")],
    licence: Annotated[str, typer.Option(help="The model's licence, recorded with it.")],
    checksums: Annotated[
        Path | None, typer.Option(help="sha256sum output for the model's files (default: SHA256SUMS beside it).")
    ] = None,
    sha256: Annotated[str | None, typer.Option(help="The sha256 of a single .gguf file.")] = None,
) -> None:
    """Add a model IT distributes (share or USB): checked against its checksums, copied, recorded."""
    from models.added import add, detect, read_checksums

    kind, _task, files = detect(source)
    if sha256:
        sums = {name_: sha256.lower() for name_ in files}
    else:
        sums_file = checksums or (source / "SHA256SUMS" if source.is_dir() else source.with_name("SHA256SUMS"))
        if not sums_file.is_file():
            raise ModelMissingError(
                f"No checksums were given and {sums_file} does not exist; pass --checksums or --sha256 from IT."
            )
        sums = read_checksums(sums_file)
    spec = add(source, name, licence, sums)
    out.print(
        f"Added {spec.name} ({spec.kind}, {spec.task}); all {len(spec.files)} file(s) match their sha256. "
        f"Use it with `chartside models use {spec.name}`.",
        highlight=False,
    )


@models_app.command("remove")
@friendly
def models_remove(name: Annotated[str, typer.Argument(help="An added model's name.")]) -> None:
    """Remove an added model (bundled models come with the installer)."""
    from models.added import remove

    s = get_settings()
    remove(name, {s.whisper_model, s.llm_model})
    out.print(f"Removed {name}.")


@models_app.command("use")
@friendly
def models_use(name: Annotated[str, typer.Argument(help="The model to use for its task.")]) -> None:
    """Choose the model for its task (transcription or drafting); IT may restrict the choice."""
    from engine.config import save_user_settings
    from models.registry import get_spec, verify

    spec = get_spec(name)
    allowed = get_settings().allowed_models
    if allowed is not None and name not in allowed:
        raise ModelMissingError(f"IT allows only these models: {', '.join(allowed)}; ask IT to allow {name}.")
    verify(name)
    key = "whisper_model" if spec.task == "transcribe" else "llm_model"
    save_user_settings({key: name})
    out.print(f"{name} is now used for {'transcription' if spec.task == 'transcribe' else 'drafting'}.")


@models_app.command("verify")
@friendly
def models_verify() -> None:
    """Check every model file (bundled and added) against its sha256."""
    from models.registry import load_manifest, verify

    for spec in load_manifest():
        verify(spec.name)
        out.print(f"{spec.name}: all {len(spec.files)} file(s) match their sha256")


@bench_app.command("transcribe")
@friendly
def bench_transcribe(
    audio: Annotated[Path, typer.Argument(help="Audio file to benchmark on.")],
    repeat: Annotated[int, typer.Option(min=1, max=20, help="Alternating runs of each.")] = 3,
    beam_size: Annotated[int | None, typer.Option(min=1, max=10)] = None,
    json_out: Annotated[Path | None, typer.Option("--json")] = None,
) -> None:
    """Our transcription vs raw faster-whisper on the same audio, same model and settings, same process."""
    from engine.bench.transcribe import run

    settings = get_settings()
    if beam_size:
        settings = settings.model_copy(update={"beam_size": beam_size})
    report = run(audio, settings, repeat=repeat)
    out.print(report.markdown())
    if json_out:
        _write_atomic(json_out, json.dumps(report.as_dict(), indent=1))


@bench_app.command("store")
@friendly
def bench_store(
    visits: Annotated[int, typer.Option(min=100, help="Visits to fill each store with.")] = 10_000,
    aci: Annotated[Path, typer.Option(help="Folder with ACI-Bench train.csv and valid.csv.")] = Path(
        "../shared/data/aci-bench"
    ),
    rounds: Annotated[int, typer.Option(min=1)] = 10,
) -> None:
    """Encrypted store vs plain SQLite: insert rate and full-text search latency (median, p95)."""
    from engine.bench.store import run

    if not (aci / "train.csv").exists():
        raise ChartsideError(f"No ACI-Bench CSVs in {aci}; pass --aci with the folder that holds train.csv.")
    out.print(run(aci, visits, rounds).markdown())


@app.command("eval")
@friendly
def eval_cmd(
    source: Annotated[Path, typer.Argument(help="A folder of annotated encounter JSONs, or an ACI-Bench CSV.")],
    audio: Annotated[bool, typer.Option("--audio", help="Encounters: render TTS audio and transcribe it.")] = False,
    speak: Annotated[Path, typer.Option(help="The TTS renderer.")] = Path("../shared/tools/speak_dialogue.py"),
    no_llm: Annotated[bool, typer.Option("--no-llm")] = False,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write eval.md and eval.json here.")] = None,
) -> None:
    """Fact recall/precision, ROUGE, unsupported-statement rate and time per encounter."""
    from engine.evaluation import eval_aci, eval_encounters

    svc = _services(no_llm=no_llm)
    llm = None if no_llm else svc.llm
    if source.is_dir():
        transcribe = None
        if audio:
            import subprocess
            import tempfile

            tmp = Path(tempfile.mkdtemp(prefix="chartside-eval-"))

            def transcribe(path: Path):
                wav = tmp / f"{path.stem}.wav"
                subprocess.run(
                    [sys.executable, str(speak), str(path), "-o", str(wav)],
                    check=True,
                    capture_output=True,
                    env={**__import__("os").environ, "SOX_OPTS": "-R"},
                )
                return svc.transcribe(wav)

        report = eval_encounters(source, llm, transcribe=transcribe)
    elif source.suffix == ".csv":
        report = eval_aci(source, llm, limit=limit)
    else:
        raise ChartsideError(f"{source} is neither a folder of encounters nor a CSV; give one of those.")
    text = report.markdown()
    out.print(text)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(out_dir / "eval.md", text + "\n")
        _write_atomic(out_dir / "eval.json", json.dumps(report.as_dict(), indent=1))


@bench_app.command("all")
@friendly
def bench_all(
    aci: Annotated[Path, typer.Option(help="Folder with ACI-Bench CSVs.")] = Path("../shared/data/aci-bench"),
    visits: Annotated[int, typer.Option(min=100)] = 10_000,
    notes: Annotated[int, typer.Option(min=10)] = 100,
    out_file: Annotated[Path | None, typer.Option("--out", help="Also write the table here.")] = None,
    live_audio: Annotated[
        Path | None,
        typer.Option(help="Audio for the live-recording latency, played in real time (default: the sample visit)."),
    ] = None,
) -> None:
    """Every benchmark in one run: one markdown table with medians, ratios and targets."""
    from engine.bench.all import run
    from engine.demo import sample_audio

    settings = get_settings()
    sample = sample_audio(settings.cache_dir)
    table = run(settings, aci if aci.exists() else None, sample, visits, notes, live_audio or sample)
    out.print(table, soft_wrap=True)
    if out_file:
        _write_atomic(out_file, table + "\n")


@bench_app.command("draft")
@friendly
def bench_draft(
    aci: Annotated[Path, typer.Option(help="An ACI-Bench CSV.")] = Path("../shared/data/aci-bench/valid.csv"),
    encounter: Annotated[str | None, typer.Option(help="Encounter id (default: the longest).")] = None,
) -> None:
    """Drafting time for a long visit: prompt and generation tokens/s of the local model."""
    from engine.bench.draft import run

    svc = _services()
    out.print(run(aci, svc.llm, encounter).markdown())


@bench_app.command("sync")
@friendly
def bench_sync(
    notes: Annotated[int, typer.Option(min=10, help="Signed notes to push.")] = 200,
    concurrency: Annotated[str, typer.Option(help="Comma-separated concurrency levels.")] = "1,4",
) -> None:
    """Notes per second pushed to a local FHIR endpoint (sequential vs concurrent) and bundle build time."""
    from engine.bench.sync import run

    levels = tuple(int(x) for x in concurrency.split(",") if x.strip())
    out.print(run(notes, levels).markdown())


def main() -> None:  # pragma: no cover - console entry
    app()


recordings_app = typer.Typer(no_args_is_help=True, help="Recordings a crash interrupted before Stop.")
app.add_typer(recordings_app, name="recordings")


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

    svc = _services(no_llm=no_llm)
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
    items = _services(no_llm=True).interrupted_recordings()
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
    result = _services(no_llm=no_llm).recover_recording(visit_id, template)
    out.print(f"note {result.note_id} made from {result.transcript.duration_s:.1f} s of recovered audio")


@bench_app.command("live")
@friendly
def bench_live(
    audio: Annotated[Path, typer.Argument(help="Audio to play into a live recording (about 10 minutes).")],
    speed: Annotated[float, typer.Option(min=0.0, help="Real-time factor of the simulated microphone.")] = 1.0,
) -> None:
    """Stop-to-transcript and stop-to-draft latency of a live recording vs batch transcription after Stop."""
    from engine.bench.live import run

    out.print(run(_services(), audio, speed).markdown())


@app.command("verify-install")
@friendly
def verify_install_cmd(
    root: Annotated[Path | None, typer.Option(help="The installed bundle (default: this program's folder).")] = None,
    key: Annotated[
        Path | None, typer.Option(help="The release public key (default: release_public_key from IT's config).")
    ] = None,
) -> None:
    """Check every installed file against the signed manifest; a changed file is named and refused."""
    from engine.integrity import IntegrityError, install_root, verify_install

    result = verify_install(root or install_root(), key or get_settings().release_public_key)
    if not result.ok:
        shown = "; ".join(result.problems[:5]) + (
            f"; and {len(result.problems) - 5} more" if len(result.problems) > 5 else ""
        )
        raise IntegrityError(
            f"This Chartside installation failed verification: {shown}. Do not use it; reinstall from a trusted copy."
        )
    out.print(
        f"Chartside {result.version}: all {result.files} files match the signed manifest (key: {result.key_source}).",
        highlight=False,
        soft_wrap=True,
    )
