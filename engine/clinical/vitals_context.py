"""Vital signs that only the turns around them make readable: a video or phone visit's readings.

In a telehealth visit the numbers come from the patient's own scale, cuff and pulse oximeter, read aloud
while the clinician watches, and the clinician counts breaths on camera:

- a weight said as the answer to a weight question ("Did you weigh this morning?" "Two thirty-one.";
  "How much does he weigh?" "I just put him on the scale, forty-five pounds.");
- breaths counted while watching the chest ("I want to watch him breathe." ... "I count about twenty-eight
  a minute.");
- a saturation said as a bare percentage just after the pulse oximeter was named ("Ninety-five percent,
  heart rate one twelve");
- a temperature the family took today, answering the fever question ("This morning I checked, ninety-nine
  point one"); one said to be taken "at home" stays a result, as the annotation conventions have it.

A reading a smartwatch took during an episode ("My watch said one forty during the attack") is no vital of
today: outside_readings.py charts it as a result, and ``watch_reading`` tells vitals.py to leave it out.
"""

from __future__ import annotations

import re

from engine.clinical.relative_words import RELATION
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_WEIGHT_QUESTION = re.compile(
    r"\b(?:how much (?:do|does|did) (?:you|he|she|they|the baby) weigh|what (?:do|does|did) (?:you|he|she) weigh|"
    r"did (?:you|he|she) weigh|(?:have|has) (?:you|he|she) weighed|(?:your|his|her) weight(?: today| now)?\s*\?|"
    r"what(?:'s| is) (?:your|his|her) weight|"
    # a video visit's "Do you have a scale at home?" "Yeah, this morning I was two oh one."
    r"(?:do|does) (?:you|he|she) have (?:a )?scales?(?: at home)?\s*\?|weigh(?:ed)? (?:yourself|himself|herself)|"
    # "Can you stand on your scale for me?" "One seventy-six."
    r"(?:stand|step|hop|get) (?:up )?on (?:the|your|my|our|his|her|this|that) scales?\b)"
)
# the answer's number, with its unit when said ("forty-five pounds", "78 kilos", "231")
_WEIGHT_ANSWER = re.compile(
    r"(?<![\d.])(\d{2,3}(?:\.\d)?)(?:\s*(pounds|lbs?|kilos|kilograms|kg))?\b(?!\s*(?:over|/|percent|%|years?|"
    r"months?|weeks?|days?|minutes?|hours?|times|mg|milligrams?))"
)
_BREATHING = re.compile(r"\b(?:breath\w*|breathe|breathing|chest (?:rise|rising|go up)|belly (?:rise|move))\b")
_COUNTED = re.compile(
    r"\b(?:i count|i'm counting|i am counting|i counted|counting|count)(?: about| around| roughly| maybe)? "
    r"(\d{1,2})(?: breaths| times)?(?: a| per| in a| in one) minute\b"
)
_OXIMETER = re.compile(r"\b(?:pulse ox\w*|oximeter|oxygen|o2|sats?|saturation)\b")
_BARE_PERCENT = re.compile(r"(?:^|[.,;]\s*)(\d{2,3}) percent\b(?! of)")
_WATCH = re.compile(r"\b(?:watch|smartwatch|fitbit|garmin|whoop|oura)\b")
# a limit, not a reading: "if the pulse ox is under 92, go to the er"
_LIMIT = re.compile(r"\b(?:under|below|less than|above|over|drops? (?:to|below)|goes (?:under|below))\W*$")


def _fact(s: Sentence, name: str, value: str, unit: str, m: re.Match, group: int = 1) -> Fact:
    attrs = {"value": value, "unit": unit}
    return Fact(kind=FactKind.vital, name=name, attributes=attrs, evidence=s.evidence(m.start(group), m.end(group)))


def _weight_answer(sentences: list[Sentence], i: int) -> Fact | None:
    """A weight said in answer to the clinician's weight question, in the sentence right after it."""
    s, q = sentences[i], sentences[i - 1] if i else None
    if q is None or q.segment.speaker != "clinician" or s.segment.speaker == "clinician":
        return None
    # (the question may be the turn's last but one, "Can you stand on your scale for me? Denise'll spot you.",
    # when nothing else is asked after it and the answer names no other measure)
    asked = [q] if q.is_question or _OTHER_READING.search(s.low + " " + q.low) else sentences[max(0, i - 2) : i]
    if not any(_WEIGHT_QUESTION.search(x.low) for x in asked if x.segment is q.segment):
        return None
    m = _WEIGHT_ANSWER.search(s.low)
    if not m:
        return None
    value, unit = m.group(1), m.group(2) or ""
    if unit.startswith("k"):
        return _fact(s, "weight", value, "kg", m) if 1 <= float(value) <= 400 else None
    # without a unit a number below 90 may be kilograms: left out, as vitals.py does
    if not 2 <= float(value) <= 700 or (not unit and float(value) < 90):
        return None
    return _fact(s, "weight", value, "lb", m)


