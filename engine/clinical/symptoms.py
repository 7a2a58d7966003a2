"""Symptoms (present, denied, hedged) with their clinical context (problems: engine/clinical/problems.py).

Mentions come from the ICD-10-CM-based vocabulary (engine/clinical/vocabulary.py) plus "<body site>
pain"; whether each is negated, hedged, historical, hypothetical or a relative's is ConText's call
(engine/clinical/context.py). A question is not a finding: its symptoms wait for the answer ("Any chest
pain?" "No." -> chest pain denied; "Yes, a little." -> present, hedged; "Any swelling?" "My ankles." ->
ankle swelling), whoever asked and with or without speaker labels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.clinical import lexicon
from engine.clinical.answers import (
    AGREE,
    BEFORE,
    DISMAY,
    FILLER,
    HEDGED_YES,
    NO,
    YES,
    about_known,
    answered,
    gone_by_answer,
)
from engine.clinical.context import assess, contract
from engine.clinical.exam import clinician_afebrile
from engine.clinical.family_history import relative_told_of
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_lists import (
    ALL_YES,
    ANAPHOR,
    CLARIFY,
    ORGAN_SUBJECT,
    allergy_reaction,
    inside_diagnosis,
    list_answers,
    stalls,
    telegraphic_list,
)
from engine.clinical.vocabulary import Concept, find_symptoms
from engine.types import Fact, FactKind

BODY_SITES = (
    "ankle|knee|hip|back|lower back|low back|neck|shoulder|elbow|wrist|hand|finger|thumb|toe|foot|heel|leg|arm|"
    "chest|abdomen|belly|stomach|flank|groin|side|head|ear|eye|jaw|tooth|throat|face|pelvis|pelvic|rib|"
    "calf|thigh|shin|forearm|joint|muscle|breast|bladder|kidney|tailbone|buttock|"
    "legs|arms|feet|hands|knees|hips|ankles|toes|wrists|shoulders|elbows|ears"
)
_SITE_PAIN = re.compile(
    rf"\b(?:(?:my|her|his|the|your|right|left) )?(?<!on the right )(?<!on the left )({BODY_SITES})"
    # "my lower back on the right side is sore": the side is the back's, not a site of its own
    rf"(?: on the (?:right|left)(?: hand)? side)?"
    # "my back's been hurting", "her knee is really sore", "my foot has been swelling up"
    rf"(?:'s| is| are| has| have| keeps?| that| which)?"
    # "the ankle's a little sore", "my ankles swell by evening"
    rf"(?: been| really| kind of| sort of| just| also| still| started| a little| a bit| pretty| very| so)* "
    rf"(pain|swelling|swelling up|swollen|swells|swell|hurts|hurt|hurting|sore|soreness|aching|aches|discomfort|"
    rf"tenderness|"
    # the clinician's "I see your back's bothering you" tells the complaint too
    rf"bothering (?:me|her|him|you)|killing (?:me|her|him|you))\b"
    rf"|\b(pain|swelling) (?:in|behind|around|under|over) (?:my|her|his|the|your|both) (?:right |left )?"
    rf"({BODY_SITES})\b"
    # "radiates to my groin", "it shoots down the left leg": the pain felt along the way
    rf"|\b(radiat\w*|shoots|shooting|shot|travels|goes) (?:(?:almost|all the way|down|up|into|to|over) )+"
    rf"(?:my|her|his|the|your) (?:right |left )?"
    rf"({BODY_SITES})\b"
)
_SITE_NAME = {
    "legs": "leg",
    "arms": "arm",
    "feet": "foot",
    "hands": "hand",
    "knees": "knee",
    "hips": "hip",
    "ankles": "ankle",
    "toes": "toe",
    "wrists": "wrist",
    "shoulders": "shoulder",
    "elbows": "elbow",
    "ears": "ear",
    "belly": "abdominal",
    "stomach": "abdominal",
    "abdomen": "abdominal",
    "lower back": "low back",
    "face": "facial",  # charted "facial pain", "facial swelling"
}
_SELF_NEGATIVE = re.compile(r"\b(?:can't|couldn't|cannot|unable|no|not)\b")
# the "no" that answers the question, at the start of the sentence, with no other negation before the span
_ANSWER_NO = re.compile(FILLER + r"(?:no|nope)\b,?")
_NEG_CUE = re.compile(r"\b(?:denie[sd]|deny|not|never|without|isn't|wasn't|don't|doesn't|didn't)\b")
_PROMPT = re.compile(FILLER + r"(?:tell me (?:about|more)|describe|talk to me about|how (?:is|are|about))\b")
# "I hurt my back at work", "I take Advil for my knee": the site's pain, said through the injury or the remedy.
_SITE_HURT = re.compile(
    rf"\b(?:hurt|injured|tweaked|strained) (?:my|her|his) (?:right |left )?({BODY_SITES})\b"
    rf"|\b(?:take|takes|taking|took|use|using) (?:\w+ ){{1,3}}?for (?:my|her|his) (?:right |left )?({BODY_SITES})\b"
)


# "And Tylenol for my back": a remedy named for a site, without "take".
_REMEDY_FOR = re.compile(rf"\b([a-z]+) for (?:my|her|his) (?:right |left )?({BODY_SITES})\b")


def _site_pains(low: str) -> list[tuple[int, int, Concept]]:
    out = []
    for m in _SITE_HURT.finditer(low):
        site = m.group(1) or m.group(2)
        out.append((m.start(), m.end(), Concept(f"{_SITE_NAME.get(site, site)} pain", "", "")))
    for m in _SITE_PAIN.finditer(low):
        site = m.group(1) or m.group(4) or m.group(6)
        kind = m.group(2) or m.group(3) or "pain"  # "bothering me", "radiates to my groin": pain
        word = "swelling" if "swell" in kind or "swoll" in kind else "pain"  # "sore", "aching": pain
        name = f"{_SITE_NAME.get(site, site)} {word}"
        out.append((m.start(), m.end(), Concept(name, "", "")))
    for m in _REMEDY_FOR.finditer(low):
        if lexicon.find_drugs(m.group(1)) and not any(a < m.end() and m.start() < b for a, b, _ in out):
            site = m.group(2)
            out.append((m.start(), m.end(), Concept(f"{_SITE_NAME.get(site, site)} pain", "", "")))
    return out


# A weight change told as an amount: "I've gained like 8 pounds", "lost about 10 lbs" (numbers are digits in
# ``low``). The phrase lists cannot hold every number.
_WEIGHT_CHANGE = re.compile(
    r"\b(gained|put on|lost|dropped)(?: like| about| around| almost| maybe| over| nearly| probably)? "
    r"\d+(?:\.\d+)? ?(?:pounds|lbs|kilos|kg)\b"
)


def symptom_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms named in lower-cased text: site pains ("knee pain", "my knee hurts") and the vocabulary's
    symptoms, in order (the verifier reads sentences with the same finder as extraction)."""
    hits = _site_pains(low)
    for m in _WEIGHT_CHANGE.finditer(low):
        name = "weight gain" if m.group(1) in ("gained", "put on") else "weight loss"
        hits.append((m.start(), m.end(), Concept(name, "", "")))
    hits += [h for h in find_symptoms(low) if not any(a <= h[0] < b for a, b, _ in hits)]
    return sorted(hits, key=lambda h: h[0])


