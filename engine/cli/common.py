"""Shared pieces of the command line: the command groups, consoles, one-sentence errors, log-in."""

from __future__ import annotations

import functools
import sys
import traceback
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from engine.config import get_settings
from engine.errors import ChartsideError
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
        from engine.cli.pipeline import open_app

        open_app(headless=None, port=None)


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
            extra = {"type": type(exc).__name__, "where": frames[-6:]}
            if isinstance(exc, ImportError):  # a module name is not patient data, and it is what IT needs
                extra["missing_module"] = exc.name or ""
            log.error("internal_error", extra=extra)
            logdir = get_settings().log_dir
            err.print(
                f"[bold red]Error:[/] Chartside hit an internal problem ({type(exc).__name__}); nothing was "
                f"saved. Please send the log in {logdir} to IT.",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(70) from None

    return wrapper


def open_services(beam_size: int | None = None, no_llm: bool = False):
    from engine.services import Services

    settings = get_settings()
    if beam_size:
        settings = settings.model_copy(update={"beam_size": beam_size})
    return Services(settings=settings, use_llm=not no_llm)


def progress_bar() -> Progress:
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


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def log_in(svc, user: str | None) -> None:
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


def ask_new(prompt: str, env: str) -> str:
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


users_app = typer.Typer(no_args_is_help=True, help="Local users and their roles.")


app.add_typer(users_app, name="users")


def main() -> None:  # pragma: no cover - console entry
    app()


recordings_app = typer.Typer(no_args_is_help=True, help="Recordings a crash interrupted before Stop.")


app.add_typer(recordings_app, name="recordings")
