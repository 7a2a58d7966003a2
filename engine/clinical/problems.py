"""Problems: the patient's diagnoses with their ICD-10-CM code, and every problem mention with its context.

Mentions come from the ICD-10-CM-based vocabulary (engine/clinical/vocabulary.py); ConText
(engine/clinical/context.py) says whether each is negated, hedged, historical, hypothetical or a
relative's. What is left out: a question or a denied echo of one, a relative's condition, a risk, a
differential or a screening, a past episode or an operated condition, a disease named only for its
vaccine or test ("a pneumonia shot", "a strep test"), and what not_problems.py rules out (a sugar reading, a
drug's harm, a habit left off). An episode by nature (anaphylaxis) is only ever history. The history
extractors file relatives' and past conditions from the same mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.clinical import answered_problems, assessed_symptoms, drug_reason_problems, not_problems
from engine.clinical.answers import NO, YES, about_known, answered
from engine.clinical.context import Context, assess
from engine.clinical.drug_reasons import TOPIC, TOPICS
from engine.clinical.exam_diagnoses import named_here, names_at
from engine.clinical.family_history import answered_about_relative, bare_parent_before, relative_told_of
from engine.clinical.lexicon import find_drugs
from engine.clinical.not_problems import (
    allergy_talk,
    lay_guess,
    not_the_patients,
    only_compared,
    ruled_out,
    unconfirmed_fever,
)
from engine.clinical.past_medical import (
    ONLY_PAST,
    REMOVED_THING,
    history_of,
    past_said,
    still_current,
    told_when,
    treated_after,
)
from engine.clinical.plain_problems import plain_problems, pressure_high
from engine.clinical.pregnancy_problem import pregnancy
from engine.clinical.problem_certainty import certainty
from engine.clinical.problem_merges import caused_by_diabetes, merge_said_twice
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_sites import symptom_mentions
from engine.clinical.tobacco_problem import tobacco_use
from engine.clinical.vocabulary import Concept, find_problems
from engine.types import Fact, FactKind

# Problems said of something other than the patient's own diagnosis: risks, explanations, plans to rule out.
_NOT_A_DIAGNOSIS = re.compile(
    r"\b(?:risk of|risk for|risks? (?:is|are|would be)(?: an?)?|lead to|leads to|cause|prevent|rule out|"
    r"worried about|concern for|"
    # what a drug is for, told to explain it: "carvedilol, that helps with coronary disease as well"
    r"helps? with|good for|used to treat|treats|"
    # a test or a shot for it is no diagnosis: "screening you for depression", "the Tdap shot for tetanus"
    r"(?:screen(?:ing)?|check(?:ing)?|test(?:ing)?|swab(?:bing)?|shot|vaccine|booster|jab)"
    r"(?: (?:you|her|him|them|everyone))? for|"
    # a named test for it: "check a TSH for thyroid problems" (not "your a1c for the diabetes", one known)
    r"(?:check|checking|test|testing|swab|swabbing|order|get|draw)(?: (?:a|an|some)) \w+ for(?! (?:the|your|her|his))|"
    r"look for|signs of|sign of|symptoms of|make sure|don't want|"
    # a screen offered and what it looks for, listed: "offer you a screen, HIV, syphilis, and ..."
    # (the list needs its comma or "for": "the blood tests show iron deficiency anemia" is a diagnosis)
    r"(?:a|the) (?:screen|screening|blood tests?)(?=(?:,| for)(?:[\s,]+(?:and |or )?[\w-]+){0,3}[\s,]*$)|"
    # a differential is not a diagnosis: "it could be related to some heart disease"
    r"(?:could|might|may) (?:also )?be (?:related to|due to|caused by|from)|or (?:it )?(?:could|might) be|"
    # what could follow, explained: "then they would have a heart attack at 50", "you could get a clot", "you
    # can get dehydrated", "it can give thrush", "prednisone can raise blood sugar" ("you may have pneumonia"
    # is a hedged diagnosis, and stays)
    r"(?:can|could|may|might|will) (?:also )?(?:raise|increase|push up|bring up)(?: your| the| his| her)?(?=\s*$)|"
    r"(?:(?:would|could) have|(?:would|could|can|may|might)(?: also)? (?:get|develop|end up with|give(?: you)?))"
    r"(?: an?| another| some)?(?=\s*$)|"
    # the other side of a differential: "bronchitis versus early pneumonia", "a sprain, or possibly a fracture"
    r"(?:versus|vs\.?|or possibly|or perhaps|or maybe|rather than)(?=(?:\s+(?:a|an|some|early|mild|\w+al))?\s*$)|"
    # doubted, watched for, or the danger a warning names: "I doubt this is a torn meniscus", "we'll monitor
    # for osteoporosis", "call us, because that could be a heart attack"
    r"doubt (?:that )?(?:it's|it is|this is|that's|you have|you've got)(?: an?| some)?(?=\s*$)|"
    r"(?:monitor|monitoring|watch|watching|keep an eye(?: on (?:that|it|this|things))?|keep an eye out)"
    r"(?: out)? for(?: any| an?| signs of)?(?=\s*$)|"
    r"because (?:that|this|it) (?:could|might|may) (?:be|mean)(?: an?)?(?=\s*$))\b"
)
# "My differential includes gout, pseudogout and septic arthritis": every name of the list is considered,
# none found (the list reads to the sentence's end).
# (not the white cell differential of a blood count: "your CBC with differential ... consistent with pneumonia")
_DIFFERENTIAL = re.compile(
    r"(?<!with )(?<!with a )(?<!and )\b(?:differentials?|differential diagnos[ie]s|ddx)\b(?! (?:count|showed|was|is))"
    r"[^.;?]{0,120}$"
)


# A disease named for its vaccine or test: the vaccine given or the test ordered (orders.py), not a diagnosis.
_NAMES_A_VACCINE_OR_TEST = re.compile(
    r"\s*(?:shots?|vaccines?|vaccinations?|boosters?|jabs?|immunizations?|tests?|testing|swabs?|screens?|"
    # "a tb skin test", "varicella titers", "a celiac blood test", "the tetanus, that's a Tdap": not the disease
    r"screening|skin tests?|titers?|antibod(?:y|ies)|panels?|exposure|"
    r"(?:blood|urine|stool|breath) tests?|,\s*(?:that's|that is|which is) (?:a|an|the) (?:tdap|dtap|td|mmr|"
    r"shot|jab|vaccine|booster)|"
    # "the flu was negative": the test's result, and no disease
    r"(?:is|was|came back) negative)\b"
)


# "Dehydration can make you dizzy", "reflux can cause a cough": a cause explained in general, not a diagnosis.
_CAN_CAUSE = re.compile(
    r"\s+(?:can|may|might|could|will|often|sometimes|usually)(?: also| sometimes)?\s+"
    r"(?:cause|make|give|lead to|trigger|bring on)\b"
)
# "Sleep apnea raises blood pressure": a disease named bare (no "your") as what causes something, in general.
_CAUSES = re.compile(
    r"\s+(?:raises|causes|leads to|increases|worsens|damages|triggers?|"
    # "viral infections set it off", "colds bring it on": what sets off the patient's problem, in general
    r"sets? (?:it|them|this|that|these) off|brings? (?:it|them|this|that) on|flares? (?:it|them) up|"
    # "sleep apnea is another big driver of atrial flutter", "obesity is a major risk factor for diabetes"
    r"(?:is|are|'s) (?:(?:a|an|another|one|the|big|major|main|common|huge|strong)\s+)*"
    r"(?:drivers?|causes?|triggers?|risk factors?) (?:of|for))\b"
)
# "You've never been told you have high blood pressure": asked and denied in one.
_NEVER_TOLD = re.compile(r"\bnever (?:been )?(?:told|diagnosed)\b[^.;?]*$")
# "This is shingles, herpes zoster": one diagnosis said twice (an apposition) is one problem.
_APPOSITION = re.compile(
    r"\s*(?:,|\(|-|or|also called|also known as|aka|,? which is|,? otherwise known as)\s*(?:\w+\s+)?$"
)


def _aside(low: str, h: tuple[int, int, Concept], found: list[tuple[int, int, Concept]]) -> bool:
    """Whether a problem named at ``h`` is a comparison, a denial told back, or a second name of the one
    just said (same ICD-10-CM category)."""
    before = low[max(0, h[0] - 60) : h[0]]
    if only_compared(low, h[0], h[1]) or _NEVER_TOLD.search(before):
        return True
    return any(
        b <= h[0] and c.code[:3] == h[2].code[:3] and _APPOSITION.fullmatch(low[b : h[0]])
        for a, b, c in found
        if c.code and h[2].code
    )


_OWNED = re.compile(r"\b(?:your|my|his|her|the|this|that)\s+$")
# "Do you have asthma?" "Yes, since I was little.": a diagnosis asked of the patient now and confirmed.
_ASKS_HAS = re.compile(r"\b(?:do you have|have you been diagnosed with|are you|does (?:she|he) have|is (?:she|he))\b")
# "What medical problems do you have?" "Just the blood pressure.": a problem named by what it is about.
_PROBLEMS_ASKED = re.compile(
    r"\b(?:medical|health) (?:problems|conditions|issues|history)\b|\bconditions\b|"
    # "okay and other history surgeries": a history question, not the family's or the social one
    r"\b(?:other|any|past|previous) history\b"
)


def _answer_to(sentences: list[Sentence], s: Sentence, pattern: re.Pattern) -> Sentence | None:
    """A sentence of the other speaker's turn just before ``s`` that matches ``pattern`` ("Any other medical
    problems? Heart, diabetes, stroke?" asks in its first sentence)."""
    k = s.index - 1
    while k >= max(0, s.index - 4) and s.segment.speaker:
        prev = sentences[k]
        if prev.segment.id == s.segment.id:  # "No sugar, no stroke. Just the pressure.": the same answer
            k -= 1
            continue
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


