"""The store's CLI verbs in real subprocesses: sign, amend, tag, search, audit verify, backup, restore."""

import subprocess
import sys

import pytest
from conftest import chartside_env, copy_home
from heard import confirm_uncertain_drugs

pytestmark = pytest.mark.slow


def cli(home, *args, extra_env=None, check=True):
    env = chartside_env(home)
    env.update(extra_env or {})
    proc = subprocess.run([sys.executable, "-m", "engine", *args], env=env, capture_output=True, text=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_sign_amend_search_audit_backup_restore(noted_home, tmp_path):
    home = tmp_path / "home"
    r = copy_home(noted_home, home)  # `chartside note HTN --no-llm --json ... --patient MRN-77`, run once
    note_id, visit_id = r["note_id"], r["visit_id"]

    confirm_uncertain_drugs(lambda *a: cli(home, *a, check=False), note_id)
    assert "Signed note" in cli(home, "notes", "sign", note_id, "--as", "Dr Osei", "--acknowledge").stdout
    again = cli(home, "notes", "sign", note_id, check=False)
    assert again.returncode != 0 and "already signed" in again.stderr
    cli(home, "notes", "amend", note_id, "--text", "Lisinopril confirmed.", "--reason", "confirm re-heard drug")
    cli(home, "tag", visit_id, "follow-up")
    found = cli(home, "search", "lisinopril", "--patient", "MRN-77", "--status", "signed", "--tag", "follow-up").stdout
    assert visit_id in found and "[lisinopril" in found.lower()
    assert "No visits match" in cli(home, "search", "lisinopril", "--patient", "MRN-00").stdout
    bad_date = cli(home, "search", "x", "--since", "yesterday", check=False)
    assert bad_date.returncode != 0 and "YYYY-MM-DD" in bad_date.stderr
    assert "intact" in cli(home, "audit", "verify").stdout

    bk = tmp_path / "backup"
    env = {"CHARTSIDE_BACKUP_PASSPHRASE": "backup passphrase 1"}
    cli(home, "store", "backup", str(bk), extra_env=env)
    other = tmp_path / "other-laptop"
    cli(other, "store", "restore", str(bk), extra_env={**env, "CHARTSIDE_PASSPHRASE": "other laptop phrase"})
    restored = cli(other, "search", "lisinopril", extra_env={"CHARTSIDE_PASSPHRASE": "other laptop phrase"}).stdout
    assert visit_id in restored


def test_audit_verify_fails_with_the_broken_event(noted_home, tmp_path):
    from engine.store.db import Store
    from engine.store.keys import database_key

    home = tmp_path / "home"
    copy_home(noted_home, home)  # a store with one visit from `chartside note`
    db = home / "data" / "chartside.db"
    st = Store(db, database_key(db, chartside_env(home)["CHARTSIDE_PASSPHRASE"], use_keyring=False))
    with st.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER audit_no_update")
        c.exec_driver_sql("UPDATE audit_event SET actor='someone else' WHERE seq=1")
    st.close()
    proc = cli(home, "audit", "verify", check=False)
    assert proc.returncode == 1 and "Audit event 1 was altered" in proc.stderr