# "Any pain?", "Are you in pain?": a bare pain asked, answered by where it is ("In my right knee").
_ANY_PAIN = re.compile(
    r"\b(?:any|some|having|in) (pain)\b(?! (?:in|when|with|medicines?|medications?|pills?|killers?))"
)


def _mentions(s: Sentence) -> list[tuple[int, int, Concept]]:
    hits = [h for h in symptom_mentions(s.low) if not inside_diagnosis(s.low, *h[:2], h[2].name)]
    # "Is your stomach bothering you?" asks something vaguer than pain; only the statement tells the complaint
    hits = [h for h in hits if not (s.low[: h[1]].endswith(" you") and s.question_at(h[0]))]
    for m in _ANY_PAIN.finditer(s.low):
        if s.question_at(m.start()) and not any(a < m.end(1) and m.start(1) < b for a, b, _ in hits):
            hits.append((m.start(1), m.end(1), Concept("pain", "", "")))
    return sorted(hits, key=lambda h: h[0])


class _Symptoms:
    """Collects symptom facts; a present mention outweighs a denial (the chief complaint stays present)."""

    def __init__(self) -> None:
        self.facts: dict[str, Fact] = {}

    def add(self, name: str, negated: bool, possible: bool, evidence) -> None:
        prev = self.facts.get(name)
        attrs = {"certainty": "possible"} if possible and not negated else {}
        if prev is None or (prev.negated and not negated) or ("certainty" in prev.attributes and not attrs):
            self.facts[name] = Fact(
                kind=FactKind.symptom, name=name, negated=negated, attributes=attrs, evidence=evidence
            )


