"""Bad input ends in one clear sentence, a non-zero exit code, and nothing half-written in the store."""

import subprocess
import sys
import wave

import av
import numpy as np
import pytest
from conftest import PASSPHRASE, chartside_env

pytestmark = pytest.mark.slow
SR = 16000


def write_wav(path, pcm: np.ndarray, rate=SR, channels=1):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.astype(np.int16).tobytes())
    return path


def encode(path, pcm: np.ndarray, codec: str, fmt: str, rate=SR):
    out = av.open(str(path), "w", format=fmt)
    st = out.add_stream(codec, rate=rate)
    st.layout = "mono"
    for i in range(0, len(pcm), rate):
        fr = av.AudioFrame.from_ndarray(pcm[i : i + rate].astype(np.int16).reshape(1, -1), format="s16", layout="mono")
        fr.sample_rate = rate
        for p in st.encode(fr):
            out.mux(p)
    for p in st.encode(None):
        out.mux(p)
    out.close()
    return path


@pytest.fixture(scope="module")
def speech(htn_wav):
    with wave.open(str(htn_wav)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)


@pytest.fixture(scope="module")
def bad(tmp_path_factory, speech):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.wav").write_bytes(b"")
    (d / "notes.wav").write_text("This is a text file with a .wav name, not a recording.\n" * 50)
    (d / "noise.xyz").write_bytes(np.random.default_rng(1).integers(0, 255, 40_000, dtype=np.uint8).tobytes())
    write_wav(d / "short.wav", speech[: int(0.2 * SR)])
    write_wav(d / "silence.wav", np.zeros(6 * SR, dtype=np.int16))
    mp3 = encode(d / "full.mp3", speech[: 30 * SR], "libmp3lame", "mp3")
    data = mp3.read_bytes()
    (d / "truncated.mp3").write_bytes(data[: len(data) * 6 // 10])
    mp3.unlink()
    # A WAV whose header promises 3 hours, written without holding 3 hours in memory.
    with wave.open(str(d / "three-hours.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        block = np.zeros(60 * SR, dtype=np.int16).tobytes()
        for _ in range(180):
            w.writeframes(block)
    return d


def run_note(path, home):
    return subprocess.run(
        [sys.executable, "-m", "engine", "note", str(path), "--no-llm"],
        env=chartside_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def stored_visits(home) -> int:
    from engine.store.db import Store
    from engine.store.keys import database_key

    db = home / "data" / "chartside.db"
    if not db.exists():
        return 0
    st = Store(db, database_key(db, PASSPHRASE, use_keyring=False))
    with st.engine.connect() as c:
        n = sum(c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ("visit", "transcript", "note"))
    st.close()
    return n


CASES = {
    "empty.wav": "is empty (0 bytes)",
    "notes.wav": "is not an audio file Chartside can read",
    "noise.xyz": "is not an audio file Chartside can read",
    "short.wav": "is only 0.2 seconds long",
    "silence.wav": "No speech was found",
    "three-hours.wav": "3.0 hours long, more than the 2-hour limit",
    "missing.wav": "does not exist",
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_bad_file_is_one_clear_sentence(bad, tmp_path, name):
    proc = run_note(bad / name, tmp_path)
    assert proc.returncode not in (0, 70), proc.stderr  # 70 = internal error
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("Error: ") and CASES[name] in lines[0], lines[0]
    assert lines[0].rstrip().endswith(".")
    assert "Traceback" not in proc.stderr + proc.stdout
    assert stored_visits(tmp_path) == 0


def test_truncated_mp3_keeps_what_was_recorded(bad, tmp_path):
    proc = run_note(bad / "truncated.mp3", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert stored_visits(tmp_path) > 0


def test_three_hours_decode_in_bounded_memory(bad):
    """With the length limit lifted, the decoder streams 3 hours through a small, constant buffer."""
    code = (
        "import resource, sys\n"
        "from engine.audio.decode import stream_pcm\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "n = sum(b.size for b in stream_pcm(sys.argv[1]))\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(n, (peak - base) // 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(bad / "three-hours.wav")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout.split()
    samples, grew_mb = int(out[0]), int(out[1])
    assert samples == 3 * 3600 * SR
    whole_file_mb = samples * 4 / 2**20  # float32, had it been loaded at once: ~660 MB
    assert grew_mb < 100 < whole_file_mb, grew_mb


@pytest.mark.parametrize(
    ("var", "value", "words"),
    [
        ("CHARTSIDE_BEAM_SIZE", "abc", "beam_size (CHARTSIDE_BEAM_SIZE) is not valid"),
        ("CHARTSIDE_MAX_AUDIO_HOURS", "-1", "max_audio_hours (CHARTSIDE_MAX_AUDIO_HOURS) is not valid"),
        ("CHARTSIDE_KEYRING", "perhaps", "keyring (CHARTSIDE_KEYRING) is not valid"),
    ],
)
def test_settings_with_wrong_types_are_one_sentence(tmp_path, var, value, words):
    env = chartside_env(tmp_path)
    env[var] = value
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "models", "list"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("Error: ") and words in proc.stderr


def test_unusual_but_valid_recordings_are_decoded(speech, tmp_path):
    """8 kHz telephone audio, 6-channel 48 kHz float and 44.1 kHz stereo FLAC all become 16 kHz mono, whole."""
    from engine.audio.decode import probe, stream_pcm

    clip = speech[: 12 * SR].astype(np.float32) / 32768
    cases = {}
    for name, rate, channels, codec, fmt, layout in [
        ("phone.wav", 8000, 1, "pcm_s16le", "wav", "mono"),
        ("surround.wav", 48000, 6, "pcm_f32le", "wav", "5.1"),
        ("music.flac", 44100, 2, "flac", "flac", "stereo"),
    ]:
        path = tmp_path / name
        out = av.open(str(path), "w", format=fmt)
        st = out.add_stream(codec, rate=rate)
        st.layout = layout
        res = av.AudioResampler(format=st.codec_context.format.name, layout=layout, rate=rate)
        fr = av.AudioFrame.from_ndarray(clip.reshape(1, -1), format="flt", layout="mono")
        fr.sample_rate = SR
        for r in res.resample(fr) + res.resample(None):
            for p in st.encode(r):
                out.mux(p)
        for p in st.encode(None):
            out.mux(p)
        out.close()
        info = probe(path)
        assert (info.sample_rate, info.channels) == (rate, channels)
        cases[name] = sum(b.size for b in stream_pcm(path)) / SR
    for name, seconds in cases.items():
        assert abs(seconds - 12) < 0.3, (name, seconds)  # resampled to 16 kHz mono, nothing lost
