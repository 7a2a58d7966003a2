"""`chartside eval`: how good and how safe the notes are, on annotated encounters or ACI-Bench.

* Encounter folders (``../shared/data/encounters`` format): fact recall and precision per kind against the
  annotated facts, from the written dialogue or, with ``audio=True``, from TTS audio through the whole
  transcription stage.
* ACI-Bench CSVs: ROUGE-1/2/L (rouge-score, stemmed F1) of the whole note against the reference note.
* Both: the unsupported-statement rate (model sentences the verifier removed) and time per encounter.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.types import Draft, Fact, FactKind, Segment, SentenceStatus, Transcript

VITAL_KEYS = {
    "heart_rate": "heart rate",
    "temperature_f": "temperature",
    "spo2": "oxygen saturation",
    "respiratory_rate": "respiratory rate",
}


@dataclass
class Counts:
    tp: int = 0
    expected: int = 0
    produced: int = 0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.tp / self.produced if self.produced else 1.0


@dataclass
class EvalReport:
    source: str
    encounters: int = 0
    per_kind: dict[str, Counts] = field(default_factory=dict)
    rouge: dict[str, list[float]] = field(default_factory=dict)
    model_sentences: int = 0
    removed: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {
            "source": self.source,
            "encounters": self.encounters,
            "unsupported_rate": round(self.removed / self.model_sentences, 3) if self.model_sentences else 0.0,
            "model_sentences": self.model_sentences,
            "removed": self.removed,
            "seconds_per_encounter_median": round(statistics.median(self.seconds), 2) if self.seconds else None,
            "facts": {
                k: {
                    "recall": round(c.recall, 3),
                    "precision": round(c.precision, 3),
                    "expected": c.expected,
                    "produced": c.produced,
                    "correct": c.tp,
                }
                for k, c in self.per_kind.items()
            },
            "misses": self.misses,
        }
        if self.rouge:
            out["rouge"] = {k: round(100 * statistics.mean(v), 2) for k, v in self.rouge.items()}
        return out

    def markdown(self) -> str:
        d = self.as_dict()
        rows = [f"## Evaluation: {self.source} ({self.encounters} encounters)", ""]
        if self.per_kind:
            rows += ["| fact kind | recall | precision | correct / expected / produced |", "|---|---|---|---|"]
            rows += [
                f"| {k} | {v['recall']:.2f} | {v['precision']:.2f} | {v['correct']} / {v['expected']} / "
                f"{v['produced']} |"
                for k, v in d["facts"].items()
            ]
            rows.append("")
        if self.rouge:
            r = d["rouge"]
            rows += [
                "| ROUGE-1 | ROUGE-2 | ROUGE-L |",
                "|---|---|---|",
                f"| {r['rouge1']} | {r['rouge2']} | {r['rougeL']} |",
                "",
            ]
        rows.append(
            f"Model sentences: {self.model_sentences}, removed by the verifier: {self.removed} "
            f"(unsupported rate {d['unsupported_rate']:.2f}); median {d['seconds_per_encounter_median']} s "
            "per encounter."
        )
        return "\n".join(rows)


def text_transcript(lines: list[tuple[str, str]]) -> Transcript:
    """A transcript from written dialogue: one segment per turn, 5 s apart (no audio)."""
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, text=t, speaker=who) for i, (who, t) in enumerate(lines)]
    return Transcript(segments=segs, duration_s=len(segs) * 5.0)


def _count(report: EvalReport, kind: str, expected: list[str], produced: list[str], label: str) -> None:
    c = report.per_kind.setdefault(kind, Counts())
    exp, got = set(expected), set(produced)
    c.expected += len(exp)
    c.produced += len(got)
    c.tp += len(exp & got)
    report.misses += [f"{label}: missed {kind} {x}" for x in sorted(exp - got)]
    report.misses += [f"{label}: extra {kind} {x}" for x in sorted(got - exp)]


def score_facts(report: EvalReport, facts: list[Fact], gold: dict, label: str) -> None:
    """Compare extracted facts with one encounter's annotations, kind by kind."""
    by = {k: [f for f in facts if f.kind == k] for k in FactKind}
    _count(
        report,
        "medication (name+dose+status)",
        [f"{m['name']}|{m['dose']}|{m['status']}" for m in gold.get("medications", [])],
        [f"{f.name}|{f.attributes.get('dose', '')}|{f.attributes.get('status', '')}" for f in by[FactKind.medication]],
        label,
    )
    _count(
        report,
        "allergy (substance+reaction)",
        [f"{a['substance']}|{a.get('reaction', '')}" for a in gold.get("allergies", [])],
        [f"{f.name}|{f.attributes.get('reaction', '')}" for f in by[FactKind.allergy] if not f.negated],
        label,
    )
    vit = {f.name: f.attributes for f in by[FactKind.vital]}
    exp_v, got_v = [], []
    g = gold.get("vitals", {})
    if "systolic" in g:
        exp_v.append(f"blood pressure|{g['systolic']}/{g['diastolic']}")
    exp_v += [f"{VITAL_KEYS[k]}|{float(v):g}" for k, v in g.items() if k in VITAL_KEYS]
    for name, a in vit.items():
        got_v.append(f"{name}|{a['value']}" if name == "blood pressure" else f"{name}|{float(a['value']):g}")
    _count(report, "vital", exp_v, got_v, label)
    sym = by[FactKind.symptom]
    _count(report, "symptom present", gold.get("symptoms_present", []), [f.name for f in sym if not f.negated], label)
    _count(
        report, "symptom absent (negation)", gold.get("symptoms_absent", []), [f.name for f in sym if f.negated], label
    )
    _count(report, "problem", gold.get("problems", []), [f.name for f in by[FactKind.problem]], label)
    _count(report, "order", gold.get("orders", []), [f.name for f in by[FactKind.order]], label)
    fu = [f.attributes.get("interval", "") for f in by[FactKind.follow_up]]
    _count(report, "follow-up", [gold["follow_up"]] if gold.get("follow_up") else [], fu, label)


