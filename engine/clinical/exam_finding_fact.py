"""One exam finding written as a fact: its side (said with the site, after or before the finding, the
examined limb's, both for paired parts said in the plural, or the visit's), its label and polarity, and the
same findings again on one more part ("... and on both forearms").

``exam_facts`` decides which part each finding of a clause is of; this module writes the fact.
"""

from __future__ import annotations

import re

from engine.clinical.exam_limbs import same_limb, skin_limb
from engine.clinical.exam_part_signs import sign_on
from engine.clinical.exam_site_names import LIMB_PART, LIMB_SITES, PAIRED_PLURAL, side_word, site_name
from engine.clinical.exam_sites import (
    MIDLINE,
    PLURAL,
    WHOLE_BODY,
    Where,
    limb_key,
    organ_of,
    side_after,
    side_before,
)
from engine.clinical.exam_terms import NORMAL_STATE, SITE, STATES
from engine.types import Fact, FactKind

# A quarter of the belly said in everyday words: "the upper right part", "down low on the left side".
_QUADRANT = re.compile(
    r"\b(upper|lower)(?: part| side| area)?(?: (?:of|on) the)? (right|left)\b|\b(right|left)(?: side)? (upper|lower)\b|"
    r"\b(right|left)(?: side)?,? down low\b|\bdown low on the (right|left)\b"
)


def _quadrant(clause: str) -> tuple[str, str] | None:
    """(quadrant, side) of the belly a clause names in everyday words, or None."""
    m = _QUADRANT.search(clause)
    if not m:
        return None
    words = [g for g in m.groups() if g]
    side = next(w for w in words if w in ("right", "left"))
    level = next((w for w in words if w in ("upper", "lower")), "lower")  # "down low"
    return f"{side} {level} quadrant", side


# Findings listed together, which a side said after the last is of: "crackles and wheezes on the right".
# A paired part said in the singular ("either foot", "each ankle"), and its plural.
_PAIRED_ONE = re.compile(
    r"\b(?:foot|leg|ankle|knee|hip|hand|wrist|elbow|shoulder|arm|eye|ear|calf|thigh|toe|tympanic membrane|"
    r"breast|lung|tonsil|forearm|heel|toenail)$"
)
_PLURALS = {"foot": "feet", "calf": "calves"}
# Both legs, where a note's normal exam says "no edema".
_DEPENDENT = re.compile(r"\b(?:legs|ankles|feet|lower extremities|calves|lower legs)$")


# Findings said as adjectives: denied, they are "not enlarged", not "no enlarged".
_ADJECTIVE = re.compile(
    r"^(?:enlarged|distended|irregular|weak|decreased|diminished|reduced|limited|restricted|swollen|tender|red|"
    r"warm|inflamed|bulging|dry|pale)\b"
)


# A state that compares the two sides.
_BOTH_SIDES = re.compile(r"\b(?:symmetric(?:al)?(?:ally)?|equal(?:ly)?)\b")


# A state said of a part ("intact", "dry", "normal"), not a sign found on it ("ulcers", "a callus").
_STATE_WORD = re.compile(STATES)


# Pain brought on by pressing, said after the part: "pain to your right upper quadrant when i press on it".
_PRESSED = re.compile(r"[^,.;]{0,60}?\bwhen i (?:press|push|palpate|touch|tap)")


# Where anaemia's pallor is looked for: the inner eyelids (the conjunctiva), "the eyes look pale".
_PALE_LIDS = re.compile(r"\b(?:eyelids?|eyes?|conjunctivae?)$")


# Organs felt for in the abdomen: found only when enlarged, unlike a pulse.
_FELT_FOR = re.compile(r"(?:liver|spleen|kidneys?|bladder)$")


