"""Spoken exams as the rules read them: without the fillers, stutters and self-corrections of speech.

A clinician examining aloud says "your lungs are uh clear", "over the the right shoulder", "the left knee
no wait the right knee". The exam rules read words in order ("lungs are clear", "over the right shoulder"),
so each sentence is read through a cleaned copy of its text in which those are left out; every character
of the copy still points at the character of the sentence it came from, so evidence quotes what was said.
Dictation also runs a whole exam into one sentence, which ``clauses`` cuts where each finding starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.clinical.exam_feeling import told_findings
from engine.clinical.exam_narrow import points_within
from engine.clinical.exam_sites import starts_clause
from engine.clinical.exam_terms import FINDING, FUNCTION, SITE, STATE_ITEM
from engine.clinical.exam_tests import in_test_list
from engine.clinical.sentences import Sentence
from engine.types import Evidence, Segment

# Sounds that carry no word. ("like" and "so" carry meaning too often to drop.)
_FILLER = re.compile(r"(?:(?<=\s)|^)(?:u+m+|u+h+|uhm|erm|er|hmm+|mm+|you know)\b,?\s*")
# A word said twice while thinking: "the the", "is is".
_STUTTER = re.compile(r"\b([a-z]+)((?:\s+\1\b)+)")
# "non tender", "non distended": one word in a note.
_NON = re.compile(r"\bnon(\s|-)(?=tender|distended)")
# A side corrected in the same breath: "the left knee no wait the right knee" keeps "the right knee".
_CORRECTED = re.compile(
    r"\b(?:right|left)\b[a-z ]{0,30}?\s*,?\s*\b(?:no wait|no sorry|wait|sorry|i mean|actually)\b\s*,?\s*"
    r"(?:it's |it is |i mean )?(?:the |your |on the |on your |over the |over your )?(?=(?:right|left)\b)"
)


@dataclass
class Spoken:
    """A sentence read without its disfluencies: ``low`` is the cleaned text, ``at`` maps each of its
    characters to the sentence's own ``low``."""

    sentence: Sentence
    low: str
    at: list[int]

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def segment(self) -> Segment:
        return self.sentence.segment

    @property
    def is_question(self) -> bool:
        return self.sentence.is_question

    def _pos(self, pos: int) -> int:
        return self.at[pos] if pos < len(self.at) else len(self.sentence.low)

    def question_at(self, pos: int) -> bool:
        return self.sentence.question_at(self._pos(pos))

    def evidence(self, start: int, end: int) -> list[Evidence]:
        if end <= start or not self.at:
            return self.sentence.evidence(self._pos(start), self._pos(end))
        return self.sentence.evidence(self.at[start], self.at[min(end, len(self.at)) - 1] + 1)


# Transcripts without apostrophes: "theres some swelling", "its tender" read as "there's", "it's".
_NO_APOSTROPHE = re.compile(
    r"\b(?:there|that|it)(?=s\b)(?!s (?:own|size|color|colour|shape|edge|border)s?\b)|"
    # ("were" is a word of its own: "the lachman and drawer were both negative" is not "we're")
    r"\b(?:they|you)(?=re\b)|\b(?:don|doesn|isn|aren|didn|can|won)(?=t\b)"
)


def _apostrophes(text: str, at: list[int]) -> tuple[str, list[int]]:
    """Put back the apostrophe of "theres", "thats", "its"; the inserted one points at the "s" after it."""
    out, where, pos = [], [], 0
    for m in _NO_APOSTROPHE.finditer(text):
        out.append(text[pos : m.end()] + "'")
        where += at[pos : m.end()] + [at[m.end()]]
        pos = m.end()
    return "".join(out) + text[pos:], where + at[pos:]


def spoken(s: Sentence) -> Spoken:
    """The sentence with fillers, repeated words and corrected sides left out."""
    text, at = _apostrophes(s.low, list(range(len(s.low))))
    for pattern, group in ((_FILLER, 0), (_STUTTER, 2), (_CORRECTED, 0), (_NON, 1)):
        cut = [(m.start(group), m.end(group)) for m in pattern.finditer(text) if m.end(group) > m.start(group)]
        if not cut:
            continue
        keep = [True] * len(text)
        for a, b in cut:
            keep[a:b] = [False] * (b - a)
        text = "".join(c for c, k in zip(text, keep, strict=True) if k)
        at = [p for p, k in zip(at, keep, strict=True) if k]
    return Spoken(s, *told_findings(text, at))


