"""Past operations named bare, as the point in time something else is dated from; and whose operation it is.

People rarely say "I had a cholecystectomy"; they date other things by the operation: "hives after my
gallbladder", "any surgeries since the gallbladder?", "he was seeing bugs after his bypass", "six weeks since
the heart attack and the stent". The organ or device alone, after "after" or "since" and a possessive, can only
mean the operation that took it out or put it in, so it is past surgical history, also inside a question
(the question takes it for granted). history.py reads operations told with a verb or a surgery word, and asks
``relative_before`` whether one is a relative's ("my sister had both knees replaced").
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.history_fact import history_fact
from engine.clinical.sentences import Sentence
from engine.types import Fact

# The organ or device said alone -> the operation charted. Only organs whose one operation is their removal
# (a "thyroid" or a "knee" alone could be a test, an illness or an injury).
_BARE = {
    "gallbladder": "cholecystectomy",
    "gall bladder": "cholecystectomy",
    "appendix": "appendectomy",
    "tonsils": "tonsillectomy",
    "adenoids": "adenoidectomy",
    "wisdom teeth": "wisdom teeth extraction",
    "bypass": "bypass",
    "stent": "stent placement",
    "stents": "stent placement",
    "pacemaker": "pacemaker placement",
    "c-section": "cesarean section",
    "c section": "cesarean section",
    "caesarean": "cesarean section",
    "cesarean": "cesarean section",
}
_THING = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
_OWNER = r"(?:my|her|his|your|the)"
# "after my gallbladder", "since the heart attack and the stent", "ever since his bypass surgery"; the organ
# must end the phrase ("after my gallbladder attack" is the illness, "since the stent trial" no operation).
# "Since" always looks back; "after" only with the owner's possessive ("after the ablation" is often a plan).
_DATED = re.compile(
    rf"\b(?:after\s+(?:my|her|his)|since\s+{_OWNER})\s+(?:[a-z' ]{{1,30}}?\s+(?:and|or)\s+{_OWNER}\s+)?"
    rf"(?P<thing>{_THING})"
    r"(?:\s+(?:surgery|operation|op|removal|came out|was (?:out|removed|put in|done)))?"
    r"(?=\s*(?:[,.;:?!]|$)|\s+(?:i|i've|i'm|he|she|they|we|you|it|and|but|so|when|years?|in|back|about|last|"
    r"or|was|were|had|has|have|the|my|his|her|did|didn't|went|got|ever|until|how|what|now|then|any|that|this|there)\b)"
)
# Said as what may come, not as what was: "after the stent we'll start clopidogrel" is fine (the past), but
# "if you need a stent", "after your appendix is out" (a plan) are not.
_NOT_DONE = re.compile(r"\b(?:if|when you get|will|'ll|going to|gonna|need|needs|might|may|would|planning)\b")
# A relative just before: "my dad, after his bypass", "my mum was never right since her gallbladder".
# (the relatives and companions the extractor shares, and "partner"; "mum" and "nan" arrive as "mom" and
# "grandma", read by word_rewrites)
_KIN = rf"(?:{lexicon.OTHER_PERSON})"
_RELATIVE = re.compile(rf"\b{_KIN}(?:'s)?\b(?:(?!\b(?:i|i've|i'm|me|my)\b)[^.;?]){{0,50}}$")


# A relative named earlier in the clause, with no "I" after: "my sister had both knees replaced".
_RELATIVE_CLAUSE = re.compile(rf"\b(?:my|her|his) {_KIN}\b(?:(?!\b(?:i|i've|i'm|me|and|but)\b)[^,.;?]){{0,40}}$")


def relative_before(low: str, a: int) -> bool:
    """Whether the operation at ``a`` is told of a relative named just before it in the clause, or by
    "he"/"she" after one named earlier in the sentence ("my brother ..., he got a stent")."""
    if _RELATIVE_CLAUSE.search(low[max(0, a - 60) : a]):
        return True
    he = _PRONOUN_SUBJECT.search(low[max(0, a - 40) : a])
    return bool(he) and bool(_RELATIVE_NAMED.search(low[max(0, a - 120) : a]))


RELATIVE_WORD = re.compile(rf"\b(?:{_KIN}|parents?|family|relatives?)\b")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|he's|she's)\b(?:(?!\b(?:i|i've|i'm|me)\b)[^.;?]){0,30}$")
_RELATIVE_NAMED = re.compile(rf"\b(?:my|her|his) {_KIN}\b")


_THIRD_PERSON_OWNER = re.compile(r"(?:after|since)\s+(?:his|her)\b")


def operations_dated(sentences: list[Sentence]) -> list[Fact]:
    """Operations named bare after "after"/"since" ("hives after my gallbladder") as past surgical history."""
    out: list[Fact] = []
    for s in sentences:
        for m in _DATED.finditer(s.low):
            before = s.low[max(0, m.start() - 60) : m.start()]
            if _NOT_DONE.search(s.low[s.clause_start(m.start()) : m.start("thing")]) or _RELATIVE.search(before):
                continue
            # the patient's "his bypass", "her pacemaker" is someone else's (a relative named sentences before);
            # a relative or the clinician may say it of the patient
            if s.segment.speaker == "patient" and _THIRD_PERSON_OWNER.match(m.group()):
                continue
            out.append(history_fact(_BARE[m.group("thing")], "past_surgical", s, m.start("thing"), m.end()))
    return out
