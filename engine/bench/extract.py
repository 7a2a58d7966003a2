"""Extraction time per encounter on ACI-Bench dialogues, against the time the audio would take to say.

The baseline is the visit itself: a dialogue of N words takes about N / 150 minutes to say, and
transcribing it takes about that long again on a laptop, so extraction should be a tiny fraction of it.
Models and vocabularies are loaded once before timing (as in the app, which warms them at start).
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from engine.aci_bench import aci_lines, aci_rows
from engine.clinical import context, lexicon, vocabulary
from engine.clinical.extract import extract
from engine.evaluation import text_transcript

WORDS_PER_MINUTE = 150  # conversational speech


@dataclass
class ExtractBench:
    encounters: int
    ms: list[float]
    spoken_s: list[float]
    facts: list[int]

    def markdown(self) -> str:
        med_ms = statistics.median(self.ms)
        ratio = statistics.median(m / 1000 / s for m, s in zip(self.ms, self.spoken_s, strict=True))
        return "\n".join(
            [
                f"## Extraction on {self.encounters} ACI-Bench dialogues",
                "",
                "| median ms / encounter | max ms | median facts | median extraction time / speaking time |",
                "|---|---|---|---|",
                f"| {med_ms:.1f} | {max(self.ms):.1f} | {statistics.median(self.facts):.0f} | {ratio:.5f} |",
            ]
        )


def run(csv_path: Path, repeat: int = 3) -> ExtractBench:
    """Time ``extract`` on every dialogue of ``csv_path`` (best of ``repeat`` runs each)."""
    lexicon.drug_dictionary()
    vocabulary.warm()
    context.warm()
    ms, spoken, counts = [], [], []
    for row in aci_rows(csv_path):
        lines = aci_lines(row["dialogue"])
        transcript = text_transcript(lines)
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            facts = extract(transcript)
            best = min(best, time.perf_counter() - t0)
        ms.append(best * 1000)
        spoken.append(len(re.findall(r"\w+", transcript.text)) / WORDS_PER_MINUTE * 60)
        counts.append(len(facts))
    return ExtractBench(len(ms), ms, spoken, counts)
