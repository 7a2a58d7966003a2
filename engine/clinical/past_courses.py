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


# What a drug tried once did, said right after it: "it didn't help", "made me throw up", "I'm not doing that again"
_FAILED = re.compile(
    r"\b(?:didn't (?:help|work|do (?:anything|much|a thing))|did(?:n't)? nothing|never (?:helped|worked)|"
    r"made (?:me|him|her|them|you) (?:\w+ ){0,2}"
    r"(?:sick|ill|dizzy|throw up|vomit|nauseous|sleepy|drowsy|feel|itch|ache)|"
    r"gave (?:me|him|her|them|you) (?:a |an |terrible |bad |awful )?(?:cough|rash|diarrh\w*|headaches?|cramps|hives)|"
    r"couldn't get on with|"
    r"couldn't (?:tolerate|take|handle|stand)|side effects|not doing that again|never again|"
    r"(?:i|she|he|we) stopped (?:it|them|taking))\b"
)
_NOW = re.compile(
    r"\b(?:still|now|currently|these days|back on|take|takes|taking|i'm on|on it|used to it|doubl\w*|increas\w*|"
    r"added|instead|dose|both|better|fine|ok|okay|works?|working|helps|helping)\b|\d"
)
# right before the drug in its clause: a time long past ("years ago the Trulicity made me throw up")
_LONG_AGO_BEFORE = re.compile(
    r"\b(?:years? ago|(?:a )?long time ago|last year|as a (?:kid|child|teenager)|back then|way back)\b[\s,]*"
    r"(?:the |that |some |when (?:i|she|he) (?:took|tried|had) (?:the )?)?$"
)


def tried_before(sentences: list[Sentence], s: Sentence, a: int, own: str) -> bool:
    """Whether the drug at ``a`` was tried once and is over: "You tried sertraline before, right?", "we tried
    Trulicity" answered "yeah, it made me throw up, I'm not doing that again", "years ago the Trulicity made me
    throw up". Never when the words, or the reply, say it is taken now or give a dose ("it made me sick at first
    but now I'm fine", "Yes, and I'm still on it, 50 mg", "so I doubled it to 40")."""
    before = s.low[max(0, a - 60) : a]
    tried = re.search(r"\btried\s+(?:the\s+|some\s+)?$", before)
    long_ago = _LONG_AGO_BEFORE.search(before)
    if not (tried or long_ago):
        return False  # (every mention of every drug comes here: most leave at once)
    reply = next((x for x in sentences[s.index + 1 : s.index + 4] if x.segment is not s.segment), None)
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    # (the rest of the sentence, past the next drug: "I tried Zoloft, it didn't help, so my psychiatrist added
    # Wellbutrin 150 to it and I take them both")
    told_after = s.low[a:] + " " + (nxt.low if nxt is not None and nxt.segment is s.segment else "")
    # (the whole reply: "It made me throw up the first few weeks. It's fine now though.")
    replied = ""
    if reply is not None:
        turn = sentences[reply.index :]
        replied = " ".join(
            x.low for x in turn[: next((i for i, x in enumerate(turn) if x.segment is not reply.segment), len(turn))]
        )
    if _NOW.search(told_after) or _NOW.search(replied):
        return False
    if tried and (_ONCE_AFTER.match(own) or _FAILED.search(own[:100])):
        return True
    if long_ago and _FAILED.search(own[:100]):
        return True
    return bool(tried and reply is not None and _FAILED.search(reply.low))
