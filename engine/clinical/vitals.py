"""Vital signs: blood pressure, heart rate, respiratory rate, temperature, SpO2, weight and height.

Each pattern takes the number said after the vital's name, and a value outside the range a living
patient can have is dropped rather than guessed at.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.vitals_context import clause_span, context_vitals, is_limit, watch_reading
from engine.types import Fact, FactKind

_VITALS: list[tuple[str, str, str, tuple[float, float]]] = [
    # name, pattern (group 1 value), unit, plausible range
    # "pulse ox is 99" is the saturation, not the heart rate
    # ("hr 66" in a read-out list of vitals)
    # (a few words may come between: "your heart rate is a little fast today at 104")
    ("heart rate", r"\b(?:heart rate|pulse(?! ?ox)|heart is beating|hr\b)\D{0,30}?(\d{2,3})\b", "bpm", (20, 250)),
    (
        "respiratory rate",
        r"\b(?:respiratory rate|breathing rate|respirations?|resps\b|resp rate|breaths)\D{0,20}?(\d{1,2})\b|"
        # "breathing sixteen", "breathing about 20 times a minute", never "breathing hard for 5 days"
        r"\bbreathing(?: is| at)?(?: about| around| roughly)? (\d{1,2})\b(?:(?: times| breaths)? (?:a|per) minute\b)?",
        "breaths/min",
        (4, 60),  # "breathing rate eighteen" misheard as "80" is no rate a person breathes at
    ),
    # "ninety eight . seven" comes out of some transcripts as "98 . 7"
    (
        "temperature",
        # ("99 point 1" when a transcript keeps the word)
        # ("ninety eight six" is 98.6: a tenth said without "point" right after a body temperature)
        # (a full stop after the tenth ends the sentence: "temp ninety-seven nine." is 97.9; "98 6.5" is not)
        r"\b(?:temperature|temp)\D{0,20}?((?:9[5-9]|10[0-4]) \d(?!\s*(?:\d|days?|weeks?|hours?|times|over|/|\.\d))|"
        r"\d{2,3}(?:\s?(?:\.|point)\s?\d(?!\s*(?:days?|weeks?|hours?|times)))?)\b",
        "",
        (30, 110),
    ),
    (
        "oxygen saturation",
        r"\b(?:oxygen saturation|oxygen|o2(?: sat)?|sats?|saturation|spo2|pulse ox)\D{0,25}?(\d{2,3})"
        r"\s*(?:percent|%)",
        "%",
        (50, 100),
    ),
    # a name that can only mean the saturation needs no "percent": "pulse ox is 99", "sats 94"
    (
        "oxygen saturation",
        r"\b(?:oxygen saturation|o2 sat\w*|sats|saturation|spo2|pulse ox\w*)\D{0,20}?(\d{2,3})\b(?!\s*(?:over|/))",
        "%",
        (50, 100),
    ),
    # "oxygen ninety eight", "your oxygen level is good at 96": a level a person has, never a flow in
    # liters or a number of days
    (
        "oxygen saturation",
        r"\b(?:oxygen|o2)(?: level| levels| sat\w*)?(?: is| was| are| of| today)?(?: (?:good|great|fine|normal|okay|"
        r"running|sitting|holding))?(?: at| about| around)? (\d{2,3})\b(?!\s*(?:over|/|liters?|l\b|lpm|\.\d))",
        "%",
        (80, 100),
    ),
    ("weight", r"\b(?:weight|weighs?)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:pounds|lbs?)\b", "lb", (2, 900)),
    ("weight", r"\b(?:weight|weighs?)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:kilos|kilograms|kg)\b", "kg", (1, 400)),
    # "Wait 22 kg.": the recogniser's homophone of "weight", only right before a weight with its unit
    ("weight", r"\bwait\s+(\d{2,3}(?:\.\d)?)\s*(?:kilos|kilograms|kgs?)\b", "kg", (1, 400)),
    ("weight", r"\bwait\s+(\d{2,3}(?:\.\d)?)\s*(?:pounds|lbs?)\b", "lb", (2, 900)),
    # "on the scale, 92 kilos", "you're 92 kilos today": the scale or the person, with the unit said (not
    # "you're down 3 kilos", a change, nor a load "carrying 20 kilos")
    (
        "weight",
        r"\b(?:(?:the |on the )?scales?(?: says?| said| shows?| showed| has you at| had you at| today)?\W{0,5}|"
        # "and your 58 kilos": the recogniser's "your" for "you're"
        r"(?:you're|you are|your|i'm|i am|she's|he's|she is|he is)(?: at| now)? )"
        r"(?:about |around |at |just )?(\d{2,3}(?:\.\d)?)\s*(?:kilos|kilograms|kgs?)\b",
        "kg",
        (1, 400),
    ),
    # US clinics say weight in pounds without the unit: "you weigh 182 today", "you're at 210 pounds"
    (
        "weight",
        r"\b(?:weight is|weight's|weight|weight today is|weigh|weighs|weighing(?: in at)?|weighed in at|(?:the )?scale"
        r"(?: says| said| shows| showed| has you at| had you at))\s+(?:about |around |at )?"
        r"(\d{2,3}(?:\.\d)?)\b"
        r"(?!\s*(?:kilos|kilograms|kg|percent|%|over|/))|"
        r"\b(?:you're|you are|your|i'm|i am|she's|he's)(?: at| up to| down to)? (\d{2,3}(?:\.\d)?)\s*(?:pounds|lbs?)\b|"
        # "you're two sixty-eight on the scale": the person, then where it was read
        r"\b(?:you're|you are|your|i'm|i am|she's|he's|she is|he is)(?: at)? (\d{2,3}(?:\.\d)?)(?: pounds)? on "
        r"(?:the|our) scales?\b",
        "lb",
        (90, 700),  # a weight said without its unit below 90 may be kilograms: left out rather than guessed
    ),
    ("height", r"\b(?:height|tall)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:centimeters|centimetres|cm)\b", "cm", (30, 250)),
    ("height", r"\b(?:height|tall)\D{0,20}?(\d{2}(?:\.\d)?)\s*inch(?:es)?\b", "in", (12, 100)),
]
# ("128 on 82" is how some say it, read only where the pressure is named)
# ("150 by 94" in Indian English, likewise only where the pressure is named)
_BP = re.compile(r"\b(1)\s?\.(\d{2})\s*(?:over|/|on|by)\s*(\d{2,3})\b|\b(\d{2,3})\s*(?:over|/|on|by)\s*(\d{2,3})\b")
# A goal or a threshold is no reading: "keep it under 130 over 80", "anything over 180 over 110".
_TARGET = re.compile(
    r"\b(?:under|below|less than|above|over|higher than|lower than|goal|target|aim|anything|at least|"
    r"up to|between|of like)\W*(?:about |around |like )?$"
)
# A reading taken again at rest is the one charted: "..., and after sitting quietly it's 150 over 94".
_RECHECK = re.compile(r"\b(?:recheck\w*|repeat\w*|again|second|after (?:sitting|resting|rest|a few minutes))\b")
# Other vitals read in the same breath: "Today it's 156 over 98, heart rate 82" is a blood pressure.
_OTHER_VITAL = re.compile(
    r"\b(?:heart rate|pulse|temperature|temp|oxygen|o2|saturation|respirations|respiratory rate|weight|"
    r"vitals|vital signs)\b"
)


# Today's measurement wins over one recalled from before ("your blood pressure was 200 over 90 in the
# emergency room" ... "your blood pressure today is 128 over 72").
_TODAY = re.compile(
    r"\b(?:today|vital signs|vitals|right now|now|here|on exam|looks?|checked|measured|nurse|out front|front desk)\b"
)
_BEFORE = re.compile(
    r"\b(?:was|were|last (?:time|visit|week|month)|at home|hospital|emergency|er|ago|used to be|pharmacy|always|"
    r"usually|normally|at work)\b"
)


# Orthostatic checks: a reading taken after standing up is compared with the charted one lying or sitting.
_STANDING = re.compile(r"\b(?:standing|stood up|stand up|(?:when|once|after) (?:you|he|she|they) stand)\b")


def _when(low: str) -> int:
    standing = 4 if _STANDING.search(low) and not re.search(r"\b(?:lying|sitting|seated)\b", low) else 0
    return (2 if _TODAY.search(low) else 0) - (3 if _BEFORE.search(low) else 0) - standing


def vitals(sentences: list[Sentence]) -> list[Fact]:
    """Vital signs said in the visit, each checked against a plausible range; today's value wins."""
    best: dict[str, tuple[int, int, Fact]] = {}
    for i, s in enumerate(sentences):
        # "... Blood pressure is" | "180 over 74.": a reading cut off from its name by a segment break
        after_name = i > 0 and bool(_NAME_AT_END.search(sentences[i - 1].low))
        turn_named = i > 0 and sentences[i - 1].segment is s.segment and bool(_PRESSURE.search(sentences[i - 1].low))
        if watch_reading(sentences, i):
            continue  # "my watch caught one ... heart rate 140": a result (outside_readings.py)
        # "my heart rate was 110 for three days", "at home it was 150": not measured today (what answers the
        # weight question, or a temperature taken this morning, is read by vitals_context whatever the verb)
        recalled = s.segment.speaker == "patient" and _BEFORE.search(s.low)
        for fact in ([] if recalled else _said(s, after_name, turn_named)) + context_vitals(sentences, i):
            rank = (_when(s.low), -i)
            if fact.name not in best or rank > best[fact.name][:2]:
                best[fact.name] = (*rank, fact)
    return [f for _, _, f in sorted(best.values(), key=lambda t: -t[1])]


