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
from engine.clinical.exam import clinician_afebrile
from engine.clinical.history import past_said, still_current
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
    rf"\b(?:(?:my|her|his|the|your|right|left) )?({BODY_SITES})"
    # "my back's been hurting", "her knee is really sore", "my foot has been swelling up"
    rf"(?:'s| is| are| has| have| keeps?)?(?: been| really| kind of| sort of| just| also| still| started)* "
    rf"(pain|swelling|swelling up|swollen|swells|hurts|hurting|sore|soreness|aching|aches|discomfort|tenderness|"
    rf"bothering (?:me|her|him)|killing (?:me|her|him))\b"
    rf"|\b(pain|swelling) in (?:my|her|his|the|your|both) (?:right |left )?({BODY_SITES})\b"
    rf"|\b(radiat)\w* (?:(?:almost|all the way|down|up|into|to|over) )*(?:my|her|his|the|your) (?:right |left )?"
    rf"({BODY_SITES})\b"
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
_NO = re.compile(
    _FILLER + r"(?:no|nope|none|not really|not that i know|not that i've|neither|never|nah|negative|denies|"
    r"not (?:recently|lately|in a while)|i (?:have not|haven't|do not|don't|did not|didn't) (?:think so|noticed?|"
    r"have (?:any|that)|had (?:any|that))|i haven't|i don't think so|not at all|nothing|uh-uh|uh uh|mm-mm|"
    r"(?:haven't|have not|don't|do not) (?:noticed?|had|have|think so))\b"
)
# "So no chest pain?" "Correct.": agreeing with a denial asked as one denies it.
# Only a bare agreement: a "yes" after a negative question is ambiguous, and "Right, I do have it" affirms.
_AGREE = re.compile(_FILLER + r"(?:correct|right|that's right|that is right|exactly)\W*$")
_YES = re.compile(
    _FILLER + r"(?:yes|yeah|yep|yup|uh-huh|i do|i have|she does|he does|sometimes|a little|a bit|maybe)\b"
)
_SELF_NEGATIVE = re.compile(r"\b(?:can't|couldn't|cannot|unable|no|not)\b")
# the "no" that answers the question, at the start of the sentence, with no other negation before the span
_ANSWER_NO = re.compile(_FILLER + r"(?:no|nope)\b,?")
_NEG_CUE = re.compile(r"\b(?:denie[sd]|deny|not|never|without|isn't|wasn't|don't|doesn't|didn't)\b")
_HEDGED_YES = re.compile(r"\b(?:maybe|a little|a bit|sometimes|kind of|sort of|not much)\b")
_PROMPT = re.compile(_FILLER + r"(?:tell me (?:about|more)|describe|talk to me about|how (?:is|are|about))\b")
# Problems said of something other than the patient's own diagnosis: risks, explanations, plans to rule out.
_NOT_A_DIAGNOSIS = re.compile(
    r"\b(?:risk of|risk for|lead to|leads to|cause|prevent|rule out|worried about|concern for|screen(?:ing)? for|"
    r"check for|look for|signs of|sign of|symptoms of|make sure|don't want)\b"
)


_ASSESSMENT = re.compile(
    r"\b(?:my (?:impression|assessment|diagnosis)|your diagnosis|diagnosis is|consistent with|"
    r"assessment and plan|i think (?:you|she|he|it) (?:have|has|is)|(?:first|second|third|next) problem)\b"
)


