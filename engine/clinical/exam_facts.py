"""The facts of the findings said in one clause: their sites, sides, names and polarity.

``exam_mentions`` reads which findings a clause says; this module decides, for each, which part it is of
(its own, one it shares with the findings listed with it, the part just named, the region examined or its
organ), whether it is denied, and writes it as a note would ("not enlarged", "no edema").
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.exam_finding_fact import make_fact, side_of_whole
from engine.clinical.exam_mentions import NEEDS_SITE
from engine.clinical.exam_site_names import LIMB_SITES
from engine.clinical.exam_sites import (
    LISTENED,
    Where,
    finding_site,
    fits,
    organ_of,
    side_after,
)
from engine.clinical.exam_terms import NORMAL_NAME, NORMAL_STATE
from engine.clinical.sentences import Sentence
from engine.types import Fact

_LISTED = re.compile(r"\W*(?:(?:and|or|nor)\W*)?(?:any |no )?")
# A clause that goes on about the part just named: "..., but no sores", "and no redness".
_GOES_ON = re.compile(r"^\W*(?P<joined>(?:but|and|with)\s+)?(?:no|without|not any)\b")


def _goes_on(low: str, offset: int, clause: str) -> bool:
    """Whether a clause is "but no ..." / "and no ..." (its "but" may have been cut off as a clause)."""
    m = _GOES_ON.match(clause)
    return bool(m) and bool(m.group("joined") or re.search(r"\b(?:but|and)\W*$", low[:offset]))


# What lies between a sign with its part said after it and a sign said "with" it ("... of the peritonsillar
# space with exudates"): the part, then "with", and nothing that ends the phrase.
_WITH_AFTER_PART = re.compile(r"[^,.;]{1,50}?\s(?:bilaterally\s)?with\s+(?:associated\s+|some\s+|an?\s+)*")
_PLACED_AFTER = re.compile(r"\s+(?:on|at|in|over) (?:the |your )?(?:right|left|both)\b")


# "No swelling there", "swelling of that area": the part just named.
_THERE = re.compile(
    r"\s+(?:right )?there\b|\s+(?:of|in|over|at|around) (?:that|this|the same) (?:area|spot|region)\b|"
    r"\s+(?:on|in|of|over|around) (?:them|it)\b"  # "I don't see any pus on them"
)
# "no surrounding redness": around what was just named (the ulcer), so on its part.
_AROUND = re.compile(r"\bsurrounding\s+$")
# A finding recalled from before, not found today: "the last time you were here you had some wheezing".
_RECALLED = re.compile(
    r"\b(?:last time|last visit|previous visit|at your last|previously|in the past|history of|"
    # "since you've had swelling in your legs before, I'll check": the history, not today's finding
    r"you(?:'ve| have) had|you've been having|"
    r"(?:doctor|cardiologist|specialist|surgeon|they|he|she) (?:mentioned|said|told you|noted|found|heard))\b"
)
# The examiner's own finding said after the recalled one: "..., I still hear a soft murmur".
_FOUND_NOW = re.compile(r"\bi (?:still |also |do |can |now )*(?:hear|see|feel|appreciate|note|notice)\b")
# ... or said right after the sign: "the swelling you had", "the rash she noticed".
_TOLD_AFTER = re.compile(
    r"\s*(?:that |which )?(?:you|she|he)(?:'ve| have)? (?:had|felt|noticed|mentioned|told me about|were having|saw)\b"
)
# What the patient noticed before the visit, told back: "the lump you felt last week".
_TOLD = re.compile(
    r"\b(?:you|she|he) (?:felt|noticed|mentioned|saw|told me|said|described|were saying|complained)\b|"
    r"(?<!than )(?<!since )\blast (?:week|month)\b"
)
# Where in the chest a lung sound is heard low down, said without the lung ("at the bottom on the right").
_LOW_DOWN = re.compile(
    r"\b(?:at|in|near|towards?|down) (?:the )?(?:very )?(bottoms|bases|bottom|base)\b(?! of (?!the lungs?))"
)
# A plural said of what was just heard: "those sound good", "they both sound clear".
_HEARD_ALL = re.compile(r"\b(?:those|these|they)(?: both| all)? (?:sound|sounded)(?: really| pretty| very)? $")


def clause_findings(
    s: Sentence,
    offset: int,
    clause: str,
    mentions: list,
    region: list[Where],
    visit: str,
    last: list[Where],
    near: list[Where],
) -> list[Fact]:
    """The facts of the findings said in one clause; ``last`` is the part named last, which "it" and
    "there" point back to; ``near`` the part this sentence last said a state of, which the findings listed
    after it are of ("thyroid is not enlarged, no nodules")."""
    if not mentions:
        return []
    contexts = assess(clause, [(a, b) for a, b, *_ in mentions])
    taken: set[int] = set()  # sites already said after a finding
    found = [finding_site(clause, a, b, subject, taken) for a, b, _n, _neg, subject in mentions]
    for i, (_a, b, _n, _neg, subject) in enumerate(mentions):
        if found[i][0] is None and (subject == [] or _THERE.match(clause, b) or _AROUND.search(clause, 0, _a)):
            # "an enlarged thyroid that's not tender", "and it is very tender", "no swelling there"
            before = next((f[0] for f in reversed(found[:i]) if f[0]), last)
            found[i] = (list(before), "subject") if before else found[i]
    heard = [Where(w.site, w.side) for w in region if w.site in LISTENED]
    for i, (a, _b, _n, _neg, _subject) in enumerate(mentions):
        if len(heard) > 1 and _HEARD_ALL.search(clause, 0, a) and all(w.site in LISTENED for w in found[i][0] or []):
            # "listen to your heart and lungs, those sound good": each part listened to, not the one named last
            found[i] = (list(heard), "subject")
    own = [sites for sites, _how in found]
    trailing = [how == "after" for _sites, how in found]
    # Findings listed together share the site said after the last: "no swelling or redness of the knee"
    # (not the one inside the last's name: "no JVD or carotid bruits" says nothing of where the JVD is).
    for i in range(len(mentions) - 2, -1, -1):
        gap = clause[mentions[i][1] : mentions[i + 1][0]]
        if (
            own[i] is None
            and trailing[i + 1]
            and re.fullmatch(r"\W*(?:and|or|nor|with)?\W*(?:any |some |no |an? )?", gap)
        ):
            own[i], trailing[i] = own[i + 1], True
    # A sign said "with" after another and its part is on that part: "erythema of the peritonsillar space with
    # exudates present", "edema of the turbinates with associated clear discharge".
    for i in range(1, len(mentions)):
        gap = clause[mentions[i - 1][1] : mentions[i][0]]
        # (not one placed after it: "with decreased breath sounds on the right lower side")
        said_after = _PLACED_AFTER.match(clause, mentions[i][1])
        if own[i] is None and own[i - 1] and trailing[i - 1] and _WITH_AFTER_PART.fullmatch(gap) and not said_after:
            own[i], trailing[i] = own[i - 1], True
    facts = []
    hows = ["after" if t else how for t, (_s, how) in zip(trailing, found, strict=True)]
    for (a, b, name, said_neg, _subject), ctx, sites, how in zip(mentions, contexts, own, hows, strict=True):
        # only the words just before the finding: an unpunctuated exam runs on past "that murmur we talked
        # about in the past" into "your lungs are clear", which is today's
        recalled = _RECALLED.search(s.low, max(0, offset + a - 60), offset + a)
        if recalled and _FOUND_NOW.search(s.low, recalled.end(), offset + a):
            recalled = None  # "your cardiologist heard a murmur last year, I still hear a soft murmur"
        # (what the patient told is often cut off as a clause before: "you told me | the wheezing is worse")
        told = (
            _TOLD.search(clause)
            or _TOLD.search(s.low, max(0, offset + a - 40), offset + a)
            or _TOLD_AFTER.match(s.low, offset + b)  # "the swelling you had last month is gone"
        )
        if ctx.hypothetical or ctx.family or recalled or told:
            continue
        if ctx.historical and not re.search(r"scar|incision|healed", name):
            continue  # "your cardiologist mentioned a murmur last year": not found today
        if name == "pain" and not sites:
            continue  # "pain" alone is the patient's word; on exam it is pain somewhere
        normal_name = bool(NORMAL_NAME.match(name)) or name in NORMAL_STATE
        # ConText reads "I don't appreciate any laxity", "there isn't any rebound"; a normal state is
        # only denied when said so right before it ("not clear"), never by a "no" further back.
        # a measured grade ("reflexes are 2 plus") is a value, which no "no" further back can deny
        negated = said_neg or (
            ctx.negated
            and not re.match(r"(?:positive|negative) ", name)  # a test's result says its own polarity
            and not normal_name
            and not re.search(r"\d", name)
            and not _denies_other(clause, a)
            # "no nasal flaring, mild retractions": a degree said of it says it is there
            and not _has_degree(s.low, offset + a, name)
        )
        organ = organ_of(name)
        if sites and organ and how == "before" and not any(fits(name, organ, w.site) for w in sites):
            sites = None  # "edema up to the knees jvp is elevated": a part said before is not the neck's
        if sites and organ and how not in ("inside", "subject") and not any(fits(name, organ, w.site) for w in sites):
            # "regular rate, rhythm, 2+ radial pulse, no bruising in the palm": a dictated list's last part is
            # not where the heart's rhythm or the radial pulse is
            sites = None
        if sites and organ and all(w.site in LISTENED and not fits(name, organ, w.site) for w in sites):
            sites = None  # "no wheezes ... your heart": a lung sound is the lungs' whatever is named next
        if not sites:
            fitting = [Where(w.site, w.side) for w in near if fits(name, organ, w.site)]
            if not fitting and _goes_on(s.low, offset, clause):
                # "a callus on your right big toe, but no sores": of the part just named
                fitting = [Where(w.site, w.side) for w in last if fits(name, organ, w.site)]
            if not fitting and not organ and _limb_after_trunk(last, region) and not side_after(clause, b):
                # "on your abdominal exam ... your right knee does show an effusion and there's some pain to
                # palpation": of the limb named last in the sentence, not the belly examined before it
                fitting = [Where(w.site, w.side) for w in last]
            sites = (
                fitting or [Where(w.site, w.side) for w in region if fits(name, organ, w.site)] or [Where(organ, "")]
            )
            if organ == "lungs" and (low := _LOW_DOWN.search(clause)):
                # "crackles at the bottom on the right", "no crackles at the bases": the lung's base(s)
                base = "lung bases" if low.group(1).endswith("s") else "lung base"
                sites = [Where(base, w.side) if w.site in ("lungs", "lung", "chest") else w for w in sites]
        for where in sites:
            if name in NEEDS_SITE and not where.site:
                continue  # "that's normal", "everything's intact": no part named
            if not where.side and (side := side_of_whole(clause, a, where.site, last)):
                where = Where(where.site, side)
            # a side said after the next finding is that finding's: "swollen, with some pus on the right one"
            # (not one listed with it: "crackles and wheezes on the right" are both on the right)
            upto = next((m[0] for m in mentions if m[0] >= b and not _LISTED.fullmatch(clause[b : m[0]])), len(clause))
            fact = make_fact(s, offset, clause[:upto], a, b, name, negated, normal_name, where, region, visit)
            facts.append(fact)
    return facts


def _limb_after_trunk(last: list[Where], region: list[Where]) -> bool:
    """Whether the part named last in the sentence is a limb with its side, named after a region of the trunk
    or none (a limb's own exam keeps its parts as they are read)."""
    limb = len(last) == 1 and last[0].side in ("right", "left") and LIMB_SITES.search(last[0].site)
    return bool(limb) and not any(LIMB_SITES.search(w.site) for w in region)


# "I don't have it documented before": a denial of something done, not of what is found (unlike "I don't
# appreciate", "I don't hear").
_OTHER_DENIAL = re.compile(
    r"\bi (?:don't|do not|didn't|did not) (?!appreciate|see|hear|feel|note|notice|find|detect|palpate|think|"
    r"believe|get|have any|really|observe)\w+|"
    # what the patient cannot do is a limit, not a denial of what is found after it: "she can't fully straighten
    # it, lachman test is positive"
    r"\b(?:she|he|you|they|i) (?:can't|cannot|can not|couldn't) (?:fully |quite |really )?"
    r"(?!see|hear|feel|find|appreciate|detect|palpate)\w+|\bunable to \w+"
)


def _denies_other(clause: str, a: int) -> bool:
    """Whether the only denial before the finding at ``a`` is of something other than finding it."""
    denial = _OTHER_DENIAL.search(clause, 0, a)
    return bool(denial) and not re.search(r"\b(?:no|not|without|never|none)\b|n't\b", clause[denial.end() : a])


# A degree said of a finding after a list's "no": "no nasal flaring, mild retractions", "no erythema but some
# swelling" (after "or" the "no" still reaches it: "no edema or mild rash")
_DEGREE = r"(?:mild|moderate|severe|marked|some|slight|trace|minimal|a little|a bit of|a little bit of)"
_AFTER_BREAK = re.compile(rf"(?:,|;|\bbut|\band|\bwith)\s+(?:{_DEGREE}\s+)?$")


def _has_degree(low: str, at: int, name: str) -> bool:
    """Whether the finding named at ``at`` is given a degree after a break in the list ("..., mild X")."""
    before = low[max(0, at - 25) : at]
    said = re.match(rf"{_DEGREE} ", name) or re.search(rf"\b{_DEGREE}\s+$", before)
    return bool(said and _AFTER_BREAK.search(before))
