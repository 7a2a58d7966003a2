"""Examination findings: what the clinician says on examination, normal and abnormal, with site and side.

The examination is a stretch of the visit, not a set of words: it starts where the clinician says so
("on exam", "let me take a look", "on physical examination") and ends at the results, the assessment or
the plan. Inside it, each finding ("tenderness to palpation over the right lateral epicondyle", "lungs
are clear", "no edema") becomes one fact with its body site and laterality. Outside it, only
unmistakable exam language counts ("there is tenderness", "to palpation").

Where the exam is, is ``exam_stretch``'s job; this module carries the part examined from clause to clause.
Speech is read through ``exam_speech`` (without "um", "the the", "left, no wait, right", and cut into clauses: a whole
unpunctuated exam is often one "sentence"). The words live in ``exam_terms``, reading the findings of one
clause in ``exam_mentions``, making their facts (site, side, polarity, the note's name) in ``exam_facts``,
sites and sides in ``exam_sites``, and the patient's "yes, that hurts" while being examined in
``exam_answers``.
"""

from __future__ import annotations

import re

from engine.clinical.exam_answers import answered
from engine.clinical.exam_facts import clause_findings
from engine.clinical.exam_finding_fact import ALSO_THERE, make_fact, on_more_part
from engine.clinical.exam_limbs import limb_placed
from engine.clinical.exam_mentions import mentions
from engine.clinical.exam_obstetric import obstetric_findings
from engine.clinical.exam_same_breath import described, of_function
from engine.clinical.exam_site_names import LIMB_SITES
from engine.clinical.exam_sites import (
    BARE_LINK,
    BARED_FEET,
    LISTENED,
    MIDLINE,
    OTHER_SIDE,
    SAME_OTHER,
    SIDE_LEAD,
    Where,
    clause_subject,
    region_of,
    site_only,
    visit_side,
)
from engine.clinical.exam_speech import clauses, spoken
from engine.clinical.exam_stretch import (
    START,
    ends,
    is_clinician,
    mind_sentences,
    names_diagnosis,
    ready_now,
    seen_when,
    stretch_of,
)
from engine.clinical.exam_stretch import exam_sentences as exam_sentences  # where the exam is, for extract.py
from engine.clinical.exam_terms import SITE
from engine.clinical.exam_that_part import pointed_side
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_NOT_EXAM = re.compile(
    r"\b(?:ct|mri|ultrasound|scan|it showed|which showed|labs?|blood work|follow[- ]up|come back|see you again|"
    # ("take the socks off" undresses for the exam, "take some deep breaths" is said while listening, one
    # unpunctuated sentence with the whole exam after it; "take the ibuprofen" is the plan)
    r"continue to take|take (?:some|the)(?! \w+ off\b)(?! (?:(?:really|nice|good|big|deep|slow|few) )*breaths?\b)|"
    r"help (?:with|reduce)|as needed|treatment|"
    # what will happen, not what is found: "you should be back to normal", "the bruising will go away"
    r"you(?:'ll| will) |should (?:be|get|fade|heal|resolve|clear up)|go away|get better|fade|"
    # results talked over during the exam: "your kidney function is okay and your thyroid is ok"
    r"(?:kidney|liver|thyroid) function|levels|numbers|(?:hb)?a1c|cholesterol|(?:the|your) bloods|"
    # a point-of-care result read out in the exam: "your pregnancy test is negative", "the urine dip"
    r"(?:pregnancy|urine|strep|flu|covid|rapid) (?:tests?|dip)|dipstick|swabs?)\b"
)
# An aside in the middle of the exam, after which the examining goes on (so the part examined is kept):
# advice and warnings ("ice it to keep the swelling down", "watch for redness or drainage", "you shouldn't
# have any wheezing", "you may get some bruising", "call me if ..."), teaching ("arthritis usually causes
# swelling", "diabetics can get sores on their feet") and old results ("your echo showed ...").
_ASIDE = re.compile(
    # (not what the patient is asked to do while examined: "i want you to squeeze my fingers", "push against me")
    r"\b(?:i want you to(?! (?:just )?(?:move|bend|straighten|squeeze|push|pull|lift|raise|relax|breathe|take a "
    r"(?:deep |big )?breath|follow|look|stand|walk|lie|lay|sit|turn|point|touch|cough|say|open|close|make a fist|hold|"
    r"resist|kick|rotate|flex|extend|spread|stick|smile|shrug|tilt|tip|squat|hop|balance)\b)|"
    r"make sure|keep (?:it|the \w+|that) (?:down|up|elevated|clean|dry)|to keep|"
    r"(?:watch|look out|keep an eye out) for|call (?:me|us|the office)|let (?:me|us) know|"
    # (not "I can see some redness", "I can feel a lump": those are found)
    r"(?:shouldn't|should not|may|might) (?:have|get|notice|see|cause|develop|feel)|"
    # (not the examiner moving the part: "i can get them a bit higher")
    r"(?<!\bi )can (?:cause|develop|get|lead to|give)|causes|people (?:with|who)|their|(?:go|come|settle) down|"
    # (the heart's stress test, not a joint's: "a negative varus and valgus stress test")
    r"showed|echo(?:cardiogram)?|ekg|ecg|(?<!varus )(?<!valgus )(?<!inversion )(?<!eversion )stress test|"
    r"mammogram|colonoscopy|side effects?)\b"
)
# A clause of a warning is a condition, not a finding: "if she needs it more often, or her lips look blue,
# go to the ER" (an "if" just before, seeking care just after).
_IF_BEFORE = re.compile(r"\bif\b[^.?!]*$")
_SEEK = re.compile(r"[^.?!]{0,60}?\b(?:go (?:to|straight)|call|come (?:in|back)|seek|head (?:to|in)|ring)\b")
_NO_FEVER = re.compile(
    r"\bafebrile\b|\b(?:no|not any|don't have (?:a|any)|do not have (?:a|any)|don't see (?:a|any)|"
    r"there was no|without (?:a |any )?)\s*fevers?\b"
)
# "your respiratory rate is 14, those are all great numbers": the vitals read out in the exam, not results
_VITAL_NUMBERS = re.compile(
    r"\b(?:blood pressure|heart rate|pulse|respiratory rate|oxygen|saturation|sats|spo2|o2|temperature|vitals?)\b"
)


