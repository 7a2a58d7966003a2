"""Sugars a diabetic checked at home and tells the clinician: results of tests already done.

"I checked once and it said three point six", "my sugar was sixty two one time and fifty eight the other",
"Yes, I checked, it was sixty-five", "I test in the mornings and it's nine, ten, sometimes eleven", "He checks it
at home sometimes." "Ciento ochenta, doscientos." "One eighty to two hundred fasting?": the patient (or a
relative) reads out the meter with no test named, so the lab readers, which want a test's name beside its
value, never see it. A note charts it as one home reading, named by the meal when one is said ("home fasting
blood glucose: 9 to 11"), with every number said.

Only readings the patient tells as checked or read ("I test", "it was", "my sugar was") are taken: a spread of
routine numbers in answer to "what are your sugars running?" is charted by some annotators and not by others,
and reading it cost held-out precision a point (session 14) for no held-out recall.
"""

from __future__ import annotations

import re

from engine.clinical.labs import named_tests
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_SUGAR = re.compile(
    r"\b(?:sugars?|glucose|bgl|bsl|glucometer|diabet\w*|hypos?|hypoglyc\w*)\b"
    # "tell me about the low", "i got that low": a low sugar said as a noun (not "low back", "a low dose")
    r"|\b(?:a|the|that|this|any|those|these) lows?(?=\s*(?:[.,?!]|$|(?:was|were|came|happened|episodes?)\b))"
)
# the patient tells a reading without being asked: "my sugar was 62", "i checked once and it said 3.6"
_READ_OUT = re.compile(
    r"\b(?:(?:my|his|her|the) (?:blood )?sugars?|(?:it|machine|meter)) (?:was|were|is|are|came|reads?|read|"
    r"said|says|showed|shows|went)\b"
)
# ... or says that they check it, the numbers following: "i test in the mornings and it's 9, 10, sometimes 11",
# "he checks it at home sometimes." "ciento ochenta, doscientos."
_SELF_CHECK = re.compile(r"\b(?:i|he|she|we) (?:test|check)(?:ed|s)?\b")
# a reading of another measure: "i checked it and it was 101" of a fever
_OTHER_MEASURE = re.compile(
    r"\b(?:fevers?|temperatures?|temps?|thermometer|pressure|bp|weigh\w*|scales?|pulse|heart rate|oxygen|sats)\b"
)
# a number that is no sugar: a time, a count, a dose, an age, a weight
_NUMBER = re.compile(
    r"(?<![\d.:/$])(\d{1,3}(?:\.\d)?)(?![\d/:]|\.\d)"
    # ("3 or 4 times a day", "2 to 3 hours after": the count of a range)
    r"(?!(?:\s*(?:or|to|-|,)\s*\d+(?:\.\d)?)?\s*(?:days?|nights?|weeks?|months?|years?|times?|hours?|minutes?|mg\b|"
    r"milligrams?|units?|tablets?|pills?|kilos?|kg|pounds?|lbs?|o'clock|am\b|pm\b|in the (?:morning|afternoon|"
    r"evening|night)|percent|%|over\b|/|kids?|grandkids?|machines?|meters?|strips?|cups?|glass|ago|at night|"
    r"a (?:day|night|week)|miles?|blocks?|steps|cigarettes?|packs?|drinks?|beers?|puffs?|doses?|shots?|"
    r"injections?|meals?|servings?))"
)
_NOT_BEFORE = re.compile(r"(?:\bat|\baged?|\bby|\bfor|\bround|\bfrom|\bevery|\bdivide by|\bmy)\s*$")
_AFTER_MEAL = re.compile(
    r"\b(?:after (?:food|meals?|eating|dinner|lunch|supper|breakfast|iftar)|post[- ]?(?:meal|prandial))\b"
)
_FASTING = re.compile(r"\b(?:fasting|mornings?|before (?:breakfast|i eat|eating)|first thing|wake up|waking)\b")


def _other_tests(low: str) -> list[int]:
    """Where tests other than the sugar itself are named in ``low``."""
    return [a for a, _, name in named_tests(low) if name not in _SUGAR_TESTS]


# the names the lab readers give a sugar said alone ("the sugars", "fasting 7"): the home readings' own words
_SUGAR_TESTS = {"glucose", "random blood sugar", "fasting blood sugar", "fasting glucose", "postprandial blood sugar"}


# "a hundred and sixty": the numbers reader leaves the hundred in words
_HUNDRED_AND = re.compile(r"\b(?:a |one )?hundred and (\d{1,2})\b")


