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
    for s in sentences:
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
                here, side_here = site, side
                if near and near[-1].group(1) != site:  # another site: its side is only one said next to it
                    here = near[-1].group(1)
                    around = _SIDE.search(clause, max(0, near[-1].start() - 12), m.start())
                    side_here = (
                        {"both": "bilateral", "bilaterally": "bilateral"}.get(around.group(1), around.group(1))
                        if around
                        else ""
                    )
                where = "" if here and here in name else here
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
