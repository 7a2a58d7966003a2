"""Example notes for docs/drafting.md: ACI-Bench *valid* visits drafted as `chartside eval` drafts them,
written as text and PDF next to their reference notes.

    .venv/bin/python scripts/example_notes.py ../shared/data/aci-bench/valid.csv \
        --id D2N069 --id D2N073 --id D2N083 --out docs/examples [--no-llm]

For each visit: ``ID.note.txt`` (the note as signed and sent), ``ID.pdf`` (the printed note),
``ID.reference.txt`` (ACI-Bench's reference note) and ``ID.md`` (ROUGE, the audit and both notes side by
side), and one line of ROUGE and timing per visit on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rouge_score import rouge_scorer  # noqa: E402

from engine import grounding_audit  # noqa: E402
from engine.aci_bench import aci_lines, aci_rows  # noqa: E402
from engine.clinical.extract import extract  # noqa: E402
from engine.draft import templates  # noqa: E402
from engine.draft.compose import build_draft  # noqa: E402
from engine.evaluation import text_transcript  # noqa: E402
from engine.export.pdf import PrintInfo, write_pdf  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--id", action="append", required=True, dest="ids")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "examples")
    ap.add_argument("--template", default="soap")
    ap.add_argument("--no-llm", action="store_true")
    args = ap.parse_args()
    if "test" in args.csv.name:
        sys.exit("ACI-Bench's test splits are the held-out measure: use train or valid.")
    llm = None
    if not args.no_llm:
        from engine.config import Settings
        from engine.draft.llm import LocalLLM

        llm = LocalLLM(Settings())
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = {r["encounter_id"]: r for r in aci_rows(args.csv)}
    for enc in args.ids:
        row = rows[enc]
        lines = aci_lines(row["dialogue"])
        t0 = time.perf_counter()
        transcript = text_transcript(lines)
        draft = build_draft(templates.load(args.template), transcript, extract(transcript), llm)
        seconds = time.perf_counter() - t0
        text = draft.render_text()
        (args.out / f"{enc}.note.txt").write_text(text)
        (args.out / f"{enc}.reference.txt").write_text(row["note"].strip() + "\n")
        info = PrintInfo(
            patient=f"ACI-Bench {enc} (synthetic)",
            visit_at=datetime(2026, 11, 20, 14, 30, tzinfo=UTC),
            clinician="Example Clinician",
            credentials="MD",
            zone="UTC",
        )
        write_pdf(
            draft,
            args.out / f"{enc}.pdf",
            note_id=hashlib.sha256(enc.encode()).hexdigest(),
            letterhead="Example Clinic",
            info=info,
        )
        r = {k: round(100 * v.fmeasure, 2) for k, v in scorer.score(row["note"], text).items()}
        shown, grounded = grounding_audit.audit(draft)
        summary = (
            f"{enc} ({row['dataset']}): ROUGE-1 {r['rouge1']}, ROUGE-2 {r['rouge2']}, ROUGE-L {r['rougeL']}; "
            f"{len(text.split())} words (reference {len(row['note'].split())}); {grounded}/{shown} sentences "
            f"with evidence; drafted in {seconds:.1f} s ({draft.model or 'no model'})"
        )
        print(summary)
        (args.out / f"{enc}.md").write_text(
            f"# {enc}\n\n{summary}.\n\n## Chartside draft\n\n```text\n{text}```\n\n"
            f"## ACI-Bench reference note\n\n```text\n{row['note'].strip()}\n```\n"
        )


if __name__ == "__main__":
    main()
