#!/usr/bin/env python3
"""Render the transcription benchmark corpus: short synthetic visits in several voices, speeds and
acoustic conditions, each WAV with its reference text beside it (``NAME.txt``, one turn per line).

Synthetic speech is a stand-in for real recordings (none are available offline): varying the voices,
speeds, noise and reverberation keeps tuning to one espeak voice from passing for accuracy.

    .venv/bin/python scripts/render_transcribe_bench.py --out /tmp/tbench
    .venv/bin/chartside bench transcribe /tmp/tbench --repeat 1

Conditions (clinician voice/speed, patient voice/speed, then sox effects):
  clean-a   en-us 165 / en-gb+f3 155                   (the repo's usual rendering)
  clean-b   en-gb-scotland+m3 140 / en-us+f2 185          (other accents, one slow and one fast speaker)
  noisy-b   clean-b + reverb 50 % + pink noise at ~15 dB SNR
  noisy-c   en-029 175 / en-gb-x-rp+f4 150 + reverb 70 % + brown noise at ~10 dB SNR
Needs espeak-ng and sox (scripts/setup.sh installs both). Deterministic: sox runs with -R.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SPEAK = ROOT.parent / "shared" / "tools" / "speak_dialogue.py"
ENCOUNTERS = [
    ROOT.parent / "shared" / "data" / "encounters" / "htn-followup.json",
    ROOT.parent / "shared" / "data" / "encounters" / "asthma-child.json",
    ROOT / "data" / "encounters" / "dev" / "aci-D2N005.json",
]
CONDITIONS = {
    "clean-a": ({"clinician": ("en-us", "165"), "patient": ("en-gb+f3", "155")}, None),
    "clean-b": ({"clinician": ("en-gb-scotland+m3", "140"), "patient": ("en-us+f2", "185")}, None),
    "noisy-b": (
        {"clinician": ("en-gb-scotland+m3", "140"), "patient": ("en-us+f2", "185")},
        ("pinknoise", 15.0, 50),
    ),
    "noisy-c": ({"clinician": ("en-029", "175"), "patient": ("en-gb-x-rp+f4", "150")}, ("brownnoise", 10.0, 70)),
}


def _speaker_module():
    spec = importlib.util.spec_from_file_location("speak_dialogue", SPEAK)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64)


def degrade(clean: Path, out: Path, noise: str, snr_db: float, reverb: int) -> None:
    """Reverberate with sox, then add sox-synthesised noise scaled to ``snr_db`` against the speech."""
    with tempfile.TemporaryDirectory() as tmp:
        wet, noisy = Path(tmp, "wet.wav"), Path(tmp, "noise.wav")
        subprocess.run(["sox", "-R", str(clean), str(wet), "gain", "-6", "reverb", str(reverb)], check=True)
        speech = _read(wet)
        dur = len(speech) / 16000
        subprocess.run(
            ["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(noisy), "synth", f"{dur:.3f}", noise],
            check=True,
        )
        n = _read(noisy)[: len(speech)]
        rms_s = np.sqrt(np.mean(speech[np.abs(speech) > 100] ** 2))
        scale = rms_s / (np.sqrt(np.mean(n**2)) * 10 ** (snr_db / 20))
        subprocess.run(
            ["sox", "-R", "-m", str(wet), "-v", f"{scale:.4f}", str(noisy), str(out), "gain", "-n", "-3"], check=True
        )


def first_turns(lines: list, max_words: int) -> list:
    """The opening turns up to about ``max_words`` words: short clips keep the benchmark cheap."""
    out, n = [], 0
    for speaker, text in lines:
        out.append([speaker, text])
        n += len(text.split())
        if n >= max_words:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--max-words", type=int, default=90, help="Words per clip (about 0.4 s each).")
    ap.add_argument("--conditions", default=",".join(CONDITIONS))
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    speak = _speaker_module()
    for enc in ENCOUNTERS:
        lines = first_turns(json.loads(enc.read_text())["lines"], a.max_words)
        for cond in a.conditions.split(","):
            voices, effect = CONDITIONS[cond]
            speak.VOICES = {**voices, "doctor": voices["clinician"]}
            wav = a.out / f"{enc.stem}.{cond}.wav"
            if effect is None:
                secs = speak.render(lines, wav)
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    dry = Path(tmp, "dry.wav")
                    secs = speak.render(lines, dry)
                    degrade(dry, wav, *effect)
                    for ext in (".txt", ".turns.json"):
                        dry.with_suffix(ext).replace(wav.with_suffix(ext))
            print(f"{wav.name}: {len(lines)} turns, {secs:.1f} s")


if __name__ == "__main__":
    main()
