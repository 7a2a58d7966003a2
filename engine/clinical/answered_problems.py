"""Problems named in a history question's list, or in the answer to a family or surgical history question.

"Any history of blood clots? Or breast cancer, strokes?" asks of every item of its list, though only the
last clause carries the question mark; "Anybody in the family with depression after a baby?" "My mother.
A postpartum depression." tells the mother's; "Any surgeries?" "I broke my leg skiing, it healed in a cast."
tells a past injury, not today's. problems.py asks these of every mention.
"""

from __future__ import annotations

import re

from engine.clinical.answers import YES
from engine.clinical.sentences import Sentence

# A clause that is only a short list item leading to the question mark: "or breast cancer, strokes?"
_LIST_TO_QUESTION = re.compile(
    r"^\s*(?:(?:or|and|any|ever|maybe)\s+)*[\w'-]+(?:\s+[\w'-]+){0,3}"
    r"(?:\s*,\s*(?:(?:or|and|any)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})*\s*,?\s*(?:or anything(?: like that)?)?\s*\?\s*$"
)
# Words that make a clause a statement of the clinician's, not a list asked about
# or that ask of a known one, or of its drug: "father had diabetes, no?", "and BP tablet, Telma forty?"
_TELLS = re.compile(
    r"\b(?:you have|you've got|you had|it's|it is|this is|that's|is|was|were|has|had|have|got|your|my|his|her|"
    r"still|tablets?|pills?|medicines?|medications?|meds|right|no|yeah|correct)\b"
)

_FAMILY_ASKED = re.compile(
    r"\b(?:(?:in|on|of) (?:the|your|her|his) family|family history|runs? in (?:the|your) family|"
    r"blood relatives?|anyone related|anybody related)\b"
)
_KIN = re.compile(
    r"\b(?:mother|mum|mom|mam|mama|mammy|father|dad|daddy|papa|brother|sister|aunt|auntie|uncle|"
    r"grand(?:mother|father|ma|pa|mum|mom|dad)|nan|nana|nanny|granny|gran|cousin|niece|nephew|parents?|"
    r"siblings?|brothers|sisters|aunts|uncles)\b"
)
# the speaker's own, told in the same answer: "my mum had it, and so did I", "I had one too"
_OWN = re.compile(r"\b(?:i|i've|i'm|me|my|mine|myself|so did i|so have i)\b")

_SURGERY_ASKED = re.compile(r"\b(?:surgeries|surgery|operations?|operated|procedures)\b")
# a question that asks of illnesses too: "Any operations or other medical problems?"
_ILLNESS_ASKED = re.compile(r"\b(?:medical|problems?|conditions?|illness\w*|health|diseases?|history)\b")
# what the answer says of today: the condition is back or still there
_NOW = re.compile(r"\b(?:still|again|now|came back|come back|these days|currently|at the moment)\b")


_ASKS_ANY = re.compile(r"^\s*(?:or|any|ever)\b|\b(?:any|anything|anyone|anybody|ever|history of)\b")


def listed_in_question(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the clinician names the condition at ``a`` as an item of a list asked about, whose question
    mark only its last clause carries ("Or breast cancer, strokes?"), and the answer is no plain yes (which
    may confirm a problem list read back: "So diabetes, blood pressure, cholesterol?" "Yes.")."""
    if s.segment.speaker != "clinician" or not s.low.rstrip().endswith("?"):
        return False
    start = s.clause_start(a)
    rest = s.low[start:]
    if not _LIST_TO_QUESTION.match(rest) or _TELLS.search(rest):
        return False
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is None or nxt.segment.speaker == s.segment.speaker or YES.match(nxt.low):
        return False
    # a list asked of: "Or breast cancer, strokes?", "Any history of clots, or breast cancer?"
    return bool(_ASKS_ANY.match(rest) or _ASKS_ANY.search(s.low[:start]))


def _turn_before(sentences: list[Sentence], s: Sentence, a: int) -> str:
    """The text of the speaker's turn up to position ``a`` of ``s``."""
    k = s.index
    while k > 0 and sentences[k - 1].segment.id == s.segment.id:
        k -= 1
    return " ".join(p.low for p in sentences[k : s.index]) + " " + s.low[:a]


def _asked_before(sentences: list[Sentence], s: Sentence, pattern: re.Pattern) -> bool:
    """Whether the other speaker's last sentence before this turn asks what ``pattern`` names."""
    k = s.index - 1
    while k >= 0 and sentences[k].segment.id == s.segment.id:
        k -= 1
    if k < 0 or sentences[k].segment.speaker in (s.segment.speaker, None):
        return False
    q = sentences[k]
    asked = q.asks or "remind me" in q.low
    return asked and bool(pattern.search(q.low)) and not (pattern is _SURGERY_ASKED and _ILLNESS_ASKED.search(q.low))


def family_answer(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the condition at ``a`` is told, answering a family history question, after a relative is named
    in the same answer and with nothing of the speaker's own ("My mother, after my sister. A postpartum
    depression, she was hospitalized for it.")."""
    if s.segment.speaker == "clinician" or not _asked_before(sentences, s, _FAMILY_ASKED):
        return False
    # the relative in the same sentence, or the sentence just before ("My mother. A postpartum depression."),
    # and no "my"/"I" between them: "My dad had a heart attack. And my diabetes ..." is the patient's diabetes
    prev = sentences[s.index - 1].low if s.index > 0 and sentences[s.index - 1].segment.id == s.segment.id else ""
    before = prev + " " + s.low[:a]
    kin = list(_KIN.finditer(before))
    if not kin:
        return False
    between = before[kin[-1].end() :]
    # "my" right before the relative is the relative's: the words after it must not be the speaker's
    return not _OWN.search(between) and not _OWN.search(s.low[a : a + 40])


def surgery_answer(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the condition at ``a`` is told answering a question about past surgeries, so it is the reason
    for an old operation or a past injury ("Just the hysterectomy. Fibroids."; "I broke my leg skiing"), not
    a problem of today unless the answer says it is still there."""
    if s.segment.speaker == "clinician" or not _asked_before(sentences, s, _SURGERY_ASKED):
        return False
    said = _turn_before(sentences, s, a)
    if _NO_SURGERY.search(said) or _HAVE_NOW.search(s.low[max(0, a - 40) : a]):
        return False  # "No surgeries. But I have asthma ...": the problem is told as today's
    return not _NOW.search(said) and not _NOW.search(s.low[a:])


# "No surgeries", "never had surgery": the answer denies the operation, what follows is told anew (a bare "No."
# may still go on with the injury that was not operated: "No. I broke my leg skiing, it healed in a cast.")
_NO_SURGERY = re.compile(r"\b(?:no|never|none|not)\b(?: \w+){0,3} (?:surgeries|surgery|operations?)\b")
_HAVE_NOW = re.compile(r"\b(?:i|i do|i also|i still) (?:have|has|got|get|am|'m|take|use)\b|\bi've got\b")