_OTHER_READING = re.compile(r"\b(?:sugars?|glucose|pressure|heart|pulse|temp\w*|oxygen|o2|tall|old|feet|steps)\b")


# "Hop on the scales..." "58 kilos, down a kilo.": the reading that opens the sentence after the scale, in one
# turn (a transcript cuts the sentence at the pause)
_ON_SCALE = re.compile(r"\bscales?(?: for me| please| now)?\W*$")
_OPENING_WEIGHT = re.compile(r"^\W*(?:about |around |just )?(\d{2,3}(?:\.\d)?)\s*(pounds|lbs?|kilos|kilograms|kgs?)\b")


def _scale_weight(sentences: list[Sentence], i: int) -> Fact | None:
    """A weight read off the scale named at the end of the same speaker's sentence before."""
    s, q = sentences[i], sentences[i - 1] if i else None
    if q is None or q.segment.speaker != s.segment.speaker or not _ON_SCALE.search(q.low):
        return None
    m = _OPENING_WEIGHT.search(s.low)
    if not m:
        return None
    kg = m.group(2).startswith("k")
    if not (1 <= float(m.group(1)) <= 400 if kg else 2 <= float(m.group(1)) <= 700):
        return None
    return _fact(s, "weight", m.group(1), "kg" if kg else "lb", m)


# "let me count his breathing... forty-eight a minute": the count named, then the rate on its own
_COUNT_BREATHS = re.compile(r"\bcount(?:ing)? (?:his |her |your |the |their )?(?:breathing|breaths|respirations?)\b")
_RATE_ALONE = re.compile(r"\b(?:about |around |roughly )?(\d{1,2})(?: breaths| times)? (?:a|per) minute\b")


def _breaths_counted(sentences: list[Sentence], i: int) -> Fact | None:
    """A respiratory rate the clinician counts while watching the patient breathe (this or the last few
    sentences speak of breathing; a pulse being felt is not a breath count)."""
    s = sentences[i]
    m = _COUNTED.search(s.low)
    counting = [x for x in sentences[max(0, i - 1) : i + 1] if x.segment.speaker == s.segment.speaker]
    if not m and any(_COUNT_BREATHS.search(x.low) for x in counting):
        here = _COUNT_BREATHS.search(s.low)
        m = _RATE_ALONE.search(s.low, here.end() if here else 0)
    if not m or s.segment.speaker != "clinician" or re.search(r"\b(?:pulse|heart|beats?)\b", s.low):
        return None
    if not any(_BREATHING.search(x.low) for x in sentences[max(0, i - 6) : i + 1]):
        return None
    return _fact(s, "respiratory rate", m.group(1), "breaths/min", m) if 4 <= int(m.group(1)) <= 60 else None


def _bare_saturation(sentences: list[Sentence], i: int) -> Fact | None:
    """A saturation said as a bare percentage while the pulse oximeter is being read (named in this or the
    last eight sentences: the patient reads it out over several)."""
    s = sentences[i]
    m = _BARE_PERCENT.search(s.low)
    if not m or not 80 <= int(m.group(1)) <= 100 or s.question_at(m.start(1)):
        return None
    if not any(_OXIMETER.search(x.low) for x in sentences[max(0, i - 8) : i + 1]):
        return None
    return _fact(s, "oxygen saturation", m.group(1), "%", m)


# a temperature taken today by the family: "this morning I checked, 99.1", answering "Fever?"
_SAME_DAY = re.compile(r"\b(?:this morning|today|just now|right now|a minute ago|before (?:the|this) (?:call|visit))\b")
# a family's reading of an earlier day, or the illness's highest: a home temperature, not today's vital
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EARLIER_DAY = re.compile(
    rf"\b(?:last night|yesterday|the other (?:day|night)|on {_DAY}|{_DAY} (?:night|morning|evening)|"
    r"(?:two|three|four|2|3|4) (?:days|nights) ago|over the weekend|at the weekend|highest|peaked)\b"
)
_DAY_AFTER = re.compile(rf"\s*,?\s*(?:last night|yesterday|on {_DAY}|{_DAY} night)\s*(?:[,.;!]|$)")
_CLAUSE = re.compile(r"[,;]|\b(?:and|but|so)\b")
# the number said as the reading: "it was 38.5", "highest was 39.4", "Last night 39.2"
_READ_AS = re.compile(
    r"(?:\b(?:was|were|it's|had|got|hit|reached|read|said|showed|up to|at|of|highest|temp|temperature)\s*,?\s*"
    r"(?:about |around |like |almost |nearly |just )?$)|^\W*(?:last night|yesterday|on \w+|\w+ night)\W*$"
)
# someone else's fever, one taken elsewhere, or one of an illness long ago: not this illness's home reading
# (relatives by relative_words.RELATION)
_ELSEWHERE = re.compile(
    r"\b(?:husband|wife|partner|friend|nurse|walk-in|urgent care|ambulance|hospital|er|clinic|doctor|gp|pharmacy|"
    r"school|last (?:year|month)|(?:weeks?|months?|years?) ago|ever|seizure)\b"
)


