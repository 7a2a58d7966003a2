"""Where an examination finding is: its body site and side, as said with it or carried from the exam.

A finding's own site comes first ("edema in the lower extremities", "an enlarged thyroid", "your lungs
are clear"); then the part the clinician said they are examining ("on your right ankle exam", "let me
listen to your heart and lungs"); then the organ the sign belongs to (a murmur is the heart's). The side
is the one said with the site, after the finding ("on the right hand side"), the examined limb's, or
the side the whole visit is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.clinical.exam_limbs import both_limbs
from engine.clinical.exam_narrow import aspect_site, narrowed
from engine.clinical.exam_site_names import LIMB_SITES, ORGAN, SITE_ADJECTIVES, side_word, site_name
from engine.clinical.exam_terms import FINDING, NORMAL_STATE, SIDE, SITE, SITE_AFTER, SITE_UNNAMED, STATE, STATES
from engine.clinical.sentences import Sentence

# What a clause examines: "on your right knee exam", "examination of your abdomen", "when I look at the
# knee", "listening to your lungs", "a focused exam of your left ankle".
_REGION = re.compile(
    r"\b(?:(?:on|for) (?:your |the |her |his |a )?(?:focused |quick |brief )?(?P<pre>(?:[a-z]+ ){1,4}?)"
    r"(?:exam|examination)|(?:exam|examination|examine|examining|look|looking|see|feel|feeling|listen|listening|"
    r"focus|press|pressing|palpate|palpating|check|checking|move|moving|tap|tapping|(?:let's|let me) do)(?: here)? "
    r"(?:at |to |of |on |over |in |into )?"
    r"(?:your |the |her |his |that |this )(?P<post>(?:[a-z]+ ){0,3}[a-z]+))\b"
)
# Footwear taken off opens a foot exam: "take your shoes and socks off", "let's get them boots off".
BARED_FEET = re.compile(
    r"\b(?:shoes?|socks?|boots?|sandals?|stockings?|slippers?)(?: and (?:your |the |them )?(?:socks?|stockings?))?"
    r"(?: off\b| come off\b)|\b(?:take|get|pull|slip) off (?:your |the |them |those )?(?:shoes?|socks?|boots?)\b"
)
# Adjectives that name the part examined: "on your abdominal exam", "cardiac exam".
_REGION_WORDS = {
    "abdominal": "abdomen",
    "cardiac": "heart",
    "cardiovascular": "heart",
    "lung": "lungs",
    "pulmonary": "lungs",
    "respiratory": "lungs",
    "chest": "chest",
    "neck": "neck",
    "skin": "skin",
    "breast": "breasts",
    "prostate": "prostate",
    "throat": "throat",
    "pelvic": "pelvis",
    "rectal": "rectum",
    "facial": "face",
    "nasal": "nose",
    "ear": "ears",
    "eye": "eyes",
    "heent": "head",
    "extremity": "extremities",
    "back": "back",
    "spine": "spine",
    "foot": "foot",
    "knee": "knee",
}
# A side said after the finding: "a carotid bruit on the right hand side", "crackles bilaterally".
_SIDE_AFTER = re.compile(
    r"^.{0,40}?\b(?:on|to|at|along|over|across|in) the (right|left)\b(?! (?:or|and) (?:the |on the )?(?:right|left)\b)|"
    # "no carotid bruits on the right or the left" is of both
    r"^.{0,40}?\b(bilaterally|(?:on |over |across |at |in )?both sides|in both \w+|on either side|"
    r"on the (?:right|left) (?:or|and) (?:the |on the )?(?:right|left))\b"
)
# A side said of the distant past is the history's, not the visit's: "a knee scope, right knee, ten years ago"
_LONG_AGO = re.compile(r"\b(?:years? ago|as a (?:kid|child|teenager)|in (?:high school|college))\b")
_SIDED_SITE = re.compile(r"\b(right|left) (?:(?:lateral|medial|upper|lower|middle|index|big) )?(\w+)\b")


@dataclass
class Where:
    """A site and its side, as said or carried."""

    site: str = ""
    side: str = ""


def visit_side(sentences: list[Sentence]) -> dict[str, str]:
    """The side the visit is about ("right" knee, "right" elbow) under "", and under each limb named with
    a side (``limb_key``) the side that limb is named with; "" when none or both.

    The patient names the side that hurts; the clinician also names the other one to compare. So a side
    only the patient ever names is the visit's; otherwise the one named at least twice as often."""
    said = [
        (m.group(1), s.segment.speaker == "patient", limb_key(m.group(2)))
        for s in sentences
        if not _LONG_AGO.search(s.low)
        for m in _SIDED_SITE.finditer(s.low)
        if LIMB_SITES.search(m.group(2))
    ]
    out = {key: _side_of([(side, p) for side, p, k in said if k == key]) for key in {k for *_, k in said}}
    out[""] = _side_of([(side, p) for side, p, _k in said])
    return both_limbs([s.low for s in sentences], {k for *_, k in said}) | out


