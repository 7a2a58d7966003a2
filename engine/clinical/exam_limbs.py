"""Where a part lies on a limb: the arm and the leg from the trunk out, so that a part further out on the
limb examined takes its side ("let me look at your left forearm ... full range of motion in the fingers")."""

from __future__ import annotations

import re

# The parts of one arm and of one leg, from the trunk out. Digits are named in the plural of one hand or foot
# ("the fingers"); "arm" and "leg" are the whole limb.
_LIMBS = (
    [
        r"shoulder",
        r"upper arm|humerus",
        r"elbow|epicondyle",
        r"forearm",
        r"wrist",
        r"hand|palm|knuckles?|(?:\w+ )?(?:mcp|metacarpophalangeal) joints?",
        r"thumb|fingers?|fingernails?|(?:\w+ )?(?:pip|dip) joints?",
    ],
    [
        r"hip|trochanter",
        r"thigh",
        r"knee|kneecap|patella|joint line",
        r"lower leg|shin|calf|tibia|fibula",
        r"ankle|malleolus",
        r"foot|heel|sole|midfoot|metatarsals?",
        r"toes?|big toe|great toe|toenails?|(?:\w+ )?(?:mtp|metatarsophalangeal) joints?",
    ],
)


# Where on a part, said before it: "the front of the shin" is the anterior shin, still the shin's rank.
_ASPECT = re.compile(
    r"^(?:(?:anterior|posterior|medial|lateral|dorsal|plantar|palmar|volar|inner|outer|proximal|distal|front|back)"
    r"(?: of(?: the)?)? )+"
)
# The whole limb, or its lower or upper part, holds every part of that limb ranked from it on: "the left
# leg ... redness over the shin", "on the left lower leg ... the calf is soft".
_WHOLE = {"arm": (0, 0), "upper limb": (0, 0), "leg": (1, 0), "lower limb": (1, 0)}


def _rank(site: str) -> tuple[int, int] | None:
    """(limb, how far out) of a part of one limb; "fingers and wrist" is ranked by its first part."""
    first = _ASPECT.sub("", re.split(r" and (?:the )?", site)[0])
    return next(
        ((n, k) for n, limb in enumerate(_LIMBS) for k, parts in enumerate(limb) if re.fullmatch(parts, first)),
        None,
    )


def same_limb(examined: str, site: str) -> bool:
    """Whether ``site`` lies further out on the one arm or leg ``examined``: the fingers and wrist of the
    left forearm examined, the foot and calf of the right knee (not the whole leg, nor the hip above it)."""
    a, b = _rank(examined), _rank(site)
    whole = _WHOLE.get(_ASPECT.sub("", examined))
    if whole and b:
        return whole[0] == b[0]
    if a and b and a == b:
        # within one rank, the larger part holds the smaller: the lower leg holds the shin and the calf
        return _ASPECT.sub("", examined) in ("lower leg", "hand", "foot") and _ASPECT.sub("", site) != _ASPECT.sub(
            "", examined
        )
    return bool(a and b and a[0] == b[0] and b[1] > a[1])


# A clause that only places what follows: "so on the left lower leg | there's a patch of redness".
_PLACE = re.compile(r"^\W*(?:(?:so|and|now|okay|then),? )*(?:on|over|along|across|at) ")


def limb_placed(clause: str, site: str) -> bool:
    """Whether a clause that names no finding places the exam on one part of a limb ("on the left lower leg",
    "over your right forearm"): the findings said after it, in this sentence and the next, are on that limb
    as if it had been named as the part examined."""
    part = _ASPECT.sub("", site)
    return bool(_PLACE.match(clause)) and (part in _WHOLE or _rank(part) is not None)


def skin_limb(region: list) -> tuple[str, str] | None:
    """The limb whose skin is looked at when the part examined is one limb or a pair of them, with its side:
    the skin of "your feet" is both feet's, of "the left shin" the left's. A note writes it on the limb's line
    ("Feet: skin intact, no ulcers"): (site, side), or None for any other region (the whole skin, the face,
    the back)."""
    limbs = [
        w for w in region if _rank(_ASPECT.sub("", w.site).removesuffix("s")) or w.site in _WHOLE or w.site in _PAIRS
    ]
    if len(limbs) != 1:
        return None
    w = limbs[0]
    return w.site, w.side or ("bilateral" if w.site in _PAIRS else "")


# Limbs named in the plural: both of them.
_PAIRS = frozenset("feet hands legs arms knees ankles shins calves toes fingers wrists elbows forearms".split())


# A pair of limbs named together: "it's in both knees", "both of your ankles", "pain in both hands".
_BOTH = re.compile(
    r"\bboth (?:of )?(?:your |my |the |his |her )?(knees|ankles|hips|shoulders|elbows|wrists|hands|feet)\b"
)


def both_limbs(texts: list[str], sided: set[str]) -> dict[str, str]:
    """The limbs a visit names as a pair ("it's in both knees") and never with one side (``sided``, as
    ``limb_key`` writes them), each as "bilateral": a knee examined in that visit is both knees."""
    keys = {("foot" if m.group(1) == "feet" else m.group(1)[:-1]) for t in texts for m in _BOTH.finditer(t)}
    return {k: "bilateral" for k in keys - sided}
