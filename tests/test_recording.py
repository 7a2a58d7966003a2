"""Live recording: the encrypted journal, streaming transcription, and what a kill or a full disk
mid-recording leaves behind (subprocesses on real files)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from engine.audio.journal import JournalWriter, new_key, read_journal
from engine.errors import StoreError
from tests.conftest import chartside_env
from tests.heard import a_medication, check_evidence, turns
from tests.test_faults import _limit_file_size


def _tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_journal_round_trip_and_torn_tail(tmp_path):
    path, key = tmp_path / "r.csj", new_key()
    w = JournalWriter(path, key)
    for _ in range(4):
        w.append(_tone(0.5))
    w.close()
    whole = read_journal(path, key)
    assert whole.frames == 4 and abs(whole.seconds - 2.0) < 1e-6 and not whole.torn
    assert np.allclose(whole.pcm[:800], _tone(0.5)[:800], atol=1e-4)
    assert b"\x00\x00" * 50 not in path.read_bytes()[12:200]  # ciphertext, not PCM
    # a crash mid-write leaves half a frame: every whole frame is kept, the torn one dropped
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 5000])
    torn = read_journal(path, key)
    assert torn.frames == 3 and torn.torn
    # ...and recording resumes after it (the torn bytes are cut off)
    w = JournalWriter(path, key)
    w.append(_tone(0.5))
    w.close()
    assert read_journal(path, key).frames == 4


def test_journal_detects_tampering_and_wrong_key(tmp_path):
    path, key = tmp_path / "r.csj", new_key()
    w = JournalWriter(path, key)
    for _ in range(3):
        w.append(_tone(0.5))
    w.close()
    raw = bytearray(path.read_bytes())
    raw[100] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreError, match="altered"):
        read_journal(path, key)
    with pytest.raises(StoreError):
        read_journal(path, new_key())


@pytest.mark.slow
def test_live_recording_makes_the_note_from_the_live_transcript(services, htn_wav):
    from engine.audio.capture import FileSource

    services.use_llm = False
    try:
        session = services.start_recording("MRN-LIVE", source=FileSource(htn_wav, speed=0))
        while not session.source.finished.is_set():
            time.sleep(0.2)
        assert services.interrupted_recordings() == []  # a live session is not "interrupted"
        t0 = time.perf_counter()
        result = services.finish_recording(session, "soap")
        stop_to_note = time.perf_counter() - t0
    finally:
        services.use_llm = True
    a_medication(result.facts)
    check_evidence(result.facts, result.transcript, turns(htn_wav))
    assert abs(result.transcript.duration_s - 89.5) < 1.5
    note, stored = services.note_state(result.note_id)
    assert stored.transcript.text == result.transcript.text and note.signed_at is None
    wav = services.audio_span(result.visit_id, 5.0, 7.0)
    assert wav[:4] == b"RIFF" and len(wav) > 2.4 * 32000
    assert stop_to_note > 0


@pytest.mark.slow
def test_kill_mid_recording_keeps_the_audio_and_the_next_start_recovers_it(htn_wav, tmp_path):
    env = chartside_env(tmp_path / "home")
    proc = subprocess.Popen(
        [sys.executable, "-m", "engine", "record", "--simulate", str(htn_wav), "--no-llm"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = None
    last = 0.0
    for line in proc.stdout:
        if line.startswith("recording visit"):
            started = time.monotonic()
        if line.startswith("recorded"):
            last = float(line.split()[1])
            if last >= 12.0:
                break
    fed_at_kill = time.monotonic() - started  # the simulated microphone plays in real time
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    listing = subprocess.run(
        [sys.executable, "-m", "engine", "recordings", "list"], env=env, capture_output=True, text=True, timeout=300
    )
    assert listing.returncode == 0, listing.stderr
    visit_id, seconds = listing.stdout.split()[0], float(listing.stdout.split()[1])
    assert "was interrupted" in listing.stdout
    # everything up to at most the last 2 seconds is there
    assert seconds >= fed_at_kill - 2.0, (seconds, fed_at_kill)
    assert seconds >= last
    rec = subprocess.run(
        [sys.executable, "-m", "engine", "recordings", "recover", visit_id, "--no-llm"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rec.returncode == 0 and "recovered audio" in rec.stdout, rec.stderr
    again = subprocess.run(
        [sys.executable, "-m", "engine", "recordings", "list"], env=env, capture_output=True, text=True, timeout=300
    )
    assert "No interrupted recordings" in again.stdout


@pytest.mark.slow
def test_disk_full_mid_recording_keeps_what_was_recorded(htn_wav, tmp_path):
    env = chartside_env(tmp_path / "home")
    subprocess.run([sys.executable, "-m", "engine", "recordings", "list"], env=env, check=True, capture_output=True)
    # every file may grow to 256 KB: the journal (32 KB per second of audio) hits it after about 8 s
    full = subprocess.run(
        [sys.executable, "-m", "engine", "record", "--simulate", str(htn_wav), "--speed", "0", "--no-llm"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_limit_file_size(256 * 1024),
    )
    assert "Traceback" not in full.stderr and "Traceback" not in full.stdout
    assert "The disk is full, so recording stopped at 0:0" in full.stderr
    if full.returncode == 0:  # the note still fitted
        assert "ready" in full.stdout
    else:  # saving the note hit the limit too: the recording waits for recovery
        assert full.returncode == 5 and full.stderr.strip().splitlines()[-1].startswith("Error: The disk is full")
        listing = subprocess.run(
            [sys.executable, "-m", "engine", "recordings", "list"], env=env, capture_output=True, text=True
        )
        assert float(listing.stdout.split()[1]) >= 7.0
