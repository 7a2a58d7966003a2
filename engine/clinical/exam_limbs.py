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


def _rank(site: str) -> tuple[int, int] | None:
    """(limb, how far out) of a part of one limb; "fingers and wrist" is ranked by its first part."""
    first = re.split(r" and (?:the )?", site)[0]
    return next(
        ((n, k) for n, limb in enumerate(_LIMBS) for k, parts in enumerate(limb) if re.fullmatch(parts, first)),
        None,
    )


def same_limb(examined: str, site: str) -> bool:
    """Whether ``site`` lies further out on the one arm or leg ``examined``: the fingers and wrist of the
    left forearm examined, the foot and calf of the right knee (not the whole leg, nor the hip above it)."""
    a, b = _rank(examined), _rank(site)
    return bool(a and b and a[0] == b[0] and b[1] > a[1])