def _side_of(said: list[tuple[str, bool]]) -> str:
    theirs = {side for side, by_patient in said if by_patient}
    if len(theirs) == 1:
        return theirs.pop()
    right, left = [side for side, _ in said].count("right"), [side for side, _ in said].count("left")
    return "right" if right > 2 * left else "left" if left > 2 * right else ""


def limb_key(site: str) -> str:
    """The limb a site names, as one word: "knees" and "the knee" are one, "feet" is "foot"."""
    word = site.split()[-1] if site.split() else ""
    word = "foot" if word == "feet" else word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return "hand" if word == "palm" else word  # the palm examined is the hand's side


def site_in(text: str, start: int = 0, end: int | None = None, *, last: bool = False) -> tuple[Where, int] | None:
    """The first (or last) site phrase in ``text[start:end]`` with the side said with it, and where it starts."""
    hits = list(SITE.finditer(text, start, len(text) if end is None else end))
    if not hits:
        return None
    m = hits[-1] if last else hits[0]
    site = m.group("site")
    return Where(site_name(site), side_word(m.group("side")) if m.group("side") else ""), m.start()


def region_of(clause: str) -> list[Where] | None:
    """The parts a clause says are being examined ("on your right knee exam", "listen to your heart and
    lungs"); an empty list for an exam of a part we cannot name ("on bimanual exam"); None for no header."""
    m = _REGION.search(clause)
    if not m:
        # "shoes and socks off for me": bared for a foot exam, both feet unless a side is said
        return [Where("feet", "")] if BARED_FEET.search(clause) else None
    words = (m.group("pre") or m.group("post") or "").strip()
    rest = clause[m.end() :]
    if m.group("pre") is not None and (of := re.match(r"\s+(?:of|on) (?:your |the |her |his )?(.+)", rest)):
        words = of.group(1)  # "for your neurovascular exam of your right foot"
    if m.group("post") and (more := re.match(r"\s+and (?:your |the |her |his )?((?:[a-z]+ ){0,2}?[a-z]+)", rest)):
        words += " and " + more.group(1)  # "your heart and lungs"
    out = [w for w, _ in (site_in(p) or (None, 0) for p in words.split(" and ")) if w]
    if not out:
        named = next((v for w, v in _REGION_WORDS.items() if re.search(rf"\b{w}\b", words)), "")
        if not named:
            return [] if m.group("pre") else None
        out = [Where(named, "")]
    side = SIDE.search(words)
    for w in out:
        w.side = w.side or (side_word(side.group(1)) if side else "")
    return out


def site_only(clause: str) -> Where | None:
    """The part a clause with no finding in it names: "on that right shoulder", "your right knee does show",
    "the big toe joint on the left" (its side said after it)."""
    found = site_in(clause, last=True)
    part = SITE.match(clause, found[1]) if found else None
    if found and part and not found[0].side and (after := _SIDE_OF_PART.match(clause, part.end())):
        return Where(found[0].site, after.group(1))
    return found[0] if found else None


