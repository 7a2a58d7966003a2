"""A drug taken once in the past and not now, and a course already over.

"He had amoxicillin for his ear in the summer", "I tried gabapentin years ago", "they gave him the pink
medicine, amoxicillin, last month" are history, not today's list; "... they gave me cipro, one week. I
finished it." is a course stopped; "they gave me lisinopril last year for my pressure" was a start and the drug
is taken since. Read by medications.py; moved out of medication_phrases.py, which had grown past 400 lines.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.sentences import Sentence

# a course already over: "... and I finished it", "I took Cipro for a week last month"
COURSE_FINISHED = re.compile(
    r"\b(?:finished|completed|done with) (?:it|that|them|those|the course|the pills)\b|"
    # "the prednisone I finished last week", "the Z-pack, she finished on Monday"
    r"^\W*(?:(?:i|she|he|we)\s+)(?:just\s+|already\s+)?(?:finished|completed)\b(?!\s+(?:work|school|college))"
)


def finished_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the speaker's next sentence, naming no drug, says the course of the drug just named is over:
    "They gave me cipro, two times a day, one week. I finished it.", "Done with it now."
    """
    if s.index + 1 >= len(sentences):
        return False
    nxt = sentences[s.index + 1]
    return nxt.segment is s.segment and not lexicon.find_drugs(nxt.low) and bool(COURSE_FINISHED.search(nxt.low))


# "he had amoxicillin for his ear in the summer", "I tried gabapentin years ago": taken once, not now
PAST_VERB = re.compile(
    r"\b(?:had|took|tried|was on|were on|used to take|used|gave(?: (?:me|him|her|them|us))?)\s+(?:some\s+|the\s+|a\s+)?"
    # "they gave him the pink medicine, amoxicillin": the drug named after what it looked like
    r"(?:(?:\w+ ){0,2}(?:medicine|medication|syrup|pills?|tablets?|antibiotics?|one|stuff),\s*)?$"
)
PAST_TIME = re.compile(
    r"\b(?:last (?:week|month|year|fall|spring|summer|winter|time)|ago|in the (?:summer|spring|fall|winter)|"
    r"as a (?:kid|child|teenager)|when (?:i|he|she|we) (?:was|were)|in (?:college|high school)|back in)\b"
)
# "I was also on lisinopril before", "she was on sertraline previously": taken once, said as over
WAS_ON_BEFORE = re.compile(
    r"\b(?:i|she|he|we|they) (?:was|were) (?:also |once |previously )?(?:on|taking)\s+(?:the\s+|some\s+)?$"
)
# the time word ends its clause: not "before meals", "before the pregnancy"
_ONCE_AFTER = re.compile(
    r"^[\s\w-]{0,25}?\b(?:before|previously|in the past|at one point|back then|way back)"
    r"(?=\s*(?:[,.;!?]|$|but\b|and\b|though\b|too\b|as well\b))"
)
_NOT_OVER = re.compile(r"\b(?:still|now|currently|again|since|today|back on|went back|restarted)\b")


def taken_before(before: str, own: str) -> bool:
    """Whether the drug was taken once and is said as over: "I was also on lisinopril before", not "I was on
    lisinopril before, and I still am" nor "I was on lisinopril 10 before and now 20"."""
    return bool(WAS_ON_BEFORE.search(before) and _ONCE_AFTER.match(own) and not _NOT_OVER.search(own[:100]))


PAST_COURSE = re.compile(
    r"\bfor (?:a|an|one|\d+|a few|a couple of) (?:days?|weeks?|months?)\b[^.;]{0,30}?"
    r"\b(?:last (?:week|month|year|fall|spring|summer|winter)|ago)\b"
)

_STILL_TAKING = re.compile(
    r"\b(?:still|ever since|since then|now|every day|daily|(?:i|he|she) (?:take|takes|use|uses)|"
    r"(?:i'm|i am|he's|she's|he is|she is) on|tak(?:e|es|ing) (?:it|them)|(?:it|that|they)(?:'s| is)? "
    r"(?:helps|helping|works|working|help))\b"
)
# "gave" is a past course only with one: an antibiotic or a shot for an episode, a course, a number of days
# ("they gave him amoxicillin for ten days for his ear"), or the medicine described first ("the pink medicine,
# amoxicillin"); "the doctor gave me lisinopril last year" was a start, and the drug is taken since.
_GIVEN_COURSE = re.compile(
    r"\b(?:course|for (?:a|one|two|three|five|seven|ten|\d+) (?:days?|weeks?)|antibiotics?|shot|injection|drip|"
    r"infections?|in (?:the )?(?:er|a&e|hospital|emergency)|"
    r"for (?:his|her|my|the|an?) (?:ear|chest|throat|infection|uti))\b"
)


def past_taking(sentences: list[Sentence], s: Sentence, a: int, own: str) -> bool:
    """Whether the drug at ``a`` was taken once in the past and not now: a past verb right before it ("he had
    amoxicillin", "they gave him the pink medicine, amoxicillin") and a past time said after it, before it
    in the sentence ("Last winter he was on ...") or in the speaker's sentence just before ("One time, last
    year, in the right ear. They gave him amoxicillin.")."""
    verb = PAST_VERB.search(s.low[:a])
    if not verb or _STILL_TAKING.search(own):
        return False  # "they gave me amlodipine last year and I still take it"
    asked = sentences[s.index - 1].low if s.index else ""  # "Any ear infections before?" "... gave her amoxicillin."
    if verb.group(0).startswith("gave") and not (
        _GIVEN_COURSE.search(s.low) or _GIVEN_COURSE.search(asked) or "," in verb.group(0)
    ):
        return False  # "they gave me lisinopril last year for my pressure": started then, taken since
    if COURSE_FINISHED.search(own) or finished_next(sentences, s):
        return False  # "... they gave me cipro, one week. I finished it.": charted as a course stopped
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is not None and nxt.segment is s.segment and _STILL_TAKING.search(nxt.low):
        return False  # "... gave me lisinopril two years ago. I still take it."
    prev = sentences[s.index - 1] if s.index > 0 else None
    before = prev.low if prev is not None and prev.segment is s.segment else ""
    return bool(PAST_TIME.search(own[:60]) or PAST_TIME.search(s.low[max(0, a - 80) : a]) or PAST_TIME.search(before))
