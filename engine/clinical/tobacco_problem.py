"""Tobacco use as a problem of the visit: a current smoker whom the clinician treats for it.

A smoking habit is social history (social_history.py). It becomes a problem on the list when the clinician
takes it on as one: nicotine replacement or a cessation drug offered, a quit date or a quit line. A current
smoker told only "you should quit" has the habit charted, not the problem, and a former smoker never has it.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.social_history import social
from engine.clinical.vocabulary import Concept, display
from engine.types import Fact, FactKind

# Treatment for tobacco use, as clinicians say it in every English: "the nicotine patch", "Champix",
# "Chantix", "varenicline", "a quit date", "the Quitline", "the stop smoking service"
_CESSATION = re.compile(
    r"\b(?:nicotine (?:patch|patches|gum|lozenges?|replacement|inhalers?|inhalators?|sprays?|mouth ?spray)|"
    r"nrt|varenicline|champix|chantix|cytisine|quit ?line|quit date|stop smoking (?:service|clinic)|"
    r"smoking cessation|cessation (?:clinic|program|programme|service))\b"
)
# the patient's own (or not yet a) habit: "never", "no", "denies", "former", "quit"
_NOT_CURRENT = re.compile(r"^(?:never|no|none|denies|former|quit|non)\b")
_CODE = "Z72.0"


def tobacco_use(sentences: list[Sentence]) -> list[Fact]:
    """ "Tobacco use" (Z72.0) when the clinician offers treatment to stop and the patient still uses tobacco."""
    offer = next(
        (s for s in sentences if s.segment.speaker == "clinician" and _CESSATION.search(s.low)),
        None,
    )
    if offer is None:
        return []
    habit = next((f for f in social(sentences) if f.name == "tobacco"), None)
    if habit is None or _NOT_CURRENT.match(habit.attributes.get("value", "").lower()):
        return []
    m = _CESSATION.search(offer.low)
    concept = Concept("tobacco use", _CODE, display(_CODE))
    attrs = {"icd10": concept.code, "icd10_description": concept.display}
    return [
        Fact(kind=FactKind.problem, name=concept.name, attributes=attrs, evidence=offer.evidence(m.start(), m.end()))
    ]
