"""Patient data never lands outside the encrypted store: a full flow with seeded PHI, then every file the
app wrote (logs, caches, temp files, key info) is scanned for it; folders and files are private."""

import json
import os
import stat
import subprocess
import sys

import pytest
from conftest import chartside_env
from heard import confirm_uncertain_drugs

from engine.bench.fhir_server import FhirTestServer

pytestmark = pytest.mark.slow
PHI = ["MRN-99317", "Patel", "penicillin", "lisinopril", "metformin", "headache", "152 over 96", "152/96", "hives"]


def test_full_flow_leaves_no_phi_outside_the_store(htn_wav, tmp_path):
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = chartside_env(home)
    env["TMPDIR"] = str(tmp)  # anything written to temp files must show up here
    run = lambda *a: subprocess.run(
        [sys.executable, "-m", "engine", *a],
        env=env,
        capture_output=True,  # noqa: E731
        text=True,
        timeout=600,
    )
    r = run("note", str(htn_wav), "--patient", "MRN-99317", "--json", str(tmp_path / "result.json"))
    assert r.returncode == 0, r.stderr
    note_id = json.loads((tmp_path / "result.json").read_text())["note_id"]
    confirm_uncertain_drugs(run, note_id)
    assert run("notes", "sign", note_id, "--as", "Dr Osei", "--acknowledge").returncode == 0
    run("search", "lisinopril")
    with FhirTestServer() as srv:
        env.update(
            {
                "CHARTSIDE_SYNC_URL": srv.base,
                "CHARTSIDE_SYNC_TOKEN_URL": srv.token_url,
                "CHARTSIDE_SYNC_CLIENT_ID": "chartside-laptop",
                "CHARTSIDE_SYNC_CLIENT_SECRET": "s3cret-for-tests",
            }
        )
        assert run("sync").returncode == 0
        assert srv.state.count("Composition") == 1

    encrypted = {"chartside.db", "chartside.db-wal", "chartside.db-shm"}
    # The vocabulary cache is ICD-10-CM made sayable ("patella" holds "patel"): it must be exactly what a home
    # that never saw a visit builds, so nothing of the visit is in it.
    vocabularies = {p.name: p.read_bytes() for p in (home / "cache").glob("vocabulary-*.json")}
    if vocabularies:
        clean_home = tmp_path / "clean-home"
        build = "from engine.clinical import vocabulary; vocabulary._indexes()"
        built = subprocess.run([sys.executable, "-c", build], env=chartside_env(clean_home), timeout=600)
        assert built.returncode == 0
        assert vocabularies == {p.name: p.read_bytes() for p in (clean_home / "cache").glob("vocabulary-*.json")}
    scanned = []
    for root in (home, tmp):
        for path in root.rglob("*"):
            if not path.is_file() or path.name in encrypted or path.suffix == ".csa" or path.name in vocabularies:
                continue
            scanned.append(path.name)
            data = path.read_bytes().lower()
            for phi in PHI:
                assert phi.lower().encode() not in data, f"{phi!r} found in {path}"
    assert "chartside.log.jsonl" in scanned  # the scan did look at the log
    assert not list(tmp.iterdir())  # and nothing was left in temp


def test_data_folders_and_files_are_private(htn_wav, tmp_path):
    home = tmp_path / "home"
    r = subprocess.run(
        [sys.executable, "-m", "engine", "note", str(htn_wav), "--no-llm", "-q"],
        env=chartside_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    for folder in ("data", "logs", "cache", "data/audio"):
        mode = stat.S_IMODE(os.stat(home / folder).st_mode)
        assert mode & 0o077 == 0, (folder, oct(mode))
    for f in ("data/chartside.db", "data/chartside.db.keyinfo.json", "logs/chartside.log.jsonl"):
        mode = stat.S_IMODE(os.stat(home / f).st_mode)
        assert mode & 0o077 == 0, (f, oct(mode))
    for f in (home / "data" / "audio").iterdir():
        assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0
