"""FHIR R4 resources for one signed note (or one addendum), as an ordered plan of small transactions.

Exactly once on every kind of server, strict-atomic or entry-by-entry (docs/sync.md explains the choice):

1. the Patient is a conditional create (``POST`` with ``ifNoneExist`` on the clinic's identifier), alone in
   its own one-entry transaction: the organisation's patient index may already hold that patient under an id
   we do not know, and a one-entry conditional transaction is within every strict server's limits
   (Medplum with ``transaction-bundles`` refuses a conditional transaction of more than 8 entries);
2. every other resource has a client-assigned id, a UUID5 of its kind and the stable local id (note,
   visit, fact, signer), and is sent as ``PUT Kind/<id>`` (update-as-create): replaying it rewrites the
   same resource, never a second one, with no conditional logic the server has to isolate;
3. the clinical resources go first (the Practitioner and the Encounter at the head), in transactions of at
   most ``max_entries``; the Composition and the DocumentReference go last, in their own transaction, so a
   server that holds part of a note never holds a document that looks complete.

The sync worker sends the steps in order and moves on only when every entry of a step's response is 2xx.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
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
COMPOSITION_STATUS = {"preliminary", "final", "amended", "entered-in-error"}
DEFAULT_MAX_ENTRIES = 50  # Medplum refuses a transaction with more than 50 updates


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


class BundleError(ValueError):
    """A bundle failed validation; the message names the resource and the field."""


@dataclass
class SyncPlan:
    """The transactions that carry one note, in the order they must be sent.

    ``patient`` is the one-entry conditional create; ``steps`` refer to the patient as
    ``patient_placeholder`` until :meth:`bind` puts in the reference the server answered with."""

    patient: dict
    steps: list[dict]
    patient_placeholder: str
    labels: list[str] = field(default_factory=list)
    # (kind, identifier system, value, our literal reference): resources an addendum points at that an older
    # Chartside may have sent under server-assigned ids; the worker looks them up and rewrites the reference.
    lookups: list[tuple[str, str, str, str]] = field(default_factory=list)

    def bind(self, patient_reference: str, found: dict[str, str] | None = None) -> list[dict]:
        """The steps with the server's ``Patient/<id>`` in place of the placeholder, and each looked-up
        reference (``found``: our literal reference -> the server's) in place of ours."""
        pairs = {self.patient_placeholder: patient_reference, **(found or {})}
        out = []
        for step in self.steps:
            text = json.dumps(step)
            for old, new in pairs.items():
                text = text.replace(json.dumps(old), json.dumps(new))
            out.append(json.loads(text))
        return out

    @property
    def bundles(self) -> list[dict]:
        return [self.patient, *self.steps]

    @property
    def entries(self) -> list[dict]:
        return [e for b in self.bundles for e in b["entry"]]


def rid(kind: str, local_id: str) -> str:
    """Stable resource id (a UUID5 of kind and local id): the id the resource has on every server."""
    return str(uuid.uuid5(NS, f"{kind}:{local_id}"))


def _ident(kind: str, local_id: str) -> dict:
    return {"system": f"{ID_SYSTEM}:{kind.lower()}", "value": local_id}


def _entry(kind: str, local_id: str, resource: dict) -> dict:
    """``PUT Kind/<stable id>``: update-as-create, idempotent on replay."""
    ident = _ident(kind, local_id)
    the_id = rid(kind, local_id)
    resource = {"resourceType": kind, "id": the_id, **resource}
    # Composition.identifier is a single Identifier in R4; every other resource here takes a list.
    resource.setdefault("identifier", ident if kind == "Composition" else [ident])
    return {
        "fullUrl": f"urn:uuid:{the_id}",
        "resource": resource,
        "request": {"method": "PUT", "url": f"{kind}/{the_id}"},
    }


def ref(kind: str, local_id: str, display: str = "") -> dict:
    out = {"reference": f"{kind}/{rid(kind, local_id)}"}
    if display:
        out["display"] = display
    return out


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


def practitioner_local_id(name: str) -> str:
    return " ".join(name.split()).lower()


def _practitioner(name: str) -> dict:
    return _entry("Practitioner", practitioner_local_id(name), {"name": [{"text": name}]})


def _iso(t: datetime) -> str:
    """An R4 dateTime: with a time it must carry a zone; the store keeps UTC without one."""
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).isoformat()


