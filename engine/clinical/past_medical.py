"""When a condition is the patient's past, not their present: the tense and dates it is told with.

Shared by the problem list (which must leave past episodes out) and the history extractors (which file
them as past medical history). ConText's HISTORICAL cue covers "years ago" and "in 2019"; these rules add
what ConText cannot see: the simple past of speech ("I had pneumonia") against a present said in the same
breath ("I have diabetes, diagnosed in 2019").
"""

from __future__ import annotations

import re

from engine.types import Fact, FactKind

# "You had a skin cancer removed", "they removed a cataract": the condition is past, its removal an operation.
REMOVED_THING = re.compile(
    r"\b(?:(?:had|got) (?:a |an |the |my |your |her |his )?((?:(?!\b(?:and|but|had|i)\b)[a-z ]){3,30}?) "
    r"(?:removed|taken out|cut out)|"
    r"removed (?:a |an |the |my |your |her |his )([a-z ]{3,30}?)(?= from|[ ,.]|$))"
)
# A diagnosis told in the simple past ("I had diverticulitis", "she was diagnosed with pneumonia back
# then") is past medical history, unlike "I've had diabetes for years" (present perfect: still there).
_PAST_SAID = re.compile(
    r"\b(?:i|she|he|you|they)(?: actually| just| also| \w+ly)? (?:had|got|went into|developed|"
    r"was treated for|was hospitalized for|"
    r"was in the hospital for|were treated for|recovered from)\b"
    r"(?:(?!\b(?:but|so|now|and (?:i|i've|i'm|now))\b)[^.;?]){0,40}$"
)
# Said as current: "I have diabetes, diagnosed in 2019", "we found you had high blood pressure today",
# "I had been diagnosed with hypertension and I take lisinopril".
_STILL = re.compile(
    r"\b(?:i have|i've got|i still have|you have|she has|he has|had been|today|currently|still|right now|"
    r"i take|i'm taking|diagnosed)\b"
)
# A diagnosis reported in the past tense is still today's: "he said that I had a kidney stone", "the scan
# showed I had pneumonia".
_REPORTED = re.compile(
    r"\b(?:said|says|told (?:me|her|him|us)|found(?: out)?|showed|shows|thinks?|thought|diagnosed me with)"
    r"(?: that)? (?:i|you|she|he) (?:had|have|has|got)\b[^.;?]{0,40}$"
)
# Where one statement ends inside a spoken sentence: "I have high blood pressure and I had pneumonia last
# year" tells two things with two tenses, and the present of one must not make the other current.
_CLAUSE_END = re.compile(r"[.;!?]|\b(?:but|and (?=i\b|i'|she\b|he\b|you\b|my\b)|also)\b")


def clause_around(low: str, a: int) -> str:
    """The clause of ``low`` that holds position ``a`` (bounded by "and I", "but", stops)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(low, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(low, a)), len(low))
    return low[start:end]


def still_current(low: str, a: int | None = None) -> bool:
    """Whether the sentence (or, given ``a``, the clause holding the condition at ``a``) says its
    condition is current, whatever past it also tells."""
    return bool(_STILL.search(low if a is None else clause_around(low, a)))


def past_said(low: str, a: int) -> bool:
    """Whether the condition at ``a`` of ``low`` is told in the simple past or as removed (not current)."""
    if still_current(low, a) or _REPORTED.search(low[max(0, a - 60) : a]):
        return False
    return (
        bool(_PAST_SAID.search(low[max(0, a - 60) : a]))
        or any(m.start() <= a < m.end() for m in REMOVED_THING.finditer(low))
        or _had_before(low, a)
    )


def _had_before(low: str, a: int) -> bool:
    # "I've had kidney stones before", "she's had pneumonia a couple of times previously": earlier episodes
    clause = clause_around(low, a)
    at = clause.find(low[a : a + 12])
    return at > 0 and bool(re.search(r"\bhad\b", clause[:at])) and bool(_BEFORE.search(clause[at:]))


_BEFORE = re.compile(r"\b(?:before|previously|in the past|once or twice|a couple of times|a few times)\b")


# "A history of asthma", "past medical history of type 2 diabetes": how past medical history is named, for a
# condition still there as much as for one long gone (a chronic problem is also past medical history).
# Every item of a list said after it counts ("a history of hypertension, type 2 diabetes, and high
# cholesterol"), up to a word that starts another statement ("... and she takes", "who presents").
_HISTORY_OF = re.compile(
    r"\b(?:history of|h/o|pmh of|pmh|past medical history(?: of| includes| is)?)\s+"
    r"(?:(?!(?:but|so|because|which|that|who|i|you|she|he|we|it|now|today|was|is|has|had)\b)[\w'/-]+,?\s+){0,12}$"
)


def history_of(low: str, a: int) -> bool:
    """Whether the condition at ``a`` of ``low`` is named as the patient's history ("a history of ...")."""
    before = low[max(0, a - 60) : a]
    return bool(_HISTORY_OF.search(before)) and not re.search(r"\bfamily (?:medical )?history\b", before)


# A question about an earlier episode: "Have you ever had chickenpox?", "Has he had ear infections before?"
_EVER_HAD = re.compile(
    r"\b(?:have|has|had|did) (?:you|he|she|they)(?: ever)? (?:had|have|get|got|been diagnosed with|been treated for)\b|"
    r"\bever (?:had|been diagnosed with|been treated for)\b|"
    r"\b(?:had|have)\b[^?]{0,40}\b(?:before|in the past|previously)\b|"
    # "looks like you've got a history of anaphylaxis, is that correct?"
    r"\bhistory of\b(?=[^?]*\b(?:is that|right|correct)\W*\?)"
)
# The answer that says so: "Yes", "As a girl, yes", "Just one, last winter", "Once, like five years ago".
_SAID_YES = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|so),?\s+)*(?:yes|yeah|yep|yup|uh-huh|mm-hmm|he did|she did|i did|once|twice|"
    r"(?:just |only )?(?:one|1|a couple|a few|two|2|three|3)(?: times?| of them)?\b(?!\s+(?:of (?:my|his|her)|more))|"
    r"(?:as a|when i was a|when he was a|when she was a) (?:girl|boy|kid|child|baby|teen|teenager)\W+yes)\b"
)


def confirmed_past(sentences: list) -> list[Fact]:
    """Past medical history the clinician asks about as an earlier episode and the other speaker confirms:
    "Have you ever had chickenpox?" "As a girl, yes." -> chickenpox."""
    from engine.clinical.vocabulary import find_problems  # the vocabulary is heavy: loaded on first use

    out = []
    for q, a in zip(sentences, sentences[1:], strict=False):
        asks = q.is_question or q.low.rstrip().endswith("?")
        if q.segment.speaker != "clinician" or not asks or a.segment.speaker == q.segment.speaker:
            continue
        ever = _EVER_HAD.search(q.low)
        if ever is None or not _SAID_YES.match(a.low) or re.search(r"\b(?:family|mom|dad|mother|father)\b", q.low):
            continue
        out += [
            Fact(
                kind=FactKind.history,
                name=c.name,
                attributes={"category": "past_medical", "icd10": c.code},
                evidence=q.evidence(start, end),
            )
            for start, end, c in find_problems(q.low)
            if start >= ever.start() and not still_current(q.low, start)
        ]
    return out
