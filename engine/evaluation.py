"""`chartside eval`: how good and how safe the notes are, on annotated encounters or ACI-Bench.

* Encounter folders (``../shared/data/encounters`` format): fact recall and precision per kind against the
  annotated facts, from the written dialogue or, with ``audio=True``, from TTS audio through the whole
  transcription stage.
* ACI-Bench CSVs: ROUGE-1/2/L (rouge-score, stemmed F1) of the whole note against the reference note.
* Both: the unsupported-statement rate (model sentences the verifier removed) and time per encounter.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from engine import grounding_audit
from engine.aci_bench import aci_lines, aci_rows
from engine.clinical.extract import extract
from engine.clinical.text_caches import forget_visit_text
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.draft.verify import GroundTruth
from engine.fact_scoring import (
    Match,
    match,
    offered_drugs,
    same_dose,
    same_follow_up,
    same_habit,
    same_value,
    same_vital,
    vital_readings,
    vital_value,
    wrong_drugs,
)
from engine.name_matching import exam_list_item, problem_like, same_allergen, same_drug, same_exam_site, same_name
from engine.types import Draft, Fact, FactKind, Segment, SentenceStatus, Transcript


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
    sentences: int = 0  # in the notes as rendered (grounding audit)
    grounded: int = 0  # of them with evidence spans
    words: list[int] = field(default_factory=list)
    caught: dict[str, list[int]] = field(default_factory=dict)  # injected kind -> [caught, injected]
    wrong_drugs: list[str] = field(default_factory=list)  # shown as certain, never in the visit
    uncertain_drugs: int = 0  # drug names left for the clinician to confirm
    offered_drugs: int = 0  # of them, with an annotated drug of the visit among the candidates

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
            "grounding": {
                "sentences": self.sentences,
                "with_evidence": self.grounded,
                "share": round(self.grounded / self.sentences, 4) if self.sentences else 1.0,
            },
            "words_per_note_mean": round(statistics.mean(self.words)) if self.words else None,
            "wrong_drugs_shown_certain": self.wrong_drugs,
            "uncertain_drugs": self.uncertain_drugs,
            "uncertain_drugs_right_candidate": self.offered_drugs,
            "hallucinations": {k: {"caught": c, "injected": n} for k, (c, n) in sorted(self.caught.items())},
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
        rows += grounding_audit.markdown(d, wrong_drugs=bool(self.per_kind))
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


def _count(report: EvalReport, kind: str, m: Match, label: str) -> None:
    c = report.per_kind.setdefault(kind, Counts())
    c.expected += m.expected
    c.produced += m.produced
    c.tp += m.tp
    report.misses += [f"{label}: missed {kind} {x}" for x in m.missed]
    report.misses += [f"{label}: extra {kind} {x}" for x in m.extra]


def _same_reaction(gold: str, got: str) -> bool:
    """One reaction however worded, and no reaction said on either side is the same allergy ("allergic to
    penicillin" charted without a reaction); the names alone never matched when both were empty."""
    return (not gold.strip() and not got.strip()) or same_name(gold or "-", got or "-")


def _doses(fact: Fact) -> list[str]:
    """The doses a medication fact may be scored by: the range as said and its top, or the one dose."""
    a = fact.attributes
    return [a["dose_range"], a.get("dose", "")] if a.get("dose_range") else [a.get("dose", "")]


def score_facts(report: EvalReport, facts: list[Fact], gold: dict, label: str) -> None:
    """Compare extracted facts with one encounter's annotations, kind by kind (engine/fact_scoring.py)."""
    by = {k: [f for f in facts if f.kind == k] for k in FactKind}

    def named(kind, items, concept=None):
        def show(x):
            return x.label() if isinstance(x, Fact) else x

        _count(report, kind, match(items[0], items[1], lambda g, p: same_name(g, p.name, concept), show), label)

    meds = by[FactKind.medication]
    _count(
        report,
        "medication (name+dose+status)",
        match(
            gold.get("medications", []),
            meds,
            lambda g, p: (
                same_drug(g["name"], p.name)
                # a range ("1-2 puffs") matches as said, or by its top where the annotation kept one number
                and any(same_dose(g.get("dose", ""), d) for d in _doses(p))
                and g.get("status", "active") == p.attributes.get("status", "active")
            ),
            lambda x: x.label() if isinstance(x, Fact) else f"{x['name']} {x.get('dose', '')} ({x.get('status')})",
        ),
        label,
    )
    allergies = [f for f in by[FactKind.allergy] if not f.negated]
    _count(
        report,
        "allergy (substance+reaction)",
        match(
            gold.get("allergies", []),
            allergies,
            lambda g, p: (
                same_allergen(g["substance"], p.name)
                and _same_reaction(g.get("reaction") or "", p.attributes.get("reaction") or "")
            ),
            lambda x: x.label() if isinstance(x, Fact) else f"{x['substance']} ({x.get('reaction', '')})",
        ),
        label,
    )
    nka = [f for f in by[FactKind.allergy] if f.negated]
    _count(
        report,
        "no known drug allergies",
        match([1] if gold.get("no_known_drug_allergies") else [], nka, lambda g, p: True, lambda x: "NKDA"),
        label,
    )
    _count(
        report,
        "vital",
        match(
            vital_readings(gold.get("vitals", {})),
            by[FactKind.vital],
            lambda g, p: g[0] == p.name and same_vital(g[0], g[1], vital_value(p)),
            lambda x: x.label() if isinstance(x, Fact) else f"{x[0]} {x[1]}",
        ),
        label,
    )
    sym = by[FactKind.symptom]
    named(
        "symptom present", (gold.get("symptoms_present", []), [f for f in sym if not f.negated]), concept=problem_like
    )
    named(
        "symptom absent (negation)",
        (gold.get("symptoms_absent", []), [f for f in sym if f.negated]),
        concept=problem_like,
    )
    named("problem", (gold.get("problems", []), by[FactKind.problem]), concept=problem_like)
    named("order", (gold.get("orders", []), by[FactKind.order]))
    _count(
        report,
        "result (name+value)",
        match(
            gold.get("results", []),
            by[FactKind.result],
            lambda g, p: same_name(g["name"], p.name) and same_value(g.get("value", ""), p.attributes.get("value", "")),
            lambda x: x.label() if isinstance(x, Fact) else f"{x['name']}: {x.get('value', '')}",
        ),
        label,
    )
    _count(
        report,
        "exam finding (finding+site+side)",
        match(
            gold.get("exam_findings", []),
            by[FactKind.exam],
            lambda g, p: (
                same_name(g["finding"], p.name)
                and same_exam_site(g["finding"], g.get("site") or "", p.name, p.attributes.get("site") or "")
                and (g.get("laterality", "") or "") in ("", p.attributes.get("laterality", ""))
                # "no tenderness" is not "tenderness": the finding's polarity must agree when both give it
                and (
                    "normal" not in g
                    or "normal" not in p.attributes
                    or bool(g["normal"]) == (p.attributes["normal"] == "yes")
                )
            ),
            lambda x: (
                x.label() if isinstance(x, Fact) else f"{x['finding']} ({x.get('laterality', '')} {x.get('site', '')})"
            ),
            # a finding charted on its own that the annotation wrote in a list is no extra; an abnormal one
            # never is part of a normal line ("rub" charted against "no murmurs, rubs, or gallops")
            part_of=lambda g, p: (
                exam_list_item(g["finding"], g.get("site") or "", p.name, p.attributes.get("site") or "")
                and (g.get("laterality", "") or "") in ("", p.attributes.get("laterality", ""))
                and not (g.get("normal") and p.attributes.get("normal") == "no")
            ),
        ),
        label,
    )
    hist = gold.get("history", {}) or {}
    by_cat = {
        c: [f for f in by[FactKind.history] if f.attributes.get("category") == c]
        for c in ("past_medical", "past_surgical", "family", "social")
    }
    named("history: past medical", (hist.get("past_medical", []), by_cat["past_medical"]), concept=problem_like)
    named("history: past surgical", (hist.get("past_surgical", []), by_cat["past_surgical"]))
    _count(
        report,
        "history: family (relation+condition)",
        match(
            hist.get("family", []),
            by_cat["family"],
            lambda g, p: (
                g["relation"] == p.attributes.get("relation") and same_name(g["condition"], p.name, problem_like)
            ),
            lambda x: x.label() if isinstance(x, Fact) else f"{x['relation']}: {x['condition']}",
        ),
        label,
    )
    _count(
        report,
        "history: social",
        match(
            sorted((hist.get("social", {}) or {}).items()),
            by_cat["social"],
            lambda g, p: g[0] == p.name and same_habit(str(g[1]), p.attributes.get("value", "")),
            lambda x: x.label() if isinstance(x, Fact) else f"{x[0]}: {x[1]}",
        ),
        label,
    )
    fu = by[FactKind.follow_up]
    _count(
        report,
        "follow-up",
        match(
            [gold["follow_up"]] if gold.get("follow_up") else [],
            fu,
            lambda g, p: same_follow_up(g, p.attributes.get("interval", "")),
            lambda x: x.label() if isinstance(x, Fact) else x,
        ),
        label,
    )


def _draft_stats(report: EvalReport, draft: Draft, truth: GroundTruth | None = None, others: list[str] = ()) -> None:
    n, grounded = grounding_audit.audit(draft)
    report.sentences += n
    report.grounded += grounded
    report.words.append(len(draft.render_text().split()))
    if truth is not None:
        for kind, caught in grounding_audit.check_injections(truth, list(others)).items():
            tally = report.caught.setdefault(kind, [0, 0])
            tally[0] += caught
            tally[1] += 1
    model = [s for sec in draft.sections for s in sec.sentences if s.source == "model"]
    report.model_sentences += len(model) + len(draft.removed)
    report.removed += len([s for s in draft.removed if s.status == SentenceStatus.unsupported])


def eval_encounters(
    folder: Path, llm, template: str = "soap", transcribe: Callable[[Path], Transcript] | None = None
) -> EvalReport:
    """Annotated encounters: from text, or from audio when ``transcribe`` renders and transcribes one."""
    report = EvalReport(source=f"{folder} ({'TTS audio' if transcribe else 'text'})")
    tpl = templates.load(template)
    others: list[str] = ["172", "118", "134"]
    for path in sorted(Path(folder).glob("*.json")):
        enc = json.loads(path.read_text())
        t0 = time.perf_counter()
        transcript = transcribe(path) if transcribe else text_transcript(enc["lines"])
        facts = extract(transcript)
        draft = build_draft(tpl, transcript, facts, llm)
        report.seconds.append(time.perf_counter() - t0)
        report.encounters += 1
        score_facts(report, facts, enc.get("facts", {}), path.stem)
        wrong, unsure = wrong_drugs(facts, enc.get("facts", {}))
        report.wrong_drugs += [f"{path.stem}: {w}" for w in wrong]
        report.uncertain_drugs += len(unsure)
        report.offered_drugs += offered_drugs(facts, enc.get("facts", {}))
        _draft_stats(report, draft, GroundTruth.build(transcript, facts), others)
        others = grounding_audit.numbers_of(facts)
        forget_visit_text()  # as after every draft in the app: no visit's sentences kept past its turn
    return report


def eval_aci(csv_path: Path, llm, template: str = "soap", limit: int | None = None) -> EvalReport:
    """ACI-Bench: ROUGE of the whole rendered note against the reference note."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    report = EvalReport(source=str(csv_path))
    tpl = templates.load(template)
    others: list[str] = ["172", "118", "134"]  # for the first visit, numbers from outside the set
    for row in aci_rows(csv_path, limit):
        t0 = time.perf_counter()
        transcript = text_transcript(aci_lines(row["dialogue"]))
        facts = extract(transcript)
        draft = build_draft(tpl, transcript, facts, llm)
        report.seconds.append(time.perf_counter() - t0)
        report.encounters += 1
        scores = scorer.score(row["note"], draft.render_text())
        for k, v in scores.items():
            report.rouge.setdefault(k, []).append(v.fmeasure)
        _draft_stats(report, draft, GroundTruth.build(transcript, facts), others)
        others = grounding_audit.numbers_of(facts)  # the next visit gets this patient's numbers
        forget_visit_text()
    return report
