"""End to end: TTS audio of an annotated encounter -> `chartside note` (a real subprocess, real models,
real SQLCipher store) -> the stored note holds the facts, each with evidence at the right moment."""

import json
import subprocess
import sys

import pytest
from conftest import PASSPHRASE, chartside_env

pytestmark = pytest.mark.slow


def turn_with(turns, phrase):
    hits = [t for t in turns if phrase.lower() in t["text"].lower()]
    assert hits, phrase
    return hits[0]


def within(evidence, turn, slack=1.5):
    return turn["start"] - slack <= evidence["start_s"] and evidence["end_s"] <= turn["end"] + slack


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
    turns = json.loads(htn_wav.with_suffix(".turns.json").read_text())

    assert "152/96" in note.text
    assert "lisinopril 10 mg" in note.text
    assert "penicillin" in note.text.lower()

    facts = {(f.kind.value, f.name): f for f in result.facts}
    bp = facts[("vital", "blood pressure")]
    assert bp.attributes["value"] == "152/96"
    assert "152" in bp.evidence[0].quote and "96" in bp.evidence[0].quote
    assert within(bp.evidence[0].model_dump(), turn_with(turns, "152 over 96"))

    lis = facts[("medication", "lisinopril")]
    assert lis.attributes["dose"] == "10 mg" and lis.attributes["status"] == "started"
    assert within(lis.evidence[0].model_dump(), turn_with(turns, "start lisinopril"))

    pen = facts[("allergy", "penicillin")]
    assert pen.attributes.get("reaction") == "hives"
    assert within(pen.evidence[0].model_dump(), turn_with(turns, "Penicillin. It gives me hives"))

    # The evidence quote is exactly the words of the stored segment it names.
    for f in result.facts:
        for e in f.evidence:
            assert result.transcript.segment(e.segment_id).text[e.char_start : e.char_end] == e.quote


def test_pdf_is_a_real_pdf_with_the_note(run):
    _, out, _ = run
    pdf = out / "note.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "152/96" in text and "lisinopril" in text.lower() and "Page 1" in text


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
