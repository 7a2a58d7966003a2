"""Scores of the screening questionnaires as results: PHQ-9, GAD-7, the Edinburgh postnatal scale and others.

A questionnaire filled in before or during the visit is a test already done; its score is its value. Clinics
name it three ways, and all are read here:

- by its name: "her PHQ-9 was 17", "GAD-7 of 14", "the EPDS came out at 8", "K10 score 28";
- by what it asks about: "the mood questionnaire you filled out, your score was 17" (PHQ-9), "the anxiety
  one is 14" (GAD-7), "the Edinburgh questionnaire ... you scored eight";
- the score a few sentences after the questionnaire is named ("I'm going to ask you some questions for mood
  ... Your score is seventeen").

orders.py calls ``screening_scores`` with the visit's sentences and keeps any result it did not find itself.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# the questionnaire's own name -> the name a note gives it
_NAMED = [
    (re.compile(r"\bphq[- ]?9\b|\bpatient health questionnaire\b"), "phq-9"),
    (re.compile(r"\bphq[- ]?2\b"), "phq-2"),
    (re.compile(r"\bgad[- ]?7\b"), "gad-7"),
    (re.compile(r"\bgad[- ]?2\b"), "gad-2"),
    (re.compile(r"\b(?:edinburgh|epds)\b"), "edinburgh postnatal depression scale"),
    (re.compile(r"\bk[- ]?10\b|\bkessler\b"), "k10"),
    (re.compile(r"\baudit[- ]?c\b"), "audit-c"),
    (re.compile(r"\b(?:moca|montreal cognitive)\b"), "moca"),
    (re.compile(r"\b(?:mmse|mini[- ]mental)\b"), "mmse"),
    (re.compile(r"\b(?:epworth)\b"), "epworth sleepiness scale"),
]
# a questionnaire named by what it asks about ("the mood questionnaire", "the depression one")
_FORM = r"(?:questionnaires?|screen(?:ing)?s?|forms?|scales?|surveys?|one|1)"
_TOPICS = [
    (r"mood|depression|depressive", "phq-9"),
    (r"anxiety|worry|worrying", "gad-7"),
    (r"postnatal|postpartum", "edinburgh postnatal depression scale"),
]
# the topic right before the form, one word apart at most ("the mood one", "the anxiety screening you did"),
# or after it ("a questionnaire for mood")
_BY_TOPIC = [
    (re.compile(rf"\b(?:{topic})(?: \w+)? {_FORM}\b|\b{_FORM} (?:for|about|on) (?:{topic})\b"), name)
    for topic, name in _TOPICS
]
# the score: "score was 17", "scored eight", "came out at 8", "is 14" right after the questionnaire's name
_SCORE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|came (?:out|back)|total|totall?ed|added up)\b(?:\s+(?:was|is|of|at|to|a|an|about|around|"
    r"came to|came out at|comes to))*\s+(\d{1,2})\b(?!\s*(?:years?|days?|weeks?|months?|mg|percent|%))"
)
_RIGHT_AFTER = re.compile(
    r"^\W*(?:score\W*|total\W*)?(?:was|is|of|at|came to|came out at|=)?\s*(\d{1,2})\b"
    r"(?!\s*(?:years?|days?|weeks?|months?|mg|times))"
)
# a score still to come or not yet done is no result
_NOT_DONE = re.compile(
    r"\b(?:going to|gonna|will|i'll|let's|can you|could you|please|next time|fill (?:it|this|that) out)\b"
)


def _named(low: str) -> list[tuple[re.Match, str]]:
    found = [(m, name) for pattern, name in _NAMED for m in pattern.finditer(low)]
    found += [(m, name) for pattern, name in _BY_TOPIC for m in pattern.finditer(low)]
    out: list[tuple[re.Match, str]] = []
    for m, name in sorted(found, key=lambda x: (x[0].start(), -x[0].end())):
        # "the postnatal depression questionnaire" is one questionnaire, not a depression one inside it
        if not out or m.start() >= out[-1][0].end():
            out.append((m, name))
    return out


def screening_scores(sentences: list[Sentence]) -> list[Fact]:
    """Questionnaire scores said in the visit, one result per questionnaire, the first score said."""
    out: dict[str, Fact] = {}
    pending: tuple[int, str] | None = None  # (sentence index, questionnaire) named and waiting for its score
    for i, s in enumerate(sentences):
        low = s.low
        named = _named(low)
        for k, (m, name) in enumerate(named):
            # the score after this questionnaire's name and before the next one's
            end = named[k + 1][0].start() if k + 1 < len(named) else len(low)
            span = low[m.end() : end]
            v = _RIGHT_AFTER.match(span) or _SCORE.search(span)
            if v and not s.question_at(m.start()):
                b = m.end() + v.end(1)
                out.setdefault(name, _score(name, v.group(1), s.evidence(m.start(), b)))
                pending = None
            else:
                pending = (i, name)
        if named:
            continue
        # "I'm going to ask you a few questions for mood ... Your score is seventeen": the score said later
        if pending and i - pending[0] <= 3 and s.segment.speaker == sentences[pending[0]].segment.speaker:
            v = _SCORE.search(low)
            if v and not _NOT_DONE.search(low[: v.start()]) and not s.question_at(v.start()):
                name = pending[1]
                out.setdefault(name, _score(name, v.group(1), s.evidence(v.start(), v.end(1))))
                pending = None
    return list(out.values())


def _score(name: str, value: str, evidence: list) -> Fact:
    return Fact(kind=FactKind.result, name=name, attributes={"value": value}, evidence=evidence)
