"""Drugs called by a nickname the visit itself defines: "the brown one, the Clenil" makes every later "the brown
inhaler" the Clenil, "the blue one, the salbutamol" every later "the blue one" the salbutamol.

Colours are not a drug on their own (a brown inhaler may be beclometasone, budesonide or something else), so a
nickname counts only in a visit that pins it to one drug, with the drug's name right beside it; a colour pinned
to two drugs in one visit is left alone.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_COLOUR = r"blue|brown|purple|orange|red|green|white|pink|yellow|grey|gray|maroon|beige"
_HEAD = r"one|1|ones|inhaler|inhalers|puffer|puffers|pill|pills|tablet|tablets|capsule|capsules"
# "the brown one" (written "the brown 1" once numbers are digits), "your little white pill", "the blue inhaler"
NICKNAME = re.compile(
    rf"\b(?:the|my|your|her|his)\s+(?:(?:little|big|small|tiny|round|long|oval)\s+)?({_COLOUR})\s+(?:{_HEAD})\b"
)
# between the nickname and the drug that names it: a comma, "that's", a filler or a cut-off word ("the brown
# one the clen clenil", "the blue one, that's the salbutamol")
_BESIDE = re.compile(
    r"\W*(?:(?:the|that's|that is|which is|um|uh|er|erm|i think|yeah|your|called|it's|its)\W+|[a-z]{1,5}\s+){0,3}$"
)
# the drug first, then its nickname: "the salbutamol, the blue one"
_BESIDE_AFTER = re.compile(r"\W{0,3}(?:(?:um|uh|yeah|that's|that is|which is)\W+)?$")


def _named_beside(low: str, m: re.Match, named: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The drug whose name stands right beside the nickname ``m``, after it or before it."""
    after = next((d for d in named if d[0] >= m.end() and _BESIDE.fullmatch(low[m.end() : d[0]])), None)
    before = next(
        (d for d in reversed(named) if d[1] <= m.start() and _BESIDE_AFTER.fullmatch(low[d[1] : m.start()])), None
    )
    return after or before


def _pinned(sentences: list[Sentence]) -> dict[str, list[tuple[str, Sentence, int, int]]]:
    """Colour -> (drug, sentence, start, end) of each place the visit names a drug beside that colour."""
    found: dict[str, list[tuple[str, Sentence, int, int]]] = {}
    for s in sentences:
        named = [d for d in find_drugs(s.low) if not lexicon.is_drug_class(d[2])]
        for m in NICKNAME.finditer(s.low):
            if drug := _named_beside(s.low, m, named):
                found.setdefault(m.group(1), []).append((drug[2], s, min(m.start(), drug[0]), max(m.end(), drug[1])))
    return found


def nicknames(sentences: list[Sentence]) -> dict[str, str]:
    """Colour -> the one drug this visit names beside it ("the brown one the clenil" -> beclomethasone)."""
    pinned = _pinned(sentences)
    return {colour: uses[0][0] for colour, uses in pinned.items() if len({u[0] for u in uses}) == 1}


def with_definitions(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """Medication facts read from a nickname alone, with the words that pinned the nickname added to their
    evidence: "the brown inhaler, two puffs" is beclometasone only because of "the brown one, the Clenil",
    and the clinician checking the fact needs to see both."""
    pinned = _pinned(sentences)
    out = []
    for f in facts:
        uses = [u for colour, us in pinned.items() if len({x[0] for x in us}) == 1 for u in us if u[0] == f.name]
        named = any(any(g == f.name for _, _, g in find_drugs(e.quote.lower())) for e in f.evidence)
        if f.kind != FactKind.medication or not uses or named:
            out.append(f)
            continue
        _, s, a, b = uses[0]
        out.append(f.model_copy(update={"evidence": f.evidence + s.evidence(a, b)}))
    return out


def nickname_mentions(low: str, drugs: list[tuple[int, int, str]], names: dict[str, str]) -> list[tuple[int, int, str]]:
    """``drugs`` with each nickname the visit defined read as a mention of its drug, where no drug's name stands
    beside it ("and the brown inhaler, two puffs twice a day")."""
    if not names:
        return drugs
    extra = [
        (m.start(), m.end(), names[m.group(1)])
        for m in NICKNAME.finditer(low)
        if m.group(1) in names
        and not _named_beside(low, m, drugs)
        and not any(a < m.end() and b > m.start() for a, b, _ in drugs)
    ]
    return sorted(drugs + extra) if extra else drugs
