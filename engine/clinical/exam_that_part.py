"""A limb part pointed back to ("no breaks in the skin on that foot", "pulses are good in this hand"): the part
just examined, on the side it was examined on, although the visit names that limb on both sides."""

from __future__ import annotations

import re

from engine.clinical.exam_limbs import same_limb
from engine.clinical.exam_site_names import LIMB_SITES
from engine.types import Fact

_MOVED_ON = re.compile(r"\b(?:other|opposite|contralateral)\s+(?:one|side|\w+)\b")
_POINTED = r"\b(?:that|this|the same)\s+(?:(?:right|left)\s+)?"


def pointed_side(fact: Fact, clause: str, earlier: list[Fact], said_before: str = "") -> Fact:
    """``fact`` with the side of the part it points back to when its clause says "that <part>" and it has none:
    the side of the last finding charted on that part or on the limb around it; ``fact`` unchanged otherwise,
    and when ``said_before`` (the sentence before and this one up to the clause) moved to "the other foot"."""
    site = fact.attributes["site"]
    if fact.attributes["laterality"] or not site or not LIMB_SITES.search(site) or _MOVED_ON.search(said_before):
        return fact
    word = site.split()[-1]
    if not re.search(rf"{_POINTED}(?:\w+\s+)?{re.escape(word)}\b", clause):
        return fact
    for f in reversed(earlier):
        there, side = f.attributes["site"], f.attributes["laterality"]
        if side in ("right", "left") and there and (there == site or same_limb(site, there) or same_limb(there, site)):
            return fact.model_copy(update={"attributes": fact.attributes | {"laterality": side}})
    return fact
