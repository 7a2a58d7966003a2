"""A finding's site narrowed just after the part: "pain to palpation of the right lumbar spine, uh, in the
paraspinal muscles" is the lumbar paraspinal muscles; "tender on the inner side, here, the joint line" is
the medial joint line.

Speakers name the part first and then point at the place within it; a note keeps the narrower place.
"""

from __future__ import annotations

import re

from engine.clinical.exam_site_names import ASPECTS, site_name
from engine.clinical.exam_terms import SITE

# Places within a part (never a second part of their own): the narrowing is only to one of these, so
# "tender over the knee, in the hip too" stays the knee.
_WITHIN = re.compile(
    r"(?:(?:\w+ )*)(?:paraspinal muscles|paraspinals|joint line|malleolus|epicondyle|soft tissue|"
    r"peritonsillar (?:space|area|region)|(?:upper|lower) (?:right|left) quadrant|quadrant|tendon|ligament|"
    r"tuberosity|bursa|trochanter)$"
)
# ", uh, in the", ", here, the", "- along the": the pause, then the place pointed at
_THEN = re.compile(
    r"\s*,?\s*(?:(?:uh|um|here|there|just|right)\s*,?\s*)*(?:(?:in|on|over|at|along|around) )?"
    r"(?:the |your |her |his )"
)
# "on the inner side", "on the outside": the aspect said before the place it is of
_ASPECT_SIDE = re.compile(
    r"\s+(?:on|at|over|along) (?:the |your )?(?P<aspect>inner|outer|inside|outside|medial|lateral|front|back)"
    r"(?: side| aspect| part)?"
)
_ASPECT_WORDS = {"inner": "medial", "outer": "lateral", "back": "posterior", **ASPECTS}


# the place is the subject of a clause of its own: "tender over the knee, the joint line is fine"
# ... or has a side of its own after it ("in the paraspinal muscles on the left"): perhaps another side than
# the part's, so the part is kept as said
_SIDE_AFTER = re.compile(r"\s+(?:on|of) (?:the |your )?(?:right|left|both|either)\b")
_OWN_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|looks?|seems?|feels?)\b|'s\b")


def _pointed(clause: str, end: int) -> re.Match[str] | None:
    then = _THEN.match(clause, end)
    part = SITE.match(clause, then.end()) if then and then.end() > end else None
    if not part or part.group("side") or not _WITHIN.search(part.group("site")):
        return None
    return None if _OWN_VERB.match(clause, part.end()) or _SIDE_AFTER.match(clause, part.end()) else part


def points_within(clause: str, at: int) -> bool:
    """Whether a pause at ``at`` is followed by a place within the part just said (", uh, in the
    paraspinal muscles"): the clause goes on through the pause."""
    return _pointed(clause, at) is not None


def narrowed(clause: str, end: int, site: str) -> str:
    """The narrower place pointed at right after a finding's site ending at ``end``, keeping the part's
    own modifiers ("lumbar"); the site unchanged when none is pointed at."""
    part = _pointed(clause, end)
    if not part:
        return site
    place = site_name(part.group("site"))
    mods = site.split()[:-1] if len(site.split()) > 1 else []
    extra = [w for w in mods if w not in place.split() and w not in ("spine", "back")]
    return " ".join([*extra, place])


def aspect_site(clause: str, b: int) -> str:
    """The place said as an aspect, then pointed at: "tender on the inner side, here, the joint line" is the
    medial joint line; empty when the clause does not say it that way."""
    said = _ASPECT_SIDE.match(clause, b)
    if not said:
        return ""
    part = _pointed(clause, said.end())
    if not part:
        return ""
    place = site_name(part.group("site"))
    aspect = _ASPECT_WORDS.get(said.group("aspect"), "")
    return f"{aspect} {place}" if aspect and aspect not in place else place