# Vitals read aloud as "one eighteen over seventy four", "weight two twelve": the number reader keeps a
# digit and a teen apart ("1 18", "2 12") because "one ten milligram tablet" must not become 110 mg.
# Next to a vital's name they are the colloquial hundreds. Speech recognisers also write the leading
# "one" as "won" or "1," ("won 36 over 84", "1, 28 over 78") and "two twenty six" as "two 26". Every
# join keeps each character's offset (padded with spaces), so evidence spans stay where they were.
_HUNDRED_WORD = r"(?:([1-4])|(won|one)|(two)|(three))"
_RATE_NAMES = ("heart rate", "heart rate is", "heart rate of", "pulse", "pulse is", "pulse of", "pulse rate")
_TEEN_HUNDREDS = re.compile(
    rf"\b{_HUNDRED_WORD},? (1\d|[2-9]\d)\b(?= *(?:over|/|pounds|lbs?|on the scales?)\b)"
    rf"|(?<=weight ){_HUNDRED_WORD} (1\d|[2-9]\d)\b|(?<=weigh ){_HUNDRED_WORD} (1\d|[2-9]\d)\b"
    rf"|(?<=weight's ){_HUNDRED_WORD} (1\d|[2-9]\d)\b"
    # a fast pulse read aloud: "heart rate one twelve", "pulse is one twenty"
    + "".join(rf"|(?<={name} ){_HUNDRED_WORD} (1\d|[2-9]\d)\b" for name in _RATE_NAMES)
)
_DIGIT = {"won": "1", "one": "1", "two": "2", "three": "3"}