def _explains(low: str) -> bool:
    """Whether a sentence of a few breaths names the diagnosis rather than examines (one that starts the exam
    examines)."""
    return len(low.split()) <= 40 and names_diagnosis(low) and not START.search(low)


def _ends_exam(clause: str) -> bool:
    """Whether a clause says the results or the plan, which end the exam (not the vitals' numbers said in it)."""
    if ends(clause):
        return True
    said = [m.group() for m in _NOT_EXAM.finditer(clause)]
    return bool(said) and not (set(said) <= {"numbers", "levels"} and _VITAL_NUMBERS.search(clause))


_VITALS_TALK = re.compile(r"\b(?:vital signs|vitals|temperature|blood pressure|heart rate|exam|examine)\b")


def clinician_afebrile(s: Sentence) -> re.Match | None:
    """The words that say "afebrile" in a clinician's sentence about vitals or the exam, if any."""
    if not is_clinician(s) or s.segment.speaker is None or not _VITALS_TALK.search(s.low):
        return None
    m = _NO_FEVER.search(s.low)
    return m if m and not s.question_at(m.start()) else None


def findings(sentences: list[Sentence], exam: set[int]) -> list[Fact]:
    """Examination findings with ``site``, ``laterality`` and ``normal`` attributes."""
    exam = exam | mind_sentences(sentences)  # "you seem flat today": read by the symptoms too
    sentences = [spoken(s) for s in sentences]
    out: dict[tuple[str, str, str], Fact] = {}
    asked: list[Fact] = []  # answers to "does it hurt when I press here?"
    visit = visit_side(sentences)
    stretch = stretch_of(sentences)
    # a sentence that names the diagnosis explains: its symptom words are no findings ("you have some numbness
    # from the sugar, what we call diabetic neuropathy"); the exam may go on after it (a long unpunctuated turn
    # is the whole exam and plan: there the clause that explains ends what is read, see _ends_exam)
    exam = {i for i in exam if not _explains(sentences[i].low)}
    region: list[Where] = []
    subject: tuple[int, int, list[Where]] = (-1, -1, [])  # (sentence, clause, part) of the last "<part> is ..."
    before: list[Where] = []  # the part named last in the sentence before
    found: list[Fact] = []  # the findings of the clause just read
    placed: tuple[object, list[Where]] | None = None  # a part said alone, of the next sentence's findings
    for s in sentences:
        fever = clinician_afebrile(s)
        if fever and not any(k[0] == "afebrile" for k in out):
            out[("afebrile", "", "")] = Fact(
                kind=FactKind.exam,
                name="afebrile",
                attributes={"site": "", "laterality": "", "normal": "yes"},
                evidence=s.evidence(fever.start(), fever.end()),
            )
        if is_clinician(s) and not s.is_question:  # "fundal height is 29 centimetres", said in or out of the exam
            for fact in obstetric_findings(s):
                out.setdefault((fact.name, "", ""), fact)
        if s.index not in exam:
            nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
            prev = sentences[s.index - 1] if s.index > 0 else None
            said_before = prev.low if prev is not None and prev.segment is s.segment else ""
            then = sentences[s.index + 2] if s.index + 2 < len(sentences) else None
            if s.index in stretch and (qa := answered(s, nxt, said_before, then)):
                asked.append(_answer_fact(s, nxt, qa, region, visit))
            # "Right ear... | looks good.": a part named alone places the findings of the next sentence
            alone = _PART_ALONE.match(s.low) if s.index in stretch and is_clinician(s) else None
            before = [w] if alone and (w := site_only(s.low)) and w.side else []
            placed = (s.segment, before) if before else None
            if is_clinician(s) and ends(s.low):
                region = before = []  # the exam is over: the next one names its own region
            elif is_clinician(s) and (START.search(s.low) or (BARED_FEET.search(s.low) and ready_now(s.low))):
                # "I'll listen to your heart and lungs.", "Can you take your shoes and socks off for me?"
                region = next((r for a, b in clauses(s.low) if (r := region_of(s.low[a:b]))), region)
            continue
        local: list[Where] | None = None
        # the part named last in this sentence: what "and it is tender", "no swelling there" are of (a
        # sentence later, "there" may as well be the whole part examined)
        last: list[Where] = []
        if placed and placed[0] is s.segment:
            local, last = list(placed[1]), list(placed[1])  # "left ear... | the eardrum is red": the left's
        placed = None
        lead = -1  # where a clause that only places the next ones on a side began ("on the right side | ...")
        charted: list[Fact] = []  # the findings this sentence added
        cut = clauses(s.low)
        for k, (a, b) in enumerate(cut[_reopened(s.low, cut) :], start=_reopened(s.low, cut)):
            clause = s.low[a:b]
            if lead >= 0 and mentions(clause):
                a, clause = lead, s.low[lead:b]  # "on the right side at the bottom | i can hear crackles"
            lead = -1 if lead < 0 or mentions(clause) else lead
            if (same := SAME_OTHER.match(clause)) and found and not _heads(s.low, clause, cut[k + 1 : k + 2]):
                # "the right knee has an effusion and so does the left": the same findings, other side
                for f in found:
                    if f.attributes["laterality"] not in ("", same.group(1)):
                        attrs = f.attributes | {"laterality": same.group(1)}
                        ev = s.evidence(a + same.start(1), a + same.end(1)) + f.evidence
                        out.setdefault(
                            (f.name, attrs["site"], same.group(1)),
                            f.model_copy(update={"attributes": attrs, "evidence": ev}),
                        )
                found = []
                continue
            if (also := ALSO_THERE.fullmatch(clause)) and found:
                # "raised wheals across your tummy | and on both forearms": the same findings, one more part
                for f in on_more_part(s, a, clause, also.end(1), found, region, visit):
                    if out.setdefault((f.name, f.attributes["site"], f.attributes["laterality"]), f) is f:
                        charted.append(f)
                    last = [Where(f.attributes["site"], f.attributes["laterality"])]  # "... also it is reduced"
                found = []
                continue
            if not BARE_LINK.fullmatch(clause):  # "and" between the two halves keeps them
                found = []
            if _ends_exam(clause):
                region = []
                break  # the rest of the sentence is results or the plan, not the exam
            # (the words after the clause too: "i want you to | take a deep breath" is cut after "to")
            aside = _ASIDE.search(s.low, a, min(len(s.low), b + 40))
            if (aside and aside.start() < b) or (_IF_BEFORE.search(s.low, max(0, a - 80), a) and _SEEK.match(s.low, a)):
                break  # advice or teaching: nothing found in the rest of the sentence, the exam goes on
            here = region_of(clause)
            if _skin_of(here, region):
                here = region  # "your right knee ... on your skin exam, some bruising": the knee's skin
            if here is not None:
                region, local = here, None
            said = [m for m in mentions(clause) if not s.question_at(a + m[0]) or seen_when(s.low, 0, a + m[0])]
            if not said and here is None and SIDE_LEAD.match(clause) and not site_only(clause):
                lead = a if lead < 0 else lead
                continue
            if not said and here is None and not s.question_at(a) and (only := site_only(clause)):
                # "on that right shoulder", "your right knee does show": the part the findings said next
                # in the same breath are on ("the whole knee" is the right knee being examined)
                side = only.side or next((w.side for w in region if w.site == only.site), "")
                local = last = [Where(only.site, side)]
                if side in ("right", "left") and limb_placed(clause, only.site):
                    region = local  # "on the left lower leg | there's ...": the limb examined from here on
            elif here:
                last = here
            # (not when the clause names its own part: "the left is still quiet when i move your right wrist")
            if (side := OTHER_SIDE.match(clause)) and here is None and (part := last or before):
                # "the left ear is normal, the right has fluid": the same part, on the side said now
                local = last = [Where(w.site, side.group(1)) for w in part[:1] if not MIDLINE.search(w.site)]
            # the clause right before (not when this one is of the other side)
            near = subject[2] if subject[:2] == (s.index, k - 1) and not OTHER_SIDE.match(clause) else []
            facts = clause_findings(s, a, clause, said, local or region, visit, last, near)
            for fact in facts:
                fact = of_function(fact, charted)  # "..., and on the left sole it is reduced": sensation
                # "... on that foot": the one examined (not after "now the other foot")
                said_before = (sentences[s.index - 1].low if s.index else "") + " " + s.low[:a]
                fact = pointed_side(fact, clause, list(out.values()), said_before)
                key = (fact.name, fact.attributes["site"], fact.attributes["laterality"])
                if out.setdefault(key, fact) is fact:
                    charted.append(fact)
                found.append(fact)
                if fact.attributes["site"]:
                    last = [Where(fact.attributes["site"], fact.attributes["laterality"])]
            subjects = [m[4] for m in said if m[4] is not None]
            if subjects and subjects[-1] == [] and facts and facts[-1].attributes["site"]:
                # "the right wrist ... that's healed | no hematoma": "that" was the wrist, what comes next is of it
                subject = (s.index, k, list(last))
            elif named := [m[4][0] for m in said if m[4]]:
                subject = (s.index, k, [named[-1]])
            elif part := clause_subject(clause):  # "the left lung has some wheezes but no crackles"
                subject = (s.index, k, [part])
            elif not said and here is None and not site_only(clause) and subject[:2] == (s.index, k - 1):
                subject = (s.index, k, subject[2])  # "and", "there's": no new part, the same subject
        for f in described(charted):  # "skin looks fine, no ulcers": the ulcers say what fine meant
            out.pop((f.name, f.attributes["site"], f.attributes["laterality"]), None)
        before = last or before
    for fact in asked:  # what the clinician also stated is not a second finding
        key = (fact.name, fact.attributes["site"], fact.attributes["laterality"])
        if key not in out and not any(_same_finding(fact, f) for f in out.values()):
            out[key] = fact
    # "the right eardrum is red and bulging ... with a bulging eardrum, I'd treat it": said again without its
    # side, the finding is the one already charted with it
    sided = {(name, site) for name, site, side in out if side}
    # "spider naevi on your chest, the little red spots": the spots explain the naevi to the patient
    spider = any(name.startswith("spider ") for name, _site, _side in out)
    return [
        f
        for (name, site, side), f in out.items()
        if (side or (name, site) not in sided) and not (spider and name == "red spots")
    ]


