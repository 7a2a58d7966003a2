"""A relative's operation or treatment as family history: "my brother had a bypass", "she's on dialysis".

Family history is read from problem mentions (family_history.py), but people often tell a relative's
disease by what was done for it: a bypass, dialysis, a stent, a transplant, a leg lost to diabetes. These
are the relative's, never the patient's: the patient's own operations are history.py's.
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.family_history import relative_told_of
from engine.clinical.relative_words import RELATION, RELATION_NAME
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# What was done, as said -> the name charted
_DONE = {
    "bypass": "coronary artery bypass",
    "triple bypass": "coronary artery bypass",
    "quadruple bypass": "coronary artery bypass",
    "heart bypass": "coronary artery bypass",
    "bypass surgery": "coronary artery bypass",
    "dialysis": "dialysis",
    "stent": "coronary stent",
    "stents": "coronary stent",
    "pacemaker": "pacemaker",
    "amputation": "amputation",
    "kidney transplant": "kidney transplant",
    "liver transplant": "liver transplant",
    "heart transplant": "heart transplant",
}
_WHAT = "|".join(sorted(_DONE, key=len, reverse=True))
# "had a bypass", "'s on dialysis", "ended up on dialysis", "got two stents", "lost his leg"
_TREATED = re.compile(
    r"(?:\b(?:had|has had|got|needed|ended up (?:on|with)|went on|is on|was on|'s on|been on|has|is having)\s+"
    rf"(?:a |an |two |three |\d+ |some )?(?P<what>{_WHAT})\b)|"
    r"\b(?:lost|had) (?:his|her|a|one) (?P<leg>(?:(?:right|left) )?(?:leg|foot|toes?))\b"
)
# The relative said just before, owned by whoever speaks: the patient's "my", the clinician's "your", a
# companion's "his"/"her" (the patient's relative, told by a parent or spouse).
_OWNERS = {"patient": ("my",), "clinician": ("your",), "other": ("his", "her", "my")}
_NOT_YET = re.compile(r"\b(?:might|may|could|will|would|going to|gonna|if|avoid|never need|not need)\b")


def family_procedures(sentences: list[Sentence], told: set[int] = frozenset()) -> list[Fact]:
    """Family history facts for a relative's operation or treatment, named for what was done. A sentence
    near one naming a relative's disease (index in ``told``) tells the treatment as a detail of it ("she
    lost her leg from the sugar", "he has heart disease, he got a stent"): the disease is what is charted."""
    out: dict[tuple[str, str], Fact] = {}
    for s in sentences:
        if s.is_question or s.index in told:
            continue
        for m in _TREATED.finditer(s.low):
            clause = s.low[max(0, m.start() - 50) : m.start()]
            if _NOT_YET.search(clause[-25:]) or assess(s.low, [m.span()])[0].negated:
                continue
            at = m.start("what") if m.group("what") else m.start("leg")
            relation = _owned_relative(s, clause) or relative_told_of(sentences, s, at)
            if not relation:
                continue
            name = _DONE[m.group("what")] if m.group("what") else "amputation"
            out.setdefault(
                (name, relation),
                Fact(
                    kind=FactKind.history,
                    name=name,
                    attributes={"category": "family", "relation": relation},
                    evidence=s.evidence(*m.span()),
                ),
            )
    return list(out.values())


def _owned_relative(s: Sentence, clause: str) -> str | None:
    """The relative who is the subject just before the treatment, when the speaker's own word owns them and
    no "I" comes between ("my brother had a bypass", not "my brother says I need a stent")."""
    owners = "|".join(_OWNERS.get(s.segment.speaker or "", ("my",)))
    found = list(re.finditer(rf"\b(?:{owners})\s+{RELATION.pattern}(?:'s)?", clause))
    if not found or re.search(r"\b(?:i|i'm|i've|me)\b", clause[found[-1].end() :]):
        return None
    word = found[-1].group(1)
    return RELATION_NAME.get(word, word)
