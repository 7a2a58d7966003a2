#!/usr/bin/env python3
"""Speaker-role accuracy on rendered audio: ACI-Bench valid dialogues spoken by espeak-ng (the clinician
and the patient in different voices), transcribed by Chartside, labelled by engine/transcribe/roles.py,
and scored against the tags of the dialogue.

    .venv/bin/python scripts/roles_on_audio.py --dialogues 4 --max-turns 40

Scores, next to the same turns as text (one segment per turn, 1 s apart, as scripts/train_roles.py):
  per segment  each transcript segment against the turn it overlaps most in time;
  per turn     each reference turn gets the role most of its words were given (words placed by their
               midpoint); a turn with no word heard counts as wrong.
Roles come from the words, the pauses and the voices (engine/transcribe/voices.py); the per-turn score
is also given without the voices, for comparison. A [patient_guest] turn counts as right when labelled
patient (not the clinician), as in
train_roles.py. The rendering inserts the same 0.45 s pause between every turn.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.config import get_settings  # noqa: E402
from engine.transcribe.roles import CLINICIAN, assign_roles, model, role_posteriors  # noqa: E402
from engine.transcribe.whisper import Transcriber  # noqa: E402
from engine.types import Segment, Transcript  # noqa: E402

SHARED = ROOT.parent / "shared"


def _speak():
    spec = importlib.util.spec_from_file_location("speak_dialogue", SHARED / "tools" / "speak_dialogue.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ids(csv_path: Path) -> list[str]:
    import csv

    csv.field_size_limit(10**8)
    with csv_path.open(newline="", encoding="utf-8") as f:
        return [row["encounter_id"] for row in csv.DictReader(f)]


def text_scores(turns: list[dict]) -> tuple[int, int]:
    """Right answers of the text model alone and with turn-taking, one segment per turn, 1 s apart."""
    rm = model()
    segs, t = [], 0.0
    for tr in turns:
        segs.append(Segment(id=len(segs), start=t, end=t + 4.0, text=tr["text"]))
        t += 5.0
    truth = [tr["speaker"] == "doctor" for tr in turns]
    alone = sum((rm.p_clinician(s.text) >= 0.5) == y for s, y in zip(segs, truth, strict=True))
    smooth = sum((p >= 0.5) == y for p, y in zip(role_posteriors(segs, rm), truth, strict=True))
    return alone, smooth


def audio_scores(transcript: Transcript, turns: list[dict], voices: bool = True) -> dict:
    labelled = assign_roles(transcript, voices=voices).segments
    seg_right = seg_total = 0
    for s in labelled:
        overlap = [max(0.0, min(s.end, t["end"]) - max(s.start, t["start"])) for t in turns]
        best = max(range(len(turns)), key=overlap.__getitem__)
        if overlap[best] <= 0:
            continue
        seg_total += 1
        seg_right += (s.speaker == CLINICIAN) == (turns[best]["speaker"] == "doctor")
    turn_right = heard = 0
    for t in turns:
        votes = [
            s.speaker == CLINICIAN
            for s in labelled
            for w in s.words
            if t["start"] - 0.2 <= (w.start + w.end) / 2 <= t["end"] + 0.2
        ]
        if not votes:
            continue
        heard += 1
        turn_right += (sum(votes) * 2 > len(votes)) == (t["speaker"] == "doctor")
    return {"segments": seg_total, "segments_right": seg_right, "turns_heard": heard, "turns_right": turn_right}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aci", type=Path, default=SHARED / "data" / "aci-bench" / "valid.csv")
    ap.add_argument("--dialogues", type=int, default=4, help="The first N dialogues of the CSV.")
    ap.add_argument("--max-turns", type=int, default=40, help="The opening turns of each (cost).")
    ap.add_argument("--model", default=None, help="Transcription model (default: the chosen one).")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--patient-voice",
        help="espeak-ng voice for the patient (the shared tool's two voices share one pitch, about 96 Hz; "
        "'en-us+Alicia' is a higher voice, to see what the voices add when they differ).",
    )
    a = ap.parse_args()
    os.environ.setdefault("SOX_OPTS", "-R")  # sox dithers with a random seed otherwise: renders would differ
    speak = _speak()
    if a.patient_voice:
        speak.VOICES["patient"] = (a.patient_voice, speak.VOICES["patient"][1])
    settings = get_settings()
    if a.model:
        settings = settings.model_copy(update={"whisper_model": a.model})
    tr = Transcriber(settings)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for eid in _ids(a.aci)[: a.dialogues]:
            lines = speak.aci_lines(str(a.aci), eid)[: a.max_turns]
            wav = Path(tmp, f"{eid}.wav")
            speak.render(lines, wav)
            turns = json.loads(wav.with_suffix(".turns.json").read_text())
            row = {"id": eid, "turns": len(turns), "audio_s": round(turns[-1]["end"], 1)}
            row["text_alone_right"], row["text_hmm_right"] = text_scores(turns)
            heard = tr.transcribe_file(wav)
            row |= audio_scores(heard, turns)
            row["turns_right_without_voices"] = audio_scores(heard, turns, voices=False)["turns_right"]
            rows.append(row)
            print(json.dumps(row), flush=True)
    tot = {k: sum(r[k] for r in rows) for k in rows[0] if k != "id"}
    n = tot["turns"]
    print(
        f"\n{len(rows)} dialogues, {n} turns, {tot['audio_s']:.0f} s audio, model {tr.name}\n"
        f"| input | scored on | accuracy |\n|---|---|---|\n"
        f"| text, one segment per turn | text model alone | {tot['text_alone_right'] / n:.1%} |\n"
        f"| text, one segment per turn | with turn-taking | {tot['text_hmm_right'] / n:.1%} |\n"
        f"| rendered audio -> transcript | per turn (all {n}) | {tot['turns_right'] / n:.1%} "
        f"({n - tot['turns_heard']} turns not heard) |\n"
        f"| rendered audio -> transcript, without the voices | per turn | "
        f"{tot['turns_right_without_voices'] / n:.1%} |\n"
        f"| rendered audio -> transcript | per segment ({tot['segments']}) | "
        f"{tot['segments_right'] / max(1, tot['segments']):.1%} |"
    )
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "total": tot}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
