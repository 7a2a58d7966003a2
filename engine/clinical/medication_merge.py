"""How a later mention of a drug updates its fact: a new dose is a change, "stop" wins over "taking"."""

from __future__ import annotations

import re

from engine.clinical.dosing import ROUTES
from engine.types import Evidence, Fact


def _once(label: str) -> str:
    """ "every morning", "nightly" and "once daily" are one schedule: saying it another way is no change."""
    return "once daily" if label in {"once daily", "every morning", "nightly"} else label


def merge(prev: Fact, attrs: dict[str, str], status: str | None, ev: list[Evidence], correction: bool = False) -> Fact:
    """A later mention of the same drug: a new dose or schedule on a drug already taken is a change;
    "stop" wins over "taking"; details said later replace those said earlier. ``correction``: the mention
    corrects what was said (a regimen read back and confirmed), so its dose replaces the old one unchanged."""
    if correction:
        return prev.model_copy(update={"attributes": {**prev.attributes, **attrs}, "evidence": [*prev.evidence, *ev]})
    old = prev.attributes.get("status", "active")
    new = status or old
    # A change needs a known old value: "I took some ibuprofen" then "ibuprofen as needed" is not a change.
    old_dose, old_freq = prev.attributes.get("dose"), _once(prev.attributes.get("frequency", ""))
    new_freq = _once(attrs.get("frequency", ""))
    # a recap that says less ("albuterol as needed" after "2 puffs every 4 hours as needed") is no change
    # an as-needed drug told again with its as-needed schedule ("albuterol two puffs every four hours as
    # needed" after "I use it maybe twice a day") is the same prescription
    prn = "as needed" in old_freq or "as needed" in new_freq
    # "keep going with the Ventolin, every four hours" after "every three or four hours": told to go on, a
    # schedule said a little differently is the same prescription; a new dose is still a change
    differs = (
        bool(old_dose and attrs.get("dose") and attrs["dose"] != old_dose)
        or bool(old_freq and new_freq and new_freq not in old_freq and old_freq not in new_freq and not prn)
        and status != "active"
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
    if new == "stopped" and "dose" not in merged and "previous_dose" in merged:
        # "cut way back on the Advil" then "I'll quit the Advil": a drug stopped keeps the dose it was taken at
        merged["dose"] = merged.pop("previous_dose")
    if "frequency" in attrs and "duration" not in attrs:
        merged.pop("duration", None)
    return prev.model_copy(update={"attributes": merged, "evidence": [*prev.evidence, *ev]})


# the attributes a combination takes over from an ingredient it was said with ("Augmentin, amoxicillin with
# clavulanate, 400 mg per 5 mL, 7 mL twice a day": the dose came after the last ingredient's name)
_CARRIED = ("dose", "strength", "frequency", "duration", "regimen", "route", "unclear_dose")


def _parts(name: str) -> list[str]:
    """The ingredients of a product's name: "amoxicillin-clavulanate" -> amoxicillin, clavulanate."""
    return [p for p in re.split(r"\s*(?:/|\band\b|\bwith\b|-(?=[a-z]{4,}))\s*", name) if p]


def _same_ingredient(a: str, b: str) -> bool:
    """ "clavulanate" and "clavulanic acid" are one ingredient: same name, or the same first six letters."""
    return a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])


def ingredient_of(generic: str, combo: str) -> bool:
    """Whether ``generic`` is part of the combination ``combo``: "formoterol" of Symbicort's, "umeclidinium
    and vilanterol" of Trelegy's."""
    parts, own = _parts(combo), _parts(generic)
    return len(own) < len(parts) and all(any(_same_ingredient(o, p) for p in parts) for o in own)


_ONE_OF = re.compile(r"(1 (?:tablet|capsule|puff|spray|drop|patch|inhalation))(?:s|es)$")


def tidy(facts: dict[str, Fact]) -> list[Fact]:
    """The medication list once every mention is read: one fact per drug the patient takes."""
    for key in [k for k in facts if "|heard:" in k]:
        if key.split("|")[0] in facts:
            facts.pop(key)  # the drug was also said clearly: one fact, and verify's name lookup stays single
    # "Symbicort, that's budesonide formoterol", "Augmentin, amoxicillin with clavulanate": the ingredients
    # named beside the combination are the combination, not more drugs.
    for combo_key in [k for k, f in facts.items() if len(_parts(f.name)) > 1]:
        if combo_key not in facts:
            continue
        combo = facts[combo_key]
        segs = {e.segment_id for e in combo.evidence}
        for key, f in list(facts.items()):
            if key == combo_key or not ingredient_of(f.name, combo.name):
                continue
            if not {e.segment_id for e in f.evidence} <= segs:
                continue
            facts.pop(key)
            carried = {k: f.attributes[k] for k in _CARRIED if k in f.attributes and k not in combo.attributes}
            combo = combo.model_copy(
                update={"attributes": {**combo.attributes, **carried}, "evidence": [*combo.evidence, *f.evidence]}
            )
            facts[combo_key] = combo
    # "one capsule", "one puff": a count of one is written in the singular, as a chart says it
    for key, f in facts.items():
        if (one := _ONE_OF.match(f.attributes.get("dose", ""))) is not None:
            facts[key] = f.model_copy(update={"attributes": {**f.attributes, "dose": one.group(1)}})
    # "insulin, Lantus, 20 units": the specific insulin is the medication, the bare word the same one.
    for bare in [g for g in facts if " " not in g]:
        if any(g.startswith(bare + " ") and " and " not in g and "/" not in g for g in facts if g != bare):
            facts.pop(bare)
    # "The iron makes me constipated ... I'm on the Palafer": "iron" (read as ferrous sulfate, the usual iron
    # pill) is the iron product the visit names, not a second one
    iron = facts.get("ferrous sulfate")
    if (
        iron
        and not any(re.search(r"ferrous|sulph|sulf", e.quote.lower()) for e in iron.evidence)
        and any(g in _IRON_PRODUCTS or g.startswith(("ferrous ", "iron ")) for g in facts if g != "ferrous sulfate")
    ):
        facts.pop("ferrous sulfate")
    return list(facts.values())


_IRON_PRODUCTS = frozenset({"polysaccharide iron complex", "carbonyl iron", "heme iron polypeptide"})


# the forms that make a second product of the same drug: a mesalamine suppository beside mesalamine tablets,
# hydrocortisone cream beside hydrocortisone tablets
_OTHER_FORMS = frozenset({"rectal", "topical", "ophthalmic", "nasal", "inhaled"})


def product_key(facts: dict[str, Fact], generic: str, low: str, a: int, b: int) -> str:
    """The key of the fact a mention of ``generic`` at ``low[a:b]`` belongs to: the drug's own, or, when the
    mention names a form right beside it ("add a mesalamine suppository") that differs from the route the
    drug was already charted with, a second product of the same drug."""
    near = low[max(0, a - 20) : b + 25]
    form = next((r for pat, r in ROUTES if re.search(pat, near)), None)
    if form not in _OTHER_FORMS:
        return generic
    if f"{generic}|{form}" in facts:
        return f"{generic}|{form}"
    prev = facts.get(generic)
    route = prev.attributes.get("route") if prev is not None else None
    return f"{generic}|{form}" if route and route != form else generic
