"""Split a transcript into sentences that remember where they came from.

Whisper segments follow pauses, not sentences or speaker turns: one segment can hold a question and its
answer, and one sentence can run across two segments. The extractor therefore works on sentences built
from the whole transcript; each keeps the pieces of segments it is made of, so that any match inside it
becomes ``Evidence`` pointing at the exact words of each segment and their times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from engine.clinical.numbers import Normalised, normalise
from engine.types import Evidence, Segment, Transcript

# "98 . 7" in tokenised transcripts is a decimal, not a sentence end; "elevated to 156 . his lipid panel" ends one
# not after a title: "I'll refer you to Dr. Patel" is one sentence, whose referral is Dr. Patel's
# ... and "ninety eight . seven" / "seven . three" said in words, where a digit word and more speech follow
_NUMBER_WORD_DOT = "|".join(
    f"(?<={w} \\.)"
    for w in ("ty", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "hundred")
    # "twelve . five milligrams", "zero . five", "fifteen . five": every number word, not only those above
    + ("teen", "\\bten", "eleven", "twelve", "zero")
)
_SPECIES = "coli|pylori|diff|difficile|aureus|pneumoniae|aeruginosa|faecalis|vaginalis|albicans|trachomatis|pyogenes"
_SENT_END = re.compile(
    r"(?<=[.?!])(?!(?<=\d \.)\s+\d)(?<!\b[Dd]r\.)(?<!\b[Mm]r\.)(?<!\b[Mm]rs\.)(?<!\b[Mm]s\.)(?<!\b[Dd]rs\.)"
    # a germ's genus written short is no sentence's end: "grew E. coli", "H. pylori", "C. diff", "S. aureus"
    rf"(?!(?<=\b[A-Za-z]\.)\s+(?:{_SPECIES})\b)"
    rf"(?!(?:{_NUMBER_WORD_DOT})\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?!days?\b|weeks?\b|months?\b|years?\b|times\b)[a-z])\s+(?=\S)"
)
_ANSWER_START = re.compile(
    r"^\s*(?:no|not|nope|none|yes|yeah|yep|i|i'm|i've|i'd|she|she's|he|he's|we|we're|they|it|it's|my|her|his|"
    r"our|but|just|only|a little|mostly|sometimes)\b",
    re.I,
)
_QUESTION_START = re.compile(
    r"^\s*(?:(?:okay|ok|alright|all right|um|uh)\s+)*"  # "alright have you noticed any nausea"
    r"(?:(?:and|so|now)\s+(?:(?:do|does|did|have|has|are|is|was|were|can|could|would|will)\s+"
    r"(?:you|she|he|they|it|there|your|her|his)|any)\b|"  # "and do you ...", "so any ..."
    # "anybody in the family with gout": unpunctuated speech asks without a question mark
    # "what I'd like is ...", "what we'll do is ...": the clinician telling, not asking
    r"any|anybody|anyone|(?:do|does|did)(?!\s+not\b)|have|has|had|are|is|was|were|"  # "do not stop it" tells
    r"what(?!\s+(?:i|we|i'd|we'd|i'll|we'll|i'm|we're|i've)\b)|how|when|where|which|why|who|can|could|"
    r"would|will|should)\b",
    re.I,
)
# A question that starts inside an unpunctuated clause: the verb before its subject ("are you feeling down",
# "have you had any fevers"); "do you know" and "you know" are fillers
_INNER_QUESTION = re.compile(
    r"(?<=\s)(?:(?:are|do|did|have|were) you|(?:is|are|has|have) there|"
    # "okay good how about are your legs swelling up": a question said after "how about", its subject any
    r"(?:how|what) about (?:are|is|do|does|did|have|has|were|was) (?:your|the|his|her|it|they))\b"
    r"(?! know\b)(?!\s+(?:is|are)\b)(?=\s+\w)"
)
_TELLING_AGAIN = re.compile(r"\s(?=(?:i|i'm|i've|i'd|i'll|we|we're|we'll|so|okay|alright|well|because|but)\s)")
# "(I'd like to) have you come back in 2 weeks": a causative, not a question
_CAUSATIVE = re.compile(r"have you (?:come|see|get|go|do|take|try|start|stop|call|schedule|return|make|follow|push)\b")
# "When I had my prostate out in 2018.": a time clause that ends in a full stop tells, it does not ask
_TOLD_WHEN = re.compile(r"^(?:when|while|after|since|before) (?:i|we|my|he|she|they)\b[^?]*\.$")
# ... not after a subject or a modal: "we have you push fluids", "i'll have you see", "there is there is no"
_NOT_INVERTED_AFTER = frozenset(
    "i we they he she it you there that which who to will would can could should gonna let let's lets "
    "'ll i'll we'll you'll".split()
)
# A clause after a statement's comma that goes on with it: a relative pronoun, or "has"/"had" with no subject
# after it (a question puts one there: "has it spread", "had you noticed").
_CONTINUES = re.compile(
    r"^\s*(?:which|who|whom|whose)\b|^\s*(?:has|have|had)\s+(?!(?:it|he|she|they|you|we|i|the|your|his|her|this|"
    r"that|there|any|anyone|anybody|someone|somebody|my|our|their)\b)"
)
# "your kidney function, the egfr, is 58": after an apposition's comma the verb and its value tell (a sentence
# that opens with them asks: "Is 40 milligrams what you take?")
_VALUE_TOLD = re.compile(r"^\s*(?:are|is|was|were)\s+(?:about |around |only |just )?\d")
# "I'm gonna order an A1c for the future, okay?": a statement with a tag asking for agreement, not a question.
_TAG_QUESTION = re.compile(
    r"^(?:i|i'm|i'll|we|we'll|we're|let's|so|and|you'll|you're|your)\b.{12,}\b(?:okay|ok|alright|all right|right)\s*\?$"
)


# "since you're on two blood thinners any bleeding from your gums": a bare "any" after the end of a phrase
# starts a question in unpunctuated speech; after a verb, a preposition or a negation it is a statement's
# ("i don't see any swelling", "take it without any food", "if you have any chest pain").
_INNER_ANY = re.compile(r"(?<=\s)any\b(?=\s+[a-z])")
_ANY_GOVERNED_BY = frozenset(
    "have has had having get got gets getting see saw seen feel felt notice noticed noticing take took taking "
    "taken without no not never if of for with in on at to from by about than there is are was were be been being "
    "need needs use used using find found hear heard give gave given do does did done make made want try tried "
    "and or but you i we they he she it me us them him her my your just really also hardly barely nor "
    "tell told say said ask asked show shows showed deny denies denied appreciate report reports experience "
    "experienced experiencing develop develops developed developing avoid check checking watch notices".split()
)
# ... nor after the clause's own subject "i" or "we" or a negation: "i deny any", "we didn't find any"
_OWN_CLAUSE = re.compile(r"\b(?:i|i'm|i've|we|we're|we've|no|not|never)\b|n't\b")


# a spoken restart ("I do, do notice", "it was, was getting worse"): the auxiliary said again, not inverted
# before a subject as a question's is ("I do, do you?")
_AUXILIARY = frozenset("do does did is are was were have has had can could would will".split())
_SUBJECT = frozenset("you i he she it they we there your his her my the this that".split())


def _restarted(before: str, text: str) -> bool:
    """Whether the clause ``text`` opens by saying again the auxiliary that ended the clause ``before``."""
    last, words = re.findall(r"[a-z']+", before)[-1:], re.findall(r"[a-z']+", text)[:2]
    return len(words) == 2 and last == words[:1] and words[0] in _AUXILIARY and words[1] not in _SUBJECT


def _inner_question(low: str, start: int, end: int) -> re.Match | None:
    """Where a question begins inside a clause of unpunctuated speech, if it does."""
    for m in _INNER_QUESTION.finditer(low, start, end):
        before = low[max(0, m.start() - 12) : m.start()].split()
        if (not before or before[-1] not in _NOT_INVERTED_AFTER) and not _CAUSATIVE.match(low, m.start()):
            return m
    for m in _INNER_ANY.finditer(low, start, end):
        before = low[max(0, m.start() - 20) : m.start()].split()
        own = _OWN_CLAUSE.search(low, start, m.start())
        if before and before[-1] not in _ANY_GOVERNED_BY and not before[-1].endswith(("n't", "nt")) and not own:
            return m
    return None


# a form of address closing a question ("..., doctor?", "..., doc?"): the clause before it is what is asked
# ... when that clause reads as a question: a bare noun phrase ("and the cancer") or a question's opening word;
# a rising statement ("I get short of breath on the stairs, doc?") still tells
_ASKED_BEFORE_NAME = re.compile(
    r"\s*(?:(?:and|so|but|what about|how about)\s+)?(?:the|my|this|that|these|those)"
    r"(?:\s+(?!(?:had|has|have|is|was|are|were|get|gets|got|do|does|did|feel|feels|been)\b)[a-z'-]+){1,3},?\s*$|"
    r"\s*(?:and\s+|so\s+)?(?:what|how|why|when|where|who|which|is|are|was|were|do|does|did|can|could|should|will|"
    r"would|have|has)\b"
)
_VOCATIVE = re.compile(r"(?:doctor|doc|dr\.? \w+|nurse|sister|sir|ma'am|madam|miss)\s*\?")


@dataclass
class Piece:
    """Part of a sentence that lies in one segment."""

    segment: Segment
    seg_start: int  # offset in segment.text
    sent_start: int  # offset in the sentence text
    length: int


@dataclass
class Sentence:
    """One sentence; ``low`` is its text with spoken numbers as digits, lower-cased."""

    index: int
    text: str
    pieces: list[Piece]
    norm: Normalised = field(init=False)
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalise(self.text)
        self.low = self.norm.text.lower()

    @property
    def segment(self) -> Segment:
        return self.pieces[0].segment

    @property
    def is_question(self) -> bool:
        """The whole sentence is a question (no answer clause in it)."""
        return all(q for _, _, q in self.clauses)

    @property
    def asks(self) -> bool:
        """The sentence asks something: a question throughout, or one that ends in a question mark.

        A tag question ("You're on 500 twice a day, right?") is not ``is_question`` (its clause tells)
        but still waits for the other speaker's answer.
        """
        return self.is_question or self.low.rstrip().endswith("?")

    @cached_property
    def clauses(self) -> list[tuple[int, int, bool]]:
        """(start, end, is_question) spans of ``low``, split at commas, semicolons and question marks.

        Whisper often runs a question and its answer into one sentence ("Any chest pain, shortness of
        breath, no chest pain and my vision is fine"): a clause that opens with an answer word (no, yes,
        I, she, ...) is an answer, one that opens with a question word is a question, and the others
        continue whatever came before.
        """
        out, state = [], False
        for m in re.finditer(r"[^,;:?]+[,;:?]?", self.low):
            text = m.group().strip()
            if out and _restarted(self.low[out[-1][0] : out[-1][1]], text):
                pass  # "I do, do notice some swelling": the word said again goes on with its clause
            elif _ANSWER_START.match(text):
                state = False
            elif out and not state and _CONTINUES.match(text):
                pass  # "I'm irritable, which is not like me", "my dad, you know, has diabetes": still telling
            elif _QUESTION_START.match(text) and not _TOLD_WHEN.match(text) and not (out and _VALUE_TOLD.match(text)):
                state = True
            is_q = state or (text.endswith("?") and not _TAG_QUESTION.match(text))
            inner = None if is_q else _inner_question(self.low, m.start() + 1, m.end())
            if inner:  # "and mood how's your mood are you feeling down": unpunctuated, the question starts inside
                # ... and ends where the speaker goes on telling ("how are you today i understand you're here")
                told = _TELLING_AGAIN.search(self.low, inner.end(), m.end())
                q_end = told.start() if told else m.end()
                out.append((m.start(), inner.start(), False))
                out.append((inner.start(), q_end, True))
                if q_end < m.end():
                    out.append((q_end, m.end(), False))
                state = False
                continue
            if (
                is_q
                and out
                and _VOCATIVE.fullmatch(text)
                and _ASKED_BEFORE_NAME.match(self.low[out[-1][0] : out[-1][1]])
            ):
                out[-1] = (out[-1][0], out[-1][1], True)  # "And the cancer, doctor?": the question is before the name
            out.append((m.start(), m.end(), is_q))
            if text.endswith("?"):
                state = False
        return out or [(0, len(self.low), False)]

    def question_at(self, pos: int) -> bool:
        """Whether the character at ``pos`` of ``low`` lies in a question clause."""
        return next((q for a, b, q in self.clauses if a <= pos < b), False)

    def clause_start(self, pos: int) -> int:
        return next((a for a, b, _ in self.clauses if a <= pos < b), 0)

    def other_speaker(self, other: Sentence) -> bool:
        """Whether ``other`` is someone else speaking: by the roles when both are known, else a new segment
        (a transcript without roles still breaks segments where the speaker changes more often than not)."""
        if self.segment.speaker and other.segment.speaker:
            return other.segment.speaker != self.segment.speaker
        return other.segment.id != self.segment.id

    def evidence(self, start: int, end: int) -> list[Evidence]:
        """Evidence for the [start, end) span of ``low``: one item per segment the span touches."""
        a, b = self.norm.original_span(start, end)
        out = []
        for p in self.pieces:
            lo, hi = max(a, p.sent_start), min(b, p.sent_start + p.length)
            if lo < hi:
                out.append(span_evidence(p.segment, p.seg_start + lo - p.sent_start, p.seg_start + hi - p.sent_start))
        return out


def word_offsets(segment: Segment) -> list[tuple[int, int]]:
    """Character span of each word in ``segment.text`` (words are joined by single spaces)."""
    spans, pos = [], 0
    for w in segment.words:
        idx = segment.text.find(w.text, pos)
        if idx < 0:
            idx = pos
        spans.append((idx, idx + len(w.text)))
        pos = idx + len(w.text)
    return spans


def span_evidence(segment: Segment, char_start: int, char_end: int) -> Evidence:
    """Evidence for a character span of a segment, timed by the words it overlaps."""
    start_s, end_s = segment.start, segment.end
    if segment.words:
        hit = [
            w for w, (a, b) in zip(segment.words, word_offsets(segment), strict=True) if a < char_end and b > char_start
        ]
        if hit:
            start_s, end_s = hit[0].start, hit[-1].end
    return Evidence(
        segment_id=segment.id,
        char_start=char_start,
        char_end=char_end,
        start_s=round(start_s, 3),
        end_s=round(end_s, 3),
        quote=segment.text[char_start:char_end],
    )


def split(transcript: Transcript) -> list[Sentence]:
    """All sentences of the transcript in order, across segment boundaries within a speaker's turn.

    A change of speaker always ends a sentence (unpunctuated transcripts would otherwise be one sentence).
    """
    out: list[Sentence] = []
    block: list[Segment] = []
    for seg in transcript.segments:
        new_speaker = block and seg.speaker and block[-1].speaker and seg.speaker != block[-1].speaker
        # Unpunctuated speech with no speaker labels would otherwise be one sentence: a pause after a
        # long unpunctuated run ends it.
        run_on = block and not block[-1].text.rstrip().endswith((".", "?", "!")) and _tail_len(block) > 200
        # A transcript with no punctuation at all has only its pauses to go by: a new segment starts a sentence.
        run_on = run_on or (block and _UNPUNCTUATED.fullmatch(block[-1].text) and _UNPUNCTUATED.fullmatch(seg.text))
        if new_speaker or run_on:
            _split_block(block, out)
            block = []
        block.append(seg)
    if block:
        _split_block(block, out)
    return out


_UNPUNCTUATED = re.compile(r"[^.,?!;:]*")


def _tail_len(block: list[Segment]) -> int:
    """Characters since the last sentence end in the block."""
    text = " ".join(s.text for s in block)
    ends = [text.rfind(p) for p in ".?!"]
    return len(text) - max(ends) - 1


def _split_block(segments: list[Segment], out: list[Sentence]) -> None:
    # Lay the segments end to end, remembering where each starts in the joined text.
    joined, starts = "", []
    for seg in segments:
        if joined:
            joined += " "
        starts.append(len(joined))
        joined += seg.text
    pos = 0
    for part in _SENT_END.split(joined):
        begin = joined.find(part, pos)
        pos = begin + len(part)
        text = part.rstrip()
        if not text.strip():
            continue
        pieces = []
        for seg, s0 in zip(segments, starts, strict=True):
            lo, hi = max(begin, s0), min(begin + len(text), s0 + len(seg.text))
            if lo < hi:
                pieces.append(Piece(segment=seg, seg_start=lo - s0, sent_start=lo - begin, length=hi - lo))
        out.append(Sentence(index=len(out), text=text, pieces=pieces))
