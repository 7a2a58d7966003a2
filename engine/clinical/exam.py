"""Examination findings: what the clinician says on examination, normal and abnormal, with site and side.

The examination is a stretch of the visit, not a set of words: it starts where the clinician says so
("on exam", "let me take a look", "on physical examination") and ends at the assessment or the plan.
Inside it, each clause that names a finding ("tenderness to palpation over the right lateral
epicondyle", "lungs are clear", "no edema") becomes one fact with its body site and laterality.
Outside it, only unmistakable exam language counts ("there is tenderness", "to palpation").
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_START = re.compile(
    r"\b(?:exam|examine|examined|examining|examination|let me (?:take a look|listen|feel|check)|"
    r"(?:i'm going to|i want to|let's|i'll|gonna) (?:take a look|listen|do a quick exam|do a physical exam)|"
    r"when i (?:look|looked|listen|listened|press|pressed)|looking at your|looking at you|on inspection|"
    r"on palpation)\b"
)
_END = re.compile(
    r"\b(?:assessment|impression|my plan|the plan|for your \w+|let's talk about|so what i think|"
    r"i think (?:you|she|he) (?:have|has)|diagnosis|results|x-ray|we reviewed|i reviewed)\b"
)
_FINDINGS = (
    r"regular rate and rhythm|irregular(?:ly irregular)? rhythm|(?:\d/6 )?(?:systolic |diastolic )?"
    r"(?:ejection )?murmur|bruit|gallop|rub|clear to auscultation(?: bilaterally)?|clear|crackles|rales|"
    r"wheez(?:ing|es)|rhonchi|(?:trace |mild |\d\+ )?(?:pitting )?edema|tenderness(?: to palpation)?|"
    r"pain (?:with|on) (?:palpation|flexion|extension|range of motion|movement|\w+ and \w+)|swelling|"
    r"swollen|erythema|redness|warmth|bruising|ecchymosis|effusion|deformity|crepitus|laceration|abrasion|"
    r"rash|lesion|scar|soft|nontender|non-tender|supple|distended|distention|jugular venous distention|"
    r"lymphadenopathy|(?:decreased|full|limited|normal|good) (?:range of motion|strength|sensation|pulses)|"
    r"(?:positive|negative) [a-z' ]{2,25}?(?:test|sign|raise)|intact|normal|unremarkable|stable|"
    r"(?:decreased|diminished|reduced|weak) (?:sensation|breath sounds|strength|grip strength|grip)|"
    r"grip strength is (?:less|decreased|weaker|reduced)|(?:altered|normal|intact) sensation|numbness|weakness|"
    r"atrophy|spasm|guarding|ttp"
)
_FINDING = re.compile(rf"\b(?:(no|without|not) )?(?:any )?({_FINDINGS})\b")
_SITES = (
    r"lateral epicondyle|medial epicondyle|lumbar spine|cervical spine|thoracic spine|lumbar paraspinal muscles|"
    r"paraspinal muscles|lower extremities|lower extremity|upper extremities|upper extremity|lungs?|heart|"
    r"abdomen|belly|neck|thyroid|"
    r"carotids?|chest|back|spine|knee|ankle|foot|feet|toes?|hip|shoulder|elbow|wrist|hand|fingers?|thumb|"
    r"forearm|arm|leg|legs|calf|thigh|skin|throat|ears?|eyes?|nose|sinuses|lymph nodes|pulses|scars?|"
    r"incisions?|breasts?|flank|groin|pelvis|head|face|jaw|heel|achilles|tendon|joint|muscles?"
)
_SITE = re.compile(rf"\b({_SITES})\b")
_SITE_AFTER = re.compile(
    rf"\s+(?:in|of|on|over|at|to|along|around) (?:the |your |her |his |both )?(?:(?:right|left|bilateral) )?"
    rf"(?:(?:lateral|medial|anterior|posterior|upper|lower) )?({_SITES})\b(?! side| exam)"  # "right hand side"
)
_FIRST_PERSON = re.compile(r"^\s*(?:(?:um|uh|well|yeah|yes|no|so|and|but),?\s+)*(?:i|i'm|i've|i'd|my|me)\b")
_SIDE = re.compile(r"\b(right|left|bilateral(?:ly)?|both)\b")
_NORMAL = re.compile(
    r"^(?:regular rate and rhythm|clear.*|soft|nontender|non-tender|supple|intact|normal.*|unremarkable|"
    r"stable|full range of motion|good .*|negative .*)$"
)
_ALWAYS_EXAM = re.compile(
    r"\b(?:to palpation|on palpation|on exam|auscultation|range of motion|"
    r"regular rate and rhythm|straight leg raise|there is (?:some |mild |no )?(?:tenderness|"
    r"swelling|edema|erythema))\b"
)


# Paired sites said in the plural are both sides: "lungs are clear", "edema in the lower extremities".
_PAIRED_PLURAL = frozenset(
    ["lower extremities", "upper extremities"]
    + "lungs legs feet hands knees breasts wrists ankles hips shoulders ears eyes arms elbows carotids".split()
)
# The clinician's "no fever" while reading the vitals or examining is the finding "afebrile", not a
# symptom the patient denied (data/encounters/README.md).
_NO_FEVER = re.compile(
    r"\bafebrile\b|\b(?:no|not any|don't have (?:a|any)|do not have (?:a|any)|don't see (?:a|any)|"
    r"there was no|without (?:a |any )?)\s*fevers?\b"
)
_VITALS_TALK = re.compile(r"\b(?:vital signs|vitals|temperature|blood pressure|heart rate|exam|examine)\b")


# Sites with a left and a right. When a visit only ever names one side of them ("my right knee"), an
# examined knee with no side said is that knee.
_LIMB_SITES = frozenset(
    ["lateral epicondyle", "medial epicondyle"]
    + "knee ankle foot toe toes hip shoulder elbow wrist hand finger fingers thumb forearm arm leg calf thigh heel "
    "achilles ear eye breast flank groin".split()
)
_SIDED_SITE = re.compile(rf"\b(right|left) (?:(?:lateral|medial|upper|lower|middle|index|big) )?({_SITES})\b")


# A note writes the limbs in the plural ("edema of the lower extremities").
_PLURAL_SITE = {"lower extremity": "lower extremities", "upper extremity": "upper extremities"}


def _visit_side(sentences: list[Sentence]) -> str:
    """The side the visit is about ("right" knee, "right" elbow): the one named at least twice as often as
    the other (the other knee is often only the comparison), or "" when none or both."""
    said = [m.group(1) for s in sentences for m in _SIDED_SITE.finditer(s.low) if m.group(2) in _LIMB_SITES]
    right, left = said.count("right"), said.count("left")
    return "right" if right > 2 * left else "left" if left > 2 * right else ""


def clinician_afebrile(s: Sentence) -> re.Match | None:
    """The words that say "afebrile" in a clinician's sentence about vitals or the exam, if any."""
    if not _is_clinician(s) or s.segment.speaker is None or not _VITALS_TALK.search(s.low):
        return None
    m = _NO_FEVER.search(s.low)
    return m if m and not s.question_at(m.start()) else None