# the side said right after a part named alone: "the big toe joint on the left, the first mtp, ..."
_SIDE_OF_PART = re.compile(r"\s+(?:on|of) (?:the |your |his |her )?(right|left)(?: side| hand side| one)?\b(?! of)")


_ADJ = re.compile(r"\b(" + "|".join(SITE_ADJECTIVES) + r")\b")


def finding_site(
    clause: str, a: int, b: int, subject: list[Where] | None, taken: set[int] | None = None
) -> tuple[list[Where] | None, str]:
    """The site said with a finding, and how: inside it ("lower extremity edema"), right after it
    ("tenderness over the lateral epicondyle"), as the subject of its clause ("your lungs are clear"), just
    after it with no word between ("an enlarged thyroid"), or just before it in the clause. ``taken`` holds
    where the sites said after earlier findings start: "tenderness along the joint line, a small effusion"
    does not put the effusion on the joint line."""
    taken = set() if taken is None else taken
    inside = site_in(clause, a, b)
    # "tender lymph nodes", "tight muscles over the trapezius" are found, not where ("pulling in under the ribs"
    # is a retraction of the chest)
    if inside and not inside[0].site.endswith(("nodes", "ribs")) and inside[0].site not in ("muscle", "muscles"):
        return [inside[0]], "inside"
    if adj := _ADJ.search(clause, a, b):
        return [Where(SITE_ADJECTIVES[adj.group(1)], "")], "inside"
    after = SITE_AFTER.match(clause, b)
    found = SITE.match(clause, after.end()) if after else None
    if found:
        site, side = found.group("site"), found.group("side") or ""
        aspect = after.group("aspect") or ""
        if aspect in ("right", "left"):  # "on the right side of your neck", "the right lower part of"
            side, aspect = side or aspect, after.group("aspect2") or ""
        # "over the medial joint line of the left knee", "at the big toe on both feet": the part's side
        if not side and (
            of := re.match(r"\s+(?:of|on) (?:the |your |her |his )?(right|left|both) ", clause[found.end() :])
        ):
            side = of.group(1)
        if not side and re.search(r"\bboth\b", after.group()):
            side = "both"  # "over both maxillary sinuses"
        taken.add(found.start())
        first = Where(narrowed(clause, found.end(), site_name(site, aspect)), side_word(side) if side else "")
        return _joined(first, _also_site(clause, found.end())), "after"
    if place := aspect_site(clause, b):
        return [Where(place, "")], "after"
    if subject:
        return subject, "subject"
    # a part said right after, with no word between, unless it starts the next finding ("no nodules skin is dry")
    at = b + len(clause[b:]) - len(clause[b:].lstrip())
    if at > b and (bare := SITE.match(clause, at)) and not starts_clause(clause, at):
        taken.add(at)
        side = bare.group("side")
        return [Where(site_name(bare.group("site")), side_word(side) if side else "")], "after"
    before = site_in(clause, 0, a, last=True)
    if before and a - before[1] < 60 and before[1] not in taken:
        where = before[0]
        if not where.side:  # "right lumbar spine ... in the paraspinal muscles": a side just before
            side = SIDE.search(clause, max(0, before[1] - 14), before[1])
            where.side = side_word(side.group(1)) if side else ""
        return [where], "before"
    return None, ""


# "no swelling of the lips or tongue", "wheals across your tummy and on both forearms": a second part the
# finding is on (not the subject of what follows: "tender over the knee and the ankle is swollen")
_ALSO_PART = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:(?:also )?(?:on|in|of|over|across|at|around) )?(?:the |your |her |his |both |either )?"
)
_NEXT_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|looks?|sounds?|seems?|feels?|shows?)\b|'s\b")


def _also_site(clause: str, at: int) -> list[Where]:
    """The part named second after a finding's own part, joined by "and" or "or", if any."""
    joined = _ALSO_PART.match(clause, at)
    part = SITE.match(clause, joined.end()) if joined else None
    if not part or _NEXT_VERB.match(clause, part.end()):
        return []
    side = part.group("side") or ("both" if re.search(r"\bboth\b", joined.group()) else "")
    return [Where(site_name(part.group("site")), side_word(side) if side else "")]


