"""The grounding verifier: every medication, dose, number, laterality, negation and diagnosis in a
model-written sentence must be traceable to the extracted facts or the transcript.

A sentence that fails any check is marked unsupported, with the reasons, and is kept out of the
clinician-facing text. Sentences rendered from facts carry those facts' evidence by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from engine.clinical.context import assess
from engine.clinical.dosing import DOSE, UNIT_NORMAL
from engine.clinical.drug_certainty import is_uncertain
from engine.clinical.lexicon import find_drugs
from engine.clinical.numbers import normalise
from engine.clinical.sentences import Sentence, split
from engine.clinical.symptom_sites import symptom_mentions
from engine.clinical.vocabulary import find_problems
from engine.types import DraftSentence, Evidence, Fact, FactKind, SentenceStatus, Transcript

_DIALOGUE = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|you|you're|your|we|we'll|us|our)\b")
_ICD10 = re.compile(r"\s*\([A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\)")
_ENUMERATOR = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-Za-z])", re.M)
_NUM = re.compile(r"\d+(?:\.\d+)?")
_CONTENT = re.compile(r"[a-z]{4,}")
_LATERAL = re.compile(r"\b(left|right|bilateral|both sides|both)\b\s*(\w+)?")
STOPWORDS = frozenset(
    "that this with have from they them their there were been will would should could about your into "
    "patient patients clinician doctor reports report reported states stated today visit also some more "
    "which what when where while than then only just very well does doing done being said says note "
    "presents presented came comes because over under after before since need needs".split()
)


@dataclass
class GroundTruth:
    """What the transcript and facts allow a sentence to say."""

    facts: list[Fact]
    sentences: list[Sentence]
    numbers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    low_text: str = ""

    @classmethod
    def build(cls, transcript: Transcript, facts: list[Fact]) -> GroundTruth:
        sentences = split(transcript)
        low = " ".join(s.low for s in sentences)
        numbers = {_canon(n) for n in _NUM.findall(low)}
        for f in facts:
            numbers |= {_canon(n) for n in _NUM.findall(" ".join(f.attributes.values()))}
        words = set(_CONTENT.findall(low))
        return cls(facts=facts, sentences=sentences, numbers=numbers, words=words, low_text=low)

    def by_kind(self, kind: FactKind) -> dict[str, Fact]:
        return {f.name: f for f in self.facts if f.kind == kind}


def _canon(n: str) -> str:
    return str(int(float(n))) if float(n).is_integer() else str(float(n))


def check(text: str, truth: GroundTruth) -> tuple[list[str], list[Evidence]]:
    """Problems found in one sentence (empty when grounded) and the evidence it rests on."""
    # "1. Type 2 diabetes (E11.9)." in the A&P list: neither the 1 nor the code is a clinical number
    text = _ICD10.sub("", _ENUMERATOR.sub("", text))
    low = normalise(text).text.lower()
    problems: list[str] = []
    evidence: list[Evidence] = []
    if text.rstrip().endswith("?") or _DIALOGUE.search(low):
        problems.append("it is written as dialogue (a question, or I/you/we), not as a note")
    meds = truth.by_kind(FactKind.medication) | truth.by_kind(FactKind.allergy)

    drugs = find_drugs(low)
    for k, (a, b, generic) in enumerate(drugs):
        # a dose belongs to the drug named just before it, never to an earlier one in the same sentence
        window_end = min(b + 40, drugs[k + 1][0]) if k + 1 < len(drugs) else b + 40
        fact = meds.get(generic)
        if fact is None:
            problems.append(f"medication '{low[a:b]}' is not in the transcript")
            continue
        if is_uncertain(fact):
            # the transcript says it, but the recogniser was not sure: only the clinician may name it
            problems.append(f"the drug name '{low[a:b]}' is uncertain (heard as '{fact.attributes.get('heard_as')}')")
            continue
        evidence.extend(fact.evidence[:2])
        said_status = _status_said(low[max(0, a - 30) : a])
        status = fact.attributes.get("status", "")
        if said_status and status and not _status_agrees(said_status, status):
            problems.append(f"{generic} is {said_status} here but {status} in the visit")
        dose = DOSE.search(low[b:window_end])
        if dose and fact.attributes.get("dose"):
            said = f"{dose.group(1)} {UNIT_NORMAL[dose.group(2)]}"
            if (
                _canon(dose.group(1)) != _canon(fact.attributes["dose"].split()[0])
                or said.split()[1] != fact.attributes["dose"].split()[1]
            ):
                problems.append(f"dose of {generic} is {said} here but {fact.attributes['dose']} in the transcript")

    for n in _NUM.findall(low):
        if _canon(n) not in truth.numbers:
            problems.append(f"the number {n} does not appear in the transcript")

    # Same vocabulary and the same ConText reading as extraction, so a sentence and the facts agree on
    # what is a symptom, a diagnosis and a negation.
    symptoms = truth.by_kind(FactKind.symptom)
    said_symptoms = symptom_mentions(low)
    for (_a, _b, concept), ctx in zip(said_symptoms, assess(low, [(a, b) for a, b, _ in said_symptoms]), strict=True):
        name, neg = concept.name, ctx.negated
        fact = symptoms.get(name)
        if fact is None:
            if not (neg or ctx.hypothetical):
                problems.append(f"symptom '{name}' is not in the transcript")
        elif fact.negated != neg:
            said = "absent" if neg else "present"
            problems.append(f"'{name}' is {said} here but {'absent' if fact.negated else 'present'} in the transcript")
        else:
            evidence.extend(fact.evidence[:2])

    problems_known = truth.by_kind(FactKind.problem)
    history_known = {f.name: f for f in truth.facts if f.kind == FactKind.history}
    said_problems = find_problems(low)
    for (_a, _b, concept), ctx in zip(said_problems, assess(low, [(a, b) for a, b, _ in said_problems]), strict=True):
        name = concept.name
        if ctx.negated or ctx.hypothetical:
            continue
        known = problems_known.get(name) or history_known.get(name)
        if known:
            evidence.extend(known.evidence[:2])
        elif not (name == "asthma" and "asthma exacerbation" in problems_known):
            problems.append(f"diagnosis '{name}' was not stated in the visit")

    for m in _LATERAL.finditer(low):
        side, part = m.group(1), m.group(2)
        pattern = rf"\b{re.escape(side)}\b(?:\W+\w+){{0,3}}\W+{re.escape(part)}" if part else rf"\b{re.escape(side)}\b"
        if not re.search(pattern, truth.low_text) and not (
            part and re.search(rf"\b{re.escape(part)}\b(?:\W+\w+){{0,3}}\W+{re.escape(side)}\b", truth.low_text)
        ):
            problems.append(f"laterality '{m.group(0).strip()}' is not in the transcript")

    content = [w for w in _CONTENT.findall(low) if w not in STOPWORDS]
    if content:
        unknown = [w for w in content if w not in truth.words and w.rstrip("s") not in truth.words]
        if len(unknown) / len(content) > 0.5:
            problems.append("most of its words are not in the transcript")

    if not evidence and not problems:
        evidence.extend(_closest_sentence(content, truth))
    return problems, evidence


# what a sentence says is being done with a drug, from the verb just before its name
_STATUS_VERBS = (
    (re.compile(r"\b(?:stop|stopped|stopping|discontinue[ds]?|hold|quit)\b(?:\W+\w+){0,2}\W*$"), "stopped"),
    (re.compile(r"\b(?:start|started|starting|begin|began|initiate[ds]?|prescribed?)\b(?:\W+\w+){0,2}\W*$"), "started"),
    (re.compile(r"\b(?:continue[ds]?|continuing|keep|remain)\b(?:\W+\w+){0,3}\W*$"), "active"),
)


def _status_said(before: str) -> str:
    for pattern, status in _STATUS_VERBS:
        if pattern.search(before):
            return status
    return ""


def _status_agrees(said: str, status: str) -> bool:
    """A sentence may say "continue" for a drug whose dose changed, never "stop" for one that continues."""
    if said == status:
        return True
    return (said, status) in {("active", "changed"), ("started", "changed"), ("active", "started")}


# words a note sentence adds around what was said (who, and the reporting verb): not content to find
NOTE_WORDS = frozenset(
    "advise advises advised recommend recommends recommended suggest suggests suggested counsel counseled "
    "counselled encourage encouraged encourages discuss discussed discusses explain explained explains "
    "instruct instructed plans planned planning notes noted mention mentioned mentions describe describes "
    "described endorse endorses endorsed deny denies denied".split()
)
SUPPORT_SHARE = 0.7  # of a model sentence's content words found in one passage of the visit


_SUFFIX = re.compile(r"(?:ing|ed|es|s|ly)$")


def _stem(w: str) -> str:
    """Crude suffix stripping ("walking" -> "walk", "cutting" -> "cut"), only to compare words."""
    base = _SUFFIX.sub("", w) if len(w) > 4 else w
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiousl":
        base = base[:-1]
    return base


def _same_word(w: str, said: set[str]) -> bool:
    return w in said or _stem(w) in said or (len(w) >= 5 and any(x[:5] == w[:5] for x in said if len(x) >= 5))


def _passages(truth: GroundTruth, most: int = 3) -> list[tuple[int, int]]:
    """(start, end) sentence ranges of at most ``most`` sentences spanning at most two turns."""
    out = []
    for i, s in enumerate(truth.sentences):
        turns = {s.segment.id}
        for j in range(i + 1, min(i + most, len(truth.sentences)) + 1):
            turns.add(truth.sentences[j - 1].segment.id)
            if len(turns) > 2:
                break
            out.append((i, j))
    return out


def local_support(text: str, truth: GroundTruth) -> tuple[float, list[Evidence]]:
    """How much of a sentence one passage of the visit says: the best share of its content words found in
    one passage (up to three consecutive sentences within two turns), and that passage's evidence.

    A model sentence must rest on one place in the visit, not on words scattered across it: "avoid
    alcohol, as it can worsen nausea" built from three unrelated turns is advice nobody gave.
    """
    low = normalise(text).text.lower()
    content = [w for w in _CONTENT.findall(low) if w not in STOPWORDS and w not in NOTE_WORDS]
    content += _NUM.findall(low)
    if not content:
        return 1.0, []
    words = [
        (lambda ws: ws | {_stem(w) for w in ws})(set(_CONTENT.findall(s.low)) | set(_NUM.findall(s.low)))
        for s in truth.sentences
    ]
    best, where = -1.0, (0, 0)
    for i, j in _passages(truth):
        said = set().union(*words[i:j])
        share = sum(_same_word(w, said) for w in content) / len(content)
        if share > best:
            best, where = share, (i, j)
    if best < 0:
        return 0.0, []
    evidence = [e for s in truth.sentences[where[0] : where[1]] for e in s.evidence(0, len(s.low))]
    return best, evidence


def _closest_sentence(content: list[str], truth: GroundTruth) -> list[Evidence]:
    if not content:
        return []
    want = set(content)
    best, score = None, 0
    for s in truth.sentences:
        overlap = len(want & set(_CONTENT.findall(s.low)))
        if overlap > score:
            best, score = s, overlap
    return best.evidence(0, len(best.low)) if best else []


def verify_sentence(text: str, truth: GroundTruth) -> DraftSentence:
    """A model-written sentence with the verifier's verdict and its evidence.

    Besides ``check``, a model sentence must be said in one passage of the visit (``local_support``):
    advice, plans and statements with no source there are not in the draft.
    """
    problems, evidence = check(text, truth)
    share, passage = local_support(text, truth)
    if share < SUPPORT_SHARE:
        problems.append(f"no passage of the visit says this (only {share:.0%} of its words are said together)")
    elif passage:
        evidence = passage + [e for e in evidence if e not in passage]
    return DraftSentence(
        text=text,
        source="model",
        evidence=evidence,
        status=SentenceStatus.unsupported if problems else SentenceStatus.supported,
        problems=problems,
    )
