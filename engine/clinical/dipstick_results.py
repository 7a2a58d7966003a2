"""A urine dipstick read out by what it found, one result per pad: "Urine dip: no protein, no sugar.",
"your urine dip's back. Positive leukocytes, positive nitrites, and a trace of blood.", "the dipstick was
negative for protein and glucose".

A dipstick is charted by its pads (protein, glucose, blood, leukocytes, nitrites, ketones), not as one
"urinalysis: positive"; orders.py calls ``dipstick_results`` once the sentences are read. A dipstick asked
for ("I'll do a urine dip to make sure there's no protein") is an order, never a result: the pads are read
only where the words between the dipstick and them report it.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_DIPSTICK = re.compile(r"\b(?:urine dip(?:stick)?(?: test)?|dipstick(?: test)?|dip test)\b")
_PADS = {
    "protein": "protein",
    "sugar": "glucose",
    "glucose": "glucose",
    "blood": "blood",
    "leukocytes": "leukocytes",
    "leucocytes": "leukocytes",
    "leukocyte": "leukocytes",
    "leucocyte": "leukocytes",
    "white cells": "leukocytes",
    "nitrites": "nitrites",
    "nitrite": "nitrites",
    "ketones": "ketones",
}
_PAD = re.compile(r"\b(" + "|".join(sorted(_PADS, key=len, reverse=True)) + r")\b")
# what may stand between the dipstick and its first pad when it is read out ("urine dip's back.",
# "your urine dipstick, ...", "the dipstick showed ...", "dip was negative for ...")
_REPORTS = re.compile(
    r"(?:[\s,:;.\u2013\u2014-]|'s|\b(?:is|was|were|back|today|here|result|results|showed|shows|came back|"
    r"with|has|had|revealed|reveals|this morning|in the room|it)\b)*"
)
_NUMBER_WORD = r"(?:\d|one|two|three|four)"
_BEFORE = (
    (re.compile(r"\b(?:no|nil|without)\s*$"), "negative"),
    (re.compile(r"\btrace(?: of)?\s*$"), "trace"),
    (re.compile(r"\bpositive(?: for)?\s*$"), "positive"),
    (re.compile(r"\bnegative for\s*$"), "negative"),
    (re.compile(r"\b(?:a lot of|large|some)\s*$"), "positive"),
)
_AFTER = (
    (re.compile(r"^\s*(?:is |was |:\s*)?(?:negative|nil|neg)\b"), "negative"),
    (re.compile(r"^\s*(?:is |was |:\s*)?positive\b"), "positive"),
    (re.compile(r"^\s*(?:is |was |:\s*)?trace\b"), "trace"),
    (re.compile(rf"^\s*(?:is |was |:\s*)?({_NUMBER_WORD}) ?(?:plus|\+)"), "plus"),
)
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
# "negative for protein and glucose": a value said before a list is every item's
_LIST_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|or|,)\s*$")
# a dipstick still to be done: "I'll do a urine dip", "we need a dipstick", "can you give a sample for a dip"
_ASKED = re.compile(
    r"\b(?:do|get|send|order|need|want|'ll|will|going to|gonna|let's|let us|can you|could you|please|for|"
    r"if|when|once|whether|unless|until|in case)\b"
    r"[^.;]{0,25}$"
)
# the pads a test looks for ("to check for protein", "if there's sugar"): no result yet
_LOOKING = re.compile(r"\b(?:check|checking|look|looking|see|if|whether|make sure|rule out|test for)\b")


def _pad_value(text: str, start: int, end: int, lo: int) -> str:
    before, after = text[lo:start], text[end : end + 14]
    for pattern, said in _AFTER:
        m = pattern.match(after)
        if m:
            return _WORDS.get(m.group(1), m.group(1)) + "+" if said == "plus" else said
    for pattern, said in _BEFORE:
        if pattern.search(before):
            return said
    return ""


def _read_pads(text: str) -> list[tuple[str, str, int, int]]:
    """(pad, value, start, end) of each pad read out in ``text``; a pad with no value takes the one before it
    when a list joins them ("negative for protein and glucose")."""
    out: list[tuple[str, str, int, int]] = []
    lo = 0
    for m in _PAD.finditer(text):
        said = _pad_value(text, m.start(), m.end(), lo)
        if not said and out and _LIST_JOIN.match(text[out[-1][3] : m.start()]):
            said = out[-1][1]
        if said:
            out.append((_PADS[m.group(1)], said, m.start(), m.end()))
        lo = m.end()
    return out


def dipstick_results(sentences: list[Sentence]) -> list[Fact]:
    """One result per dipstick pad read out ("urine dipstick protein: negative"), the first of each pad."""
    out: dict[str, Fact] = {}
    for i, s in enumerate(sentences):
        for d in _DIPSTICK.finditer(s.low):
            if s.question_at(d.start()) or _ASKED.search(s.low[: d.start()]):
                continue
            where, text, start = s, s.low, d.end()
            first = _PAD.search(text, start)
            if first is None:  # "your urine dip's back. Positive leukocytes ...": the pads in the next sentence
                if not _REPORTS.fullmatch(text[start:]) or i + 1 >= len(sentences):
                    continue
                where = sentences[i + 1]
                if where.segment.speaker != s.segment.speaker:
                    continue
                text, start = where.low, 0
            pads = _read_pads(text[start:])
            if not pads:
                continue
            gap = text[start : start + pads[0][2]]
            if _LOOKING.search(gap) or not re.fullmatch(
                _REPORTS.pattern + r"(?:no|nil|positive(?: for)?|negative for|trace(?: of)?|a|an)?\s*", gap
            ):
                continue
            for pad, said, a, b in pads:
                name = f"urine dipstick {pad}"
                if where is s:
                    ev = s.evidence(d.start(), start + b)
                else:
                    ev = s.evidence(d.start(), d.end()) + where.evidence(start + a, start + b)
                out.setdefault(name, Fact(kind=FactKind.result, name=name, attributes={"value": said}, evidence=ev))
    return list(out.values())


def chart_pads(results: dict[str, Fact], sentences: list[Sentence]) -> None:
    """Add the dipstick's pads to ``results`` (by name), in place of what read the same dipstick as one test:
    "urinalysis: positive" or "urinalysis: protein 2 plus", and a pad's word read as a lab ("glucose: negative")."""
    dip = dipstick_results(sentences)
    if not dip:
        return
    pads = {f.name.rsplit(" ", 1)[1] for f in dip}
    for name in [n for n in results if n == "urinalysis" or n in pads]:
        said = results[name].attributes.get("value", "")
        if name == "urinalysis" and (re.fullmatch(r"\w+", said) or _PAD.search(said)):
            results.pop(name)
        elif name != "urinalysis" and said in ("negative", "positive", "trace"):
            results.pop(name)  # a blood glucose is never "negative": this is the pad
    for f in dip:
        results.setdefault(f.name, f)
