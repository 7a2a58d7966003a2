"""Results whose value is said away from the test's name: in the answer to the clinician's question, or as
a sugar reading named by when it was taken.

- "And the HbA1c?" "That also we did. Eight point six it is showing.": the clinician names the test, the
  patient (or a relative reading the report) gives its number in the next turn.
- "Fasting was 162, and after food 248", "my PP sugar was 210": a diabetic's sugars named by the meal, as
  Indian and other world-English visits say them (a sugar in mmol/L, "fasting 7.8", is read the same way).

orders.py calls ``answered_results`` once the sentences are read and keeps any result it did not find itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.clinical.home_sugars import home_sugars
from engine.clinical.labs import LABS, NAMED_TESTS, named_tests
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# tests reported by a number (a scan, a swab or a panel of many numbers is not answered with one); not the
# sugar: "what are your sugars running?" asks for the home readings of weeks, not one test's result
_VALUED = (set(LABS) - NAMED_TESTS - {"labs", "iron studies", "liver function tests", "kidney function", "glucose"}) | {
    "hemoglobin a1c",
    "tsh",
    "free t4",
}
# a number in the answer that is no value: a time, a count of tablets or days
# ("last one was 7.4", "the one from last week": "one" after these is a pronoun, no value; "7 point
# something" is a number not yet said)
_NUMBER = re.compile(
    r"(?<![\d.:/])(?<!last )(?<!that )(?<!this )(?<!the )(?<!which )(?<!each )(?<!every )(?<!no )"
    r"(\d+(?:\.\d+)?)(?![\d/:])(?!\s*(?:days?|weeks?|months?|years?|times?|hours?|minutes?|mg|"
    r"milligrams?|tablets?|pills?|o'clock|am\b|pm\b|in the (?:morning|evening)|back|ago|point something))"
)
# an A1c said digit by digit: "seven-four" is 7.4
_DIGIT = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_A1C_DIGITS = re.compile(
    rf"\b({'|'.join(_DIGIT)})-({'|'.join(_DIGIT)})\b"
    r"(?!\s*(?:weeks?|days?|months?|years?|times?|hours?|minutes?|ago|or|to)\b)"  # "six-eight weeks ago": a span
)


def _answer_value(sentences: list[Sentence], i: int, name: str) -> tuple[int, re.Match] | None:
    """The first number said in the turn answering sentence ``i`` about test ``name`` (up to three sentences,
    until the asker speaks again)."""
    asker = sentences[i].segment.speaker
    for j in range(i + 1, min(i + 4, len(sentences))):
        if sentences[j].segment.speaker == asker:
            return None
        if m := _NUMBER.search(sentences[j].low):
            return j, m
        if name == "hemoglobin a1c" and (m := _A1C_DIGITS.search(sentences[j].low)):
            return j, m
    return None


_SUGAR_TALK = re.compile(r"\b(?:sugars?|glucose|diabet\w*|a1c|hba1c|glucometer|strips?)\b")
_MEAL = r"(?P<when>fasting|after (?:food|meals?|eating|lunch|breakfast|dinner)|post[- ]?(?:prandial|lunch|meals?)|pp)"
_WHEN_TAKEN = re.compile(
    rf"\b{_MEAL}(?: (?:blood )?(?:sugars?|glucose|reading|levels?|values?))?\s*(?:,\s*)?(?:was|were|is|of|came|"
    r"it was|it is|it's|:)?\s*(?:about |around |like |only )?(?P<value>\d{1,3}(?:\.\d)?)\b"
    r"(?!\s*(?:days?|weeks?|hours?|minutes?|mg\b))"
    # "248 after food", "7.8 fasting": the value said before the meal
    rf"|(?<![\d.])(?P<value2>\d{{1,3}}(?:\.\d)?) {_MEAL.replace('?P<when>', '?P<when2>')}\b"
)


_MEAL_NAMED = {"fasting blood sugar", "post-prandial blood sugar"}


def _sugar_readings(sentences: list[Sentence], i: int) -> list[Fact]:
    """Sugars named by the meal ("fasting was 162, after food 248") in talk about sugar (this sentence or
    the six before it)."""
    s = sentences[i]
    if not any(_SUGAR_TALK.search(x.low) for x in sentences[max(0, i - 6) : i + 1]):
        return []
    out = []
    for m in _WHEN_TAKEN.finditer(s.low):
        said, when = m.group("value") or m.group("value2"), m.group("when") or m.group("when2")
        value = float(said)
        if s.question_at(m.start()) or not (2 <= value <= 35 or 40 <= value <= 700):
            continue  # mmol/L or mg/dL, nothing else
        name = "fasting blood sugar" if when == "fasting" else "post-prandial blood sugar"
        attrs = {"value": said}
        out.append(Fact(kind=FactKind.result, name=name, attributes=attrs, evidence=s.evidence(m.start(), m.end())))
    return out


def answered_results(sentences: list[Sentence], known: Iterable[Fact] = ()) -> list[Fact]:
    """Results read across a question and its answer, sugars named by the meal, and sugars checked at home;
    the first of each name, and no home reading whose numbers a result in ``known`` already gave."""
    out: dict[str, Fact] = {}
    for i, s in enumerate(sentences):
        for fact in _sugar_readings(sentences, i):
            out.setdefault(fact.name, fact)
        if s.segment.speaker != "clinician" or not s.low.rstrip().endswith("?"):
            continue
        tests = named_tests(s.low)  # (a question's clause may end before its "?": "and the hba1c, the ... test?")
        if len({n for _, _, n in tests}) != 1 or tests[0][2] not in _VALUED:
            continue
        if found := _answer_value(sentences, i, tests[0][2]):
            j, m = found
            a, b, name = tests[0]
            value = f"{_DIGIT[m.group(1)]}.{_DIGIT[m.group(2)]}" if m.re is _A1C_DIGITS else m.group(1)
            evidence = s.evidence(a, b) + sentences[j].evidence(m.start(1), m.end(m.lastindex or 1))
            fact = Fact(kind=FactKind.result, name=name, attributes={"value": value}, evidence=evidence)
            out.setdefault(name, fact)
    home = home_sugars(sentences)
    # "9 to 11 fasting", the clinician's echo of the home readings, is those readings, not a lab's sugar
    at_home = {v for f in home for v in f.attributes["value"].split(", ")}
    kept = [f for f in out.values() if f.name not in _MEAL_NAMED or f.attributes["value"] not in at_home]
    # "it was 4.1" at home, then "with sugars of 4.1" from the clinician: read once already
    seen = {n for f in known for n in _NUMBERS.findall(f.attributes.get("value", ""))}
    return kept + [f for f in home if not at_home_numbers(f) <= seen]


_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


def at_home_numbers(f: Fact) -> set[str]:
    """The numbers of a home reading's value."""
    return set(f.attributes["value"].split(", "))
