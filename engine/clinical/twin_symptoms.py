"""Symptoms the vocabulary names apart but a yes to one question charts once.

Lightheadedness and dizziness are two complaints when the patient names each ("I felt very light-headed and very
dizzy"), and annotators chart both. A clinician's "Any dizziness or lightheadedness?" offers them as one
question, though: a yes to it tells one complaint, not two, and is charted once. A no denies each (it is kept).
A yes to one twin that adds the other ("Do you feel dizzy?" "Yes, and I feel lightheaded too.") tells both; a yes
that only says it in other words ("Dizzy at all?" "Yes, she's been lightheaded when she stands.") tells one.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.symptom_sites import symptom_mentions
from engine.types import Fact

# name -> the name it folds into when only a question named it apart ("Any anxiety, worries you can't turn off?"
# asks of one complaint too)
_TWINS = {"lightheadedness": "dizziness", "worries": "anxiety symptoms"}
# words that add a complaint to the one just answered rather than put it another way
# ("too" as in "get up too fast" is no addition)
_ADDED = re.compile(
    r"\b(?:too(?! (?:fast|quick\w*|much|long|far|hard|soon|early|late|hot|cold))|also|as well|plus|on top of that)\b|"
    r"^\W*(?:yes|yeah|yep|yup),? and\b"
)


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
    } | _asked_and_added(sentences, folds)
    # both told in the patient's own words: two complaints; else keep the one the patient said ("lightheaded")
    drop = {(_TWINS[a] if a in told else a) for a in folds if not (a in told and _TWINS[a] in told)}
    return [f for f in facts if f.negated or f.name not in drop]


def _asked_and_added(sentences: list[Sentence], folds: set[str]) -> set[str]:
    """The twins asked of alone whose yes went on to add the other twin: the one asked is told too."""
    told = set()
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if s.segment.speaker in ("clinician", None) or not prev.other_speaker(s) or not _ADDED.search(s.low):
            continue
        named = {h[2].name for h in symptom_mentions(s.low)}
        asked = {h[2].name for h in symptom_mentions(prev.low)}
        for a in folds:
            for x, y in ((a, _TWINS[a]), (_TWINS[a], a)):
                if x in named and y in asked and x not in asked:
                    told |= {x, y}
    return told
