"""Readings taken outside the visit as results: blood pressures at home, at a pharmacy, in the emergency room,
and heart rates a smartwatch took.

"Most were around 150 over 95" answering "I asked you to check it at home, how did it go?", "the pharmacy
machine said 162 over 100", "it was about 180 over 95 when you went into the emergency room": readings
taken elsewhere are results of tests already done (data/encounters/README.md), never today's vitals
(vitals.py leaves them out by the same place words). The place is said in the sentence or in the turn
the reading answers.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.vitals_context import earlier_day, watch_reading
from engine.types import Fact, FactKind

_READING = re.compile(r"\b(\d{2,3}) ?(?:over|/) ?(\d{2,3})\b")
# where it was measured -> the name a note gives the reading
_PLACES = [
    (
        re.compile(
            r"\b(?:at home|home (?:cuffs?|readings?|numbers?|machines?|monitors?|logs?)|checking it at home|"
            # the cuff the patient bought ("my machine" alone may be a glucose or heart monitor)
            r"(?:bought|got) (?:a|one of those) \w* ?cuffs?)\b"
        ),
        "home",
    ),
    (re.compile(r"\b(?:pharmacy|drugstore|grocery store|walgreens|cvs)\b"), "pharmacy"),
    (re.compile(r"\b(?:emergency room|the er|emergency department|urgent care)\b"), "emergency room"),
]
_TODAY = re.compile(r"\b(?:today|right now|here in the office|this visit)\b")
_NAMES = {
    "home": "home blood pressure",
    "pharmacy": "pharmacy blood pressure",
    "emergency room": "blood pressure in the emergency room",
}


def _place(s: Sentence, previous: list[Sentence]) -> str | None:
    """Where the reading in ``s`` was taken: said in it, else (by the patient) in the sentences just before,
    the patient's own story or the question it answers."""
    texts = [s.low] + ([p.low for p in reversed(previous)] if s.segment.speaker != "clinician" else [])
    for text in texts:
        for pattern, place in _PLACES:
            if pattern.search(text):
                return place
    return None


def outside_readings(sentences: list[Sentence]) -> list[Fact]:
    """Blood pressures (and a fever's temperature) measured elsewhere, one result per place, the first said."""
    out: dict[str, Fact] = {}
    for i, s in enumerate(sentences):
        today = _TODAY.search(s.low)  # "your blood pressure today is 128 over 78": today's vital sign
        # (a patient reading out a list may first say "I put them in my phone. Hang on.")
        before = sentences[max(0, i - (6 if s.segment.speaker == "patient" else 3)) : i]
        for name, a, b, value in _readings(s, before):
            # "How high has the fever been?" "Last night thirty-nine point two.", "on sunday it was 38.5 ...
            # she's not hot today": the family's reading of an earlier day
            told_earlier = name == "temperature" and s.segment.speaker != "clinician" and earlier_day(s.low, a, b)
            if today and not told_earlier:
                continue
            place = _place(s, before) or ("home" if told_earlier else None)
            if place is None or (name == "temperature" and place != "home"):
                continue
            name = _NAMES[place] if name == "blood pressure" else "home temperature"
            out.setdefault(
                name, Fact(kind=FactKind.result, name=name, attributes={"value": value}, evidence=s.evidence(a, b))
            )
        rate = None if today else _WATCH_RATE.search(s.low)
        if rate and watch_reading(sentences, i) and 30 <= int(rate.group(1)) <= 250 and not s.question_at(rate.start()):
            evidence = s.evidence(rate.start(), rate.end())
            attrs = {"value": rate.group(1)}
            out.setdefault(
                "smartwatch heart rate",
                Fact(kind=FactKind.result, name="smartwatch heart rate", attributes=attrs, evidence=evidence),
            )
    return list(out.values())


# "my watch caught one ... heart rate 140", "it said 140 during the attack": a rate the patient's watch took
_WATCH_RATE = re.compile(r"\b(?:heart rate|pulse|hr)\D{0,20}?(\d{2,3})\b(?!\s*(?:over|/|percent|%|steps))")


# "last night it was 101.3" answering "any fevers at home?": a temperature the family took
# ("ninety nine nine" is 99.9: a tenth said without "point" right after the degrees)
# (Celsius needs its tenth, said with or without "point": "thirty-nine four under the arm" is 39.4)
_TEMPERATURE = re.compile(
    r"\b(9[6-9]|10[0-6]|3[7-9](?=\.\d| \d\b)|4[01](?=\.\d| \d\b))(\.\d| \d\b(?! ?(?:over|/|days?|weeks?|times)))?\b"
    r"(?!\s*(?:/|%|(?:over|mg|milligrams|mls?|of|pounds|lbs?|kilos?|kgs?|percent|years?|yrs|months?|steps|times|units|"
    r"minutes)\b))"
)
# "99.9 to 100.4", "between 99 and 101", "99 9 100.4" (a range read out): the highest after the lowest
_TEMPERATURE_TO = re.compile(r"\s*(?:to|or|and|-|,|a|up to)?\s*")


def _degrees(m: re.Match) -> str:
    return m.group(1) + (
        ("." + m.group(2).strip()) if m.group(2) and not m.group(2).startswith(".") else m.group(2) or ""
    )


_FEVER_WORDS = re.compile(
    r"\b(?:fevers?|febrile|temperatures?|temps?|thermometer|burning up|(?:felt|feels?|was|is|running) (?:hot|warm)|"
    r"how high|calentura|fiebre|bukhar)\b"
)


def _readings(s: Sentence, before: list[Sentence]) -> list[tuple[str, int, int, str]]:
    """The blood pressure and temperature readings of ``s``: (kind, start, end, value)."""
    out = []
    # "if your home numbers are still above 130 over 80": a goal, not a reading
    said = [
        r
        for r in _READING.finditer(s.low)
        if not s.question_at(r.start()) and not _GOAL.search(s.low[: r.start()]) and not _HERE.match(s.low, r.end())
    ]
    m = said[0] if said else None
    if m:  # a series read out ("152 over 94, 148 over 96, 156 over 98") is kept whole
        value = ", ".join(f"{r.group(1)}/{r.group(2)}" for r in said)
        out.append(("blood pressure", m.start(), said[-1].end(), value))
    t = _TEMPERATURE.search(s.low)
    said_of_fever = any(_FEVER_WORDS.search(x.low) for x in [s, *before[-3:]])
    if t and _OTHER_MEASURE.search(s.low[max(0, t.start() - 40) : t.start()]):
        t = None  # "my sugar was 99 this morning": another reading's number
    if t and not m and said_of_fever and not s.question_at(t.start()):
        value, end = _degrees(t), t.end()
        upper = _TEMPERATURE.match(s.low, _TEMPERATURE_TO.match(s.low, t.end()).end())
        if upper and float(_degrees(upper)) > float(value):
            value, end = f"{value}-{_degrees(upper)}", upper.end()
        out.append(("temperature", t.start(), end, value))
    return out


# a number said of another measure is not a temperature, however near a fever it stands
_OTHER_MEASURE = re.compile(
    r"\b(?:sugars?|glucose|bgl|a1c|pressure|bp|pulse|heart|oxygen|o2|oximeter|sats?|saturation|weigh\w*|steps|"
    r"walked|age|aged|old|pounds|kilos|cholesterol|ldl)\b"
)
_GOAL = re.compile(r"\b(?:above|below|under|over|goal|target|less than)\s*$")
# "150 over 90 at home and 130 over 80 here": the last is today's vital, not one of the home series
_HERE = re.compile(r"\s*(?:here|today|in (?:the )?(?:clinic|office|surgery))\b")
