"""Symptoms the vocabulary names apart but a yes to one question charts once.

Lightheadedness and dizziness are two complaints when the patient names each ("I felt very light-headed and very
dizzy"), and annotators chart both. A clinician's "Any dizziness or lightheadedness?" offers them as one
question, though: a yes to it tells one complaint, not two, and is charted once. A no denies each (it is kept).
"""

from __future__ import annotations

from engine.clinical.sentences import Sentence
from engine.clinical.symptom_sites import symptom_mentions
from engine.types import Fact

# name -> the name it folds into when only a question named it apart
_TWINS = {"lightheadedness": "dizziness"}


def one_complaint(names: set[str]) -> bool:
    """Whether the symptoms asked of in one question are one complaint, its twin names folded together."""
    return len({_TWINS.get(n, n) for n in names}) == 1


def fold_twins(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """``facts`` less a present twin symptom that only the clinician's words named apart from its pair."""
    present = {f.name for f in facts if not f.negated}
    folds = {a for a, b in _TWINS.items() if a in present and b in present}
    if not folds:
        return facts
    told = {
        h[2].name
        for s in sentences
        if s.segment.speaker not in ("clinician", None)
        for h in symptom_mentions(s.low)
        if h[2].name in folds or h[2].name in {_TWINS[a] for a in folds}
    }
    # both told in the patient's own words: two complaints; else keep the one the patient said ("lightheaded")
    drop = {(_TWINS[a] if a in told else a) for a in folds if not (a in told and _TWINS[a] in told)}
    return [f for f in facts if f.negated or f.name not in drop]
