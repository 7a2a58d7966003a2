"""Problems: the patient's diagnoses with their ICD-10-CM code, and every problem mention with its context.

Mentions come from the ICD-10-CM-based vocabulary (engine/clinical/vocabulary.py); ConText
(engine/clinical/context.py) says whether each is negated, hedged, historical, hypothetical or a
relative's. What is left out: a question or a denied echo of one, a relative's condition, a risk, a
differential or a screening, a past episode or an operated condition, and a disease named only for its
vaccine or test ("a pneumonia shot", "a strep test"). The history extractors file relatives' and past
conditions from the same mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.clinical.answers import NO, YES, about_known, answered
from engine.clinical.context import Context, assess
from engine.clinical.family_history import relative_told_of
from engine.clinical.past_medical import history_of, past_said, still_current
from engine.clinical.sentences import Sentence
from engine.clinical.symptoms import symptom_mentions
from engine.clinical.vocabulary import Concept, find_problems
from engine.types import Fact, FactKind

# Problems said of something other than the patient's own diagnosis: risks, explanations, plans to rule out.
_NOT_A_DIAGNOSIS = re.compile(
    r"\b(?:risk of|risk for|lead to|leads to|cause|prevent|rule out|worried about|concern for|"
    # what a drug is for, told to explain it: "carvedilol, that helps with coronary disease as well"
    r"helps? with|good for|used to treat|treats|"
    # a test for it is no diagnosis: "we're screening you for depression", "let's check her for strep"
    r"(?:screen|screening|check|checking|test|testing|swab|swabbing)(?: (?:you|her|him|them|everyone))? for|"
    # a named test for it: "check a TSH for thyroid problems" (not "your a1c for the diabetes", one known)
    r"(?:check|checking|test|testing|swab|swabbing|order|get|draw)(?: (?:a|an|some)) \w+ for(?! (?:the|your|her|his))|"
    r"look for|signs of|sign of|symptoms of|make sure|don't want|"
    # a differential is not a diagnosis: "it could be related to some heart disease"
    r"(?:could|might|may) (?:also )?be (?:related to|due to|caused by|from)|or (?:it )?(?:could|might) be)\b"
)


# A disease named for its vaccine or test: the vaccine given or the test ordered (orders.py), not a diagnosis.
_NAMES_A_VACCINE_OR_TEST = re.compile(
    r"\s*(?:shots?|vaccines?|vaccinations?|boosters?|jabs?|immunizations?|tests?|testing|swabs?|screening)\b"
)


# "Dehydration can make you dizzy", "reflux can cause a cough": a cause explained in general, not a diagnosis.
_CAN_CAUSE = re.compile(
    r"\s+(?:can|may|might|could|will|often|sometimes|usually)(?: also| sometimes)?\s+"
    r"(?:cause|make|give|lead to|trigger|bring on)\b"
)
# "Sleep apnea raises blood pressure": a disease named bare (no "your") as what causes something, in general.
_CAUSES = re.compile(r"\s+(?:raises|causes|leads to|increases|worsens|damages)\b")
_OWNED = re.compile(r"\b(?:your|my|his|her|the|this|that)\s+$")
# "Do you have asthma?" "Yes, since I was little.": a diagnosis asked of the patient now and confirmed.
_ASKS_HAS = re.compile(r"\b(?:do you have|have you been diagnosed with|are you|does (?:she|he) have|is (?:she|he))\b")
# "What medical problems do you have?" "Just the blood pressure.": a problem named by what it is about.
_PROBLEMS_ASKED = re.compile(r"\b(?:medical|health) (?:problems|conditions|issues|history)\b|\bconditions\b")
_NAMED_BY_ITS_TOPIC = {
    "blood pressure": "hypertension",
    "pressure": "hypertension",
    "cholesterol": "high cholesterol",
    "sugar": "diabetes",
    "prostate": "enlarged prostate",
}


def _answer_to(sentences: list[Sentence], s: Sentence, pattern: re.Pattern) -> Sentence | None:
    """A sentence of the other speaker's turn just before ``s`` that matches ``pattern`` ("Any other medical
    problems? Heart, diabetes, stroke?" asks in its first sentence)."""
    k = s.index - 1
    while k >= max(0, s.index - 3) and s.segment.speaker:
        prev = sentences[k]
        if prev.segment.speaker in (s.segment.speaker, None):
            return None
        if pattern.search(prev.low):
            return prev
        k -= 1
    return None


