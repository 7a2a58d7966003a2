"""Commands over the encrypted store and sync: retention, rekey, backup, restore, sync."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from engine.cli.common import (
    USER_OPTION,
    app,
    ask_new,
    friendly,
    log_in,
    open_services,
    out,
    store_app,
)
from engine.config import get_settings
from engine.errors import ChartsideError


@store_app.command("purge-audio")
@friendly
def store_purge_audio(user: Annotated[str | None, USER_OPTION] = None) -> None:
    """Delete stored audio of notes signed longer ago than the retention setting (audited)."""
    import getpass

    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        n = svc.purge_audio(getpass.getuser())
        out.print(f"Deleted the audio of {n} visit(s) signed more than {svc.settings.audio_retention_days} days ago.")
    finally:
        svc.close()


@store_app.command("rekey")
@friendly
def store_rekey(
    passphrase: Annotated[bool, typer.Option("--passphrase", help="Switch to (or rotate) a passphrase key.")] = False,
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Rotate the database key (crash-safe: an interrupted rotation finishes at the next unlock)."""
    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        use_keyring = svc.settings.keyring and not passphrase
        new = None if use_keyring else ask_new("New passphrase: ", "CHARTSIDE_NEW_PASSPHRASE")
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
    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        phrase = ask_new("Backup passphrase: ", "CHARTSIDE_BACKUP_PASSPHRASE")
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
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Queue the notes that failed to send again, then sync.")
    ] = False,
) -> None:
    """Push every signed, unsent note to the central FHIR API once; exit 0 ok, 1 failures, 2 retry later,
    3 configuration."""
    from engine.sync.worker import retry_failed as requeue
    from engine.sync.worker import run_sync

    svc = open_services(no_llm=True)
    settings = svc.settings
    if concurrency:
        settings = settings.model_copy(update={"sync_concurrency": concurrency})
    try:
        if retry_failed:
            requeue(svc.store, svc.user.username if getattr(svc, "user", None) else "sync")
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