def _join_teens(low: str) -> str:
    def join(m: re.Match) -> str:
        lead, rest = [g for g in m.groups() if g]
        joined = f"{_DIGIT.get(lead, lead)}{rest}"
        return joined + " " * (len(m.group()) - len(joined))

    return _TEEN_HUNDREDS.sub(join, low)


_PRESSURE = re.compile(r"\b(?:blood pressure|bp)\b")
_NAME_AT_END = re.compile(r"\b(?:blood pressure|pressure|bp)(?: is| was| today is| today)?\W*$")


# the word "stone" only ("21st" is a date), an adult's weight (6 to 39 stone), and not a change ("put on four
# stone", "lost two stone")
_STONE = re.compile(
    r"(?<!\bon )(?<!\blost )(?<!\bgained )(?<!\bdropped )(?<!\bshed )(?<!\bup )(?<!\bdown )(?<!\bover )"
    r"\b([6-9]|[1-3]\d) stone\b(?:\s*(?:and\s*)?(1[0-3]|\d)\b(?:\s*(?:pounds|lbs?))?)?"
)


_UNBORN = re.compile(r"\b(?:baby's|babys|baby|fetal|foetal|fetus's|foetus's)\s+$")


def _said(s: Sentence, after_name: bool = False, turn_named: bool = False) -> list[Fact]:
    """The vitals one sentence says (the first of each kind); ``turn_named``: the sentence before in the same
    turn named the blood pressure ("The nurse did your blood pressure." "Lying down it was 148 over 78")."""
    facts: list[Fact] = []
    seen: set[str] = set()
    low = _join_teens(s.low)
    if bp := _pressure(s, low, after_name, turn_named):
        seen.add("blood pressure")
        facts.append(bp)
    if fever := _fever(s, low):
        seen.add("temperature")
        facts.append(fever)
    if stone := _STONE.search(low):
        # British weight: "nine stone seven" is 9 st 7 lb, charted in pounds (14 to the stone) as said
        pounds = int(stone.group(1)) * 14 + int(stone.group(2) or 0)
        if pounds <= 560:
            seen.add("weight")
            attrs = {"value": str(pounds), "unit": "lb", "said": stone.group().strip()}
            facts.append(Fact(kind=FactKind.vital, name="weight", attributes=attrs, evidence=s.evidence(*stone.span())))
    for name, pattern, unit, (lo, hi) in _VITALS:
        if name in seen:
            continue
        found = list(re.finditer(pattern, low))
        if not found:
            continue
        m = found[_todays(low, found)] if len(found) > 1 else found[0]  # "was 110 last time, today it's 78"
        if re.match(r"\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times|ago)\b", low[m.end() :]):
            continue  # "pulse racing for 30 minutes" is no heart rate
        if name == "heart rate" and _UNBORN.search(low[max(0, m.start() - 24) : m.start()]):
            continue  # "the baby's heart rate is 144": the fetal heart rate is an antenatal measure (exam_obstetric)
        said = next(k for k, g in enumerate(m.groups(), 1) if g)  # alternatives: one group each
        if is_limit(low, m.start(said)):
            continue  # "if the pulse ox is under 92, go to the er": a limit, not a reading
        raw, span = m.group(said), m.span()
        if _told(low, m) < 0:
            now = _NOW_NUMBER.match(low, m.end(said))
            if now and _alike(raw, now.group(1)):
                raw, span = now.group(1), (m.start(), now.end(1))
        text = _number(raw)
        value = float(text)
        if not lo <= value <= hi:
            continue
        if name == "temperature":
            unit = "degF" if value >= 90 else "Cel"
        seen.add(name)
        facts.append(
            Fact(
                kind=FactKind.vital,
                name=name,
                attributes={"value": text, "unit": unit},
                evidence=s.evidence(*span),
            )
        )
    return facts


