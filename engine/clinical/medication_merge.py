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


def _spelled_out(combo: Fact, ingredients: list[Fact], segs: set[int]) -> bool:
    """Whether every ingredient of ``combo`` is named, each once, in the one turn right after it."""
    parts = _parts(combo.name)
    turns = {e.segment_id for f in ingredients for e in f.evidence}
    return (
        len(ingredients) == len(parts)
        and len(turns) == 1
        and next(iter(turns)) == max(segs) + 1
        and all(any(_same_ingredient(p, o) for f in ingredients for o in _parts(f.name)) for p in parts)
    )


def _combined_dose(combo: str, masses: dict[str, str]) -> str | None:
    """The combination's dose from its ingredients' strengths, in the order of its name ("500 mg/2 mg")."""
    doses = [next((d for g, d in masses.items() if _same_ingredient(g, p)), "") for p in _parts(combo)]
    return "/".join(doses) if all(d.endswith((" mg", " mcg")) for d in doses) else None


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
        parts = [k for k, f in facts.items() if k != combo_key and ingredient_of(f.name, combo.name)]
        # "glycomet gp two ..." / "that is metformin 500 with glimepiride 2": every ingredient named, with its
        # strength, in the next turn spells out the combination just said; it is not two more drugs
        spelled = _spelled_out(combo, [facts[k] for k in parts], segs)
        whole = None
        if spelled and "dose" not in combo.attributes:
            whole = _combined_dose(combo.name, {facts[k].name: facts[k].attributes.get("dose", "") for k in parts})
        for key in parts:
            f = facts[key]
            if not {e.segment_id for e in f.evidence} <= segs and not spelled:
                continue
            facts.pop(key)
            # one ingredient's strength is not the combination's dose when the whole one was read
            skip = ("dose", "strength") if whole else ()
            carried = {
                k: f.attributes[k]
                for k in _CARRIED
                if k in f.attributes and k not in combo.attributes and k not in skip
            }
            combo = combo.model_copy(
                update={"attributes": {**combo.attributes, **carried}, "evidence": [*combo.evidence, *f.evidence]}
            )
            facts[combo_key] = combo
        if whole:
            facts[combo_key] = combo.model_copy(update={"attributes": {**combo.attributes, "dose": whole}})
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