def build(n: NoteForSync, mrn_system: str = "urn:chartside:mrn", max_entries: int = DEFAULT_MAX_ENTRIES) -> SyncPlan:
    """The ordered transactions for one note or addendum, each validated."""
    r = n.result
    pid = n.patient_identifier or f"visit-{r.visit_id}"
    placeholder = f"urn:uuid:{rid('Patient', pid)}"
    patient_bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": placeholder,
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [{"system": mrn_system, "value": pid}],
                    **({"name": [{"text": n.patient_name}]} if n.patient_name else {}),
                },
                "request": {"method": "POST", "url": "Patient", "ifNoneExist": f"identifier={mrn_system}|{pid}"},
            }
        ],
    }
    subject = {"reference": placeholder}
    encounter = ref("Encounter", r.visit_id)
    if n.amendment_id is not None:
        author = n.amended_by or n.signed_by
        groups = [([_practitioner(author), _document_reference(n, subject, encounter)], "addendum")]
    else:
        start = n.visit_start or n.signed_at
        end = n.visit_end or start
        head = [_practitioner(n.signed_by), _encounter(r.visit_id, subject, start, end)]
        clinical = head + _clinical(r.facts, r.note_id, subject, encounter, start)
        size = max(2, max_entries)
        groups = [(clinical[i : i + size], "clinical") for i in range(0, len(clinical), size)]
        document = [_composition(n, subject, encounter), _document_reference(n, subject, encounter)]
        groups.append((document, "document"))
    steps = [{"resourceType": "Bundle", "type": "transaction", "entry": entries} for entries, _ in groups]
    plan = SyncPlan(patient_bundle, steps, placeholder, ["patient"] + [label for _, label in groups])
    if n.amendment_id is not None:
        for kind, local in (("DocumentReference", r.note_id), ("Encounter", r.visit_id)):
            ident = _ident(kind, local)
            plan.lookups.append((kind, ident["system"], ident["value"], ref(kind, local)["reference"]))
    for b in plan.bundles:
        validate(b)
    return plan


def _encounter(visit_id: str, subject: dict, start: datetime, end: datetime) -> dict:
    return _entry(
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
            "period": {"start": _iso(start), "end": _iso(end)},
        },
    )


def _composition(n: NoteForSync, subject: dict, encounter: dict) -> dict:
    draft: Draft = n.result.draft
    signer = ref("Practitioner", practitioner_local_id(n.signed_by), n.signed_by)
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
            "date": _iso(n.signed_at),
            "author": [signer],
            "attester": [{"mode": "legal", "time": _iso(n.signed_at), "party": signer}],
            "title": "Clinical note",
            "section": sections,
        },
    )


def _document_reference(n: NoteForSync, subject: dict, encounter: dict) -> dict:
    addendum = n.amendment_id is not None
    local = n.amendment_id if addendum else n.result.note_id
    who = (n.amended_by or n.signed_by) if addendum else n.signed_by
    when = _iso(n.amended_at or n.signed_at) if addendum else _iso(n.signed_at)
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
        context["period"] = {"start": _iso(n.visit_start), "end": _iso(n.visit_end or n.visit_start)}
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
    return _entry("DocumentReference", local, res)


def _when(f: Fact, start: datetime) -> str:
    """The moment in the visit the fact was said (visit start + its first evidence), else the visit start."""
    if f.evidence:
        return _iso(start + timedelta(seconds=max(0.0, f.evidence[0].start_s)))
    return _iso(start)


def _clinical(facts: list[Fact], note_id: str, subject: dict, encounter: dict, start: datetime) -> list[dict]:
    out = []
    visit = _iso(start)
    for i, f in enumerate(facts):
        local = f"{note_id}:{f.kind.value}:{i}"
        a = f.attributes
        if f.kind == FactKind.problem and a.get("icd10"):
            display = icd10_display(a["icd10"]) or f.name
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
                x for x in (a.get("dose"), a.get("frequency"), a.get("duration") and f"for {a['duration']}") if x
            )
            out.append(
                _entry(
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
            out.append(_entry("AllergyIntolerance", local, res))
        elif f.kind == FactKind.vital:
            obs = _observation(f, subject, encounter, _when(f, start))
            if obs:
                out.append(_entry("Observation", local, obs))
        elif f.kind == FactKind.result and a.get("value"):
            # A result said in the visit, as said: no LOINC code (the words do not name the exact test).
            out.append(
                _entry(
                    "Observation",
                    local,
                    {
                        "status": "final",
                        "category": LAB_CATEGORY,
                        "code": {"text": f.name},
                        "subject": subject,
                        "encounter": encounter,
                        "effectiveDateTime": _when(f, start),
                        "valueString": a["value"],
                    },
                )
            )
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
    codings, units = VITALS[f.name]
    ucum = units.get(a.get("unit", ""))
    if ucum is None:
        return None
    return {
        **base,
        "code": {"coding": list(codings), "text": f.name},
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
        req = e.get("request", {})
        if req.get("method") == "PUT":
            if req.get("url") != f"{kind}/{res.get('id')}" or "?" in req.get("url", ""):
                raise BundleError(f"{kind} PUT must name the resource's own id: a replay must hit the same one.")
        elif not (req.get("method") == "POST" and req.get("ifNoneExist")):
            raise BundleError(f"{kind} has no ifNoneExist: a retried push could duplicate it.")