def _confirmed(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether a diagnosis asked about ("Do you have asthma?") is confirmed by the next speaker's yes."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(
        nxt
        and s.segment.speaker not in ("patient", None)
        and nxt.segment.speaker not in (s.segment.speaker, None)
        and _ASKS_HAS.search(s.low[s.clause_start(a) : a])
        and not re.search(r"\b(?:history|ever|before|family|anyone|anybody)\b", s.low)
        and YES.match(nxt.low)
        and not NO.match(nxt.low)
    )


# "Your blood pressure is a bit high again today", "your pressure's been running high": high over time, the
# diagnosis; one reading "a little high" is an elevated reading (annotated apart), and "was high in the ER" recalls.
_HIGH_BY = r"(?: (?:a bit|a little|kind of|pretty|too|really|quite|today|been|still|again|running|staying))*"
_PRESSURE_HIGH = re.compile(
    rf"\b(?:blood )?pressure(?:'s| is| has| keeps)(?=[^.;?]*?\b(?:been|still|again|running|staying)\b)"
    rf"{_HIGH_BY} (?:high|elevated|up)\b"
)


def _pressure_high(low: str) -> list[tuple[int, int, Concept]]:
    """A blood pressure said to be high now: hypertension."""
    return [(m.start(), m.end(), find_problems("hypertension")[0][2]) for m in _PRESSURE_HIGH.finditer(low)]


