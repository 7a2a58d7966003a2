"""Faults at process level: `chartside note` killed with SIGKILL at different moments. After each, the
store opens, passes SQLite's integrity check, holds either the whole visit or none of it, and no
encrypted recording is left without its row."""

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import PASSPHRASE, chartside_env

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
def test_note_killed_at_any_moment_leaves_all_or_nothing(htn_wav, tmp_path, after_s):
    home = tmp_path / "home"
    # a first, complete visit: a kill must never touch it
    first = subprocess.run(
        [sys.executable, "-m", "engine", "note", str(htn_wav), "--no-llm", "-q"],
        env=chartside_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert first.returncode == 0, first.stderr
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
