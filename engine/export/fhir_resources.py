"""The FHIR R4 resources of one note: Practitioner, Encounter, Composition, DocumentReference, and the clinical
resources (Condition, MedicationStatement, AllergyIntolerance, Observation) made from its facts.

Each comes as a ``PUT`` transaction entry (engine/export/fhir_ids.py); engine/export/fhir.py puts them in order.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape

from engine.clinical.problem_certainty import verification_status
from engine.export.fhir_ids import iso, practitioner_local_id, put_entry, ref
from engine.types import Draft, Fact, FactKind, PipelineResult, SentenceStatus

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
NOTE_TYPE = {"system": LOINC, "code": "11506-3", "display": "Progress note"}
ADDENDUM_TYPE = {"system": LOINC, "code": "11506-3", "display": "Progress note"}


def _category(code: str, display: str) -> list[dict]:
    return [
        {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": code,
                    "display": display,
                }
            ]
        }
    ]


VITAL_CATEGORY = _category("vital-signs", "Vital Signs")
LAB_CATEGORY = _category("laboratory", "Laboratory")
SPO2_CODES = [  # the R4 vital-signs profile (oxygensat) requires 2708-6; 59408-5 says it was by pulse oximetry
    {"system": LOINC, "code": "2708-6", "display": "Oxygen saturation in Arterial blood"},
    {"system": LOINC, "code": "59408-5", "display": "Oxygen saturation in Arterial blood by Pulse oximetry"},
]
VITALS = {  # fact name -> (LOINC codings, UCUM unit by our unit)
    "heart rate": ([{"system": LOINC, "code": "8867-4", "display": "Heart rate"}], {"bpm": "/min"}),
    "respiratory rate": (
        [{"system": LOINC, "code": "9279-1", "display": "Respiratory rate"}],
        {"breaths/min": "/min"},
    ),
    "temperature": (
        [{"system": LOINC, "code": "8310-5", "display": "Body temperature"}],
        {"degF": "[degF]", "Cel": "Cel"},
    ),
    "oxygen saturation": (SPO2_CODES, {"%": "%"}),
    "weight": ([{"system": LOINC, "code": "29463-7", "display": "Body weight"}], {"lb": "[lb_av]", "kg": "kg"}),
}
MED_STATUS = {"active": "active", "started": "active", "changed": "active", "stopped": "stopped"}


@dataclass(frozen=True)
class NoteForSync:
    """Everything a bundle needs about one signed note (or one addendum to it).

    ``visit_start``/``visit_end``: when the visit was recorded (Encounter.period; clinical times); without
    them the signing time stands in. ``amended_by``/``amended_at``: the addendum's author and time."""

    result: PipelineResult
    note_text: str
    signed_by: str
    signed_at: datetime
    patient_identifier: str | None
    patient_name: str = ""
    pdf: bytes = b""
    amendment_id: str | None = None
    amendment_text: str = ""
    amended_by: str = ""
    amended_at: datetime | None = None
    visit_start: datetime | None = None
    visit_end: datetime | None = None


def _narrative(lines: list[str]) -> dict:
    body = "".join(f"<p>{escape(x)}</p>" for x in lines) or "<p>(nothing recorded)</p>"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def attachment(data: bytes, content_type: str, title: str, created: str) -> dict:
    """An R4 Attachment with its size and its base64 SHA-1 hash (R4 Attachment.hash)."""
    return {
        "contentType": content_type,
        "data": base64.b64encode(data).decode("ascii"),
        "size": len(data),
        "hash": base64.b64encode(hashlib.sha1(data).digest()).decode("ascii"),  # noqa: S324 - R4 mandates SHA-1
        "title": title,
        "creation": created,
    }


@lru_cache(maxsize=512)
def icd10_display(code: str) -> str | None:
    """The official ICD-10-CM description (simple_icd_10_cm, the 2025 tabular list shipped in the package)."""
    try:
        import simple_icd_10_cm as icd

        return icd.get_description(code) if icd.is_valid_item(code) else None
    except Exception:  # noqa: BLE001 - an unknown code keeps our own name
        return None


def practitioner_entry(name: str) -> dict:
    """The Practitioner of a signer or an addendum's author."""
    return put_entry("Practitioner", practitioner_local_id(name), {"name": [{"text": name}]})


