"""Validation of a FHIR transaction bundle before it leaves: R4 structure, the required codes, and requests
that a replay cannot duplicate."""

from __future__ import annotations

from fhir.resources.R4B.bundle import Bundle

COMPOSITION_STATUS = {"preliminary", "final", "amended", "entered-in-error"}


class BundleError(ValueError):
    """A bundle failed validation; the message names the resource and the field."""


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
