"""One FHIR R4 ``transaction`` Bundle per signed note (or amendment), validated before it leaves.

Exactly-once by construction: every resource is a conditional create (``ifNoneExist``) on an identifier
derived from a stable local id, and references between entries use ``urn:uuid`` full URLs derived from the
same ids. A push that timed out after the server committed is therefore harmless to repeat: the server
finds every resource already there and creates nothing.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime
from html import escape

from fhir.resources.R4B.bundle import Bundle

from engine.types import Draft, Fact, FactKind, PipelineResult, SentenceStatus

NS = uuid.UUID("8f5b1f7e-3c1e-4a57-9b8e-2d1c6c0f4a11")
ID_SYSTEM = "urn:chartside:id"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
NOTE_TYPE = {"system": LOINC, "code": "11506-3", "display": "Progress note"}
VITAL_CATEGORY = [
    {
        "coding": [
            {
                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "vital-signs",
                "display": "Vital Signs",
            }
        ]
    }
]
VITALS = {  # fact name -> (LOINC code, display, UCUM unit by our unit)
    "heart rate": ("8867-4", "Heart rate", {"bpm": "/min"}),
    "respiratory rate": ("9279-1", "Respiratory rate", {"breaths/min": "/min"}),
    "temperature": ("8310-5", "Body temperature", {"degF": "[degF]", "Cel": "Cel"}),
    "oxygen saturation": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", {"%": "%"}),
    "weight": ("29463-7", "Body weight", {"lb": "[lb_av]", "kg": "kg"}),
}
MED_STATUS = {"active": "active", "started": "active", "changed": "active", "stopped": "stopped"}
COMPOSITION_STATUS = {"preliminary", "final", "amended", "entered-in-error"}


@dataclass(frozen=True)
class NoteForSync:
    """Everything a bundle needs about one signed note (or one amendment of it)."""

    result: PipelineResult
    note_text: str
    signed_by: str
    signed_at: datetime
    patient_identifier: str | None
    patient_name: str = ""
    pdf: bytes = b""
    amendment_id: str | None = None
    amendment_text: str = ""


class BundleError(ValueError):
    """A bundle failed validation; the message names the resource and the field."""


def rid(kind: str, local_id: str) -> str:
    """Stable resource id (a UUID5 of kind and local id)."""
    return str(uuid.uuid5(NS, f"{kind}:{local_id}"))


def _ident(kind: str, local_id: str) -> dict:
    return {"system": f"{ID_SYSTEM}:{kind.lower()}", "value": local_id}


def _entry(kind: str, local_id: str, resource: dict) -> dict:
    ident = _ident(kind, local_id)
    resource = {"resourceType": kind, **resource}
    # Composition.identifier is a single Identifier in R4; every other resource here takes a list.
    resource.setdefault("identifier", ident if kind == "Composition" else [ident])
    return {
        "fullUrl": f"urn:uuid:{rid(kind, local_id)}",
        "resource": resource,
        "request": {"method": "POST", "url": kind, "ifNoneExist": f"identifier={ident['system']}|{ident['value']}"},
    }


def _ref(kind: str, local_id: str) -> dict:
    return {"reference": f"urn:uuid:{rid(kind, local_id)}"}


def _narrative(lines: list[str]) -> dict:
    body = "".join(f"<p>{escape(x)}</p>" for x in lines) or "<p>(nothing recorded)</p>"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def build(n: NoteForSync, mrn_system: str = "urn:chartside:mrn") -> dict:
    """The transaction Bundle for one note or amendment, as a validated dict."""
    r = n.result
    when = n.signed_at.isoformat()
    pid = n.patient_identifier or f"visit-{r.visit_id}"
    patient_ident = {"system": mrn_system, "value": pid}
    patient = {
        "fullUrl": f"urn:uuid:{rid('Patient', pid)}",
        "resource": {
            "resourceType": "Patient",
            "identifier": [patient_ident],
            **({"name": [{"text": n.patient_name}]} if n.patient_name else {}),
        },
        "request": {"method": "POST", "url": "Patient", "ifNoneExist": f"identifier={mrn_system}|{pid}"},
    }
    subject = {"reference": patient["fullUrl"]}
    entries = [patient]
    entries.append(
        _entry(
            "Encounter",
            r.visit_id,
            {
                "status": "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "AMB",
                    "display": "ambulatory",
                },
                "subject": subject,
            },
        )
    )
    encounter = _ref("Encounter", r.visit_id)
    if n.amendment_id is None:
        entries.append(_composition(n, subject, encounter, when))
    entries.append(_document_reference(n, subject, encounter, when))
    if n.amendment_id is None:
        entries += _clinical(r.facts, r.note_id, subject, encounter, when)
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
    validate(bundle)
    return bundle


def _composition(n: NoteForSync, subject: dict, encounter: dict, when: str) -> dict:
    draft: Draft = n.result.draft
    sections = [
        {"title": s.title, "text": _narrative([x.text for x in s.sentences if x.status == SentenceStatus.supported])}
        for s in draft.sections
    ]
    return _entry(
        "Composition",
        n.result.note_id,
        {
            "status": "final",
            "type": {"coding": [NOTE_TYPE]},
            "subject": subject,
            "encounter": encounter,
            "date": when,
            "author": [{"display": n.signed_by}],
            "title": "Clinical note",
            "section": sections,
        },
    )


def _document_reference(n: NoteForSync, subject: dict, encounter: dict, when: str) -> dict:
    local = n.amendment_id or n.result.note_id
    text = n.amendment_text if n.amendment_id else n.note_text
    content = [
        {
            "attachment": {
                "contentType": "text/plain; charset=utf-8",
                "data": _b64(text.encode("utf-8")),
                "title": "Clinical note" + (" (amendment)" if n.amendment_id else ""),
            }
        }
    ]
    if n.pdf and not n.amendment_id:
        content.append(
            {"attachment": {"contentType": "application/pdf", "data": _b64(n.pdf), "title": "Clinical note (PDF)"}}
        )
    res = {
        "status": "current",
        "docStatus": "amended" if n.amendment_id else "final",
        "type": {"coding": [NOTE_TYPE]},
        "subject": subject,
        "date": when,
        "author": [{"display": n.signed_by}],
        "content": content,
        "context": {"encounter": [encounter]},
    }
    if n.amendment_id:
        # The earlier DocumentReference is already on the server: point at it by its identifier.
        ident = _ident("DocumentReference", n.result.note_id)
        res["relatesTo"] = [
            {
                "code": "replaces",
                "target": {"reference": f"DocumentReference?identifier={ident['system']}|{ident['value']}"},
            }
        ]
    return _entry("DocumentReference", local, res)


def _clinical(facts: list[Fact], note_id: str, subject: dict, encounter: dict, when: str) -> list[dict]:
    out = []
    for i, f in enumerate(facts):
        local = f"{note_id}:{f.kind.value}:{i}"
        a = f.attributes
        if f.kind == FactKind.problem and a.get("icd10"):
            out.append(
                _entry(
                    "Condition",
                    local,
                    {
                        "clinicalStatus": {
                            "coding": [
                                {"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}
                            ]
                        },
                        "code": {
                            "coding": [{"system": ICD10CM, "code": a["icd10"], "display": f.name}],
                            "text": f.name,
                        },
                        "subject": subject,
                        "encounter": encounter,
                        "recordedDate": when,
                    },
                )
            )
        elif f.kind == FactKind.medication:
            dosage = " ".join(
                x for x in (a.get("dose"), a.get("frequency"), a.get("duration") and f"for {a['duration']}") if x
            )
            out.append(
                _entry(
                    "MedicationStatement",
                    local,
                    {
                        "status": MED_STATUS.get(a.get("status", "active"), "unknown"),
                        "medicationCodeableConcept": {"text": f.name},
                        "subject": subject,
                        "context": encounter,
                        "dateAsserted": when,
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
                "code": code,
                "recordedDate": when,
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
            out.append(_entry("AllergyIntolerance", local, res))
        elif f.kind == FactKind.vital:
            obs = _observation(f, subject, encounter, when)
            if obs:
                out.append(_entry("Observation", local, obs))
    return out


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
    code, disp, units = VITALS[f.name]
    ucum = units.get(a.get("unit", ""))
    if ucum is None:
        return None
    return {
        **base,
        "code": {"coding": [{"system": LOINC, "code": code, "display": disp}], "text": f.name},
        "valueQuantity": {"value": float(a["value"]), "unit": ucum, "system": UCUM, "code": ucum},
    }


def validate(bundle: dict) -> None:
    """fhir.resources R4B structural validation plus the required codes that library does not check."""
    try:
        Bundle.model_validate(bundle)
    except Exception as exc:  # pydantic ValidationError; keep its first line, it names the field
        lines = str(exc).splitlines()
        where = lines[1].strip() if len(lines) > 1 else lines[0]
        raise BundleError(f"The FHIR bundle is not valid R4 ({where}).") from exc
    if bundle.get("type") != "transaction":
        raise BundleError("The FHIR bundle must be a transaction.")
    for e in bundle["entry"]:
        res = e["resource"]
        kind = res["resourceType"]
        if kind == "Composition" and res.get("status") not in COMPOSITION_STATUS:
            raise BundleError(f"Composition.status {res.get('status')!r} is not an R4 code.")
        if kind == "Observation" and res.get("status") not in {"registered", "preliminary", "final", "amended"}:
            raise BundleError(f"Observation.status {res.get('status')!r} is not allowed for vitals.")
        if kind == "DocumentReference" and res.get("status") not in {"current", "superseded", "entered-in-error"}:
            raise BundleError(f"DocumentReference.status {res.get('status')!r} is not an R4 code.")
        if kind == "MedicationStatement" and res.get("status") not in {
            "active",
            "completed",
            "entered-in-error",
            "intended",
            "stopped",
            "on-hold",
            "unknown",
            "not-taken",
        }:
            raise BundleError(f"MedicationStatement.status {res.get('status')!r} is not an R4 code.")
        if not e.get("request", {}).get("ifNoneExist"):
            raise BundleError(f"{kind} has no ifNoneExist: a retried push could duplicate it.")