def _joined(first: Where, more: list[Where]) -> list[Where]:
    """One finding on two parts on the same side is one line of a note ("5 out of 5 at both hips and knees",
    "no tenderness of that foot or ankle"); on two sides it is one per side."""
    if not more:
        return [first]
    second = more[0]
    if second.side in ("", first.side):
        return [Where(f"{first.site} and {second.site}", first.side)]
    return [first, second]


# A part that is the subject of what follows: "skin is dry", "lungs have a few wheezes", "neck supple".
_SUBJECT_VERB = re.compile(
    rf"(?:{SITE.pattern})\s+(?:is|are|was|were|has|have|looks?|sounds?|seems?|feels?|shows?|isn't|aren't)\b"
)


def clause_subject(clause: str) -> Where | None:
    """The part a clause opens with as its subject: "the left lung has some wheezes" (what its findings said
    next in the breath are of: "... but no crackles")."""
    at = re.match(r"\W*(?:and |but )?(?:the |your |her |his )?", clause).end()
    m = _SUBJECT_VERB.match(clause, at)
    if not m or not (part := SITE.match(clause, at)):
        return None
    side = part.group("side")
    return Where(site_name(part.group("site")), side_word(side) if side else "")


# A part said as a heading, then what it has not or its state: "extremities no edema", "membranes moist".
_UNNAMED = SITE_UNNAMED
# ... or a sided part "with" what it has: "right ankle without tenderness left ankle with tenderness".
_HEADER = re.compile(rf"(?:{SITE.pattern})\s+(?:no|without|{STATES})\b|(?=(?:right|left) )(?:{_UNNAMED})\s+with\b")


def starts_clause(clause: str, pos: int) -> bool:
    """Whether the part named at ``pos`` opens a new statement about itself rather than ending the last."""
    return bool(
        _SUBJECT_VERB.match(clause, pos)
        or _HEADER.match(clause, pos)
        or STATE.match(clause, pos)
        or _GRADED_FUNCTION.match(clause, pos)
    )


# A function and its grade, dictated without a verb: "... intact strength five out of five ...".
_GRADED_FUNCTION = re.compile(r"(?:grip )?strength \d out of \d|(?:(?:knee|ankle) )?reflexes (?:\d plus|symmetric)")


# Findings about the whole patient, which no side is ever of.
WHOLE_BODY = re.compile(
    r"\b(?:distress|jaundice|cyanosis|afebrile|mood|affect|thought process|alert and oriented|gait|cranial nerves|"
    # the whole person as they seem (exam_mind): never the side a visit is about
    r"alert|oriented|playful|tearful|appears anxious|agitated|restless|withdrawn|fidgeting|drowsy|lethargic|confused)\b"
)
# Functions tested in the limbs: never of the neck or the heart being examined when they are said.
_LIMB_FUNCTION = re.compile(r"\b(?:reflexes|strength|sensation)\b")


# Parts with no left and right: a side carried from the region examined never lands on them.
MIDLINE = re.compile(
    r"\b(?:heart|lungs?|abdomen|neck|thyroid|chest|back|spine|throat|nose|pelvis|rectum|prostate|cervix|uterus|"
    r"vagina|vaginal vault|labia|sternum|head|face|scalp|skin|epigastri\w+|tongue|mouth|uvula|suprapubic area)$"
)


# Parts examined by listening: what is found there is a sound or a normal state, never the strength
# or the Tinel's sign tested next in the same breath.
LISTENED = frozenset(["heart", "lungs", "chest"])


