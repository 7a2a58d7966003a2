"""When the patient should come back: an interval ("in two weeks", "in a couple of months") or "as needed".

Said many ways ("see you in two weeks", "come back in a month", "let's take a look in six months",
"follow up in 3 months"). A visit offered only if things do not improve ("if it's not getting better,
come back and see me", "if it doesn't get better give us a call and we'll see you next week") is an
as-needed follow-up, not a booked interval.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_N = r"(\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|a couple of|a couple|couple of)"
_FOLLOW = re.compile(
    r"\b(?:see (?:you|her|him|them|me)|check (?:on )?(?:you|her|him|them)|come back|come in|follow up|follow-up|"
    r"followup|f/u|return|check back|recheck|back|touch base|visit|revisit|take (?:another )?a look|"
    r"look at (?:it|that|you|her|him) again)(?: with (?:me|us|you|her|him))?"
    r"(?: (?:again|back|here|in the office|in clinic))*"
    rf" in (?:about |another |around |maybe |approximately )?{_N}(?: (?:to|or) (\d+))? "
    r"(day|week|wk|month|year)s?\b"
    rf"|\bin {_N}(?: (?:to|or) (\d+))? (day|week|wk|month)s?(?:'s time)? (?:for a |for |to )?"
    r"(?:follow|recheck|see you|check|come back)"
    r"|\b(?:see (?:you|her|him)|follow up|come back|return)(?: back)? (next) (week|month|year)\b"
    # "see you back two weeks after the surgery", "recheck the tsh in six weeks", "schedule it for two
    # weeks from today": the interval without "in", after a test named, or counted from a day
    rf"|\b(?:see (?:you|her|him|them) back|come back|follow up|recheck (?:the|your|her|his) [a-z0-9 -]{{1,20}}?"
    rf"|repeat (?:the|your|her|his) [a-z0-9 -]{{1,20}}?|schedule (?:it|that|you|her|him|the \w+)(?: for)?)"
    rf"(?: in| for)? {_N} (day|week|month)s?(?= (?:after|from|and|to)\b|[.,]|$)"
)
_FOLLOW_PRN = re.compile(
    r"\b(?:follow up|come back|return|see (?:you|me)) (?:with (?:me|us) )?(?:as needed|if needed|prn)\b"
)
# "if it's not getting better", "if it doesn't get better", "if things get worse": a conditional visit.
_IF_NOT_BETTER = re.compile(
    r"\bif (?:it|things|that|this|you|she|he|the \w+)(?:'s| is| are| does ?n't| doesn't| do ?n't| don't| does not)?"
    r"(?: not)? (?:get(?:ting)? (?:any )?(?:better|worse)|improv\w*|worsen\w*|better)"
)
_COME_BACK = re.compile(r"\b(?:come (?:on )?back|see (?:me|us)|give (?:us|me) a call|call (?:us|me)|return)\b")
_WORDNUM = {
    "a": "1",
    "an": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "eight": "8",
    "ten": "10",
    "twelve": "12",
    "next": "1",
    "a couple of": "2",
    "a couple": "2",
    "couple of": "2",
}


def _fact(s: Sentence, a: int, b: int, interval: str) -> Fact:
    return Fact(kind=FactKind.follow_up, name="follow-up", attributes={"interval": interval}, evidence=s.evidence(a, b))


def _conditional(low: str, at: int) -> bool:
    """Whether an "if it's not better" clause governs the follow-up said at ``at``."""
    return any(m.end() <= at and at - m.end() < 80 for m in _IF_NOT_BETTER.finditer(low))


def follow_up(sentences: list[Sentence]) -> list[Fact]:
    """The follow-up interval: the last one said, or "as needed" when the only return is conditional."""
    said = [
        (s, m)
        for s in sentences
        for m in _FOLLOW.finditer(s.low)
        if not (s.question_at(m.start()) or _conditional(s.low, m.start()))
    ]
    # The last interval said, unless it is a vaguer repeat ("in a week or so") of an exact one said before.
    exact = [(s, m) for s, m in said if not re.match(r"\s*(?:or so|or two|ish)\b", s.low[m.end() :])]
    for s, m in (exact or said)[-1:]:
        g = m.groups()  # "see you in N units", "in N units to recheck", "next week", "back N units after"
        if g[0]:
            n, upper, unit = g[0], g[1], g[2]
        elif g[3]:
            n, upper, unit = g[3], g[4], g[5]
        elif g[6]:
            n, upper, unit = g[6], None, g[7]
        else:
            n, upper, unit = g[8], None, g[9]
        n = _WORDNUM.get(n, n)
        unit = {"wk": "week"}.get(unit, unit)
        interval = f"{n}-{upper} {unit}s" if upper else f"{n} {unit}" + ("" if n == "1" else "s")
        after = re.match(r" after (?:the |your |her |his )?(surgery|procedure|operation)\b", s.low[m.end() :])
        if after:  # "see you back two weeks after the surgery": counted from the operation, not today
            interval += f" after {after.group(1)}"
        return [_fact(s, m.start(), m.end() + (after.end() if after else 0), interval)]
    for s in reversed(sentences):
        m = _FOLLOW_PRN.search(s.low)
        if m:
            return [_fact(s, m.start(), m.end(), "as needed")]
        if s.segment.speaker == "patient":
            continue
        for cond in _IF_NOT_BETTER.finditer(s.low):
            back = _COME_BACK.search(s.low, cond.end(), cond.end() + 80)
            if back:
                return [_fact(s, cond.start(), back.end(), "as needed")]
            before = _COME_BACK.search(s.low, max(0, cond.start() - 30), cond.start())  # "come back if ..."
            if before:
                return [_fact(s, before.start(), cond.end(), "as needed")]
    return []