def _is_clinician(s: Sentence) -> bool:
    return s.segment.speaker in (None, "clinician", "doctor")


def exam_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences in which the clinician examines (symptoms and problems skip them)."""
    out: set[int] = set()
    in_exam = False
    for s in sentences:
        low = s.low
        if not _is_clinician(s):
            continue
        # In unpunctuated speech one "sentence" can hold the whole examination and the assessment after
        # it: a sentence that starts the exam is examined, and the stretch ends after one that ends it.
        starts = bool(_START.search(low)) and not s.is_question
        if starts:
            in_exam = True
        elif in_exam and _END.search(low):
            in_exam = False
        if s.is_question or not (in_exam or starts or _ALWAYS_EXAM.search(low)):
            continue
        if not _FINDING.search(low):
            continue  # only sentences that state a finding: the rest may be the patient talking
        if s.segment.speaker is None and _FIRST_PERSON.match(low):
            continue  # unlabelled "I have swelling in my ankle" is the patient, not the examiner
        out.add(s.index)
    return out


def findings(sentences: list[Sentence], exam: set[int]) -> list[Fact]:
    """Examination findings with ``site``, ``laterality`` and ``normal`` attributes."""
    out: dict[tuple[str, str, str], Fact] = {}
    last_site, last_side = "", ""
    visit_side = _visit_side(sentences)
    for s in sentences:
        fever = clinician_afebrile(s)
        if fever and not any(k[0] == "afebrile" for k in out):
            out[("afebrile", "", "")] = Fact(
                kind=FactKind.exam,
                name="afebrile",
                attributes={"site": "", "laterality": "", "normal": "yes"},
                evidence=s.evidence(fever.start(), fever.end()),
            )
        if s.index not in exam:
            last_site, last_side = "", ""
            continue
        low = s.low
        # A site or side said once holds for the clauses after it ("on your right elbow, there is
        # swelling, redness and pain with flexion"), until another is named.
        sent_site = _SITE.search(low)
        sent_side = _SIDE.search(low)
        for a, b, _q in s.clauses:
            clause = low[a:b]
            site_m = _SITE.search(clause)
            side_m = _SIDE.search(clause)
            site = site_m.group(1) if site_m else (last_site or (sent_site.group(1) if sent_site else ""))
            side = side_m.group(1) if side_m else (last_side or (sent_side.group(1) if sent_side else ""))
            if site_m and not side_m and site_m.group(1) != last_site:
                side = sent_side.group(1) if sent_side else ""
            side = {"both": "bilateral", "bilaterally": "bilateral"}.get(side, side)
            if not side and site in _PAIRED_PLURAL:
                side = "bilateral"
            last_site, last_side = site, side
            hits = list(_FINDING.finditer(clause))
            # "I don't hear any wheezes or crackles": ConText reads negation beyond "no X"
            denied = [c.negated for c in assess(clause, [(m.start(2), m.end(2)) for m in hits])]
            for m, ctx_negated in zip(hits, denied, strict=True):
                name = m.group(2)
                if name in {"normal", "intact", "stable", "unremarkable", "clear"} and not site_m:
                    continue
                negated = bool(m.group(1)) or (ctx_negated and not _NORMAL.match(name))
                # in a long unpunctuated clause the site named last before the finding is its site
                near = list(_SITE.finditer(clause, 0, m.start()))
                # "edema in the lower extremities", "tenderness over the lateral epicondyle": the site said
                # right after the finding is its site.
                after = _SITE_AFTER.match(clause, m.end())
                if after and not (near and m.start() - near[-1].end() < 12):  # "lower extremity edema in both legs"
                    near.append(_SITE.search(clause, after.start(1)))
                here, side_here = site, side
                if near and near[-1].group(1) != site:  # another site: its side is only one said next to it
                    here = near[-1].group(1)
                    around = _SIDE.search(clause, max(0, near[-1].start() - 12), near[-1].start() + 1)
                    around = around or _SIDE.search(clause, max(0, near[-1].start() - 12), m.start())
                    side_here = (
                        {"both": "bilateral", "bilaterally": "bilateral"}.get(around.group(1), around.group(1))
                        if around
                        else "bilateral"
                        if here in _PAIRED_PLURAL
                        else ""
                    )
                if not side_here and here in _LIMB_SITES:
                    side_here = visit_side
                where = "" if here and here in name else here
                where = _PLURAL_SITE.get(where, where)
                normal = negated or bool(_NORMAL.match(name))
                label = f"no {name}" if negated else name
                key = (label, where, side_here)
                if key in out:
                    continue
                lo = min(m.start(), site_m.start() if site_m else m.start())
                hi = max(m.end(), site_m.end() if site_m else m.end())
                out[key] = Fact(
                    kind=FactKind.exam,
                    name=label,
                    attributes={"site": where, "laterality": side_here, "normal": "yes" if normal else "no"},
                    evidence=s.evidence(a + lo, a + hi),
                )
    return list(out.values())
