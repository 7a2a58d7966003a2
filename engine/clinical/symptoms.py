"""Symptoms (present, denied, hedged) and problems, with their clinical context.

Mentions come from the ICD-10-CM-based vocabulary (engine/clinical/vocabulary.py) plus "<body site>
pain"; whether each is negated, hedged, historical, hypothetical or a relative's is ConText's call
(engine/clinical/context.py). A question is not a finding: its symptoms wait for the answer ("Any chest
pain?" "No." -> chest pain denied; "Yes, a little." -> present, hedged), whoever asked and with or
without speaker labels.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.context import Context, assess
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept, find_problems, find_symptoms
from engine.types import Fact, FactKind

BODY_SITES = (
    "ankle|knee|hip|back|lower back|low back|neck|shoulder|elbow|wrist|hand|finger|thumb|toe|foot|heel|leg|arm|"
    "chest|abdomen|belly|stomach|flank|groin|side|head|ear|eye|jaw|tooth|throat|face|pelvis|pelvic|rib|"
    "calf|thigh|shin|forearm|joint|muscle|breast|bladder|kidney|tailbone|buttock"
)
_SITE_PAIN = re.compile(
    rf"\b(?:(?:my|her|his|the|your|right|left) )?({BODY_SITES}) (pain|swelling|hurts|hurting|is hurting|"
    rf"is swollen|is sore|soreness|discomfort|tenderness)\b|\bpain in (?:my|her|his|the|your) "
    rf"(?:right |left )?({BODY_SITES})\b"
)
_SITE_NAME = {"belly": "abdominal", "stomach": "abdominal", "abdomen": "abdominal", "lower back": "low back"}
_NO = re.compile(r"^\s*(?:no|nope|none|not really|not that i know|neither|never|nah|negative|denies)\b")
_YES = re.compile(r"^\s*(?:yes|yeah|yep|yup|uh-huh|i do|i have|she does|he does|sometimes|a little|a bit|maybe)\b")
_HEDGED_YES = re.compile(r"^\s*(?:maybe|a little|a bit|sometimes|kind of|sort of)\b")
# Problems said of something other than the patient's own diagnosis: risks, explanations, plans to rule out.
_NOT_A_DIAGNOSIS = re.compile(
    r"\b(?:risk of|risk for|lead to|leads to|cause|prevent|rule out|worried about|concern for|screen(?:ing)? for|"
    r"check for|look for|signs of|sign of|symptoms of|make sure|don't want)\b"
)


def _site_pains(low: str) -> list[tuple[int, int, Concept]]:
    out = []
    for m in _SITE_PAIN.finditer(low):
        site = m.group(1) or m.group(3)
        kind = m.group(2) or "pain"
        word = "swelling" if "swell" in kind else "pain"
        name = f"{_SITE_NAME.get(site, site)} {word}"
        out.append((m.start(), m.end(), Concept(name, "", "")))
    return out


def _mentions(s: Sentence) -> list[tuple[int, int, Concept]]:
    hits = _site_pains(s.low)
    hits += [h for h in find_symptoms(s.low) if not any(a <= h[0] < b for a, b, _ in hits)]
    return sorted(hits, key=lambda h: h[0])


class _Symptoms:
    """Collects symptom facts; a present mention outweighs a denial (the chief complaint stays present)."""

    def __init__(self) -> None:
        self.facts: dict[str, Fact] = {}

    def add(self, name: str, negated: bool, possible: bool, evidence) -> None:
        prev = self.facts.get(name)
        attrs = {"certainty": "possible"} if possible and not negated else {}
        if prev is None or (prev.negated and not negated) or ("certainty" in prev.attributes and not attrs):
            self.facts[name] = Fact(
                kind=FactKind.symptom, name=name, negated=negated, attributes=attrs, evidence=evidence
            )


def symptoms(sentences: list[Sentence]) -> list[Fact]:
    """Symptoms of the patient, present or denied, each with the words that say so."""
    out = _Symptoms()
    pending: tuple[Sentence, list[tuple[int, int, Concept]]] | None = None
    for s in sentences:
        hits = _mentions(s)
        said = [h for h in hits if not s.question_at(h[0])]
        asked = [h for h in hits if s.question_at(h[0])]
        if pending and not said:
            q, qhits = pending
            answer = s.low
            if _NO.match(answer):
                for a, b, c in qhits:
                    out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif _YES.match(answer) and len(qhits) == 1:
                a, b, c = qhits[0]
                out.add(c.name, False, bool(_HEDGED_YES.match(answer)), q.evidence(a, b) + s.evidence(0, 3))
        contexts = assess(s.low, [(a, b) for a, b, _ in said])
        for (a, b, c), ctx in zip(said, contexts, strict=True):
            if not ctx.about_patient_now or (ctx.historical and not ctx.negated):
                continue
            out.add(c.name, ctx.negated, ctx.possible, s.evidence(a, b))
        for a, b, phrase in find_phrases(s.low, lexicon.ABSENT_PHRASES):
            out.add(lexicon.ABSENT_PHRASES[phrase], True, False, s.evidence(a, b))
        pending = (s, asked) if asked else None
    return list(out.facts.values())


def problems(sentences: list[Sentence]) -> tuple[list[Fact], list[tuple[Sentence, int, int, Concept, Context]]]:
    """Diagnoses of the patient with their ICD-10-CM code, and every problem mention with its context
    (the history extractor files relatives' and past conditions from the same mentions)."""
    facts: dict[str, Fact] = {}
    mentions = []
    for s in sentences:
        hits = [h for h in find_problems(s.low) if not s.question_at(h[0])]
        for (a, b, c), ctx in zip(hits, assess(s.low, [(a, b) for a, b, _ in hits]), strict=True):
            mentions.append((s, a, b, c, ctx))
            if ctx.negated or not ctx.about_patient_now or c.name in facts:
                continue
            if _NOT_A_DIAGNOSIS.search(s.low[max(0, a - 40) : a]):
                continue
            attrs = {"icd10": c.code, "icd10_description": c.display}
            if ctx.historical:
                attrs["timing"] = "history"
            facts[c.name] = Fact(kind=FactKind.problem, name=c.name, attributes=attrs, evidence=s.evidence(a, b))
    if "asthma exacerbation" in facts:
        facts.pop("asthma", None)
    return list(facts.values()), mentions
