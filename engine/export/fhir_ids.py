"""Stable FHIR ids and references: every resource but the Patient has a client-assigned id (a UUID5 of its
kind and our local id), so a replayed ``PUT Kind/<id>`` rewrites the same resource on every server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

NS = uuid.UUID("8f5b1f7e-3c1e-4a57-9b8e-2d1c6c0f4a11")
ID_SYSTEM = "urn:chartside:id"


def rid(kind: str, local_id: str) -> str:
    """Stable resource id (a UUID5 of kind and local id): the id the resource has on every server."""
    return str(uuid.uuid5(NS, f"{kind}:{local_id}"))


def identifier(kind: str, local_id: str) -> dict:
    """Our own Identifier of a resource: the system names its kind, the value is our local id."""
    return {"system": f"{ID_SYSTEM}:{kind.lower()}", "value": local_id}


def put_entry(kind: str, local_id: str, resource: dict) -> dict:
    """``PUT Kind/<stable id>``: update-as-create, idempotent on replay."""
    ident = identifier(kind, local_id)
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
    """A literal Reference to the resource's stable id (with a display text when given)."""
    out = {"reference": f"{kind}/{rid(kind, local_id)}"}
    if display:
        out["display"] = display
    return out


def practitioner_local_id(name: str) -> str:
    """The signer's name as the Practitioner's local id: spacing and case do not make a second one."""
    return " ".join(name.split()).lower()


def iso(t: datetime) -> str:
    """An R4 dateTime: with a time it must carry a zone; the store keeps UTC without one."""
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).isoformat()
