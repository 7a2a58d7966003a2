"""A test's earlier value, said right after today's with no test named: "The A1c is 7.9. In the spring it was
7.1.", "Your hemoglobin is 10.8. It was 9.1 when we started.", "hba1c 8.6 ... last time in march it was 7.4".

The "it" is the test whose number the speaker just gave; the earlier value is charted as a result of that test
beside today's (a note writes the trend as both), marked ``earlier`` with the words that said when ("last time",
"in the spring"), so that no note, PDF or FHIR Observation shows it as today's value. Only a number with a time in
the past counts: "it was 7.4" with no "last time", "in March", "when we started" may only repeat today's value.
"""

from __future__ import annotations

import re

from engine.clinical.result_values import PAST
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_EARLIER = re.compile(
    # ("last year yours was 58": the patient's own, said of the test just given)
    rf"^\W*(?:and |but |so |now )?(?P<when>(?:{PAST}\s*,?\s*)+)?(?:it|that|this|the last one|yours)"
    r"(?:'s been| was| had been| used to be)\s+(?:(?:only|about|around|at|just) )?"
    r"(?P<value>\d+(?:\.\d+)?)(?: ?%| percent)?(?![\d.]\d|\d)"
    # (not a time: "the last time, it was about 3 months ago")
    r"(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|ago)\b)(?P<rest>[^.;?]{0,40})"
)
_PAST_AFTER = re.compile(rf"^\s*,?\s*{PAST}")
# the number first, its time after: "8.1 last time, yes.", "7.4 back in march" (not "8.1 today")
_VALUE_FIRST = re.compile(
    rf"^\W*(?:and |but |it was |that was )?(?P<value>\d+(?:\.\d+)?)(?: ?%| percent)?\s*,?\s*(?P<when>{PAST})\b"
)


def earlier_results(sentences: list[Sentence], reported: list[list[str]], results: dict[str, Fact]) -> list[Fact]:
    """Earlier values of tests just reported; ``reported[i]`` names the results sentence ``i`` reported."""
    out: list[Fact] = []
    for i, s in enumerate(sentences):
        m = _EARLIER.match(s.low) or _VALUE_FIRST.match(s.low)
        if not m or s.question_at(m.start("value")):
            continue
        after = None if m.group("when") else _PAST_AFTER.match(m.group("rest"))
        if not (m.group("when") or after):
            continue  # "it was 7.4" alone may only say today's value again
        name = _last_valued(sentences, reported, results, i)
        if name is None or results[name].attributes.get("value") == m.group("value"):
            continue
        ev = s.evidence(m.start("value"), m.end("value"))
        when = re.sub(r"[\s,]+", " ", m.group("when") or after.group()).strip(" ,")
        attrs = {"value": m.group("value"), "earlier": when}
        out.append(Fact(kind=FactKind.result, name=name, attributes=attrs, evidence=ev))
    return out


def _last_valued(sentences: list[Sentence], reported: list[list[str]], results: dict[str, Fact], i: int) -> str | None:
    """The last test given a number in the speaker's sentences just before ``i`` (one reply between them at
    most: "hba1c 8.6" "Hmm." "last time in march it was 7.4")."""
    speaker, others = sentences[i].segment.speaker, 0
    # (a reply of two sentences is one reply: "Seven point four. Last time it was eight, no?")
    for j in range(i - 1, max(-1, i - 5), -1):
        if sentences[j].segment.speaker != speaker:
            others += sentences[j + 1].segment.speaker == speaker
            if others > 1:
                return None
            continue
        valued = [n for n in reported[j] if n in results and re.search(r"\d", results[n].attributes.get("value", ""))]
        if valued:
            return valued[-1]
        if reported[j] or others:
            return None
    return None
