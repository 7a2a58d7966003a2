"""How review items and facts read to people: the names of the kinds of review item, units as written,
the fact form's choices and labels, and a section's text as the clinician edits and copies it.

No store and no rules here: engine/review.py decides what must be looked at; this module only words it.
"""

from __future__ import annotations

from engine.types import Fact, SentenceStatus

# What each kind of review item is called on screen and in messages (never the internal kind).
FLAG_LABELS = {
    "uncertain-drug": "Uncertain drug",
    "unsupported": "Removed by the checker",
    "omission": "Not in the note",
    "notice": "Please check",
    "edit": "Your edit mentions something not heard in the visit",
    "fact": "Changed fact",
    "dose": "Dose to check",
    "status": "Status to check",
}


def flag_label(kind: str) -> str:
    """The on-screen name of a kind of review item (never the internal kind)."""
    return FLAG_LABELS.get(kind, kind.replace("-", " ").capitalize())


# Units as written for people (the extractor keeps UCUM codes for FHIR).
UNIT_WORDS = {"degF": "°F", "Cel": "°C", "[degF]": "°F", "mm[Hg]": "mmHg"}
MEDICATION_STATUSES = ("active", "started", "changed", "stopped")
# The fact form's choices per attribute; any other attribute is free text.
FACT_CHOICES = {"status": MEDICATION_STATUSES, "certainty": ("possible", "likely", "confirmed")}
# Which facts can be "the patient does not have it" (a medication or a vital cannot).
NEGATABLE = {"symptom", "problem", "allergy"}


def fact_display(fact: Fact) -> str:
    """A fact as the review shows it: an unsure drug as unsure, units as people write them (°F, not degF)."""
    from engine.clinical.drug_certainty import display_label

    line = display_label(fact)
    unit = fact.attributes.get("unit", "")
    if unit in UNIT_WORDS and line.endswith(unit):
        line = line[: -len(unit)] + UNIT_WORDS[unit]
    return line


def form_values(fact: Fact) -> dict[str, str]:
    """A fact's attributes as the correction form shows them: a dose said as a range shows as the range ("1-2
    puffs", engine/clinical/dose_ranges.py) in the one dose field; engine.review.edit_fact reads it back."""
    values = {k: v for k, v in fact.attributes.items() if k != "dose_range"}
    if fact.attributes.get("dose_range") and "dose" in values:
        values["dose"] = fact.attributes["dose_range"]
    return values


def attribute_label(key: str) -> str:
    """The fact form's label of one attribute."""
    return {"icd10": "ICD-10-CM code", "value": "Value", "unit": "Unit"}.get(key, key.replace("_", " ").capitalize())


def editable_text(section) -> str:
    """A section as the clinician edits and copies it: one statement per line, typed line breaks kept."""
    return "\n".join(s.text for s in section.sentences if s.status == SentenceStatus.supported)


def section_copy_text(section) -> str:
    """One section for pasting into an EHR field: its title, then its text as written."""
    return f"{section.title}\n{editable_text(section) or '(nothing recorded)'}\n"