def encounter_entry(visit_id: str, subject: dict, start: datetime, end: datetime) -> dict:
    """The visit as a finished ambulatory Encounter over the time it was recorded."""
    return put_entry(
        "Encounter",
        visit_id,
        {
            "status": "finished",
            "class": {
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "code": "AMB",
                "display": "ambulatory",
            },
            "subject": subject,
            "period": {"start": iso(start), "end": iso(end)},
        },
    )


def composition_entry(n: NoteForSync, subject: dict, encounter: dict) -> dict:
    """The signed note as a final Composition: one section per draft section, its supported statements only."""
    draft: Draft = n.result.draft
    signer = ref("Practitioner", practitioner_local_id(n.signed_by), n.signed_by)
    sections = [
        {"title": s.title, "text": _narrative([x.text for x in s.sentences if x.status == SentenceStatus.supported])}
        for s in draft.sections
    ]
    return put_entry(
        "Composition",
        n.result.note_id,
        {
            "status": "final",
            "type": {"coding": [NOTE_TYPE]},
            "subject": subject,
            "encounter": encounter,
            "date": iso(n.signed_at),
            "author": [signer],
            "attester": [{"mode": "legal", "time": iso(n.signed_at), "party": signer}],
            "title": "Clinical note",
            "section": sections,
        },
    )


def document_reference_entry(n: NoteForSync, subject: dict, encounter: dict) -> dict:
    """The note's text (and PDF), or an addendum's text that appends to the signed note, as a DocumentReference."""
    addendum = n.amendment_id is not None
    local = n.amendment_id if addendum else n.result.note_id
    who = (n.amended_by or n.signed_by) if addendum else n.signed_by
    when = iso(n.amended_at or n.signed_at) if addendum else iso(n.signed_at)
    author = ref("Practitioner", practitioner_local_id(who), who)
    text = n.amendment_text if addendum else n.note_text
    content = [
        {
            "attachment": attachment(
                text.encode("utf-8"),
                "text/plain; charset=utf-8",
                "Clinical note (addendum)" if addendum else "Clinical note",
                when,
            )
        }
    ]
    if n.pdf and not addendum:
        content.append({"attachment": attachment(n.pdf, "application/pdf", "Clinical note (PDF)", when)})
    context: dict = {"encounter": [encounter]}
    if n.visit_start:
        context["period"] = {"start": iso(n.visit_start), "end": iso(n.visit_end or n.visit_start)}
    res = {
        "status": "current",
        "docStatus": "final",
        "type": {"coding": [ADDENDUM_TYPE if addendum else NOTE_TYPE]},
        "subject": subject,
        "date": when,
        "author": [author],
        "authenticator": author,
        "content": content,
        "context": context,
    }
    if addendum:
        # An addendum adds to the signed note, which stays as signed and current (R4 relatesTo "appends").
        # The original's id is ours (client-assigned), so the reference is literal: nothing to search.
        res["relatesTo"] = [{"code": "appends", "target": ref("DocumentReference", n.result.note_id)}]
        res["description"] = "Addendum"
    return put_entry("DocumentReference", local, res)


def _when(f: Fact, start: datetime) -> str:
    """The moment in the visit the fact was said (visit start + its first evidence), else the visit start."""
    if f.evidence:
        return iso(start + timedelta(seconds=max(0.0, f.evidence[0].start_s)))
    return iso(start)


def _verification(f: Fact) -> dict:
    """Condition.verificationStatus for a diagnosis not stated as established ({} when it is)."""
    code = verification_status(f)
    system = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
    return {"verificationStatus": {"coding": [{"system": system, "code": code}]}} if code else {}