# Dictated exams run many findings into one sentence. A clause ends at punctuation and before words
# that open a new finding: "there is", "I don't appreciate", "your heart is", "on your lung exam".
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?]+\s*|"
    # "no warmth a little bit of swelling": a sign said with its amount after a denied one is not denied
    r"(?<!\bno)(?<!\bany)(?<!without)(?<!\bor)(?<!\bnor)(?<!\bof)(?<!\band)"
    r"\s+(?=(?:just )?(?:a little bit of|a little|a bit of|a bit|some|mild|slight|moderate|trace) "
    r"(?:swelling|tenderness|redness|erythema|edema|warmth|bruising|effusion|crepitus|wheez|crackles|fluid|"
    r"drainage|discharge|pain))|"
    r"\s+(?=(?:but|however|though|although|otherwise|also|now|so|and (?:there|you|your|i|on|no|it's|its|it is)|"
    # "it doesn't hurt when i rotate it and another bruise on the forearm": a new finding, not denied
    r"(?:and )?(?<!\bor )(?<!\bnor )(?<!\bno )(?:another|one more)|"
    # "the right knee without effusion and the left knee with ...": the other side, said apart
    r"(?<!right )(?<!left )and (?:the |your |her |his )?(?:right|left) (?:[a-z]+ ){1,2}?(?:with|without)|"
    # "the right is slower and gets smaller left is okay": the other side, told unpunctuated
    r"(?:the )?(?:right|left)(?: one| side)? (?:is|are|looks|seems) (?:okay|ok|fine|normal|good|quiet|unaffected)|"
    r"there (?:is|are|was|were)|there's|i (?:do |can |did |also )?(?:appreciate|see|feel|hear|note|notice)|"
    r"i (?:don't|do not|didn't|can't)|you (?:do |also )?(?:have|had)|you(?:'ve)? got|you're|no|"
    r"let me|let's|listen|i'm gonna|i'm going to|i'll|take a (?:deep )?breath|"
    r"(?:on|for) (?:your |the |her |his )?(?:[a-z]+ ){0,3}?(?:exam|examination)|"
    # (not "the lymph nodes on | the right are swollen": a side said after "on" is the part's own)
    r"(?<!\bon )(?:your|the|her|his) (?:(?!there\b)[a-z]+ ){0,2}?(?:is|are|looks?|sounds?|seems?|shows?)\b|"
    # "the left lung has some wheezes": a sided part and what it has (a wider "has" cut run-on exams into
    # pieces that lost their findings: ACI-Bench train D2N043)
    r"(?<!\bon )(?:the|your|her|his) (?:right|left) (?:[a-z]+ ){1,2}?(?:has|have|is|are|looks?)\b|"
    # "the left one looks okay" (the number reader writes "one" as "1")
    r"(?<!\bon )(?:the|your|her|his) (?:right|left) (?:one |1 |side )?(?:has|have|is|are|looks?|seems?|sounds?)\b)\b)"
)
# The next item of a list of findings: "..., gallops, or rubs noted".
_LIST_ITEM = re.compile(
    rf"(?:or|nor)\b|(?:and |any )?(?:{FINDING.pattern})(?: noted| present| seen)?(?:\s*(?:[,.;]|$)|\s+(?:or|and|nor)\b)"
)
# Words after which a part belongs to what came before: "swelling of the knee is noted".
_BOUND = re.compile(r"\b(?:of|the|in|on|at|over|your|her|his|both|and|or|to|with|my|a|this|that|right|left)\s+$")


def _part_breaks(low: str) -> list[tuple[int, int, str]]:
    """Where unpunctuated dictation names the next part with no "the" before it: "no nodules skin is dry"."""
    # (not inside a test named by its parts: "finger nose is fine")
    inside = [(f.start(), f.end()) for f in FUNCTION.finditer(low)]
    return [
        (m.start(), m.start(), "")
        for m in (*SITE.finditer(low), *FUNCTION.finditer(low))
        if m.start()
        and starts_clause(low, m.start())
        and not _BOUND.search(low, 0, m.start())
        and not any(a < m.start() < b for a, b in inside)
    ]


# A sense or power graded with no verb ("and vibration also reduced at the toes"): its own statement, the
# "also" inside it no break
_BARE_GRADED = re.compile(
    r"(?<=\band )(?:vibration(?: sense)?|sensation|power|strength|reflexes) (?:also |still )?"
    r"(?:reduced|decreased|diminished|absent)\b"
)

_HAS_NO = re.compile(r"\b(?:has|have|had|shows?)\s+$")


def clauses(low: str) -> list[tuple[int, int]]:
    """(start, end) spans of the clauses of a dictated sentence."""
    out, pos = [], 0
    graded = [(m.start(), m.end()) for m in _BARE_GRADED.finditer(low)]
    breaks = [(m.start(), m.end(), m.group()) for m in _CLAUSE_BREAK.finditer(low)] + _part_breaks(low)
    breaks = sorted([b for b in breaks if not any(a < b[0] < e for a, e in graded)] + [(a, a, "") for a, _ in graded])
    for start, end, said in breaks:
        if "," in said and _LIST_ITEM.match(low, end):
            continue  # "no murmurs, rubs, or gallops": one list, one negation
        if in_test_list(low, start, end):
            continue  # "your lachman, anterior drawer and mcmurray are all negative": one result for all
        if "," in said and points_within(low, start):
            continue  # "the right lumbar spine, uh, in the paraspinal muscles": one place, narrowed
        if "," in said and low[:start].rstrip().endswith("regular rate") and low.startswith("rhythm", end):
            continue  # "regular rate, rhythm": one finding, dictated without its "and"
        if STATE_ITEM.match(low, end):
            continue  # "swollen, warm and tender", "fast but regular": more states of the same part
        if not said.strip() and _HAS_NO.search(low, 0, end) and low.startswith("no ", end):
            continue  # "the nose has no thickening": what the part has is its own clause's
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < len(low):
        out.append((pos, len(low)))
    return out
