"""Benchmark: drafting a long (about 10-minute) ACI-Bench visit with the bundled model: prompt tokens/s,
generated tokens/s and total time, next to the deterministic fact-only draft of the same visit."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from engine.aci_bench import aci_lines, aci_rows
from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.evaluation import text_transcript


@dataclass
class DraftBench:
    encounter: str
    words: int
    facts_only_s: float
    total_s: float
    prompt_tokens: int
    prompt_s: float
    generated_tokens: int
    generate_s: float

    def markdown(self) -> str:
        return "\n".join(
            [
                f"Drafting benchmark: ACI-Bench {self.encounter} ({self.words} words of dialogue, about "
                f"{self.words / 150:.0f} minutes spoken), bundled model, one run",
                "",
                "| stage | result |",
                "|---|---|",
                f"| facts-only draft (no model) | {self.facts_only_s:.2f} s |",
                f"| full draft with model prose | {self.total_s:.2f} s |",
                f"| prompt evaluation | {self.prompt_tokens} tokens in {self.prompt_s:.2f} s = "
                f"{self.prompt_tokens / max(self.prompt_s, 1e-9):.0f} tokens/s |",
                f"| generation | {self.generated_tokens} tokens in {self.generate_s:.2f} s = "
                f"{self.generated_tokens / max(self.generate_s, 1e-9):.0f} tokens/s |",
            ]
        )


def run(csv_path: Path, llm, encounter: str | None = None) -> DraftBench:
    """Draft the longest (or the named) encounter of an ACI-Bench CSV."""
    rows = aci_rows(csv_path)
    row = (
        next((r for r in rows if r["encounter_id"] == encounter), None)
        if encounter
        else max(rows, key=lambda r: len(r["dialogue"]))
    )
    lines = aci_lines(row["dialogue"])
    transcript = text_transcript(lines)
    tpl = templates.load("soap")
    t0 = time.perf_counter()
    facts = extract(transcript)
    build_draft(tpl, transcript, facts, None)
    facts_only = time.perf_counter() - t0
    llm.calls.clear()
    t0 = time.perf_counter()
    build_draft(tpl, transcript, extract(transcript), llm)
    total = time.perf_counter() - t0
    c = llm.calls
    return DraftBench(
        encounter=row["encounter_id"],
        words=len(row["dialogue"].split()),
        facts_only_s=facts_only,
        total_s=total,
        prompt_tokens=sum(x.prompt_tokens for x in c),
        prompt_s=sum(x.prompt_s for x in c),
        generated_tokens=sum(x.generated_tokens for x in c),
        generate_s=sum(x.generate_s for x in c),
    )
