"""Grounding audit and hallucination suite, run by `chartside eval` over every note it drafts.

* Audit: the share of the note's sentences (what is signed, printed and sent) that carry evidence spans.
* Suite: for each visit, statements a careless writer could add are built from that visit's own facts
  (a wrong dose, a drug nobody mentioned, a flipped negation, the other side, a diagnosis nobody made,
  a number from another patient's visit, advice assembled from unrelated turns, "stop" for a drug that
  continues) and put through the verifier exactly as a model sentence is; the catch rate is reported per
  kind. A kind the visit gives no material for is skipped for that visit, not counted as caught.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.draft.verify import GroundTruth, verify_sentence
from engine.types import Draft, Fact, FactKind, SentenceStatus

# drugs and diagnoses common in primary care; each is only injected into a visit that never mentions it
_DRUGS = ("warfarin", "amiodarone", "methotrexate", "digoxin", "lithium", "tramadol", "prednisone")
_DIAGNOSES = ("atrial fibrillation", "pulmonary embolism", "multiple sclerosis", "lung cancer", "heart failure")
_ADVICE_TOPICS = ("alcohol", "caffeine", "salt", "sugar", "driving", "heavy lifting", "smoking")
_SIDES = {"left": "right", "right": "left"}
_LATERAL = re.compile(r"\b(left|right) (knee|shoulder|arm|leg|hip|ankle|foot|hand|wrist|elbow|ear|eye|side)\b")


def audit(draft: Draft) -> tuple[int, int]:
    """(sentences in the note, of them with evidence): the note text as rendered, headings excluded."""
    shown = [s for sec in draft.sections for s in sec.sentences if s.status == SentenceStatus.supported]
    return len(shown), sum(bool(s.evidence) for s in shown)


def injections(truth: GroundTruth, other_numbers: list[str]) -> dict[str, str]:
    """One hallucinated sentence per kind this visit has material for (kind -> sentence)."""
    facts, low = truth.facts, truth.low_text
    out: dict[str, str] = {}
    meds = [f for f in facts if f.kind == FactKind.medication and f.attributes.get("certainty") is None]
    dosed = [
        f for f in meds if f.attributes.get("dose", "").split()[:1] and f.attributes["dose"].split()[0][0].isdigit()
    ]
    if dosed:
        f = dosed[0]
        amount, unit = f.attributes["dose"].split()[:2]
        wrong = float(amount) * 2
        out["wrong dose"] = f"Continue {f.name} {wrong:g} {unit} daily."
    said = {g for _, _, g in find_drugs(low)}
    drug = next((d for d in _DRUGS if d not in low and d not in said), None)
    if drug:
        out["invented drug"] = f"Started {drug} 5 mg daily."
    symptoms = [f for f in facts if f.kind == FactKind.symptom]
    denied = [f for f in symptoms if f.negated]
    present = [f for f in symptoms if not f.negated and "certainty" not in f.attributes]
    if denied:
        out["flipped negation (denied said present)"] = f"The patient reports {denied[0].name}."
    if present:
        out["flipped negation (present said denied)"] = f"The patient denies {present[0].name}."
    side = _LATERAL.search(low)
    if side and not re.search(rf"\b{_SIDES[side.group(1)]}\b(?:\W+\w+){{0,3}}\W+{side.group(2)}", low):
        out["wrong side"] = f"Pain in the {_SIDES[side.group(1)]} {side.group(2)}."
    diagnosis = next((d for d in _DIAGNOSES if d not in low), None)
    if diagnosis:
        out["invented diagnosis"] = f"Assessment is {diagnosis}."
    number = next((n for n in other_numbers if n not in truth.numbers), None)
    if number:
        out["number from another patient"] = f"Heart rate today is {number}."
    if present:
        topic = next((t for t in _ADVICE_TOPICS if t in low), _ADVICE_TOPICS[0])
        out["advice nobody gave"] = f"The clinician advises avoiding {topic} because it worsens the {present[-1].name}."
    active = [f for f in meds if f.attributes.get("status") == "active"]
    if active:
        out["plan nobody made (stop a continued drug)"] = f"Stop {active[0].name}."
    return out


def check_injections(truth: GroundTruth, other_numbers: list[str]) -> dict[str, bool]:
    """kind -> whether the verifier kept the injected sentence out of the note."""
    return {
        kind: verify_sentence(text, truth).status == SentenceStatus.unsupported
        for kind, text in injections(truth, other_numbers).items()
    }


def numbers_of(facts: list[Fact]) -> list[str]:
    """Whole numbers from a visit's vitals and results, to inject into another visit."""
    out = []
    for f in facts:
        if f.kind in (FactKind.vital, FactKind.result):
            out += [n for n in re.findall(r"\b\d{2,3}\b", f.attributes.get("value", "")) if int(n) > 90]
    return out


def _offered(report: dict) -> str:
    """ ", the right drug among the candidates for N" when any name was left uncertain."""
    if not report["uncertain_drugs"]:
        return ""
    return f", the visit's drug among the candidates for {report.get('uncertain_drugs_right_candidate', 0)}"


def markdown(report: dict, wrong_drugs: bool) -> list[str]:
    """The audit, the wrong-drug count (fact evaluations) and the suite's table, as `chartside eval` prints."""
    g = report["grounding"]
    rows = [
        f"Grounding audit: {g['with_evidence']} of {g['sentences']} note sentences carry evidence "
        f"({100 * g['share']:.1f} %); {report['words_per_note_mean']} words per note on average."
    ]
    if wrong_drugs:
        wrong = report["wrong_drugs_shown_certain"]
        rows.append(
            f"Wrong drugs shown as certain: {len(wrong)}{' (' + ', '.join(wrong) + ')' if wrong else ''}; drug "
            f"names left uncertain for the clinician: {report['uncertain_drugs']}"
            f"{_offered(report)}."
        )
    suite = report["hallucinations"]
    if suite:
        caught, injected = sum(v["caught"] for v in suite.values()), sum(v["injected"] for v in suite.values())
        rows += ["", f"Hallucination suite: {caught} of {injected} injected statements caught.", ""]
        rows += ["| injected | caught / injected |", "|---|---|"]
        rows += [f"| {k} | {v['caught']} / {v['injected']} |" for k, v in suite.items()]
        rows.append("")
    return rows