def _site_pains(low: str) -> list[tuple[int, int, Concept]]:
    out = []
    for m in _SITE_PAIN.finditer(low):
        site = m.group(1) or m.group(4) or m.group(6)
        kind = m.group(2) or m.group(3) or "pain"  # "bothering me", "radiates to my groin": pain
        word = "swelling" if "swell" in kind or "swoll" in kind else "pain"  # "sore", "aching": pain
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
        # "Is it making you pee a lot?" "Yeah, I have almost incontinence.": a yes that goes on to name
        # something else still answers the question.
        yes_and_more = (
            bool(said) and bool(pending) and len(pending[1]) == 1 and bool(re.match(r"\W*(?:yes|yeah|yep)\b", s.low))
        )
        if pending and (not said or yes_and_more):
            _, qhits = pending
            answer = s.low
            denied_in_question = all(re.search(r"\bno\s+(?:\w+\s+)?$", q.low[:a]) for a, b, c, q in qhits)
            if _NO.match(answer) or (denied_in_question and _AGREE.match(answer)):
                for a, b, c, q in qhits:
                    out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif _YES.match(answer) and len(qhits) == 1:
                a, b, c, q = qhits[0]
                out.add(c.name, False, bool(_HEDGED_YES.search(answer[:30])), q.evidence(a, b) + s.evidence(0, 3))
        contexts = assess(s.low, [(a, b) for a, b, _ in said])
        afebrile = clinician_afebrile(s)
        for (a, b, c), ctx in zip(said, contexts, strict=True):
            if not ctx.about_patient_now or (ctx.historical and not ctx.negated):
                continue
            if afebrile and c.name == "fever":
                continue  # the clinician's "no fever" with the vitals is the exam finding "afebrile"
            # "No, I couldn't put weight on it", "no, I can't sleep": the symptom's own words carry the
            # negative; the "no" before it answers the question, it does not deny the symptom.
            negated = ctx.negated and not (
                _SELF_NEGATIVE.search(s.low[a:b]) and _ANSWER_NO.match(s.low[:a]) and not _NEG_CUE.search(s.low[:a])
            )
            out.add(c.name, negated, ctx.possible, s.evidence(a, b))
        for a, b, phrase in find_phrases(s.low, lexicon.ABSENT_PHRASES):
            if lexicon.ABSENT_PHRASES[phrase] in lexicon.SYMPTOMS:
                out.add(lexicon.ABSENT_PHRASES[phrase], True, False, s.evidence(a, b))
        same_turn = pending and s.segment.speaker == pending[0].segment.speaker
        if asked and same_turn and s.is_question:
            # "Any other symptoms? Chest pain? Shortness of breath?" is one question, answered once.
            pending = (s, pending[1] + [(a, b, c, s) for a, b, c in asked])
        elif not hits and same_turn and s.low.rstrip().endswith("?") and s.segment.speaker:
            pass  # "Any fever? I mean, have you felt hot?": still the same question, waiting for its answer
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
        from_pos = 0
        if s.index in exam:
            # An unpunctuated turn can run from the examination into the assessment: what follows
            # "my impression is", "consistent with", "your diagnosis" is the clinician's diagnosis.
            cue = _ASSESSMENT.search(s.low)
            if not cue:
                continue
            from_pos = cue.start()
        symptom_spans = [(a, b) for a, b, _ in _mentions(s)]
        # "endometriosis" said back as a question and answered "no" (a "yes" would confirm it)
        asked = len(s.low) < 60 and _answered(sentences, s) and bool(_NO.match(sentences[s.index + 1].low))
        hits = [
            h
            for h in find_problems(s.low)
            if h[0] >= from_pos
            and not (asked or s.question_at(h[0]))
            and not any(a <= h[0] < b for a, b in symptom_spans)
        ]
        for (a, b, c), ctx in zip(hits, assess(s.low, [(a, b) for a, b, _ in hits]), strict=True):
            mentions.append((s, a, b, c, ctx))
            if ctx.negated or not ctx.about_patient_now or c.name in facts:
                continue
            # An episode dated in the past ("in 2019", "years ago") is history, unlike "a history of".
            dated = (
                ctx.historical
                and not re.search(r"\b(?:history|diagnosed)\b", s.low[max(0, a - 50) : a])
                and not still_current(s.low)
            )
            operated = re.match(r"\s*(?:removal|removed|surgery|repair|excision)\b", s.low[b:])  # a procedure
            if _NOT_A_DIAGNOSIS.search(s.low[max(0, a - 40) : a]) or past_said(s.low, a) or dated or operated:
                continue  # a past episode ("I had pneumonia") is past history, filed by history.py
            attrs = {"icd10": c.code, "icd10_description": c.display}
            if ctx.historical:
                attrs["timing"] = "history"
            facts[c.name] = Fact(kind=FactKind.problem, name=c.name, attributes=attrs, evidence=s.evidence(a, b))
    for name in [n for n in facts if " " not in n]:  # "sprain" said again after "ankle sprain" is the same one
        if any(name in other.split() for other in facts if other != name):
            facts.pop(name)
    if "asthma exacerbation" in facts:
        facts.pop("asthma", None)
    return list(facts.values()), mentions
