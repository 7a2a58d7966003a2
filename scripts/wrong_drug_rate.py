"""Wrong-drug rate through audio: how many medication facts are shown as certain but name a drug the visit
never had (issue 17: the target is 0), and how many are shown as uncertain.

For each encounter JSON (``lines`` of [speaker, text] and ``facts.medications`` with names): render the
dialogue to speech with ../shared/tools/speak_dialogue.py (espeak-ng + sox), transcribe it with the app's
transcriber (bundled model, app settings: VAD, gap recovery, re-listening), extract facts and mark unsure
drug names (engine/clinical/drug_certainty.py), then compare each medication fact with the annotation.
The same dialogue as text is extracted too, so that a wrong drug the extractor would name from the text
anyway (an extraction error, not a hearing error) can be told apart.

    .venv/bin/python scripts/wrong_drug_rate.py ../shared/data/encounters/*.json \\
        data/encounters/dev/aci-D2N011.json --out /tmp/wdr --json /tmp/wdr/result.json

Rendered audio is cached in --out (delete it to render again). Each visit takes about 1-2 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.clinical.drug_certainty import LOW_PROBABILITY, is_uncertain, mark_uncertain_drugs  # noqa: E402
from engine.clinical.extract import extract  # noqa: E402
from engine.clinical.lexicon import find_drugs  # noqa: E402
from engine.clinical.sentences import word_offsets  # noqa: E402
from engine.types import Fact, FactKind, Segment, Transcript  # noqa: E402

SPEAK = ROOT.parent / "shared" / "tools" / "speak_dialogue.py"


def text_transcript(lines: list[list[str]]) -> Transcript:
    """The written dialogue as a transcript, one segment per turn (no audio, no word probabilities)."""
    segs, t = [], 0.0
    for i, (speaker, text) in enumerate(lines):
        segs.append(Segment(id=i, start=t, end=t + 5, text=text, speaker=speaker))
        t += 5
    return Transcript(segments=segs, duration_s=t)


def matches(name: str, annotated: set[str]) -> bool:
    """A fact names an annotated drug: same name, or one part of a combination ("hydrocodone-acetaminophen")."""
    parts = {p for a in annotated for p in a.replace("/", "-").replace(" ", "-").split("-")}
    return name in annotated or name in parts or any(name in a for a in annotated)


def drug_word_probabilities(transcript: Transcript, annotated: set[str]) -> list[tuple[str, float, bool]]:
    """(drug, lowest word probability, annotated?) for every drug name the recogniser wrote."""
    out = []
    for seg in transcript.segments:
        spans = list(zip(seg.words, word_offsets(seg), strict=True))
        for a, b, generic in find_drugs(seg.text.lower()):
            ps = [w.probability for w, (x, y) in spans if x < b and y > a]
            if ps:
                out.append((generic, round(min(ps), 3), matches(generic, annotated)))
    return out


def score(facts: list[Fact], annotated: set[str]) -> dict:
    meds = [f for f in facts if f.kind == FactKind.medication and not f.negated]
    certain = [f for f in meds if not is_uncertain(f)]
    uncertain = [f for f in meds if is_uncertain(f)]
    return {
        "medications": len(meds),
        "certain_right": sorted(f.name for f in certain if matches(f.name, annotated)),
        "certain_wrong": sorted(f.name for f in certain if not matches(f.name, annotated)),
        # what would be shown as certain without drug_certainty (every fact a plain fact)
        "wrong_if_unmarked": sorted(f.name for f in meds if not matches(f.name, annotated)),
        "uncertain": [
            {"name": f.name, "heard_as": f.attributes.get("heard_as"), "candidates": f.attributes.get("candidates")}
            for f in uncertain
        ],
        "found": sorted({f.name for f in meds if matches(f.name, annotated)}),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("encounters", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "wrong-drug-rate")
    ap.add_argument("--json", type=Path, default=None, help="write the per-visit results here")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from engine.config import Settings
    from engine.transcribe.whisper import Transcriber

    transcriber = Transcriber(Settings(home=args.out / "home"))
    rows = []
    for path in args.encounters:
        enc = json.loads(path.read_text())
        annotated = {m["name"].lower() for m in enc["facts"]["medications"]}
        wav = args.out / f"{path.stem}.wav"
        if not wav.exists():
            subprocess.run([sys.executable, str(SPEAK), str(path), "-o", str(wav)], check=True, capture_output=True)
        t0 = time.perf_counter()
        transcript = transcriber.transcribe_file(wav)
        seconds = time.perf_counter() - t0
        # extract() may already mark unsure names; marking twice changes nothing
        audio = score(mark_uncertain_drugs(extract(transcript), transcript), annotated)
        text = score(extract(text_transcript(enc["lines"])), annotated)
        audio["also_wrong_from_text"] = sorted(set(audio["certain_wrong"]) & set(text["certain_wrong"]))
        reheard = [(w.text, w.heard_as) for s in transcript.segments for w in s.words if w.heard_as]
        row = {
            "id": path.stem,
            "annotated": sorted(annotated),
            "audio": audio,
            "text": text,
            "reheard": reheard,
            "drug_word_probabilities": drug_word_probabilities(transcript, annotated),
            "transcribe_s": round(seconds, 1),
            "audio_s": transcript.duration_s,
        }
        rows.append(row)
        print(
            f"{path.stem}: {len(annotated)} annotated; audio found {len(audio['found'])}, certain wrong "
            f"{audio['certain_wrong']}, uncertain {[u['name'] for u in audio['uncertain']]}; text found "
            f"{len(text['found'])}, certain wrong {text['certain_wrong']}; re-heard {reheard} "
            f"({seconds:.0f} s for {transcript.duration_s:.0f} s)",
            flush=True,
        )
    wrong = sum(len(r["audio"]["certain_wrong"]) for r in rows)
    hearing = sum(len(set(r["audio"]["certain_wrong"]) - set(r["audio"]["also_wrong_from_text"])) for r in rows)
    shown = sum(r["audio"]["medications"] - len(r["audio"]["uncertain"]) for r in rows)
    probs = [p for r in rows for p in r["drug_word_probabilities"]]
    right_p = sorted(p for _, p, ok in probs if ok)
    wrong_p = sorted(p for _, p, ok in probs if not ok)
    print(
        f"\nTOTAL over {len(rows)} visits: {sum(len(r['annotated']) for r in rows)} annotated medications; "
        f"through audio {sum(len(r['audio']['found']) for r in rows)} found, {shown} shown as certain, "
        f"{wrong} of them wrong ({hearing} not also wrong from the text; "
        f"{sum(len(r['audio']['wrong_if_unmarked']) for r in rows)} wrong if nothing were marked uncertain), "
        f"{sum(len(r['audio']['uncertain']) for r in rows)} shown as uncertain; from text "
        f"{sum(len(r['text']['found']) for r in rows)} found, "
        f"{sum(len(r['text']['certain_wrong']) for r in rows)} wrong"
    )
    print(
        f"drug-name word probabilities (threshold {LOW_PROBABILITY}): annotated drugs {right_p}; other drugs {wrong_p}"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
