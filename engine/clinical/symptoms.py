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
    "calf|thigh|shin|forearm|joint|muscle|breast|bladder|kidney|tailbone|buttock|"
    "legs|arms|feet|hands|knees|hips"
)
_SITE_PAIN = re.compile(
    rf"\b(?:(?:my|her|his|the|your|right|left) )?({BODY_SITES}) (pain|swelling|hurts|hurting|is hurting|"
    rf"has been hurting|has been sore|(?:has )?started hurting|"
    rf"is swollen|is sore|soreness|discomfort|tenderness)\b|\bpain in (?:my|her|his|the|your) "
    rf"(?:right |left )?({BODY_SITES})\b"
)
_SITE_NAME = {
    "legs": "leg",
    "arms": "arm",
    "feet": "foot",
    "hands": "hand",
    "knees": "knee",
    "hips": "hip",
    "belly": "abdominal",
    "stomach": "abdominal",
    "abdomen": "abdominal",
    "lower back": "low back",
}
_FILLER = r"^\s*(?:(?:um|uh|uhm|hmm|mm|oh|well|so|okay|ok|actually)\s*[,.]?\s*)*"
_NO = re.compile(_FILLER + r"(?:no|nope|none|not really|not that i know|neither|never|nah|negative|denies)\b")
_YES = re.compile(
    _FILLER + r"(?:yes|yeah|yep|yup|uh-huh|i do|i have|she does|he does|sometimes|a little|a bit|maybe)\b"
)
_HEDGED_YES = re.compile(r"\b(?:maybe|a little|a bit|sometimes|kind of|sort of|not much)\b")
_PROMPT = re.compile(_FILLER + r"(?:tell me (?:about|more)|describe|talk to me about|how (?:is|are|about))\b")
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


def symptom_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms named in lower-cased text: site pains ("knee pain", "my knee hurts") and the vocabulary's
    symptoms, in order (the verifier reads sentences with the same finder as extraction)."""
    hits = _site_pains(low)
    hits += [h for h in find_symptoms(low) if not any(a <= h[0] < b for a, b, _ in hits)]
    return sorted(hits, key=lambda h: h[0])


def _mentions(s: Sentence) -> list[tuple[int, int, Concept]]:
    return symptom_mentions(s.low)


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


def _answered(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the next sentence is another speaker's bare yes/no: then ``s`` was a question."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient":
        return False
    nxt = sentences[s.index + 1]
    other = nxt.segment.speaker != s.segment.speaker if s.segment.speaker else nxt.segment.id != s.segment.id
    return other and bool(_NO.match(nxt.low) or _YES.match(nxt.low)) and len(nxt.low) < 60


def symptoms(sentences: list[Sentence], exam: set[int] = frozenset()) -> list[Fact]:
    """Symptoms of the patient, present or denied, each with the words that say so."""
    out = _Symptoms()
    pending: tuple[Sentence, list[tuple[int, int, Concept, Sentence]]] | None = None
    for s in sentences:
        if s.index in exam:
            pending = None
            continue  # the clinician's findings, not the patient's symptoms
        hits = _mentions(s)
        # "tell me about the headaches" asks; it does not report. Nor does an unpunctuated "and fevers
        # chills" that the other speaker answers with a bare no or yes.
        prompt = bool(_PROMPT.match(s.low)) or _answered(sentences, s)
        said = [h for h in hits if not (prompt or s.question_at(h[0]))]
        asked = [h for h in hits if prompt or s.question_at(h[0])]
        if pending and not said:
            _, qhits = pending
            answer = s.low
            if _NO.match(answer):
                for a, b, c, q in qhits:
                    out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif _YES.match(answer) and len(qhits) == 1:
                a, b, c, q = qhits[0]
                out.add(c.name, False, bool(_HEDGED_YES.search(answer[:30])), q.evidence(a, b) + s.evidence(0, 3))
        contexts = assess(s.low, [(a, b) for a, b, _ in said])
        for (a, b, c), ctx in zip(said, contexts, strict=True):
            if not ctx.about_patient_now or (ctx.historical and not ctx.negated):
                continue
            out.add(c.name, ctx.negated, ctx.possible, s.evidence(a, b))
        for a, b, phrase in find_phrases(s.low, lexicon.ABSENT_PHRASES):
            if lexicon.ABSENT_PHRASES[phrase] in lexicon.SYMPTOMS:
                out.add(lexicon.ABSENT_PHRASES[phrase], True, False, s.evidence(a, b))
        same_turn = pending and s.segment.speaker == pending[0].segment.speaker
        if asked and same_turn and s.is_question:
            # "Any other symptoms? Chest pain? Shortness of breath?" is one question, answered once.
            pending = (s, pending[1] + [(a, b, c, s) for a, b, c in asked])
        else:
            pending = (s, [(a, b, c, s) for a, b, c in asked]) if asked else None
    return list(out.facts.values())


def problems(
    sentences: list[Sentence], exam: set[int] = frozenset()
) -> tuple[list[Fact], list[tuple[Sentence, int, int, Concept, Context]]]:
    """Diagnoses of the patient with their ICD-10-CM code, and every problem mention with its context
    (the history extractor files relatives' and past conditions from the same mentions)."""
    facts: dict[str, Fact] = {}
    mentions = []
    for s in sentences:
        if s.index in exam:
            continue
        symptom_spans = [(a, b) for a, b, _ in _mentions(s)]
        hits = [
            h
            for h in find_problems(s.low)
            if not s.question_at(h[0]) and not any(a <= h[0] < b for a, b in symptom_spans)
        ]
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