def fits(name: str, organ: str, site: str) -> bool:
    """Whether a finding with no site of its own can be of the region being examined."""
    if WHOLE_BODY.search(name) or (_LIMB_FUNCTION.search(name) and MIDLINE.search(site) and "spine" not in site):
        return False  # the mood is the patient's; "reflexes are normal" while feeling the neck are not the neck's
    if organ == "lungs" and site == "chest":
        return True  # "chest is clear, no wheeze": the chest listened to is where the lung sounds are
    if organ:  # a murmur is the heart's whatever else is being examined; crackles may be "at the bases"
        # ("at the right base", "the left lung" are of the lungs: the organ's stem, not its plural)
        return organ.removesuffix("s") in site or site in organ
    return site not in LISTENED or name in NORMAL_STATE or name.startswith("normal")


def organ_of(name: str) -> str:
    """The organ a sign belongs to whatever part is named ("murmur" -> heart), or ""."""
    return next((o for p, o in ORGAN if p.search(name)), "")


def side_after(clause: str, b: int) -> str:
    """A side said shortly after the finding ending at ``b``: "on the right hand side", "bilaterally"."""
    m = _SIDE_AFTER.match(clause[b:])
    if not m:
        return ""
    said = next(g for g in m.groups() if g)
    return "bilateral" if re.search(r"both|either|bilateral| (?:or|and) ", said) else said


# A side that places the whole clause, said first: "on the right side at the bottom I can hear crackles",
# "over on the left, a few wheezes" (not the side of a part: "on the right side of the neck")
SIDE_LEAD = re.compile(
    r"^\W*(?:(?:so|and|now|okay|then|but),? )*"
    # where on the part first, then its side: "at the bottom on the right", "down at the base on the left"
    r"(?:(?:down |up )?(?:at|in|near) the (?:very )?(?:bottom|base|top)s? )?"
    r"(?:over )?(?:on|over|at|in|along|across) (?:the |your |his |her )?"
    r"(right|left)(?: hand)?(?: side)?\b(?! (?:of|and|or)\b)"
)


def side_before(clause: str, a: int) -> str:
    """A side word right before the finding ("bilateral positive Tinel's sign"), or the side the clause is
    placed on before it ("on the right side at the bottom I hear crackles")."""
    m = re.search(r"\b(right|left|bilateral|both)\s+(?:\w+\s+)?$", clause[max(0, a - 16) : a])
    if m:
        return side_word(m.group(1))
    # the side said before a list of signs is each one's: "bilateral erythema and edema of the tonsils"
    # (a sign, not a part: "swelling over the left knee and tenderness at the hip" says nothing of the hip)
    m = re.search(r"\b(bilateral|right|left)\s+([a-z]+)\s+(?:and|or)\s+$", clause[max(0, a - 40) : a])
    if m and FINDING.fullmatch(m.group(2)):
        return side_word(m.group(1))
    lead = SIDE_LEAD.match(clause[:a])
    return lead.group(1) if lead else ""


# A note writes the limbs in the plural ("edema of the lower extremities").
PLURAL = {"lower extremity": "lower extremities", "upper extremity": "upper extremities"}


# "and so does the left", "the left knee is too", "and the left is the same": the findings just said, on the
# other side
SAME_OTHER = re.compile(
    # (not a part trailed off or headed, "Left ear...", "Left foot:": what is found on it comes next)
    r"^(?!.*(?:\.\.|\u2026|:)\s*$)\W*(?:and |but )?"
    r"(?:so (?:does|is|has|do|are) |(?:it's |it is )?(?:the )?same (?:on|for|with) )?"
    r"(?:the |your |her |his )?(right|left)(?: one| side| \w+)??"
    r"(?:\W*$| (?:is|does|has|looks?|are|do) (?:too|as well|also|the same|similar)\W*$| too\W*$| as well\W*$|"
    r" (?:is |looks? )?(?:just )?(?:the same|similar|likewise)\W*$)"
)


BARE_LINK = re.compile(r"\W*(?:and|but|also|then)?\W*")

# "..., the right has fluid", "Left is normal.": a side said alone is of the part just named.
OTHER_SIDE = re.compile(
    r"^\W*(?:and |but |while |whereas )?(?:the |your |her |his )?(right|left)(?: one| 1| side)?"
    r"(?='s| is| are| was| has| had| shows?| looks?| seems?| appears?| with\b| without\b)"
)
