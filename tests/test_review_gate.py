"""The review gate lives in the services: no path (app, CLI, API) signs a note with marked items that were
not acknowledged, and every acknowledgement is in the audit trail with the signature."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlmodel import select

from engine.config import Settings
from engine.review import ReviewError
from engine.services import Services
from engine.store.tables import AuditEvent
from engine.store.visits import save_result
from tests.conftest import PASSPHRASE, chartside_env, make_result

NOTICE = "Confirm 'lisinopril' at 61 s: it was first heard as 'this April'."


def flagged_note(store) -> str:
    """A stored draft with one notice the clinician must look at (what re-listening leaves)."""
    r = make_result()
    r.draft.notes.append(NOTICE)
    save_result(store, r, None, "test")
    return r.note_id


def services(home) -> Services:
    return Services(settings=Settings(home=home, passphrase=PASSPHRASE, keyring=False), use_llm=False)


def events(store, action: str) -> list[AuditEvent]:
    with store.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_services_refuse_to_sign_until_each_flag_is_acknowledged(tmp_path):
    svc = services(tmp_path)
    try:
        note_id = flagged_note(svc.store)
        [flag] = svc.open_flags(note_id)
        with pytest.raises(ReviewError, match="not resolved or acknowledged") as refused:
            svc.sign(note_id, "Dr Osei")
        assert "this April" in str(refused.value)  # the sentence says which item
        assert svc.note_state(note_id)[0].signed_at is None
        signed = svc.sign(note_id, "Dr Osei", acknowledged={flag.id})
        assert signed.signed_at is not None
        [ack] = events(svc.store, "acknowledge")
        assert ack.entity_id == f"{note_id}:{flag.id}" and ack.actor == "Dr Osei"
    finally:
        svc.close()


def test_cli_lists_the_items_and_signs_only_with_acknowledge(tmp_path):
    home = tmp_path / "home"
    svc = services(home)
    note_id = flagged_note(svc.store)
    svc.close()
    env = chartside_env(home)

    def sign(*extra):
        return subprocess.run(
            [sys.executable, "-m", "engine", "notes", "sign", note_id, "--as", "Dr Osei", *extra],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    refused = sign()
    assert refused.returncode == 6 and "Traceback" not in refused.stderr
    assert "this April" in refused.stderr and "--acknowledge" in refused.stderr and "not signed" in refused.stderr
    ok = sign("--acknowledge")
    assert ok.returncode == 0 and "Signed note" in ok.stdout, ok.stderr
    svc = services(home)
    try:
        assert [e.entity_id for e in events(svc.store, "acknowledge")] == [f"{note_id}:{svc_flag_id(svc, note_id)}"]
    finally:
        svc.close()


def svc_flag_id(svc, note_id: str) -> str:
    from engine.review_flags import flags
    from engine.store.visits import load_result

    _note, result = load_result(svc.store, note_id)
    return flags(result.draft, result.facts)[0].id