def _pressure(s: Sentence, low: str, after_name: bool, turn_named: bool) -> Fact | None:
    """The blood pressure a sentence reads: where the pressure is named (in it, or just before), or a
    "156 over 98" read with the other vitals; a goal ("under 130 over 80") is none, and a reading retaken at
    rest wins over the first."""
    # (the answer to "what was my blood pressure?" may open with a few words: "it was 130 over 80")
    named = "pressure" in low or re.search(r"\bbp\b", low) or (after_name and re.match(r"\W*(?:[a-z']+ ){0,3}\d", low))
    if not (named or turn_named or _OTHER_VITAL.search(low)):
        return None
    readings = []
    for m in _BP.finditer(low):
        if not named and m.group().split()[1:2] in (["on"], ["by"]) and not turn_named:
            continue  # "on" or "by" for "over" only where the pressure is named
        if _TARGET.search(low, max(0, m.start() - 30), m.start()):
            continue
        # (Whisper writes "one twenty-eight" as "1.28")
        sys_, dia = (
            (int(m.group(1) + m.group(2)), int(m.group(3))) if m.group(1) else (int(m.group(4)), int(m.group(5)))
        )
        if 60 <= sys_ <= 260 and 30 <= dia <= 160 and sys_ > dia:
            readings.append((m, sys_, dia))
    if not readings:
        return None
    m, sys_, dia = next(
        (r for r in readings[1:] if _RECHECK.search(low, max(0, r[0].start() - 60), r[0].start())),
        readings[_todays(low, [r[0] for r in readings])],
    )
    return Fact(
        kind=FactKind.vital,
        name="blood pressure",
        attributes={"value": f"{sys_}/{dia}", "unit": "mmHg", "systolic": str(sys_), "diastolic": str(dia)},
        evidence=s.evidence(m.start(), m.end()),
    )


