"""Local users: hashed passwords, login throttling, and roles enforced in the services (not the UI)."""

import subprocess
import sys
from datetime import timedelta

import pytest
from conftest import PASSPHRASE, chartside_env, make_result
from heard import confirm_uncertain_drugs

from engine.auth import AuthError, check_password, create_user, hash_password, login
from engine.config import Settings
from engine.services import Services
from engine.store.tables import now
from engine.store.visits import save_result


def services(tmp_path):
    return Services(settings=Settings(home=tmp_path, passphrase=PASSPHRASE, keyring=False), use_llm=False)


def stored_note(svc):
    r = make_result()
    save_result(svc.store, r, None, "test")
    return r.note_id


def test_password_hashes_are_salted_and_checked():
    a, b = hash_password("correct horse"), hash_password("correct horse")
    assert a != b and "correct" not in a
    assert check_password("correct horse", a) and not check_password("wrong horse", a)


def test_throttling_pauses_then_recovers(tmp_path):
    svc = services(tmp_path)
    create_user(svc.store, "admin", "admin-password", "admin", "it")
    for i in range(5):
        with pytest.raises(AuthError, match="Wrong user name or password"):
            login(svc.store, "admin", f"guess-{i}")
    with pytest.raises(AuthError, match="Too many failed attempts; wait"):
        login(svc.store, "admin", "admin-password")  # even the right password waits out the pause
    assert login(svc.store, "admin", "admin-password", at=now() + timedelta(seconds=31)).username == "admin"
    with pytest.raises(AuthError, match="Wrong user name or password"):
        login(svc.store, "nobody", "whatever-pw")
    svc.close()


def test_roles_are_enforced_in_the_services(tmp_path):
    svc = services(tmp_path)
    note_id = stored_note(svc)
    with pytest.raises(AuthError, match="first user of a store must be an admin"):
        svc.add_user("dr", "clinician-pw", "clinician")
    svc.add_user("admin", "admin-password", "admin")
    with pytest.raises(AuthError, match="Log in to add users"):
        svc.add_user("dr", "clinician-pw", "clinician")
    svc.login("admin", "admin-password")
    svc.add_user("dr", "clinician-pw", "clinician", "Dr Osei")
    with pytest.raises(AuthError, match="Only a clinician may sign notes"):
        svc.sign(note_id, "admin")
    svc.login("dr", "clinician-pw")
    assert svc.sign(note_id, "ignored").signed_by == "Dr Osei"  # the signer is the logged-in user
    with pytest.raises(AuthError, match="Only a admin may delete recordings"):
        svc.purge_audio("dr")
    svc.close()
    anonymous = services(tmp_path)
    with pytest.raises(AuthError, match="Log in to amend notes"):
        anonymous.amend(note_id, "text", "reason", "someone")
    anonymous.close()


def test_cli_users_and_login(htn_wav, tmp_path):
    env = chartside_env(tmp_path)

    def cli(*args, **extra):
        return subprocess.run(
            [sys.executable, "-m", "engine", *args], env={**env, **extra}, capture_output=True, text=True, timeout=300
        )

    note = cli("note", str(htn_wav), "--no-llm", "-q")
    assert note.returncode == 0, note.stderr
    note_id = note.stdout.strip().splitlines()[-1]
    assert cli("users", "add", "it", "--role", "admin", CHARTSIDE_NEW_PASSWORD="admin-password").returncode == 0
    added = cli(
        "users",
        "add",
        "osei",
        "--name",
        "Dr Osei",
        "--user",
        "it",
        CHARTSIDE_NEW_PASSWORD="clin-password",
        CHARTSIDE_USER_PASSWORD="admin-password",
    )
    assert added.returncode == 0, added.stderr
    refused = cli("notes", "sign", note_id)
    assert refused.returncode == 7 and "Log in to sign notes" in refused.stderr and "Traceback" not in refused.stderr
    wrong = cli("notes", "sign", note_id, "--user", "osei", CHARTSIDE_USER_PASSWORD="nope-nope")
    assert wrong.returncode == 7 and "tries left" in wrong.stderr
    confirm_uncertain_drugs(lambda *a: cli(*a, CHARTSIDE_USER_PASSWORD="clin-password"), note_id, "--user", "osei")
    ok = cli("notes", "sign", note_id, "--user", "osei", "--acknowledge", CHARTSIDE_USER_PASSWORD="clin-password")
    assert ok.returncode == 0 and "Dr Osei" in ok.stdout
