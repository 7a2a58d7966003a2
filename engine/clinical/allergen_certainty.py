"""An allergen no list knows, heard through the microphone, waits for the clinician.

"I'm allergic to strawberries" is taken as said: no list can hold every food. Through speech that same
open door let a misheard drug in: the patient said amoxicillin and the recogniser wrote "hammock", so the
note said "allergic to hammock" as a plain fact and lost the amoxicillin allergy, the one thing a
prescriber must not miss. An allergen that is not a drug, a listed food or substance, an animal or pollen,
in a transcript made from audio (its words carry timings), is therefore marked like an unsure drug name
(engine/clinical/drug_certainty.py): ``certainty="uncertain"``, ``heard_as`` and the drugs that sound like
it as ``candidates``. The note shows "a substance that sounded like 'hammock'", and signing waits until the
clinician confirms or types it (engine/review.py). Typed transcripts (no word timings) are read as written.
"""

from __future__ import annotations

from engine.clinical.allergy_terms import listed_allergen
from engine.clinical.drug_certainty import DRUG_CERTAINTY
from engine.clinical.heard_drugs import MAX_CANDIDATES, sounds_like
from engine.types import Fact, FactKind, Transcript


def _heard_from_audio(fact: Fact, transcript: Transcript) -> bool:
    """Whether any of the fact's evidence lies in a segment that was recognised from audio."""
    for ev in fact.evidence:
        try:
            seg = transcript.segment(ev.segment_id)
        except KeyError:
            continue
        if seg.words:
            return True
    return False


def mark_unlisted_allergens(facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """``facts`` with every allergy to a substance no list knows, heard from audio, marked uncertain."""
    out = []
    for fact in facts:
        a = fact.attributes
        if (
            fact.kind != FactKind.allergy
            or fact.negated
            or a.get("edited") == "clinician"
            or a.get("certainty") in DRUG_CERTAINTY
            or listed_allergen(fact.name)
            or not _heard_from_audio(fact, transcript)
        ):
            out.append(fact)
            continue
        alike = sounds_like(fact.name)[:MAX_CANDIDATES]
        attrs = {**a, "certainty": "uncertain", "heard_as": fact.name, "candidates": "|".join(alike)}
        out.append(fact.model_copy(update={"attributes": attrs}))
    return out