def _values(low: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Numbers in ``low[start:end]`` that can be a sugar (mmol/L or mg/dL): (offset, said)."""
    out = []
    low = _HUNDRED_AND.sub(lambda m: f"{100 + int(m.group(1)):<{len(m.group())}}", low)
    for m in _NUMBER.finditer(low, start, len(low) if end is None else end):
        value = float(m.group(1))
        if _NOT_BEFORE.search(low[max(0, m.start() - 12) : m.start()]):
            continue
        if 2 <= value <= 35 or 40 <= value <= 600:
            out.append((m.start(1), m.group(1)))
    return out


def _answer(sentences: list[Sentence], i: int) -> list[Sentence]:
    """The rest of the patient's turn after sentence ``i`` (up to three sentences, until the clinician speaks),
    and the clinician's echo of it ("One eighty to two hundred fasting, in the morning?")."""
    out = []
    for j in range(i + 1, min(i + 4, len(sentences))):
        if sentences[j].segment.speaker == "clinician":
            echo = sentences[j].low
            # (the patient may have said it in words the numbers reader missed: "ciento ochenta")
            told = _values(" ".join(x.low for x in out))
            if out and _values(echo) and (not told or _SUGAR.search(echo) or _FASTING.search(echo)):
                out.append(sentences[j])
            break
        out.append(sentences[j])
    return out


def _readings(said: list[Sentence], begin: int = 0) -> dict[str, tuple[Sentence, int, int, list[str]]]:
    """The numbers of the answer (from ``begin`` of its first sentence) by when taken:
    name -> (sentence, start, end, values)."""
    out: dict[str, tuple[Sentence, int, int, list[str]]] = {}
    fasting = any(_FASTING.search(s.low) for s in said)
    for k, s in enumerate(said):
        start = begin if k == 0 else 0
        tests = _other_tests(s.low)
        end = tests[0] if tests else len(s.low)  # "9 to 11 fasting and your a1c came back at 8.4"
        meal = _AFTER_MEAL.search(s.low, start, end)
        for a, b, name in (
            (start, meal.start() if meal else end, "home fasting blood glucose" if fasting else "home blood glucose"),
            (meal.start() if meal else end, end, "home post-meal blood glucose"),
        ):
            values = [
                (at, v) for at, v in _values(s.low, a, b) if not s.question_at(at) or s.segment.speaker == "clinician"
            ]
            if not values:
                continue
            if name in out:
                kept = out[name]
                out[name] = (kept[0], kept[1], kept[2], kept[3] + [v for _, v in values if v not in kept[3]])
            else:
                out[name] = (
                    s,
                    values[0][0],
                    values[-1][0] + len(values[-1][1]),
                    list(dict.fromkeys(v for _, v in values)),
                )
    return out


_ELSEWHERE = re.compile(r"\b(?:lab|labs|laboratory|hospital|blood tests?|report)\b")


def _told_of_sugar(sentences: list[Sentence], i: int) -> bool:
    """Whether the patient's sentence ``i`` tells a reading of their own checks, in talk about sugar (in it
    or the seven sentences before) and not about a fever, a pressure or a weight."""
    s = sentences[i]
    if not (_READ_OUT.search(s.low) or _SELF_CHECK.search(s.low)):
        return False
    if any(_OTHER_MEASURE.search(x.low) for x in sentences[max(0, i - 2) : i + 1]):
        return False
    return any(_SUGAR.search(x.low) for x in sentences[max(0, i - 7) : i + 1])


def home_sugars(sentences: list[Sentence]) -> list[Fact]:
    """Home glucose readings the patient tells as read from the meter ("my sugar was 62", "I test in the
    mornings and it's 9, 10, sometimes 11"); one result per name, the first said."""
    out: dict[str, Fact] = {}
    for i, s in enumerate(sentences):
        begin = 0
        if s.segment.speaker == "clinician" or not _told_of_sugar(sentences, i):
            continue
        m = _READ_OUT.search(s.low) or _SELF_CHECK.search(s.low)
        said, begin = [s], m.start()
        if m.re is _SELF_CHECK:
            said += _answer(sentences, i)
        elif not any(at - m.end() <= 30 for at, _ in _values(s.low, m.end())):
            continue  # "you know how it is": no reading told
        if any(_ELSEWHERE.search(x.low) for x in said):
            continue  # "so you checked sugar at home or at lab?" "lab only. fasting was 162": a lab's result
        for name, (x, a, b, values) in _readings(said, begin).items():
            if any(set(values) <= set(f.attributes["value"].split(", ")) for f in out.values()):
                continue  # the low just told again ("it was 4.1" and "with sugars of 4.1")
            if name not in out:
                attrs = {"value": ", ".join(values)}
                out[name] = Fact(kind=FactKind.result, name=name, attributes=attrs, evidence=x.evidence(a, b))
    return list(out.values())