def clause_span(low: str, a: int, b: int, breaks: re.Pattern) -> tuple[int, int]:
    """Where the clause holding ``low[a:b]`` starts and ends, clauses split at ``breaks``."""
    start = max([m.end() for m in breaks.finditer(low, 0, a)], default=0)
    return start, next((m.start() for m in breaks.finditer(low, b)), len(low))


def earlier_day(low: str, a: int, b: int) -> bool:
    """Whether the reading at ``low[a:b]`` is told as of an earlier day or as the illness's highest, in its own
    clause ("Last night thirty-nine point two", "highest was 39.4, last night,"), with no "today" or "this
    morning" in that clause, nobody else's and nowhere else."""
    start, end = clause_span(low, a, b, _CLAUSE)
    if _SAME_DAY.search(low, start, end) or _ELSEWHERE.search(low) or RELATION.search(low):
        return False
    if _DAY_AFTER.match(low, b) and not low[start:a].strip(" ,"):
        return True  # the reading opens its clause, its day right after: "Low grade, 100.2 on Saturday, nothing since"
    return bool(_READ_AS.search(low[start:a]) and (_EARLIER_DAY.search(low, start, a) or _DAY_AFTER.match(low, b)))


_FEVER_TALK = re.compile(r"\b(?:fevers?|temperature|temp|thermometer|febrile|hot)\b")
_DEGREES = re.compile(
    r"(?<![\d.])(9[6-9](?:\.\d)?|10[0-6](?:\.\d)?|3[5-9]\.\d|4[01]\.\d)(?![\d/])(?!\s*(?:over|/|mg|pounds|%))"
)


def _same_day_temperature(sentences: list[Sentence], i: int) -> Fact | None:
    """A temperature the patient or family took today, said in answer to the clinician's fever question (a
    video visit's reading; the clinic's own, ranked higher in vitals.py, wins where both are said)."""
    s = sentences[i]
    if s.segment.speaker == "clinician" or not _SAME_DAY.search(s.low) or re.search(r"\bat home\b", s.low):
        return None  # (said "at home", it is a result: outside_readings.py)
    asked = [x for x in sentences[max(0, i - 3) : i + 1] if _FEVER_TALK.search(x.low)]
    if not asked or (m := _DEGREES.search(s.low)) is None or s.question_at(m.start()):
        return None
    if earlier_day(s.low, m.start(), m.end()):
        return None  # "on sunday i checked it was 38.5 ... she's not hot today": outside_readings.py
    unit = "Cel" if float(m.group(1)) < 50 else "degF"
    return _fact(s, "temperature", m.group(1), unit, m)


# "Let me check her temperature." "Thirty-eight point four.": the reading opens the clinician's next sentence
_TEMPERATURE_NAMED = re.compile(r"\b(?:temperature|temp)(?: is| now| today)?\W*$")
_OPENING_DEGREES = re.compile(
    r"^\W*(?:it's |that's |about )?(3[5-9]\.\d|4[01]\.\d|9[6-9]\.\d|10[0-6](?:\.\d)?)\b(?!\s*(?:over|/|mg|percent|%))"
)


def _temperature_named_before(sentences: list[Sentence], i: int) -> Fact | None:
    """A temperature the clinician reads out right after naming it in the sentence before."""
    s, q = sentences[i], sentences[i - 1] if i else None
    if q is None or s.segment.speaker != "clinician" or q.segment is not s.segment:
        return None
    if not _TEMPERATURE_NAMED.search(q.low) or (m := _OPENING_DEGREES.match(s.low)) is None:
        return None
    return _fact(s, "temperature", m.group(1), "Cel" if float(m.group(1)) < 50 else "degF", m)


def context_vitals(sentences: list[Sentence], i: int) -> list[Fact]:
    """The vitals sentence ``i`` says that only the sentences before it make readable."""
    found = (
        _weight_answer(sentences, i),
        _scale_weight(sentences, i),
        _breaths_counted(sentences, i),
        _bare_saturation(sentences, i),
        _same_day_temperature(sentences, i),
        _temperature_named_before(sentences, i),
    )
    return [f for f in found if f is not None]


def watch_reading(sentences: list[Sentence], i: int) -> bool:
    """Whether the patient's sentence ``i`` reads a number off a smartwatch (named in it or in the two
    sentences the patient said before it)."""
    s = sentences[i]
    if s.segment.speaker == "clinician":
        return False
    own = [x for x in sentences[max(0, i - 2) : i] if x.segment.speaker == s.segment.speaker]
    return any(_WATCH.search(x.low) for x in [*own, s])


def is_limit(low: str, start: int) -> bool:
    """Whether the number at ``start`` is a limit said before it ("under 92"), not a reading."""
    return bool(_LIMIT.search(low, max(0, start - 25), start))
