"""End to end: TTS audio of an annotated encounter -> `chartside note` (a real subprocess, real models,
real SQLCipher store) -> the stored note holds the facts, each with evidence at the right moment."""

import json
import subprocess
import sys

import pytest
from conftest import PASSPHRASE, chartside_env
from heard import a_medication, check_evidence, turns

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(htn_wav, tmp_path_factory):
    home = tmp_path_factory.mktemp("e2e-home")
    out = tmp_path_factory.mktemp("e2e-out")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "engine",
            "note",
            str(htn_wav),
            "--pdf",
            str(out / "note.pdf"),
            "--json",
            str(out / "note.json"),
            "--patient",
            "MRN-4471",
        ],
        env=chartside_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return home, out, proc


def test_stored_note_has_the_facts_with_evidence_at_the_right_turn(run, htn_wav):
    home, out, proc = run
    note_id = json.loads((out / "note.json").read_text())["note_id"]
    assert note_id in proc.stdout

    # Read it back from the encrypted store, not from the JSON we wrote.
    from engine.store.db import Store
    from engine.store.keys import database_key
    from engine.store.visits import load_result

    db = home / "data" / "chartside.db"
    store = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
    note, result = load_result(store, note_id)
    store.close()

    # Whatever this CPU's kernels heard (tests/heard.py): each fact rests on the words of the turn that said
    # it, and the stored note carries every medication, allergy and vital that was found.
    check_evidence(result.facts, result.transcript, turns(htn_wav))
    a_medication(result.facts)
    text = note.text.lower()
    for f in result.facts:
        if f.kind in ("medication", "allergy"):
            assert f.name in text, f.name
        if f.kind == "vital":
            assert f.attributes["value"] in text, f.label()
    assert result.transcript.duration_s > 80


def test_pdf_is_a_real_pdf_with_the_note(run):
    _, out, _ = run
    pdf = out / "note.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    facts = json.loads((out / "note.json").read_text())["facts"]
    assert a_medication(facts) in text.lower() and "Page 1" in text


def test_logs_hold_no_patient_words(run):
    home, _, _ = run
    logs = "".join(p.read_text() for p in (home / "logs").glob("*"))
    assert "stage_done" in logs  # the log is written...
    for phi in ("Patel", "MRN-4471", "penicillin", "lisinopril", "headache", "hives", "152/96", "Metformin"):
        assert phi.lower() not in logs.lower(), phi  # ...and says nothing about the patient


def test_notes_list_and_show(run):
    home, out, _ = run
    note_id = json.loads((out / "note.json").read_text())["note_id"]
    env = chartside_env(home)
    listed = subprocess.run(
        [sys.executable, "-m", "engine", "notes", "list"], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert note_id in listed
    shown = subprocess.run(
        [sys.executable, "-m", "engine", "notes", "show", note_id, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(shown)["note_id"] == note_id