# A sided part said alone: "left ear", "the right foot".
_SIDED_PART = re.compile(r"\W*(?:and |but |now |then )?(?:the |your |her |his )?(?:right|left) (?!one\b|side\b)\w+\W*")


def _heads(low: str, clause: str, after: list[tuple[int, int]]) -> bool:
    """Whether a clause that only names a sided part heads the findings said next in the sentence ("Right ear
    normal. Left ear, there's some discharge in the canal"), rather than saying the same on that side."""
    return bool(_SIDED_PART.fullmatch(clause)) and any(mentions(low[a:b]) for a, b in after)


def _skin_of(here: list[Where] | None, region: list[Where]) -> bool:
    """Whether a skin exam is of the limb being examined: "looking at your right ankle, on the skin there is
    ecchymosis" charts the ankle's bruise, as a note does (a skin exam with no limb before is the whole skin)."""
    skin = here is not None and len(here) == 1 and here[0].site == "skin" and not here[0].side
    return skin and any(LIMB_SITES.search(w.site) for w in region)


# A sentence that only names a part, with its side: "Right ear...", "And the left foot.", "Now, your left knee."
_PART_ALONE = re.compile(
    r"^\W*(?:(?:and|now|so|okay|ok|then|on|over|at|in|the|your|his|her|that)\W+)*"
    rf"(?:{re.sub(r'[?]P<[a-z]+>', '?:', SITE.pattern)})\W*$"
)


