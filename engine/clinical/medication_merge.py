"""How a later mention of a drug updates its fact: a new dose is a change, "stop" wins over "taking"."""

from __future__ import annotations

from engine.types import Evidence, Fact


def _once(label: str) -> str:
    """ "every morning", "nightly" and "once daily" are one schedule: saying it another way is no change."""
    return "once daily" if label in {"once daily", "every morning", "nightly"} else label


def merge(prev: Fact, attrs: dict[str, str], status: str | None, ev: list[Evidence]) -> Fact:
    """A later mention of the same drug: a new dose or schedule on a drug already taken is a change;
    "stop" wins over "taking"; details said later replace those said earlier."""
    old = prev.attributes.get("status", "active")
    new = status or old
    # A change needs a known old value: "I took some ibuprofen" then "ibuprofen as needed" is not a change.
    old_dose, old_freq = prev.attributes.get("dose"), _once(prev.attributes.get("frequency", ""))
    new_freq = _once(attrs.get("frequency", ""))
    # a recap that says less ("albuterol as needed" after "2 puffs every 4 hours as needed") is no change
    differs = bool(old_dose and attrs.get("dose") and attrs["dose"] != old_dose) or bool(
        old_freq and new_freq and new_freq not in old_freq and old_freq not in new_freq
    )
    new_dose = "dose" in attrs and not prev.attributes.get("dose")
    if old == "active" and new in {"active", "started"} and (differs or (new == "started" and new_dose)):
        new = "changed"
    elif old == "active" and new == "started":  # "you can take Tylenol" for what they already take
        new = "active"
    if new == "active" and old in {"started", "stopped", "changed"}:
        new = old
    if old == "changed" and new == "started":  # "we'll give you the motrin" after the new dose
        new = old
    merged = {**prev.attributes, **attrs, "status": new}
    if status == "changed" and old != "changed" and "dose" not in attrs and "dose" in merged:
        # "We're going to increase the lisinopril" with no number: the 10 mg said before is what it was,
        # not the new dose; the note must not show it as the changed dose
        merged["previous_dose"] = merged.pop("dose")
    if "frequency" in attrs and "duration" not in attrs:
        merged.pop("duration", None)
    return prev.model_copy(update={"attributes": merged, "evidence": [*prev.evidence, *ev]})