def _draft_stats(report: EvalReport, draft: Draft) -> None:
    model = [s for sec in draft.sections for s in sec.sentences if s.source == "model"]
    report.model_sentences += len(model) + len(draft.removed)
    report.removed += len([s for s in draft.removed if s.status == SentenceStatus.unsupported])


def eval_encounters(
    folder: Path, llm, template: str = "soap", transcribe: Callable[[Path], Transcript] | None = None
) -> EvalReport:
    """Annotated encounters: from text, or from audio when ``transcribe`` renders and transcribes one."""
    report = EvalReport(source=f"{folder} ({'TTS audio' if transcribe else 'text'})")
    tpl = templates.load(template)
    for path in sorted(Path(folder).glob("*.json")):
        enc = json.loads(path.read_text())
        t0 = time.perf_counter()
        transcript = transcribe(path) if transcribe else text_transcript(enc["lines"])
        facts = extract(transcript)
        draft = build_draft(tpl, transcript, facts, llm)
        report.seconds.append(time.perf_counter() - t0)
        report.encounters += 1
        score_facts(report, facts, enc.get("facts", {}), path.stem)
        _draft_stats(report, draft)
    return report


_TURN = re.compile(r"^\[(\w+)\]\s*(.*)$")


def aci_rows(csv_path: Path, limit: int | None = None) -> list[dict]:
    csv.field_size_limit(10**8)
    with Path(csv_path).open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows[:limit] if limit else rows


def eval_aci(csv_path: Path, llm, template: str = "soap", limit: int | None = None) -> EvalReport:
    """ACI-Bench: ROUGE of the whole rendered note against the reference note."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    report = EvalReport(source=str(csv_path))
    tpl = templates.load(template)
    for row in aci_rows(csv_path, limit):
        lines = [
            (m.group(1), m.group(2))
            for ln in row["dialogue"].splitlines()
            if (m := _TURN.match(ln.strip())) and m.group(2).strip()
        ]
        t0 = time.perf_counter()
        transcript = text_transcript(lines)
        facts = extract(transcript)
        draft = build_draft(tpl, transcript, facts, llm)
        report.seconds.append(time.perf_counter() - t0)
        report.encounters += 1
        scores = scorer.score(row["note"], draft.render_text())
        for k, v in scores.items():
            report.rouge.setdefault(k, []).append(v.fmeasure)
        _draft_stats(report, draft)
    return report