def make_fact(s, offset, clause, a, b, name, negated, normal_name, where, region, visit) -> Fact:
    """One finding as a fact: its side (said with the site, after or before the finding, the examined
    limb's, both for paired parts said in the plural, or the visit's), its label and polarity."""
    side = where.side or side_after(clause, b) or side_before(clause, a)
    skin_state = False  # a state of the skin, charted on the line of the limb it is on
    if not side and where.site and any(w.site == where.site for w in region):
        side = next(w.side for w in region if w.site == where.site)
    # "a focused exam of your right ankle ... tenderness of the anterior soft tissue": a part examined
    # within a limb is on that limb's side (another limb named is not: it takes the visit's side below).
    if (
        not side
        and where.site
        and not MIDLINE.search(where.site)
        and (not LIMB_SITES.search(where.site) or LIMB_PART.search(where.site))
    ):
        side = next((w.side for w in region if w.side and not MIDLINE.search(w.site)), "")
    if not side and where.site:
        # "let me look at your left forearm ... full range of motion in the fingers and the wrist": a part
        # further out on the limb examined is on its side
        # (a part only named with a side elsewhere in the visit takes none: "right knee tender. The ankle
        # looks normal." does not say which ankle)
        limb = {w.side for w in region if w.side in ("right", "left") and same_limb(w.site, where.site)}
        side = limb.pop() if len(limb) == 1 else ""
    if not side and where.site and PAIRED_PLURAL.search(where.site):
        side = "bilateral"
    if not side and organ_of(name) == "eyes":
        side = "bilateral"  # "eye movements full": the eyes move together, whichever eye the visit is about
    if where.site == "skin" and (limb := skin_limb(region)):
        # "let me see your feet ... skin is intact, no ulcers": the skin of the limb examined, charted on the
        # limb's line ("Feet: skin intact, no ulcers"); a state of it says it is the skin's
        where, side = Where(limb[0], side or limb[1]), side or limb[1]
        skin_state = bool(_STATE_WORD.fullmatch(name))
    if not side and not MIDLINE.search(where.site) and _BOTH_SIDES.search(clause, a, b):
        side = "bilateral"  # "reflexes are normal and symmetric": said of both sides
    # A limb examined with no side said is on the side that limb is named with in the visit ("the ankle"
    # in a visit about the right knee has no side); a part within a limb, or a finding with no part named
    # in a visit about one limb, is on the side the visit is about.
    if not side and where.site and LIMB_SITES.search(where.site):
        side = visit.get("" if LIMB_PART.search(where.site) else limb_key(where.site), "")
    elif not side and not where.site and not organ_of(name) and not any(MIDLINE.search(w.site) for w in region):
        side = visit.get("", "")
    if where.site == "heart" or WHOLE_BODY.search(name):
        side = ""  # "a murmur heard at the left base" is the heart's, which has no side
    site = PLURAL.get(where.site, where.site)
    if re.fullmatch(r"(?:upper|lower) quadrant", site) and side in ("right", "left"):
        site = f"{side} {site}"  # "your right upper quadrant": the quadrant's name holds its side
    if name == "pain" and _PRESSED.match(clause, b):
        name = "tenderness"  # "some pain in your right upper quadrant when I press on it": pain pressed is tenderness
    if site == "abdomen" and (quadrant := _quadrant(clause[a:])):
        site, side = quadrant  # "tender in the upper right part of your belly": the right upper quadrant
    if side == "bilateral" and (one := _PAIRED_ONE.search(site)):
        # "no ulcers on either foot": a note writes both feet
        site = site[: one.start()] + _PLURALS.get(one.group(), one.group() + "s")
    if negated and side == "bilateral" and _DEPENDENT.search(site):
        # "no swelling in your legs" is the note's "no edema" (swelling seen is charted as said)
        name = re.sub(r"\bswelling\b", "edema", name)
    if site == "neck" and name == "soft":
        name = "supple"  # a neck that is "soft" to move is what a note calls supple
    name = sign_on(name, site)  # "no fluid in the belly" is no ascites
    if name == "pale" and _PALE_LIDS.search(site):
        # pale inside the eyelids: the conjunctival pallor of anaemia, a sign of the whole patient (no side)
        name, site, side = "pallor", "conjunctiva", ""
    if name == "running":
        name, site = "rhinorrhea", "nose"  # a nose seen running, as a note writes it
    if site and re.search(rf"\b{re.escape(site.removesuffix('s'))}s?\b", name):
        site = ""  # "carotid bruit", "pursed-lip breathing": the site is in the name already
    label = (f"not {name}" if normal_name or _ADJECTIVE.match(name) else f"no {name}") if negated else name
    if skin_state:  # "skin intact", "skin not intact", "dry skin"
        label = f"skin {label}" if negated or name in NORMAL_STATE else f"{label} skin"
    normal = (negated and not normal_name) or (normal_name and not negated)
    if name == "palpable" and _FELT_FOR.match(site):
        normal = negated  # a pulse felt is normal, a liver or spleen felt is enlarged
    attributes = {"site": site, "laterality": side, "normal": "yes" if normal else "no"}
    if grade := re.search(r"\b(\d) (?:out of|over|/) ?(\d)\b", clause[a:b]):
        attributes["grade"] = f"{grade.group(1)}/{grade.group(2)}"  # "3 out of 6": the murmur's grade
    return Fact(
        kind=FactKind.exam,
        name=label,
        attributes=attributes,
        evidence=s.evidence(offset + a, offset + b),
    )


# Parts seen inside another that has the side: "the right ear ... the drum is bulging" is the right drum.
_WHOLE_OF = {"tympanic membrane": "ear", "ear canal": "ear", "canal": "ear", "pupil": "eye", "conjunctiva": "eye"}


def side_of_whole(clause: str, a: int, site: str, last: list[Where]) -> str:
    """The side of the part a site lies within, said before it in the clause or named just before."""
    whole = _WHOLE_OF.get(site)
    if not whole:
        return ""
    said = re.findall(rf"\b(right|left) {whole}s?\b", clause[:a])
    if said:
        return said[-1]
    return next((w.side for w in last if w.site == whole and w.side in ("right", "left")), "")


# "... and on both forearms": a clause that only names one more part the findings just said are on
ALSO_THERE = re.compile(
    r"\W*(?:and|or) (?:also )?(?:on|in|over|across|at|around|of) (?:the |your |her |his )?()(?:"
    + re.sub(r"\?P<\w+>", "?:", SITE.pattern)
    + r")\W*"
)


def on_more_part(s, a: int, clause: str, at: int, found: list[Fact], region, visit) -> list[Fact]:
    """The findings just said, again on the part a clause like "and on both forearms" names at ``at``."""
    part = SITE.search(clause, at)
    where = Where(site_name(part.group("site")), side_word(part.group("side")) if part.group("side") else "")
    out = []
    for f in found:
        placed = make_fact(s, a, clause, 0, 0, f.name, False, False, where, region, visit).attributes
        attrs = f.attributes | {"site": placed["site"], "laterality": placed["laterality"]}
        ev = f.evidence + s.evidence(a + part.start(), a + part.end())
        out.append(f.model_copy(update={"attributes": attrs, "evidence": ev}))
    return out
