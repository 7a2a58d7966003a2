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

Built in three modules: engine/export/fhir_ids.py (stable ids and references), fhir_resources.py (the
resources of a note) and fhir_validate.py (checks before sending); this one orders them into the plan and
keeps every public name of the three importable from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from engine.export.fhir_ids import ID_SYSTEM, NS, identifier, practitioner_local_id, ref, rid
from engine.export.fhir_resources import (
    ADDENDUM_TYPE,
    ICD10CM,
    LAB_CATEGORY,
    LOINC,
    MED_STATUS,
    NOTE_TYPE,
    SNOMED,
    SPO2_CODES,
    UCUM,
    VITAL_CATEGORY,
    VITALS,
    NoteForSync,
    attachment,
    clinical_entries,
    composition_entry,
    document_reference_entry,
    encounter_entry,
    icd10_display,
    practitioner_entry,
)
from engine.export.fhir_validate import COMPOSITION_STATUS, BundleError, validate

__all__ = [
    "ADDENDUM_TYPE",
    "COMPOSITION_STATUS",
    "DEFAULT_MAX_ENTRIES",
    "ICD10CM",
    "ID_SYSTEM",
    "LAB_CATEGORY",
    "LOINC",
    "MED_STATUS",
    "NOTE_TYPE",
    "NS",
    "SNOMED",
    "SPO2_CODES",
    "UCUM",
    "VITALS",
    "VITAL_CATEGORY",
    "BundleError",
    "NoteForSync",
    "SyncPlan",
    "attachment",
    "build",
    "icd10_display",
    "practitioner_local_id",
    "ref",
    "rid",
    "validate",
]

DEFAULT_MAX_ENTRIES = 50  # Medplum refuses a transaction with more than 50 updates


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
        """The patient's transaction, then the steps, in sending order."""
        return [self.patient, *self.steps]

    @property
    def entries(self) -> list[dict]:
        """Every entry of every bundle, in sending order."""
        return [e for b in self.bundles for e in b["entry"]]


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
        groups = [([practitioner_entry(author), document_reference_entry(n, subject, encounter)], "addendum")]
    else:
        start = n.visit_start or n.signed_at
        end = n.visit_end or start
        head = [practitioner_entry(n.signed_by), encounter_entry(r.visit_id, subject, start, end)]
        clinical = head + clinical_entries(r.facts, r.note_id, subject, encounter, start)
        size = max(2, max_entries)
        groups = [(clinical[i : i + size], "clinical") for i in range(0, len(clinical), size)]
        document = [composition_entry(n, subject, encounter), document_reference_entry(n, subject, encounter)]
        groups.append((document, "document"))
    steps = [{"resourceType": "Bundle", "type": "transaction", "entry": entries} for entries, _ in groups]
    plan = SyncPlan(patient_bundle, steps, placeholder, ["patient"] + [label for _, label in groups])
    if n.amendment_id is not None:
        for kind, local in (("DocumentReference", r.note_id), ("Encounter", r.visit_id)):
            ident = identifier(kind, local)
            plan.lookups.append((kind, ident["system"], ident["value"], ref(kind, local)["reference"]))
    for b in plan.bundles:
        validate(b)
    return plan
