"""What the clinician's allergy questions carry: the reaction asked of ("Any rash with the amoxicillin?"), the
drug named as the allergy ("And codeine is still your allergy?"), and the reaction told in answer to "What
happens?"."""

from __future__ import annotations

import re

from engine.clinical.allergy_terms import REACTION_NAMES, pick_reaction, reaction_hits
from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Fact

_WHAT_HAPPENS = re.compile(
    r"\bwhat (?:happens|happened|kind of reaction|sort of reaction|reaction|does it do|did it do|did that do)\b|"
    r"\bhow do you react\b"
)


def asked_reaction(q: Sentence, a: int, b: int) -> tuple[dict, list]:
    """The reaction a question names beside the drug it asks of ("any rash with the amoxicillin", "penicillin
    gives you hives?"), with its evidence."""
    clause = (q.clause_start(a), len(q.low))
    hits = [h for h in reaction_hits(q.low) if clause[0] <= h[0] < clause[1]]
    if not hits:
        return {}, []
    ra, rb, word = pick_reaction(hits)
    return {"reaction": REACTION_NAMES.get(word, word)}, q.evidence(ra, rb)


# "And codeine is still your allergy?", "penicillin's her allergy, right?": the drug said to be the allergy; in an
# allergy question, "Allergies: I have here Septrin gave you a rash?": the drug said to have done something
_IS_THE_ALLERGY = re.compile(
    r"\s*(?:is|was|'s)\s+(?:still\s+)?(?:your|her|his|their|the|an|a)\s+(?:only\s+|main\s+|one\s+)?allerg|"
    r"\s*(?:gave|gives|made|makes|caused|causes) (?:you|her|him|them)\b"
)


def allergy_named(low: str) -> list[tuple[int, int, str]]:
    """The drug an allergy question says is the patient's allergy ("And codeine is still your allergy?", "Septrin
    gave you a rash?"); never a drug taken for an allergy ("Still taking the Zyrtec for the allergy?")."""
    if "allerg" not in low:
        return []
    return [d for d in find_drugs(low) if _IS_THE_ALLERGY.match(low, d[1])]


def reactions_asked(sentences: list[Sentence], facts: dict[str, Fact]) -> None:
    """ "Just latex." "What happens with latex?" "I get itchy hives.": the reaction told in the answer
    to the clinician's question fills in the allergy named just before (or in the question)."""
    for s in sentences:
        if not _WHAT_HAPPENS.search(s.low) or not (s.is_question or len(s.low.split()) <= 6):
            continue  # "and what happens": a short turn asks, even unpunctuated
        named = [f for f in facts.values() if not f.negated and "reaction" not in f.attributes]
        said = [f for f in named if f.name in s.low or any(e.quote.lower() in s.low for e in f.evidence[:1])]
        earlier = [f for f in named if f.evidence and f.evidence[0].segment_id <= s.segment.id]
        target = (said or earlier[-1:] or [None])[0]
        if target is None:
            continue
        for nxt in sentences[s.index + 1 : s.index + 3]:
            if nxt.segment.speaker == s.segment.speaker:
                break
            hits = reaction_hits(nxt.low)
            if hits:
                ra, rb, word = pick_reaction(hits)
                target.attributes["reaction"] = REACTION_NAMES.get(word, word)
                target.evidence = target.evidence + nxt.evidence(ra, rb)
                break