def _topic_named(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """ "Just the blood pressure" answering "What medical problems do you have?": the problem it names."""
    if not _answer_to(sentences, s, _PROBLEMS_ASKED):
        return []
    named = _TOPIC_ANSWER.finditer(s.low)
    return [(m.start(), m.end(), find_problems(TOPICS[m.group(1) or m.group(2)])[0][2]) for m in named]


# "Just the blood pressure", "um blood pressure cholesterol and i'm prediabetic": owned, or bare in a list
# ("blood pressure is fine", "cholesterol's 180" tell a reading; "the pressure pills" a drug)
_TOPIC_ANSWER = re.compile(
    # ("Sugar and BP.": the short names bare in a list)
    rf"\b(?:(?:the|my|her|his) ({TOPIC})|(blood pressure|cholesterol|bp|high bp|sugar))\b"
    r"(?!'s|'re| (?:medicines?|pills?|doctor|is|was|are|were|looks?|readings?|numbers?|checks?|cuff|levels?)\b)"
)


# "What about my diabetes numbers?": the patient's own diagnosis, named in their question.
_PATIENT_OWN = re.compile(r"\bmy (?:\w+ )?$")
# "You were on the hydrochlorothiazide for blood pressure?": a drug's reason, taken for granted by the question.
_DRUG_FOR = re.compile(r"\bfor (?:(?:your|my|his|her|the) )?$")
# "What you have is called plantar fasciitis": a statement that starts like a question.
_WHAT_IS = re.compile(
    r"^\s*(?:so |and |okay |ok |well |um |uh )*what (?:you(?:'ve| have)? (?:got|have)|you're dealing with|"
    r"this (?:is|looks like)|we(?:'re| are) (?:seeing|dealing with)|(?:is|'s) going on)\b[^?]*\b(?:is|are)\b"
)


def _presupposed(s: Sentence, a: int) -> bool:
    """Whether a diagnosis named inside a question is the patient's all the same: the patient's "my ...",
    a drug's reason ("the lisinopril for your blood pressure?"), or "what you have is called ..."."""
    start = s.clause_start(a)
    if s.segment.speaker == "patient" and _PATIENT_OWN.search(s.low[max(start, a - 12) : a]):
        return True
    said_for = s.low.startswith("for ", a) or _DRUG_FOR.search(s.low[max(start, a - 12) : a])
    if said_for and find_drugs(s.low[max(start, a - 60) : a]):
        return True
    return bool(_WHAT_IS.match(s.low[start:a])) and not s.low.rstrip().endswith("?")


# "For family history, there's high blood pressure, diabetes, thyroid disease, heart disease...": every item
# of the list is the family's (ConText's scope ends after a few words), up to the patient's own again.
_FAMILY_LIST = re.compile(
    r"\bfamily (?:medical )?history\b"
    r"(?:(?!\b(?:you|your|you're|you've|i|i'm|i've|my own|personally|she|he|who|presents|patient)\b)[^.;?]){0,180}$"
)
_ERA = re.compile(r"\b(?:during|since|before|after|pre|post)(?: the)?\s+$")

# A disease word that names an organisation, its guidance or its campaign, not the patient's diagnosis:
# "the American Cancer Society", "the heart association's diet", "per the cancer network guidelines".
_NAMES_AN_INSTITUTION = re.compile(
    r"\s*(?:networks?|institutes?|society|societies|foundations?|associations?|federation|alliance|charity|"
    r"guidelines?|research|awareness|fundraisers?|support groups?)\b"
)
# A condition removed once and here again: "it came back", "a new one", "another melanoma", "a recurrence".
_BACK_AGAIN = re.compile(r"\b(?:came back|come back|coming back|back again|recurr\w*|new one|another|again|still)\b")
# A vaccine told by the disease alone, with the words of a schedule kept: "you've completed your covid-19",
# "she's due for her flu", "up to date on his pneumonia and shingles", "fully vaccinated against covid-19"
# (not "I had covid").
_VACCINE_DUE = re.compile(
    r"\b(?:completed|finished|(?:over)?due for|up to date (?:on|with)|caught up (?:on|with)|boosted for|"
    r"(?:vaccinated|immuni[sz]ed|boosted|a (?:shot|vaccine|jab|booster)) (?:against|for))\s+"
    r"(?:(?:your|the|his|her|their|all|both|two|three|of)\s+)*(?:\w+\s+and\s+)?$"
)
# The generic name a specific diagnosis of the visit stands behind: "the cancer" said after "melanoma" or
# "ductal carcinoma in situ" is the same tumour, not a second one.
_GENERIC_CANCER = "malignant neoplasm"
_SPECIFIC_CANCER = re.compile(r"\b(?:cancer|carcinoma|melanoma|lymphoma|leuka?emia|sarcoma|myeloma|neoplasm)\b")

# The speaker of the clause: a third speaker's (a parent's) "I have asthma" is theirs, not the patient's.
_SPEAKER_OWN = re.compile(r"\b(?:i|i've|i'm)\b[^,.;?]*$")
_ASSESSMENT = re.compile(
    r"\b(?:my (?:impression|assessment|diagnosis)|your diagnosis|diagnosis is|consistent with|"
    r"assessment and plan|i think (?:you|she|he|it) (?:have|has|is)|(?:first|second|third|next) problem|"
    # "okay so this sounds like tension type headache": the clinician's conclusion after the examination
    r"(?:this|that|it|what you have) (?:sounds|looks|seems) like|sounds like)\b"
)


def problems(
    sentences: list[Sentence], exam: set[int] = frozenset()
) -> tuple[list[Fact], list[tuple[Sentence, int, int, Concept, Context]]]:
    """Diagnoses of the patient with their ICD-10-CM code, and every problem mention with its context
    (the history extractor files relatives' and past conditions from the same mentions)."""
    facts: dict[str, Fact] = {}
    first_said: dict[str, int] = {}  # the sentence each problem was first charted from
    gone: set[str] = set()  # conditions told as removed or operated on ("had a skin cancer removed")
    mentions = []
    for s in sentences:
        from_pos = 0
        named_at: set[int] = set()  # where the examiner names a diagnosis: "that's called vaginal atrophy"
        if s.index in exam:
            # An unpunctuated turn can run from the examination into the assessment: what follows
            # "my impression is", "consistent with", "your diagnosis" is the clinician's diagnosis.
            cue = _ASSESSMENT.search(s.low)
            named_at = names_at(s.low)
            if not cue and not named_at:
                continue
            from_pos = cue.start() if cue else len(s.low)
        symptom_spans = [(a, b) for a, b, _ in symptom_mentions(s.low)]
        # "endometriosis" said back as a question and answered "no" (a "yes" would confirm it)
        asked = len(s.low) < 60 and answered(sentences, s) and bool(NO.match(sentences[s.index + 1].low))
        found = find_problems(s.low)
        # a pain a drug is taken for, or the assessment's heading, is a problem, though also a symptom
        pill = drug_reason_problems.problem_hits(sentences, s) + assessed_symptoms.problem_hits(sentences, s)
        for h in _topic_named(sentences, s) + pressure_high(s.low) + plain_problems(s.low, s.norm.text) + pill:
            if not any(a <= h[0] < b or h[0] <= a < h[1] for a, b, _ in found):
                found.append(h)
        hits = [
            h
            for h in found
            if (h[0] >= from_pos or named_here(s.low, named_at, h[0]))
            # a question is no diagnosis, but "How's the diabetes going?" asks about one the patient has
            and not (
                asked
                or (
                    s.question_at(h[0])
                    and not told_when(s)
                    and about_known(s, h[0], h[1]) not in {"feature", "change"}
                    and not _confirmed(sentences, s, h[0])
                    and not _presupposed(s, h[0])
                )
                or answered_problems.listed_in_question(sentences, s, h[0])
            )
            and not _CAN_CAUSE.match(s.low[h[1] :])
            and not _aside(s.low, h, found)
            and not (_CAUSES.match(s.low[h[1] :]) and not _OWNED.search(s.low[: h[0]]))
            # (a diagnosis that runs past the symptom's words is the diagnosis: "a febrile seizure")
            and (h in pill or not any(a <= h[0] < b and h[1] <= b for a, b in symptom_spans))
            # "a pneumonia shot", "I had the flu vaccine", "a strep test": the order, nobody's diagnosis
            and not (_NAMES_A_VACCINE_OR_TEST.match(s.low[h[1] :]) or not_problems.vaccine_answer(sentences, s))
            # "you've completed your covid-19", "due for your flu": a vaccine series, said without "shot"
            and not _VACCINE_DUE.search(s.low[max(0, h[0] - 40) : h[0]])
            # "the national comprehensive cancer network guidelines": a word inside a body's name
            and not _NAMES_AN_INSTITUTION.match(s.low[h[1] :])
            # "since covid I work from home": the pandemic, not the patient's infection
            and not (h[2].name == "covid-19" and _ERA.search(s.low[: h[0]]))
        ]
        # "You have a history of asthma?" "Yes.": past medical history confirmed (history.py files it).
        if s.index + 1 < len(sentences) and answered(sentences, s) and YES.match(sentences[s.index + 1].low):
            told = [h for h in find_problems(s.low) if s.question_at(h[0]) and history_of(s.low, h[0])]
            ctxs = assess(s.low, [h[:2] for h in told])
            mentions += [(s, a, b, c, ctx) for (a, b, c), ctx in zip(told, ctxs, strict=True)]
        for (a, b, c), ctx in zip(hits, assess(s.low, [(a, b) for a, b, _ in hits]), strict=True):
            if not_the_patients(s.low, a, b, c.name):
                continue  # nobody's diagnosis, not even a relative's or a past one
            if s.segment.speaker != "clinician" and lay_guess(s.low, a):
                continue  # "I thought it was malaria, so I bought Coartem": the family's guess
            if c.name in ONLY_PAST and (
                _NOT_A_DIAGNOSIS.search(s.low[max(0, a - 40) : a]) or allergy_talk(sentences, s)
            ):
                continue  # "the signs of anaphylaxis"; "Any allergies?" "Penicillin, anaphylaxis.": the reaction
            if not ctx.family and (
                relative_told_of(sentences, s, a)
                or answered_about_relative(sentences, s)
                or _FAMILY_LIST.search(s.low[max(0, a - 200) : a])
                or bare_parent_before(s, a)
                or answered_problems.family_answer(sentences, s, a)
            ):
                ctx = replace(ctx, family=True)  # "What about your father?" "He has high blood pressure."
            mentions.append((s, a, b, c, ctx))
            if ctx.negated or not ctx.about_patient_now or c.name in facts or c.name in ONLY_PAST:
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
            operated = operated or treated_after(s.low, b)
            if operated or any(m.start() <= a < m.end() for m in REMOVED_THING.finditer(s.low)):
                gone.add(c.name)
            considered = _DIFFERENTIAL.search(s.low[max(0, a - 130) : a])
            if _NOT_A_DIAGNOSIS.search(s.low[max(0, a - 40) : a]) or considered:
                continue  # a risk, a plan to rule out, a differential: no diagnosis, nor past history
            if past_said(s.low, a) or dated or operated or answered_problems.surgery_answer(sentences, s, a):
                continue  # a past episode ("I had pneumonia") is past history, filed by history.py
            if c.name == "polyneuropathy" and caused_by_diabetes(s.low):
                c = find_problems("diabetic neuropathy")[0][2]  # "nerve damage from the sugar, ... neuropathy"
            # one side of a differential, or hedged: "possible" / "likely" (problem_certainty.py)
            attrs = {"icd10": c.code, "icd10_description": c.display} | certainty(s.low, a, b)
            if ctx.historical:
                attrs["timing"] = "history"
            facts[c.name] = Fact(kind=FactKind.problem, name=c.name, attributes=attrs, evidence=s.evidence(a, b))
            first_said[c.name] = s.index
    # "You had a skin cancer removed in May" ... "the pathology report for your skin cancer": named again
    # after its removal, it is the same one, gone; only words that say it is here again make it today's.
    for name in [n for n in facts if n in gone and not _BACK_AGAIN.search(sentences[first_said[n]].low)]:
        facts.pop(name)
    for name in [n for n in facts if ruled_out(mentions, n, first_said[n]) or unconfirmed_fever(mentions, n)]:
        facts.pop(name)  # "they said I have typhoid" ... "I don't think typhoid is your problem"
    for name in [n for n in facts if " " not in n]:  # "sprain" said again after "ankle sprain" is the same one
        if any(name in other.split() for other in facts if other != name):
            facts.pop(name)
    merge_said_twice(facts)
    if any(n != _GENERIC_CANCER and _SPECIFIC_CANCER.search(n) for n in facts):
        facts.pop(_GENERIC_CANCER, None)
    # a smoker treated for it, a pregnancy told by its weeks: problems of the visit said without their name
    for fact in tobacco_use(sentences) + pregnancy(sentences):
        facts.setdefault(fact.name, fact)
    return list(facts.values()), mentions