# Two readings in one sentence, one of them recalled: "Last time it was 150 over 90, and today it's 130 over 80".
_THEN = re.compile(
    r"\b(?:last (?:time|visit|week|month|year|night)|yesterday|before|previously|at home|home|cuff|machine|used to|"
    r"ago|hospital|the er|emergency|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b"
)
_NOW = re.compile(r"\b(?:today|now(?! and then)|this time(?! last)|this visit|here)\b")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|whereas|while|so|which|(?:up|down) from)\b")


def _told(low: str, m: re.Match) -> int:
    """+1 where the reading's own clause says today, -1 where it says before, else 0."""
    start, end = clause_span(low, m.start(), m.end(), _CLAUSE_BREAK)
    said = low[start : m.start()] + " " + low[m.end() : end]
    return bool(_NOW.search(said)) - bool(_THEN.search(said))


def _number(raw: str) -> str:
    """A vital's number as written: "98 6" (a tenth said without "point") is 98.6."""
    return re.sub(r"^(\d{2,3}) (\d)$", r"\1.\2", raw).replace(" ", "").replace("point", ".")


def _alike(then: str, now: str) -> bool:
    """Whether ``now`` can be the same vital as ``then`` (not a temperature, an age or a loss read as a pulse
    or a weight): a decimal only after a decimal, and within half to twice the earlier reading."""
    return ("." not in now or "." in _number(then)) and 0.5 <= float(now) / float(_number(then)) <= 2


def _todays(low: str, readings: list[re.Match]) -> int:
    """Of a sentence's readings, the first, unless its own clause says it is of before and a later one's says
    today ("Last time it was 150 over 90, and today it's 130 over 80")."""
    if _told(low, readings[0]) >= 0:
        return 0
    return next((k for k in range(1, len(readings)) if _told(low, readings[k]) > 0), 0)


# today's number said after a recalled one without the vital's name again: "was 110 last time, today it's 78"
_NOW_NUMBER = re.compile(
    r"[^\d.;?]{0,30}?\b(?:today|now|this time)\b,?\s*(?:it's|it is|you're|you are|she's|he's|is)?\s*"
    r"(?:at |about |around )?(\d{2,3}(?:\.\d)?)\b(?!\s*(?:over|/))"
    # the number is the reading, ending its clause, or with the vital's own unit: never a dose, a time, an age
    # or another vital ("now 50 of the metoprolol", "now 20 minutes after", "now at 45 you need", "98 percent")
    r"(?=\s*(?:[.,;!?]|$|and\b|but\b|so\b|(?:pounds|lbs?|kilos|kg|beats|bpm|breaths|degrees)\b"
    r"(?!\s*(?:down|up|lighter|heavier|less|more|off|of|lost|gained)\b)))"
)


# The clinician reading a fever's number: "you're running a low grade fever, 100.4", "a fever of 101".
_FEVER = re.compile(
    r"\b(?:fever|febrile|temperature)\W{0,3}(?:of |is |at |was |to |here |today )*(?:about |around |like )?"
    r"(\d{2,3}\.\d|10[0-6])\b(?!\s*(?:days?|weeks?|hours?|times|ago))"
)


def _fever(s: Sentence, low: str) -> Fact | None:
    """A temperature said as the fever's number by the clinician; what the patient had at home is history."""
    m = _FEVER.search(low)
    if not m or s.segment.speaker == "patient" or _BEFORE.search(low) or not 97 <= float(m.group(1)) <= 107:
        return None
    return Fact(
        kind=FactKind.vital,
        name="temperature",
        attributes={"value": m.group(1), "unit": "degF"},
        evidence=s.evidence(m.start(1), m.end(1)),
    )