# the bare "no" that answers, then something else ("No, just the vomiting"); not "No chest pain", a denial itself
_NO_BUT = re.compile(FILLER + r"(?:no|nope|nah)(?:,?\s+not really)?(?:[,.]|\s+(?:just|only|but)\b)")
_ONLY = re.compile(FILLER + r"(?:(?:no|nope),?\s*)?(?:just|only)\b")
_NEVER_THIS = re.compile(
    r"\s*(?:\w+\s+)?(?:this|that|so) (?:bad|severe|painful|intense|strong|high|long|often|frequent|many|much)\b"
    r"|\s*like this\b"
)
_WHERE = re.compile(
    FILLER + rf"(?:(?:just |only |mostly )?(?:in|on|at|around) )?(?:my|both|the|her|his|both of my)"
    rf"(?: (?:right|left|big|little|lower))* ({BODY_SITES})\b[,.]?"
)
_UNSURE = re.compile(r"\b(?:maybe|not sure|possibly|might have|could be)\b")
_PAST_ANSWER = re.compile(
    r"\b(?:as a (?:child|kid|teenager|baby)|when i was (?:a kid|a child|younger|little|small)|years ago|used to|"
    r"growing up)\b"
)
# A per-symptom answer after the symptom: "Nausea yes, vomiting no.", "no fever no chills cough yes".
_AFTER_YES = re.compile(r"\s*(?:yes|yeah|yep)\b")
_AFTER_NO = re.compile(r"\s*(?:no|nope)\s*(?:[,.;!?]|$)")
# "I had a cough but that's gone now": the clause after says it has gone.
_GONE_AFTER = re.compile(
    r"^[^.;?!]{0,30}?\b(?:but|and) (?:that|it|they|those)(?:'s| is| are|'re| has| have)?"
    r"(?: all| completely)? (?:gone|went away|resolved|cleared up|stopped)\b"
)
_NOT_EXACTLY = re.compile(r"\W*(?:exactly|per se)\b")
_LESS = re.compile(r"\bas (?:much|bad|often|many|severe)\s+(?:\w+\s+)?$")
# What the clinician sees, hears or images: a negative after these is a finding, never the patient's denial.
_LOOKED = re.compile(
    r"\b(?:i (?:don't|do not|didn't) (?:see|feel|hear|appreciate)|evidence of|x-?ray|mri|ct|scan|ultrasound|"
    r"imaging|shows?|showed)\b"
)
_VITALS = re.compile(r"\bvital(?:s| signs?)\b|\btemperature\b")


