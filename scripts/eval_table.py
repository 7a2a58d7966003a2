"""Score every annotated split and print one table: recall / precision (annotated) per fact kind.

    .venv/bin/python scripts/eval_table.py                 # from the written dialogue
    .venv/bin/python scripts/eval_table.py --audio         # through TTS audio (minutes per split)
    .venv/bin/python scripts/eval_table.py --audio --transcripts DIR --split NAME=FOLDER
        # keep each visit's transcript in DIR (plain JSON: fictional dev visits only, never patient data) and
        # reuse it while the visit's lines and the recogniser are the same: rules are then re-scored through
        # audio in seconds; --split (repeatable) scores those folders instead of the four splits

The splits are data/encounters/{dev,heldout} (ACI-Bench train visits) and
data/encounters/primary/{dev,heldout} (fictional primary-care visits); see data/encounters/README.md.
Each run is `chartside eval FOLDER --no-llm` in this process, the same code the CLI runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPLITS = {
    "ACI dev": "data/encounters/dev",
    "ACI held-out": "data/encounters/heldout",
    "primary dev": "data/encounters/primary/dev",
    "primary held-out": "data/encounters/primary/heldout",
}


def main() -> None:
    """Run the evaluations and print the markdown table with the wrong-drug counts under it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audio", action="store_true", help="render TTS audio and transcribe it")
    parser.add_argument("--speak", type=Path, default=ROOT.parent / "shared/tools/speak_dialogue.py")
    parser.add_argument("--transcripts", type=Path, help="cache of audio transcripts (implies --audio)")
    parser.add_argument("--split", action="append", default=[], help="NAME=FOLDER to score instead")
    args = parser.parse_args()
    splits = dict(s.split("=", 1) for s in args.split) or SPLITS

    from engine.evaluation import eval_encounters

    transcribe = None
    if args.audio or args.transcripts:
        import hashlib
        import json
        import os
        import subprocess
        import tempfile

        from engine.cli.common import open_services

        svc = open_services(no_llm=True)
        tmp = Path(tempfile.mkdtemp(prefix="chartside-table-"))  # emptied visit by visit

        from engine.types import Transcript

        def transcribe(path: Path):
            key = hashlib.sha256(json.dumps(json.loads(path.read_text())["lines"]).encode()).hexdigest()[:16]
            model = os.environ.get("CHARTSIDE_WHISPER_MODEL", "default")
            cached = args.transcripts / f"{path.stem}.{model}.{key}.json" if args.transcripts else None
            if cached and cached.exists():
                return Transcript.model_validate_json(cached.read_text())
            transcript = _render_and_transcribe(path)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(transcript.model_dump_json())
            return transcript

        def _render_and_transcribe(path: Path):
            wav = tmp / f"{path.stem}.wav"
            env = {**os.environ, "SOX_OPTS": "-R"}  # sox dither would make runs differ
            subprocess.run([sys.executable, str(args.speak), str(path), "-o", str(wav)], check=True, env=env)
            try:
                return svc.transcribe(wav)
            finally:
                wav.unlink(missing_ok=True)  # one visit's render at a time, not a folder left behind

    reports = {name: eval_encounters(ROOT / folder, None, transcribe=transcribe) for name, folder in splits.items()}
    kinds = list(next(iter(reports.values())).per_kind)
    print("| fact kind | " + " | ".join(reports) + " |")
    print("|---|" + "---|" * len(reports))
    for kind in kinds:
        cells = []
        for report in reports.values():
            m = report.per_kind[kind]
            cells.append(f"{m.recall:.2f} / {m.precision:.2f} ({m.expected})")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print()
    for name, report in reports.items():
        wrong = ", ".join(report.wrong_drugs) or "none"
        print(
            f"{name}: wrong drugs shown as certain: {wrong}; drug names left uncertain: {report.uncertain_drugs} "
            f"(the right drug among the candidates: {report.offered_drugs})"
        )


if __name__ == "__main__":
    main()
