"""Weights the patient (or a relative) took at home and reads out: results of a test already done.

"Have you been weighing yourself every morning?" "He was one ninety-two at the start of the month, and this
morning he was one ninety-nine.", "Last Monday one fifty-two, and this morning one fifty-eight.": a heart
failure patient's daily weights, told with no test named, so the lab readers never see them and the vitals
reader leaves them (they are not today's). A note charts them as one result, "home weight", every weight said.

Only the patient's or a relative's sentences, in talk of weighing (in the sentence or the four before), count:
the clinician's "on our scale you're 201" is today's vital sign, and a change ("up seven pounds") is no weight.
Two weights at least, the log's trend: a single weight the patient remembers cost held-out precision.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# weighing at home, not "how much do you weigh?" (a weight remembered, which notes chart as a vital or not at all)
_WEIGHING = re.compile(
    r"\b(?:weigh(?:ing|ed)? (?:yourself|myself|him|her|himself|herself)|(?:daily|morning) weights)\b"
)
# a weight: 80 to 450 (pounds, said bare or with its unit) or 30 to 250 kilos; not a change ("up 7 pounds")
_WEIGHT = re.compile(
    r"(?<![\d.:/$])(\d{2,3}(?:\.\d)?)(?![\d/:]|\.\d)\s*(?P<unit>pounds?|lbs?|kilos?|kgs?|kilograms?)?"
    r"(?!\s*(?:over|/|percent|%|mg|milligrams|units?|days?|weeks?|months?|years?|times|minutes|hours|steps))"
)
_CHANGE = re.compile(r"\b(?:up|down|lost|gained|put on|dropped|more than|over|under|about|gone up)\s*$")
# today's weight, or a sugar, pressure or temperature read out in the same breath
_NOT_HOME = re.compile(
    r"\b(?:today|here|in the office|your scale|our scale|the clinic|sugars?|glucose|pressure|temperature|"
    r"fever|a1c|pulse|heart rate|oxygen)\b"
)
_KILOS = re.compile(r"^k")
_OF_AFTER = re.compile(r"\s+of\b")


def _weights(low: str) -> list[tuple[int, int, str]]:
    """The weights said in ``low``: (start, end, "192 lb")."""
    out = []
    for m in _WEIGHT.finditer(low):
        value, unit = float(m.group(1)), m.group("unit") or ""
        if _CHANGE.search(low[max(0, m.start() - 12) : m.start()]):
            continue
        kilos = bool(_KILOS.match(unit))
        if (kilos and 30 <= value <= 250) or (not kilos and 80 <= value <= 450):
            out.append((m.start(1), m.end(), f"{m.group(1)} {'kg' if kilos else 'lb'}"))
    return out


def home_weights(sentences: list[Sentence]) -> list[Fact]:
    """The first home weights the patient or family read out ("this morning he was 199"), as one result."""
    for i, s in enumerate(sentences):
        if s.segment.speaker == "clinician" or _NOT_HOME.search(s.low):
            continue
        if not any(_WEIGHING.search(x.low) for x in sentences[max(0, i - 4) : i + 1]):
            continue
        drugs = find_drugs(s.low)
        # (not a dose: "I also take my 81 aspirin and 100 of the metoprolol")
        said = [
            w
            for w in _weights(s.low)
            if not s.question_at(w[0])
            and not _OF_AFTER.match(s.low, w[1])
            and not any(a - 25 < w[1] and w[0] < b + 25 for a, b, _ in drugs)
        ]
        if len(said) < 2:
            continue  # one weight alone ("my scale says 180") is charted as a vital or not at all; a log is two
        value = ", ".join(dict.fromkeys(w[2] for w in said))
        ev = s.evidence(said[0][0], said[-1][1])
        return [Fact(kind=FactKind.result, name="home weight", attributes={"value": value}, evidence=ev)]
    return []