def _after_vitals(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the clinician's sentence follows their own words about the vital signs."""
    prev = sentences[s.index - 1] if s.index > 0 else None
    return bool(
        prev
        and s.segment.speaker not in ("patient", None)
        and prev.segment.speaker == s.segment.speaker
        and _VITALS.search(prev.low)
    )


def symptoms(sentences: list[Sentence], exam: set[int] = frozenset()) -> list[Fact]:
    """Symptoms of the patient, present or denied, each with the words that say so."""
    out = _Symptoms()
    pending: tuple[Sentence, list[tuple[int, int, Concept, Sentence]]] | None = None
    # the answer turn to a list, read on across its sentences: (answering speaker, items, names said)
    rest: tuple[str, list[tuple[int, int, Concept, Sentence]], set[str]] | None = None
    explained: list[tuple[int, int, Concept, Sentence]] = []  # what the clinician just named as possible
    for s in sentences:
        if s.index in exam:
            pending = None
            continue  # the clinician's findings, not the patient's symptoms
        hits = _mentions(s)
        # "tell me about the headaches" asks; it does not report. Nor does an unpunctuated "and fevers
        # chills" that the other speaker answers with a bare no or yes.
        prompt = bool(_PROMPT.match(s.low)) or answered(sentences, s)
        asker = s.segment.speaker not in ("patient", None)
        # "Fever, chills, body aches?" asks each; "Like a dry cough?" after "Any cough?" asks it again.
        prompt = prompt or (asker and telegraphic_list(s.low, [h[:2] for h in hits]))
        prompt = prompt or bool(
            asker and pending and pending[0].segment.speaker == s.segment.speaker and CLARIFY.match(s.low)
        )
        # But "you don't have any fever, does it hurt when I press here?" "A little.": the denial stated
        # before the question is a statement, not part of what the "a little" answers.
        stated = []
        if prompt and not _PROMPT.match(s.low):
            ctxs = assess(s.low, [h[:2] for h in hits])
            stated = [h for h, c in zip(hits, ctxs, strict=True) if c.negated and not s.question_at(h[0])]
        said = [h for h in hits if h in stated or not (prompt or s.question_at(h[0]))]
        asked = [h for h in hits if h not in said]
        # "When did the chest pain start?", "Is the cough any better?": asked as known, so present, unless
        # the answer says it has gone ("Have the headaches stopped?" "Yes.").
        known = {h: kind for h in asked if (kind := about_known(s, h[0], h[1]))}
        nxt = sentences[s.index + 1] if known and s.index + 1 < len(sentences) else None
        other = nxt and (
            nxt.segment.speaker != s.segment.speaker if s.segment.speaker else nxt.segment.id != s.segment.id
        )
        answer = contract(nxt.low) if other else ""
        for (a, b, c), kind in known.items():
            gone = gone_by_answer(kind, answer)
            out.add(c.name, gone, False, s.evidence(a, b) + (nxt.evidence(0, min(len(nxt.low), 20)) if gone else []))
        asked = [h for h in asked if h not in known]
        # "Is it making you pee a lot?" "Yeah, I have almost incontinence.": a yes that goes on to name
        # something else still answers the question.
        yes_and_more = (
            bool(said)
            and bool(pending)
            and len(pending[1]) == 1
            and bool(re.match(r"\W*(?:(?:a little(?: bit)?|a bit|kind of|sort of),?\s+)?(?:yes|yeah|yep)\b", s.low))
        )
        # "Any locking or giving way?" "No, it doesn't lock, it hasn't given out.": a no that goes on to deny
        # one of the things asked still answers all of them.
        no_and_same = (
            bool(said)
            and bool(pending)
            and bool(no := NO.match(contract(s.low)))
            and said[0][0] - no.end() > 3  # "No fever." names what it denies; "no, it doesn't lock" answers all
            and {c.name for _, _, c in said} <= {c.name for _, _, c, _ in pending[1]}
            and all(x.negated for x in assess(s.low, [h[:2] for h in said]))
        )
        if pending and (not said or yes_and_more or no_and_same):
            _, qhits = pending
            answer = contract(s.low)
            # (a bare "Oh, no." is the answer no)
            after_dismay = answer[dismay.end() :].lstrip(" ,.!") if (dismay := DISMAY.match(answer)) else ""
            if dismay and after_dismay and not NO.match(after_dismay):
                answer = "yes" + answer[dismay.end() :]  # "Any headache?" "Oh no, it's terrible.": dismay, a yes
            # "Any swelling?" "My ankles sometimes.": saying where it is says yes, and where ("My chest?" asks).
            where = None if s.is_question else _WHERE.match(answer)
            if where:
                answer = answer[where.end() :].lstrip(" ,.?!") or "yes"
            denied_in_question = all(re.search(r"\bno\s+(?:\w+\s+)?$", q.low[:a]) for a, b, c, q in qhits)
            names = {c.name for _, _, c, _ in qhits}
            one = len(names) == 1
            if one and NO.match(answer) and _UNSURE.search(answer):
                a, b, c, q = qhits[0]  # "Fever?" "I don't think so, maybe.": unsure, not a denial
                out.add(c.name, False, True, q.evidence(a, b) + s.evidence(0, 3))
            elif NO.match(answer) or (denied_in_question and AGREE.match(answer)):
                for a, b, c, q in qhits:
                    if BEFORE.search(q.low[b:]):
                        continue
                    out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif ALL_YES.match(answer) and not one:  # "All three.", "Yes to all of those."
                for a, b, c, q in qhits:
                    out.add(c.name, False, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 12)))
            elif YES.match(answer) and (one or (where and len(names) == 2)):
                # One symptom (maybe said twice) takes the yes. "Any numbness or tingling?" "In my toes.": a
                # place answers for both, each possible, since it does not say which.
                site = _SITE_NAME.get(where.group(1), where.group(1)) if where and one else ""
                for a, b, c, q in [h for k, h in enumerate(qhits) if h[2].name not in {x[2].name for x in qhits[:k]}]:
                    # "Any family history of seizures?" "Yes, I had them as a child.": a relative's, or the
                    # patient's past (history.py), not a symptom now
                    if _PAST_ANSWER.search(answer) or assess(q.low, [(a, b)])[0].family:
                        continue
                    name = f"{site} {c.name}" if site and c.name in ("swelling", "pain") else c.name
                    hedged = not one or bool(HEDGED_YES.search(answer[:30]))
                    out.add(name, False, hedged, q.evidence(a, b) + s.evidence(0, where.end() if where else 3))
        elif pending and (_ONLY.match(contract(s.low)) or _NO_BUT.match(contract(s.low))):
            # "Any fever, chills or cough?" "Just the cough.": the one named is there, the others denied;
            # "Any diarrhea?" "No, just the vomiting.": the "no" answers the question.
            named = {c.name for _, _, c in said}
            if named <= {c.name for _, _, c, _ in pending[1]} or _NO_BUT.match(contract(s.low)):
                for a, b, c, q in pending[1]:
                    if c.name not in named:
                        out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(s.low), 4)))
        said = [h for h in said if h[2].name != "pain"]  # a bare pain only answers "where?"
        rest = list_answers(out.add, s, pending, rest, said)
        contexts = assess(s.low, [(a, b) for a, b, _ in said])
        now_explained = []
        afebrile = clinician_afebrile(s) or _after_vitals(sentences, s)
        for (a, b, c), ctx in zip(said, contexts, strict=True):
            if ctx.hypothetical and asker:
                now_explained.append((a, b, c, s))  # "some patients get a cough on it", then "noticed that?"
            if not ctx.about_patient_now or (ctx.historical and not ctx.negated):
                continue
            if c.name == "weakness" and ORGAN_SUBJECT.search(s.low[:a]):
                continue
            if c.name == "fatigue" and re.match(r"\s+of\b", s.low[b:]):
                continue  # "just tired of hurting": fed up, not fatigue
            if re.match(r"\s*(?:risk|precautions?)\b", s.low[b:]):
                continue  # "because of the bleeding risk": a risk named, not a symptom had
            if re.search(r"\b(?:we|i'll|i will|let me|going to|gonna)\s+$", s.low[max(0, a - 12) : a]):
                continue  # "we numb it first": the clinician's action, not the patient's symptom
            if allergy_reaction(c.name, sentences, s):
                continue  # "sulfa makes me break out": the allergy's reaction (allergies.py), not a symptom
            if relative_told_of(sentences, s, a):
                continue  # "What about your mom?" "She gets migraines.": the mother's, not the patient's
            if afebrile and c.name == "fever" and ctx.negated:
                continue  # the clinician's "no fever" with the vitals is the exam finding "afebrile"
            if ctx.negated and s.segment.speaker != "patient" and _LOOKED.search(s.low[s.clause_start(a) : a]):
                continue  # "the x-ray doesn't show any swelling": the clinician's finding, not a denied symptom
            # "No, I couldn't put weight on it", "no, I can't sleep": the symptom's own words carry the
            # negative; the "no" before it answers the question, it does not deny the symptom.
            negated = ctx.negated and not (
                _SELF_NEGATIVE.search(s.low[a:b]) and _ANSWER_NO.match(s.low[:a]) and not _NEG_CUE.search(s.low[:a])
            )
            # "I don't, I don't have quite as much shortness of breath": less of it is still some; "I've never
            # had a headache this bad" is the worst one yet; "not chest pain exactly" is a hedge.
            negated = negated and not (_LESS.search(s.low[max(0, a - 30) : a]) or _NEVER_THIS.match(s.low[b:]))
            if ctx.negated and _NOT_EXACTLY.match(s.low[b:]):
                negated, ctx = False, replace(ctx, possible=True)
            if _AFTER_YES.match(s.low[b:]):
                negated = False
            elif _AFTER_NO.match(s.low[b:]) or _GONE_AFTER.match(s.low[b:]):
                negated = True
            out.add(c.name, negated, ctx.possible, s.evidence(a, b))
        for a, b, phrase in find_phrases(s.low, lexicon.ABSENT_PHRASES):
            if lexicon.ABSENT_PHRASES[phrase] in lexicon.SYMPTOMS:
                out.add(lexicon.ABSENT_PHRASES[phrase], True, False, s.evidence(a, b))
        same_turn = pending and s.segment.speaker == pending[0].segment.speaker
        late = pending and not hits and s.segment.speaker and not same_turn and stalls(s.low)
        # "Any lows? Shaky, sweaty, anything under 70?": a list that ends in "?" still asks.
        if asked and same_turn and (s.is_question or s.low.rstrip().endswith("?")):
            # "Any other symptoms? Chest pain? Shortness of breath?" is one question, answered once.
            pending = (s, pending[1] + [(a, b, c, s) for a, b, c in asked])
        elif not hits and same_turn and s.low.rstrip().endswith("?") and s.segment.speaker:
            pass  # "Any fever? I mean, have you felt hot?": still the same question, waiting for its answer
        elif late:
            pass  # "Um, let me think.", "Sorry, what was that?": the question waits for the next turn
        elif (
            not hits
            and explained
            and explained[0][3].index == s.index - 1
            and explained[0][3].segment.speaker == s.segment.speaker
            and s.low.rstrip().endswith("?")
            and ANAPHOR.search(s.low)
        ):
            pending = (s, explained)  # "Some people get a cough on it. Have you noticed that?"
        else:
            pending = (s, [(a, b, c, s) for a, b, c in asked]) if asked else None
        explained = now_explained
    return list(out.facts.values())
