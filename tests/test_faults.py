"""Faults at process level: `chartside note` killed with SIGKILL at different moments. After each, the
store opens, passes SQLite's integrity check, holds either the whole visit or none of it, and no
encrypted recording is left without its row."""

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import PASSPHRASE, chartside_env, copy_home

from engine.store.db import Store
from engine.store.keys import database_key

pytestmark = pytest.mark.slow
TABLES = ("visit", "transcript", "draft", "note", "recording")


def counts(home):
    db = home / "data" / "chartside.db"
    st = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
    swept = st.sweep_orphans()
    with st.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        n = {t: c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TABLES}
        files = {r[0] for r in c.exec_driver_sql("SELECT vault_file FROM recording")}
    on_disk = {f.name for f in st.audio_dir.iterdir()}
    st.close()
    return n, files, on_disk, swept


@pytest.mark.parametrize("after_s", [1.5, 4.0, 7.0, 10.0])
def test_note_killed_at_any_moment_leaves_all_or_nothing(htn_wav, noted_home, tmp_path, after_s):
    home = tmp_path / "home"
    copy_home(noted_home, home)  # a first, complete visit: a kill must never touch it
    proc = subprocess.Popen(
        [sys.executable, "-m", "engine", "note", str(htn_wav), "-q"],
        env=chartside_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(after_s)
    finished = proc.poll() is not None
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n, files, on_disk, _swept = counts(home)
    assert len(set(n.values())) == 1, n  # every table has the same number of rows: whole visits only
    assert n["visit"] in (1, 2) and (n["visit"] == 2 or not finished)
    assert on_disk == files  # no orphan recording survives the next open


def _limit_file_size(limit: int):
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_disk_full_while_saving_is_one_sentence_and_keeps_earlier_visits(htn_wav, noted_home, tmp_path):
    home = tmp_path / "home"
    env = chartside_env(home)
    copy_home(noted_home, home)  # the earlier visit that must survive
    # Every file may now grow to 64 KB at most: the database, its WAL and the audio vault hit the limit.
    full = subprocess.run(
        [sys.executable, "-m", "engine", "note", str(htn_wav), "--no-llm", "-q"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_limit_file_size(64 * 1024),
    )
    assert full.returncode == 5, full.stderr
    assert full.stderr.strip().startswith("Error: The disk is full") and "Traceback" not in full.stderr
    n, files, on_disk, _ = counts(home)
    assert n["visit"] == 1 and len(set(n.values())) == 1 and on_disk == files


def test_keyring_gone_is_one_sentence(tmp_path):
    import json as _json

    home = tmp_path / "home"
    data = home / "data"
    data.mkdir(parents=True)
    (data / "chartside.db").write_bytes(b"\0" * 4096)
    (data / "chartside.db.keyinfo.json").write_text(_json.dumps({"mode": "keyring"}))
    env = chartside_env(home)
    env.update({"CHARTSIDE_KEYRING": "1", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    env.pop("CHARTSIDE_PASSPHRASE")
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "notes", "list"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 5 and "Traceback" not in proc.stderr
    assert "key is in the OS keyring, which is not available now" in proc.stderr


def test_clock_jumping_back_does_not_stall_retries_or_lock_people_out(tmp_path):
    from datetime import timedelta

    from engine.auth import create_user, login
    from engine.config import Settings
    from engine.store.tables import now
    from engine.sync.worker import run_sync

    db = tmp_path / "data" / "chartside.db"
    db.parent.mkdir(parents=True)
    st = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
    create_user(st, "admin", "admin-password", "admin", "it")
    with st.engine.begin() as c:  # the clock was a year ahead when these were written
        c.exec_driver_sql("UPDATE user SET failed_logins = 9, locked_until = :t", {"t": now() + timedelta(days=365)})
    assert login(st, "admin", "admin-password").username == "admin"
    s = Settings(
        home=tmp_path, passphrase=PASSPHRASE, keyring=False, sync_url="http://127.0.0.1:9/fhir", sync_bearer_token="t"
    )
    from conftest import make_result

    from engine.store import notes
    from engine.store.visits import save_result

    r = make_result()
    save_result(st, r, None, "t")
    notes.sign(st, r.note_id, "dr")
    with st.engine.begin() as c:
        c.exec_driver_sql("UPDATE outbox SET next_attempt_at = :t", {"t": now() + timedelta(days=365)})
    rep = run_sync(st, s)
    assert rep.not_due == 0  # treated as due now, not in a year
    st.close()


def test_sign_killed_at_any_moment_is_all_or_nothing(tmp_path):
    """kill -9 of `chartside notes sign` at increasing moments: the note is either untouched or signed with its
    hash, one outbox entry and its audit event — never half — and the audit chain still verifies."""
    import hashlib

    from conftest import make_result

    from engine.store import audit
    from engine.store.visits import save_result

    home = tmp_path / "home"
    db = home / "data" / "chartside.db"
    db.parent.mkdir(parents=True)
    st = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
    result = make_result()
    save_result(st, result, None, actor="test")
    st.close()
    signed = False
    # the later delays only run on a machine slow enough (or loaded enough) that signing takes over 6 s: the loop
    # stops at the first kill that comes after the signature
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 2.0, 2.5, 3.0, 4.0, 6.0, 12.0, 24.0, 48.0, 96.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "engine", "notes", "sign", result.note_id],
            env=chartside_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        st = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
        with st.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            text_, h, at = c.exec_driver_sql(
                "SELECT text, content_hash, signed_at FROM note WHERE id = ?", (result.note_id,)
            ).one()
            outbox = c.exec_driver_sql("SELECT count(*) FROM outbox WHERE note_id = ?", (result.note_id,)).scalar()
            status = c.exec_driver_sql("SELECT status FROM visit WHERE id = ?", (result.visit_id,)).scalar()
            signs = c.exec_driver_sql("SELECT count(*) FROM audit_event WHERE action = 'sign'").scalar()
        with st.session() as s:
            ok, why = audit.verify_chain(s)
        st.close()
        assert ok, why
        if at is None:
            assert h is None and outbox == 0 and status == "draft" and signs == 0
        else:
            assert h == hashlib.sha256(text_.encode()).hexdigest() and outbox == 1 and status == "signed"
            assert signs == 1
            signed = True
            break
    assert signed, "the last, late kill should come after the signature"