def clinical_entries(facts: list[Fact], note_id: str, subject: dict, encounter: dict, start: datetime) -> list[dict]:
    """The clinical resources of a note's facts: coded problems, medications, allergies, vitals, results."""
    out = []
    visit = iso(start)
    for i, f in enumerate(facts):
        local = f"{note_id}:{f.kind.value}:{i}"
        a = f.attributes
        if f.kind == FactKind.problem and a.get("icd10"):
            display = icd10_display(a["icd10"]) or f.name
            out.append(
                put_entry(
                    "Condition",
                    local,
                    {
                        "clinicalStatus": {
                            "coding": [
                                {"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}
                            ]
                        },
                        # a differential's side or a hedged diagnosis: "differential" / "provisional"
                        **_verification(f),
                        "code": {
                            "coding": [{"system": ICD10CM, "code": a["icd10"], "display": display}],
                            "text": f.name,
                        },
                        "subject": subject,
                        "encounter": encounter,
                        "recordedDate": visit,
                    },
                )
            )
        elif f.kind == FactKind.medication:
            dosage = " ".join(
                x for x in (f.dose_text(), a.get("frequency"), a.get("duration") and f"for {a['duration']}") if x
            )
            out.append(
                put_entry(
                    "MedicationStatement",
                    local,
                    {
                        "status": MED_STATUS.get(a.get("status", "active"), "unknown"),
                        # Text only: no offline RxNorm source is installed (docs/sync.md).
                        "medicationCodeableConcept": {"text": f.name},
                        "subject": subject,
                        "context": encounter,
                        "dateAsserted": visit,
                        **({"dosage": [{"text": dosage}]} if dosage else {}),
                    },
                )
            )
        elif f.kind == FactKind.allergy:
            code = (
                {
                    "coding": [{"system": SNOMED, "code": "716186003", "display": "No known allergy"}],
                    "text": "No known drug allergies",
                }
                if f.negated
                else {"text": f.name}
            )
            res = {
                "patient": subject,
                "encounter": encounter,
                "code": code,
                "recordedDate": visit,
                "clinicalStatus": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                            "code": "active",
                        }
                    ]
                },
            }
            if a.get("reaction"):
                res["reaction"] = [{"manifestation": [{"text": a["reaction"]}]}]
            out.append(put_entry("AllergyIntolerance", local, res))
        elif f.kind == FactKind.vital:
            obs = _observation(f, subject, encounter, _when(f, start))
            if obs:
                out.append(put_entry("Observation", local, obs))
        elif f.kind == FactKind.result and a.get("value"):
            out.append(put_entry("Observation", local, _result(f, subject, encounter, start)))
    return out


def _result(f: Fact, subject: dict, encounter: dict, start: datetime) -> dict:
    """A result said in the visit, as said: no LOINC code (the words do not name the exact test). An earlier
    value ("last time it was 7.9") has no date the visit gave, so it carries none rather than the visit's,
    and says when in a note; a value said with the one before it keeps that in a note too."""
    a = f.attributes
    obs = {
        "status": "final",
        "category": LAB_CATEGORY,
        "code": {"text": f.name},
        "subject": subject,
        "encounter": encounter,
        "valueString": a["value"],
    }
    if a.get("earlier"):
        obs["note"] = [{"text": f"An earlier value, said in this visit as from: {a['earlier']}."}]
    else:
        obs["effectiveDateTime"] = _when(f, start)
        if a.get("previous"):
            obs["note"] = [{"text": f"Previous value said in this visit: {a['previous']}."}]
    return obs


def _observation(f: Fact, subject: dict, encounter: dict, when: str) -> dict | None:
    base = {
        "status": "final",
        "category": VITAL_CATEGORY,
        "subject": subject,
        "encounter": encounter,
        "effectiveDateTime": when,
    }
    a = f.attributes
    if f.name == "blood pressure":
        comp = [
            {
                "code": {"coding": [{"system": LOINC, "code": code, "display": disp}]},
                "valueQuantity": {"value": float(a[key]), "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"},
            }
            for code, disp, key in (
                ("8480-6", "Systolic blood pressure", "systolic"),
                ("8462-4", "Diastolic blood pressure", "diastolic"),
            )
        ]
        return {
            **base,
            "code": {"coding": [{"system": LOINC, "code": "85354-9", "display": "Blood pressure panel"}]},
            "component": comp,
        }
    if f.name not in VITALS:
        return None
    codings, units = VITALS[f.name]
    ucum = units.get(a.get("unit", ""))
    if ucum is None:
        return None
    return {
        **base,
        "code": {"coding": list(codings), "text": f.name},
        "valueQuantity": {"value": float(a["value"]), "unit": ucum, "system": UCUM, "code": ucum},
    }
