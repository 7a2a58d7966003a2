"""Answers to "Any surgeries?": which sentences answer it, and the operations a bare answer names.

"Any operations?" "Nope. Just the gallbladder from way back.": the answer may open with a word or two of its
own before it names anything, and it names the part, not the operation ("the gallbladder" is a
cholecystectomy, "just the hernia, years ago" its repair). Kept apart from history.py, which reads operations
told in full sentences.
"""

from __future__ import annotations

import re

from engine.clinical.answers import NO
from engine.clinical.context import assess
from engine.clinical.operation_names import ORGAN_OUT, ORGAN_OUT_WHEN_DONE
from engine.clinical.sentences import Sentence

ORGAN = "|".join(sorted(ORGAN_OUT, key=len, reverse=True))
_SURGERY_QUESTION = re.compile(r"\b(?:surger(?:y|ies)|operations?|procedures?|surgical history)\b")
_YES = re.compile(r"\W*(?:yes|yeah|yep|uh-huh|she did|he did|they did|she does|he does|that's right|correct)\b")
_WHEN_DONE = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|a few|a couple of|several) "
    r"(?:years?|months?) ago|(?:back )?in (?:19|20)\d\d|when (?:i|he|she) was (?:\d+|a |little|young|small))\b"
)
# The words an answer may open with before it names an operation: "Nope.", "No. Well, ...", "Let me think."
# (a word or three, so that a turn that moved on to something else is not read as the answer)
_OPENING_WORDS = 3
_EXCEPT = re.compile(r"\W*(?:just|only|well|oh|except|apart from|other than|but|besides)\b")

# The organs whose operation a bare answer names: each organ taken out.
_ANSWERED_PART = dict(ORGAN_OUT)
_PARTS = "|".join(sorted(_ANSWERED_PART, key=len, reverse=True))
# (the part alone, then a pause, "and" or when: "my thyroid is fine" names no operation)
_PART_ANSWER = re.compile(
    rf"^\W*(?:(?:just|only|um|uh|well|yeah|yes|oh),?\s+)*(?:(?:i had|i've had|had)\s+)?"
    rf"(?:(?:my|her|his|the|a|an)\s+)?(?:(?:right|left)\s+)?"
    rf"({_PARTS})((?:\s*(?:,|and|&)\s*(?:and\s+)?(?:(?:my|her|his|the|a|an)\s+)?(?:{_PARTS}))*)"
    # then a pause or when: "just the gallbladder from way back", "the appendix ages ago", "years back"
    r"(?=\s*(?:[,.;]|$)|\s+(?:and|when|as a|back|in|years|way|out|removed|done|from|ages|long|a long|a while|at|"
    r"after|on the))"
)
# A joint, a hernia or a carpal tunnel said bare is its operation only with the when told: "Only my knee, the
# right one, in 2015.", "Just the hernia, years ago." ("No. A hernia, though, they want to fix." is one still there)
_JOINT_ANSWER = re.compile(
    # (with its determiner: "Back in 2015 I had bypass surgery" names no back)
    r"^\W*(?:(?:just|only|um|uh|well|yeah|yes|oh),?\s+)*(?:my|her|his|the|a|an)\s+(?:(?:right|left)\s+)?"
    r"(knee|hip|shoulder|back|neck|wrist|ankle|hernia|carpal tunnel)\b"
    # (the joint itself, not its pain: "just my knee pain since 2015" is no operation)
    r"(?=\s*[,.;]|\s+(?:in|when|back|years|the (?:right|left))\b)"
    r"(?=[^.;?]{0,30}(?<!since )\b(?:(?:19|20)\d\d|ago|when (?:i|he|she) was|as a (?:kid|child|teenager|baby)|"
    r"years back)\b)"
)
# the part still there and troubling, told with it or right after: "Just the tonsils. They're always getting
# infected.", "my knee, it's been bad since 2019", "the thyroid, they keep an eye on it"
_STILL_THERE = re.compile(
    r"\b(?:flares?|flaring|keeps?|always|getting|check|checks|checked|eye on|playing up|acting up|bad|hurts?|"
    r"hurting|hurt|sore|pain|infected|injured|twisted|leave it|since|still|problems?|trouble)\b"
)
_JOINT_OPERATION = {"hernia": "hernia repair", "carpal tunnel": "carpal tunnel release"}
_DENIED_AFTER = re.compile(r"^\W*(?:is|are|was|were)?\W*(?:no|not|never|nothing|fine|okay|good)\b")


def surgery_asked(sentences: list[Sentence], s: Sentence, opening: bool = False) -> bool:
    """Whether ``s`` answers another speaker's question about past operations: the question right before
    it or, with ``opening``, the one before the few opening words of its turn ("Any surgeries?" "Nope. Just
    the gallbladder."). (Only a bare part is read past an opening: an answer's later sentences told in full
    charted operations the question did not ask about.)"""
    j = s.index - 1
    while opening and j >= 0 and not s.other_speaker(sentences[j]):
        if s.index - j > 2 or len(sentences[j].low.split()) > _OPENING_WORDS:
            return False
        j -= 1
    if j < s.index - 1 and NO.match(sentences[j + 1].low) and not _EXCEPT.match(s.low):
        return False  # "No. Tonsils, appendix, all still there.": only "No. Just the gallbladder." names one
    prev = sentences[j] if j >= 0 else None
    return bool(prev and prev.is_question and s.other_speaker(prev) and _SURGERY_QUESTION.search(prev.low))


def confirmed(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker answers the question ``s`` with a yes."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if not nxt or not s.other_speaker(nxt):
        return False
    # "You had the carpal tunnel done?" "The right hand, about eight years ago.": a when told is a yes
    return bool(_YES.match(nxt.low) or (_WHEN_DONE.search(nxt.low) and not NO.match(nxt.low)))


def answered_operations(sentences: list[Sentence], s: Sentence) -> list[tuple[str, int, int]]:
    """(operation, start, end) for each part a bare answer to the surgery question names: "Just my appendix,
    when I was a kid.", "Gallbladder and a hernia repair.", "Just the hernia, years ago.", "Only my knee, the
    right one, in 2015." (knee surgery)."""
    if not surgery_asked(sentences, s, opening=True):
        return []
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    told = s.low + (" " + nxt.low if nxt and not nxt.other_speaker(s) else "")
    opened = not surgery_asked(sentences, s)  # after an opening of its own ("Nope. Just the gallbladder.")
    out = []
    if _STILL_THERE.search(told):
        return []
    if bare := _PART_ANSWER.search(s.low):
        if not _DENIED_AFTER.match(s.low[bare.end() :]) and not assess(s.low, [bare.span(1)])[0].negated:
            for part in [bare.group(1), *re.findall(_PARTS, bare.group(2))]:
                # (past an opening, only a part whose only operation is its removal: "No. Just the kidney" may
                # be one still there)
                if not opened or part in ORGAN_OUT_WHEN_DONE:
                    out.append((_ANSWERED_PART[part], *bare.span()))
    elif (joint := _JOINT_ANSWER.search(s.low)) and not (
        _DENIED_AFTER.match(s.low[joint.end() :]) or assess(s.low, [joint.span(1)])[0].negated
    ):
        part = joint.group(1)
        out.append((_JOINT_OPERATION.get(part, f"{part} surgery"), *joint.span()))
    return out
