"""The tropical fevers of long ago, by their bare names, as past medical history only.

"Malaria" and "typhoid" stay out of the problem vocabulary (world_problems.py: bare, they charted problems
the visit never diagnosed), so an episode told of an earlier year ("last year I had typhoid, they admitted
me", "Have you had malaria before?" "Many times, since I was small") reached no history either. Here they
are read only where the words place them well before this illness, never as today's problem.
"""

from __future__ import annotations

import re

from engine.clinical.history_fact import history_fact
from engine.clinical.past_medical import _EVER_HAD, _SAID_YES, clause_around, told_as_past
from engine.clinical.sentences import Sentence
from engine.types import Fact

# (not the drug, test or vaccine named for it: "malaria tablets", "the typhoid test", "a typhoid jab")
_FEVER = re.compile(
    r"\b(malaria|typhoid)\b(?!\s+(?:fever|tablets?|pills?|drugs?|medicines?|medication|tests?|injections?|"
    r"treatment|vaccines?|vaccinations?|jabs?|shots?|parasites?|nets?|prophylaxis|area|zone|season)\b)"
)
_NAME = {"malaria": "malaria", "typhoid": "typhoid fever"}
# An earlier year or a count of episodes; a fever of days or weeks ago is this illness's own story.
_LONG_AGO = re.compile(
    r"\b(?:before|previously|in the past|last year|the year before|years? (?:ago|back)|(?:19|20)\d\d|"
    r"when (?:i|he|she) was|since (?:i|he|she) was|as a (?:child|kid|baby|boy|girl)|history of|"
    r"(?:many|several|two|three|a few|a couple of) times|twice)\b"
)
_RECENT = re.compile(r"\b(?:days?|weeks?|months?) ago\b|\blast (?:week|month|night)\b|\bthis (?:week|month)\b")
_DENIED = re.compile(r"\b(?:no|never|not|n't|none)\b")


def past_fevers(sentences: list[Sentence]) -> list[Fact]:
    """Malaria and typhoid told (or confirmed) as an episode of an earlier year: past medical history."""
    out: dict[str, Fact] = {}
    for s in sentences:
        if s.asks:
            continue
        for m in _FEVER.finditer(s.low):
            clause = clause_around(s.low, m.start())
            if (
                not _LONG_AGO.search(clause)
                or _RECENT.search(clause)
                or _DENIED.search(clause[: clause.find(m.group(1))])
            ):
                continue
            if s.segment.speaker == "other" and re.search(r"\b(?:i|i've)\b[^,.;?]*$", s.low[: m.start()]):
                continue  # a parent's own past ("I had malaria as a girl"), not the child's
            if told_as_past(s.low, m.start(), m.end(), _NAME[m.group(1)], False):
                out.setdefault(_NAME[m.group(1)], history_fact(_NAME[m.group(1)], "past_medical", s, *m.span()))
    for q, a in zip(sentences, sentences[1:], strict=False):
        asks = q.asks
        if q.segment.speaker != "clinician" or not asks or a.segment.speaker == q.segment.speaker:
            continue
        ever = _EVER_HAD.search(q.low)
        if ever is None or not _SAID_YES.match(a.low) or re.search(r"\b(?:family|mom|dad|mother|father)\b", q.low):
            continue
        if _RECENT.search(a.low):
            continue  # "Yes, last week, they treated me at the clinic": this illness, not a past one
        for m in _FEVER.finditer(q.low, ever.start()):
            out.setdefault(_NAME[m.group(1)], history_fact(_NAME[m.group(1)], "past_medical", q, *m.span()))
    return list(out.values())
