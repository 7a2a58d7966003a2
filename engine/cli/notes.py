"""Commands over stored notes: list, show, sign (with the review gate), amend, tag, search, audit, users."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from engine.cli.common import (
    USER_OPTION,
    app,
    ask_new,
    audit_app,
    err,
    friendly,
    log_in,
    notes_app,
    open_services,
    out,
    users_app,
)
from engine.cli.pipeline import print_note
from engine.errors import ChartsideError


@notes_app.command("list")
@friendly
def notes_list(limit: int = 20) -> None:
    """The most recent notes."""
    from engine.store.visits import list_notes

    svc = open_services(no_llm=True)
    for n, v in list_notes(svc.store, limit):
        state = "signed" if n.signed_at else "draft"
        out.print(f"{n.id}  {n.created_at:%Y-%m-%d %H:%M}  {state:<7} {v.source_name}", highlight=False)
    svc.close()


@notes_app.command("show")
@friendly
def notes_show(note_id: str, json_out: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print a stored note (or its whole result as JSON)."""
    svc = open_services(no_llm=True)
    result = svc.load_note(note_id)
    if json_out:
        sys.stdout.write(result.model_dump_json(indent=1) + "\n")
    else:
        print_note(result)
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
    Each acknowledged item is written to the audit trail with the signature. An uncertain drug name cannot
    be acknowledged: pick or type the drug first (review screen, or `chartside notes fact`)."""
    import getpass

    from engine.review import ReviewError
    from engine.review_flags import must_resolve

    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        svc.require("clinician", "sign notes")  # who may sign comes before what the note still needs
        flags = svc.open_flags(note_id)
        if flags and not acknowledge:
            err.print(f"{len(flags)} marked item(s) to look at before signing note {note_id}:")
            for f in flags:
                err.print(f"  - {f.kind}: {f.text}" + (f" ({f.detail})" if f.detail else ""), highlight=False)
            if must_resolve(flags):
                svc.sign(note_id, signer or getpass.getuser())  # refuses, saying why: no question to ask
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


@notes_app.command("fact")
@friendly
def notes_fact(
    note_id: str,
    index: Annotated[int, typer.Argument(help="The fact's number in `notes facts NOTE_ID`.")],
    name: Annotated[str, typer.Option("--name", help="The right name, e.g. the drug that was said.")] = "",
    dose: Annotated[str | None, typer.Option(help="Dose with unit, e.g. '10 mg'.")] = None,
    delete: Annotated[bool, typer.Option("--delete", help="Remove the fact (audited).")] = False,
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Correct or delete one fact of an unsigned note: how a clinician confirms an uncertain drug name
    from a terminal (the same service the review screen uses; audited)."""
    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        facts = svc.load_note(note_id).facts
        if not 0 <= index < len(facts):
            raise ChartsideError(
                f"Note {note_id} has no fact {index}; list them with `chartside notes facts {note_id}`."
            )
        old = facts[index]
        attrs = {k: v for k, v in old.attributes.items() if k not in {"edited"}}
        if dose is not None:
            attrs["dose"] = dose
        fixed = svc.edit_fact(note_id, index, name or old.name, attrs, old.negated, delete=delete)
        out.print("Deleted." if delete else f"Fact {index} is now: {fixed[index].label()}", highlight=False)
    finally:
        svc.close()


@notes_app.command("facts")
@friendly
def notes_facts(note_id: str) -> None:
    """The facts of a note, numbered, with what is uncertain and the candidates."""
    svc = open_services(no_llm=True)
    try:
        for i, f in enumerate(svc.load_note(note_id).facts):
            a = f.attributes
            mark = ""
            if a.get("certainty") == "uncertain":
                mark = f"  [uncertain: heard '{a.get('heard_as', '')}'; candidates {a.get('candidates', '') or 'none'}]"
            out.print(f"{i:>3}  {f.kind.value:<10} {f.label()}{mark}", highlight=False)
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

    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        a = svc.amend(note_id, text, reason, author or getpass.getuser())
        out.print(f"Amendment {a.id} added to note {note_id}.")
    finally:
        svc.close()


@app.command()
@friendly
def tag(visit_id: str, label: str) -> None:
    """Tag (bookmark) a visit."""
    import getpass

    svc = open_services(no_llm=True)
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

    svc = open_services(no_llm=True)
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
    svc = open_services(no_llm=True)
    try:
        ok, message = svc.verify_audit()
    finally:
        svc.close()
    (out if ok else err).print(message)
    if not ok:
        raise typer.Exit(1)


@users_app.command("add")
@friendly
def users_add(
    username: str,
    role: Annotated[str, typer.Option(help="clinician or admin (the first user must be an admin).")] = "clinician",
    name: Annotated[str, typer.Option(help="Name shown as signer.")] = "",
    user: Annotated[str | None, USER_OPTION] = None,
) -> None:
    """Add a local user (password: prompt twice, or CHARTSIDE_NEW_PASSWORD)."""
    svc = open_services(no_llm=True)
    try:
        log_in(svc, user)
        password = ask_new(f"Password for {username}: ", "CHARTSIDE_NEW_PASSWORD")
        u = svc.add_user(username, password, role, name)
        out.print(f"Added {u.username} ({u.role}).")
    finally:
        svc.close()