# Words that begin examining (not "your clinical exam and history sound like carpal tunnel", a summary)
_REOPEN = re.compile(
    r"\b(?:let me (?:examine|(?:take|have) a (?:quick )?(?:look|listen|feel)|look|listen|feel)|"
    r"(?:i'm going to|i'm gonna|i'll|let's|gonna|going to) "
    r"(?:examine|(?:take|have) a (?:quick )?(?:look|listen)|listen)|"
    r"on (?:your |the )?(?:physical )?exam(?:ination)?|listening to your|looking (?:at|in) your|"
    r"i(?:'ve| have)? (?:looked at|examined))\b"
)


def _reopened(low: str, cut: list[tuple[int, int]]) -> int:
    """The clause the exam starts at when results or the plan come first in the same breath ("your labs were
    normal let me examine you your lungs are clear"): the last clause that starts the exam after one that
    ends it, else 0 (an unpunctuated turn is one sentence, and the results would end its exam unread)."""
    ended = False
    start = 0
    for k, (a, b) in enumerate(cut):
        clause = low[a:b]
        stops = _ends_exam(clause)
        if ended and not stops and _REOPEN.search(clause):
            start, ended = k, False
        ended = ended or stops
    return start


def _answer_fact(s: Sentence, answer: Sentence, qa: tuple[str, bool, Where | None], region, visit) -> Fact:
    """The finding a patient's yes or no to "does it hurt when I press here?" gives."""
    name, denied, where = qa
    if where is None or not where.site:
        # the part being examined ("let me examine your belly"), not the heart or lungs listened to
        part = next((Where(w.site, w.side) for w in region if w.site not in LISTENED), Where())
        where = Where(part.site, (where.side if where else "") or part.side)
    fact = make_fact(s, 0, s.low, 0, len(s.low), name, denied, False, where, region, visit)
    return fact.model_copy(update={"evidence": fact.evidence + answer.evidence(0, len(answer.low))})


def _same_finding(a: Fact, b: Fact) -> bool:
    """Whether two findings are one: the same sign, polarity and side, and no two different sites."""
    core = a.name.removeprefix("no ").split()[0]  # "tenderness", "pain"
    sa, sb = a.attributes, b.attributes
    return (
        core in b.name
        and sa["normal"] == sb["normal"]
        and sa["laterality"] in ("", sb["laterality"])
        and (not sa["site"] or not sb["site"] or bool(set(sa["site"].split()) & set(sb["site"].split())))
    )
