"""Referrals made today: to a specialty or service said after a referral verb, a list going on from it, a
referral named after its specialty ("a derm referral"), and a referral agreed to after it was offered.

"Would you see the stop smoking service?" "Aye." "Great, I'll refer you today.": the bare "I'll refer you"
is a referral to the service offered a turn or two before, as a GP says it. Moved out of orders.py (which
finds the tests) so that each stays short.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.order_timing import conditional
from engine.clinical.referral_names import ALSO, NAMED_REFERRALS, PURPOSE_ITEM, REFERRAL, SPEC, specialty_name
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# someone else's care: "my mom had a referral to ortho"
_RELATIVE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})\b")
# "you were referred to neurology last year", "your mom had a referral to ortho": not asked for today
_REFERRED_BEFORE = re.compile(r"\b(?:had|got|were|was|been|already have)\s+(?:a\s+)?$")
# "I'll refer you (today)", "I'll do the referral", "I'll put the referral in": a referral with no service
# named, which is the one just offered
_BARE_REFERRAL = re.compile(
    r"\b(?:i'll|i will|i'm going to|i am going to|i can|let me|we'll|we will) (?:get (?:that|the|a) )?"
    r"(?:refer (?:you|her|him|them)(?! to\b| for\b| back\b)|(?:do|make|send|put in|put through|get) (?:that|the|a) "
    r"referral(?! to\b| for\b)|(?:put|send) (?:that|the|a) referral (?:in|through|off))"
)
# the offer it takes up: "would you see the stop smoking service?", "how about a physio?", "are you happy to
# see the dietitian?", "i'd like you to see a podiatrist"
_OFFERED = re.compile(
    r"\b(?:would you|will you|could you|are you happy to|are you ok(?:ay)? to|do you want to|would you like to|"
    r"how about|what about|shall we|happy to|i'd like you to|it might help to|worth) "
    r"(?:(?:see|try|go to|meet|talk to|speak to|be referred to|get|have|do) )?(?:a |an |the |our |some )?"
    rf"({SPEC})\b"
)

# "order a podiatry consult", "put in a cardiology consultation": a referral named for its specialty, asked for
_CONSULT = re.compile(
    rf"\b(?:order\w*|put(?:ting)? in|plac\w+|request\w*|send\w*|arrang\w+) (?:an?|the) (?:urgent )?({SPEC}) "
    r"consult(?:ation)?s?\b"
)


def _not_today(low: str, a: int, b: int) -> bool:
    """Whether a referral is someone else's, one made before, or one planned only if something happens."""
    before = low[max(0, a - 40) : a]
    return bool(_RELATIVE.search(before) or _REFERRED_BEFORE.search(before) or conditional(low, a, b))


def refer(orders: dict[str, Fact], s: Sentence, a: int, b: int, said: str) -> None:
    """A referral to the specialty said at ``s.low[a:b]``, by the name a note uses."""
    spec = specialty_name(said)
    spec = re.sub(r"ologist$", "ology", spec)  # "our pain psychologist": a referral to pain psychology
    spec = re.sub(r"\bnurse (educators?)$", r"\1", spec)  # "the diabetes nurse educator": the diabetes educator
    name = f"referral to {spec}"
    orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(a, b)))


def referrals(orders: dict[str, Fact], sentences: list[Sentence], i: int) -> None:
    """Add to ``orders`` the referrals sentence ``i`` makes."""
    s = sentences[i]
    low = s.low
    for m in REFERRAL.finditer(low):
        if s.question_at(m.start()) or _not_today(low, m.start(), m.end()):
            continue
        refer(orders, s, m.start(), m.end(), m.group(1))
        end = m.end()
        while (also := ALSO.match(low, end)) and not PURPOSE_ITEM.search(low, end, also.end()):
            refer(orders, s, also.start(1), also.end(1), also.group(1))
            end = also.end()
    for m in NAMED_REFERRALS.finditer(low):
        if s.question_at(m.start()) or _not_today(low, m.start(), m.end()):
            continue
        for g in (1, 2):
            if m.group(g):
                refer(orders, s, m.start(g), m.end(g), m.group(g))
    for m in _CONSULT.finditer(low):
        if not (s.question_at(m.start()) or _not_today(low, m.start(), m.end())):
            refer(orders, s, m.start(1), m.end(1), m.group(1))
    bare = _BARE_REFERRAL.search(low)
    if not bare or s.question_at(bare.start()) or s.segment.speaker == "patient" or conditional(low, *bare.span()):
        return
    for prev in reversed(sentences[max(0, i - 3) : i]):  # the offer, a turn or two back
        offer = list(_OFFERED.finditer(prev.low))
        if offer and prev.segment.speaker == s.segment.speaker:
            refer(orders, prev, offer[-1].start(1), offer[-1].end(1), offer[-1].group(1))
            return