def _topic_named(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """ "Just the blood pressure" answering "What medical problems do you have?": the problem it names."""
    if not _answer_to(sentences, s, _PROBLEMS_ASKED):
        return []
    out = []
    for topic, problem in _NAMED_BY_ITS_TOPIC.items():
        for m in re.finditer(rf"\b(?:the|my|her|his) {topic}\b(?! (?:medicines?|pills?|doctor))", s.low):
            concept = find_problems(problem)[0][2]
            out.append((m.start(), m.end(), concept))
    return out


_ERA = re.compile(r"\b(?:during|since|before|after|pre|post)(?: the)?\s+$")


# A diagnosis said both ways is one problem, charted by its more specific name: "the thyroid is underactive,
# so Hashimoto's hypothyroidism" is Hashimoto's.
_SUBSUMES = {
    "asthma exacerbation": "asthma",
    "hashimoto's thyroiditis": "hypothyroidism",
    "vaginal candidiasis": "candidiasis",
    "viral gastroenteritis": "gastroenteritis",
}


# The speaker of the clause: a third speaker's (a parent's) "I have asthma" is theirs, not the patient's.
_SPEAKER_OWN = re.compile(r"\b(?:i|i've|i'm)\b[^,.;?]*$")
_ASSESSMENT = re.compile(
    r"\b(?:my (?:impression|assessment|diagnosis)|your diagnosis|diagnosis is|consistent with|"
    r"assessment and plan|i think (?:you|she|he|it) (?:have|has|is)|(?:first|second|third|next) problem)\b"
)


def problems(
    sentences: list[Sentence], exam: set[int] = frozenset()
) -> tuple[list[Fact], list[tuple[Sentence, int, int, Concept, Context]]]:
    """Diagnoses of the patient with their ICD-10-CM code, and every problem mention with its context
    (the history extractor files relatives' and past conditions from the same mentions)."""
    facts: dict[str, Fact] = {}
    mentions = []
    for s in sentences:
        from_pos = 0
        if s.index in exam:
            # An unpunctuated turn can run from the examination into the assessment: what follows
            # "my impression is", "consistent with", "your diagnosis" is the clinician's diagnosis.
            cue = _ASSESSMENT.search(s.low)
            if not cue:
                continue
            from_pos = cue.start()
        symptom_spans = [(a, b) for a, b, _ in symptom_mentions(s.low)]
        # "endometriosis" said back as a question and answered "no" (a "yes" would confirm it)
        asked = len(s.low) < 60 and answered(sentences, s) and bool(NO.match(sentences[s.index + 1].low))
        found = find_problems(s.low)
        for h in _topic_named(sentences, s) + _pressure_high(s.low):
            if not any(a <= h[0] < b or h[0] <= a < h[1] for a, b, _ in found):
                found.append(h)
        hits = [
            h
            for h in found
            if h[0] >= from_pos
            # a question is no diagnosis, but "How's the diabetes going?" asks about one the patient has
            and not (
                asked
                or (
                    s.question_at(h[0])
                    and about_known(s, h[0], h[1]) not in {"feature", "change"}
                    and not _confirmed(sentences, s, h[0])
                )
            )
            and not _CAN_CAUSE.match(s.low[h[1] :])
            and not (_CAUSES.match(s.low[h[1] :]) and not _OWNED.search(s.low[: h[0]]))
            and not any(a <= h[0] < b for a, b in symptom_spans)
            # "a pneumonia shot", "I had the flu vaccine", "a strep test": the order, nobody's diagnosis
            and not _NAMES_A_VACCINE_OR_TEST.match(s.low[h[1] :])
            # "since covid I work from home": the pandemic, not the patient's infection
            and not (h[2].name == "covid-19" and _ERA.search(s.low[: h[0]]))
        ]
        # "You have a history of asthma?" "Yes.": past medical history confirmed (history.py files it).
        if s.index + 1 < len(sentences) and answered(sentences, s) and YES.match(sentences[s.index + 1].low):
            told = [h for h in find_problems(s.low) if s.question_at(h[0]) and history_of(s.low, h[0])]
            ctxs = assess(s.low, [h[:2] for h in told])
            mentions += [(s, a, b, c, ctx) for (a, b, c), ctx in zip(told, ctxs, strict=True)]
        for (a, b, c), ctx in zip(hits, assess(s.low, [(a, b) for a, b, _ in hits]), strict=True):
            if not ctx.family and relative_told_of(sentences, s, a):
                ctx = replace(ctx, family=True)  # "What about your father?" "He has high blood pressure."
            mentions.append((s, a, b, c, ctx))
            if ctx.negated or not ctx.about_patient_now or c.name in facts:
                continue
            if s.segment.speaker == "other" and _SPEAKER_OWN.search(s.low[max(0, a - 40) : a]):
                continue  # the parent's "I have asthma": the parent's (family history), not the child's
            # An episode dated in the past ("in 2019", "years ago") is history, unlike "a history of".
            dated = (
                ctx.historical
                and not re.search(r"\b(?:history|diagnosed)\b", s.low[max(0, a - 50) : a])
                and not still_current(s.low, a)
            )
            # a procedure: "cataract surgery", "both cataracts done"
            operated = re.match(
                r"\s*(?:removal|removed|surgery|repair|excision|done|taken out|out\b(?! of))", s.low[b:]
            )
            if _NOT_A_DIAGNOSIS.search(s.low[max(0, a - 40) : a]) or past_said(s.low, a) or dated or operated:
                continue  # a past episode ("I had pneumonia") is past history, filed by history.py
            attrs = {"icd10": c.code, "icd10_description": c.display}
            if ctx.historical:
                attrs["timing"] = "history"
            facts[c.name] = Fact(kind=FactKind.problem, name=c.name, attributes=attrs, evidence=s.evidence(a, b))
    for name in [n for n in facts if " " not in n]:  # "sprain" said again after "ankle sprain" is the same one
        if any(name in other.split() for other in facts if other != name):
            facts.pop(name)
    for specific, general in _SUBSUMES.items():
        if specific in facts:
            facts.pop(general, None)
    return list(facts.values()), mentions
