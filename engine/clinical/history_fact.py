"""What the history readers (family, past, surgical, social, occupation) share: how a history fact is built,
and the answer words that deny a habit or give advice about it."""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# "No.", "Um, never.", "Neither.": an answer that denies the habit asked about
# (also relayed by an interpreter or a relative: "She says no, never.")
ANSWER_NO = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|(?:she|he|they) (?:says|said|is saying|are saying)(?: that)?),?\s*)*"
    # ("yeah nah" is the Australian and New Zealand no; "nah yeah" their yes)
    r"(?:yeah,? nah|(?:no|nope|never|not|none|nah|neither)\b(?!,? yeah\b))\b"
)
# Advice in the clause before a habit: "don't mix it with the beer", "try cutting back on the wine".
ADVICE = re.compile(r"(?:^|[,.;]\s*|\b(?:and|so|but)\s+)(?:don't|do not|try|avoid|cut back|cut down|limit)\b[^,.;?]*$")


def history_fact(name: str, category: str, s: Sentence, a: int, b: int, **attrs: str) -> Fact:
    """A history fact of ``category`` (family, past_medical, past_surgical, social) with the words at [a, b)."""
    return Fact(kind=FactKind.history, name=name, attributes={"category": category, **attrs}, evidence=s.evidence(a, b))
