"""Symptoms (present, denied, hedged) with their clinical context (problems: engine/clinical/problems.py).

Mentions come from the ICD-10-CM-based vocabulary (engine/clinical/vocabulary.py) plus "<body site>
pain"; whether each is negated, hedged, historical, hypothetical or a relative's is ConText's call
(engine/clinical/context.py). A question is not a finding: its symptoms wait for the answer ("Any chest
pain?" "No." -> chest pain denied; "Yes, a little." -> present, hedged; "Any swelling?" "My ankles." ->
ankle swelling), whoever asked and with or without speaker labels.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.answers import (
    AGREE,
    BARE_YES,
    BEFORE,
    DISMAY,
    FEVER_READING,
    FILLER,
    HEDGED_YES,
    NO,
    YES_AGREE,
    about_known,
    answered,
    bare_yes_to_statement,
    gone_by_answer,
    negative_question,
    says_yes,
    taken_back,
    yes_first,
)
from engine.clinical.context import assess, contract
from engine.clinical.dialect_words import standard_sentences
from engine.clinical.exam import clinician_afebrile
from engine.clinical.function_answers import function_answers, output_kept
from engine.clinical.lay_symptoms import LAY_ABSENT, fine_functions
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentence_symptoms import overlaps, sentence_mentions
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_lists import (
    ALL_YES,
    ANAPHOR,
    CLARIFY,
    asked_again,
    bare_list_asked,
    denied_in_answer,
    heard_question_piece,
    list_answers,
    other_parts_asked,
    positional_answers,
    stalls,
    telegraphic_list,
    verbless_asked,
)
from engine.clinical.symptom_said import UNSURE, carried_denials, not_now, said_polarity
from engine.clinical.symptom_sites import BODY_SITES, SITE_NAME
from engine.clinical.symptom_talk import (
    advice,
    after_vitals,
    hedged_uptalk,
    referred_mentions,
    told_and_confirmed,
    topic_of_question,
)
from engine.clinical.symptom_verbs import NIGHT_COUNT
from engine.clinical.topic_symptoms import topic_mentions
from engine.clinical.twin_symptoms import fold_twins, one_complaint
from engine.clinical.vocabulary import Concept
from engine.clinical.warning_chains import in_warning_chain
from engine.types import Fact, FactKind

# (and the question put through an interpreter: "Ask her about fever", "Can you ask him if he has pain?")
_PROMPT = re.compile(
    FILLER + r"(?:tell me (?:about|more)|describe|talk to me about|how (?:is|are|about)|"
    r"(?:can you |could you |please )?ask (?:her|him|them|the patient|your (?:mom|dad|mother|father)))\b"
)


class _Symptoms:
    """Collects symptom facts; a present mention outweighs a denial (the chief complaint stays present), but not
    the clinician's own mention of what the patient denied."""

    def __init__(self) -> None:
        self.facts: dict[str, Fact] = {}

    def add(self, name: str, negated: bool, possible: bool, evidence, told_by_clinician: bool = False) -> None:
        prev = self.facts.get(name)
        if prev is not None and prev.negated and told_by_clinician:
            return  # "Any falls?" "No falls." ... "it adds to the dizziness and the falls": the clinician's aside
        attrs = {"certainty": "possible"} if possible and not negated else {}
        if prev is None or (prev.negated and not negated) or ("certainty" in prev.attributes and not attrs):
            self.facts[name] = Fact(
                kind=FactKind.symptom, name=name, negated=negated, attributes=attrs, evidence=evidence
            )


# the bare "no" that answers, then something else ("No, just the vomiting"); not "No chest pain", a denial itself
_NO_BUT = re.compile(FILLER + r"(?:no|nope|nah)(?:,?\s+not really)?(?:[,.]|\s+(?:just|only|but)\b)")
_ONLY = re.compile(FILLER + r"(?:(?:no|nope),?\s*)?(?:just|only)\b")
_WHEN = re.compile(r"\W*(?:only|just|mostly|usually|mainly|sometimes) (?:when|if|after)\b")
_WHERE = re.compile(
    FILLER + r"(?:(?:yes|yeah|yep|ja|haan),? )?(?:(?:just|only|mostly) )?(?:(?:in|on|at|around) )?"
    rf"(?:my|both|the|her|his|both of my)(?: (?:right|left|big|little|lower))* ({BODY_SITES})\b[,.]?"
)
# A question that asks how often, answered by a count: the count says it happens
_HOW_MANY = re.compile(r"\bhow (?:many times|often)\b")
_COUNTED = re.compile(
    FILLER + r"(?:about |maybe |probably |usually |like )?(?:[1-9]\d*|once|twice|two|three|four|a few|a couple|"
    r"several)\b"
)
# An amount that answers one symptom asked: "Little tickle at night.", "Some, mostly mornings.", "Bit of one."
# (not "a little better": how it has changed)
_AMOUNT = re.compile(
    FILLER + r"(?:(?:a )?little|some|(?:a )?(?:bit|touch|tad) of|slight(?:ly)?|mild(?:ly)?|the odd)\b"
    r"(?! (?:better|worse|less|more|improved|easier))"
)
# A fever read in Celsius, as most of the world says it ("He was 38.1 on Sunday", "39 degrees last night"):
# a whole number only with its unit, since a bare 38 may be an age or a count
# (a fever from 38 degrees Celsius; 37.5 to 37.9 is a temperature some call normal)
_CELSIUS = re.compile(r"\b(?:3[89]\.\d|4[01]\.\d)\b|\b(?:3[89]|4[01])(?:\.\d)? ?(?:degrees|°|c\b)")
_SAID_NORMAL = re.compile(r"\b(?:normal|fine|okay|no fever|not a fever)\b")
_PAST_ANSWER = re.compile(
    # ("like I used to" compares with before: "I don't enjoy things like I used to" is now)
    r"\b(?:as a (?:child|kid|teenager|baby)|when i was (?:a kid|a child|younger|little|small)|years ago|"
    r"(?<!like i )(?<!as i )(?<!than i )used to|"
    r"growing up|(?:have|has)(?: not|n't| n't) (?:felt|seen|noticed|had) (?:it|them|that|one|any)(?: again)? since)\b"
)
# the clinician waiting for an answer: "Take your time.", "No rush.", "Go on."
_WAITS = re.compile(
    r"\W*(?:(?:okay|ok|sure|mm-?hmm|that's (?:okay|fine|alright))[,.!\s]+)*"
    r"(?:take your time|no rush|no hurry|go on|go ahead|it's (?:okay|fine|alright)|that's (?:okay|fine|alright))\W*"
)
_TO_THE_PATIENT = re.compile(r"\b(?:you|your|you're|you've|you'd|yours)\b")
_ANOTHER_ONE = re.compile(r"\b(?:any ?other|another)\s+(?:[a-z]+\s+)?$")
_SINCE = re.compile(r"[^.?!]{0,20}?\bsince\b")
_NOT_SINCE = re.compile(
    r"\b(?:have|has)(?: not|n't| n't) (?:felt|seen|noticed|had) (?:it|them|that|one|any)(?: again)? since\b"
)


# A symptom named as what was talked about, not as what the patient has: "you asked about sweats before, no,
# I don't get sweats", "speaking of headaches"
_REFERRED = re.compile(
    r"\b(?:asked|asking|ask) (?:me )?about (?:the |my )?$|\b(?:you mentioned|speaking of)\s+(?:the )?$"
)


_NONE_OF_IT = re.compile(
    r"\W*(?:(?:um|uh|oh|well),?\s+)*(?:no,?\s+)*(?:none of (?:that|those|them|these)|nothing like that)\b"
)


def _same_speaker_next(sentences: list[Sentence], s: Sentence) -> str:
    """The next sentence when the same speaker says it (a no corrected in its own sentence), else ""."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return contract(nxt.low) if nxt is not None and not s.other_speaker(nxt) else ""


def _gone_later(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the rest of the answer turn says it has not been there since: "I did, last time. She found a
    lump here, but I haven't felt it since." (the yes was about then, not now)."""
    later = [r for r in sentences[s.index + 1 : s.index + 4] if r.segment.id == s.segment.id]
    return any(_NOT_SINCE.search(r.low) for r in later)


def symptoms(sentences: list[Sentence], exam: set[int] = frozenset()) -> list[Fact]:
    """Symptoms of the patient, present or denied, each with the words that say so."""
    sentences = standard_sentences(sentences)  # "I cannae lie flat", "Naw.": Scots negatives as standard words
    out = _Symptoms()
    pending: tuple[Sentence, list[tuple[int, int, Concept, Sentence]]] | None = None
    # the answer turn to a list, read on across its sentences: (answering speaker, items, names said)
    rest: tuple[str, list[tuple[int, int, Concept, Sentence]], set[str]] | None = None
    explained: list[tuple[int, int, Concept, Sentence]] = []  # what the clinician just named as possible
    for s in sentences:
        if s.index in exam:
            pending = None
            continue  # the clinician's findings, not the patient's symptoms
        # "if you feel faint, call 999", "they'll blister": advice and a treatment's effects, neither said nor asked
        # (... and the same advice cut into short sentences by a recogniser: "If he's up 3 pounds. Chest pain.")
        hits = sentence_mentions(s)
        hits = sorted(hits + [h for h in topic_mentions(sentences, s) if not overlaps(h, hits)], key=lambda h: h[0])
        hits = [] if hits and in_warning_chain(sentences, s) else [h for h in hits if not advice(sentences, s, h[0])]
        # "any blood in it?" after the diarrhoea, "it's quite dark" after a wee: what "it" is tells the symptom
        hits = sorted(hits + [h for h in referred_mentions(sentences, s) if not overlaps(h, hits)], key=lambda h: h[0])
        # "tell me about the headaches" asks; it does not report. Nor does an unpunctuated "and fevers
        # chills" that the other speaker answers with a bare no or yes.
        prompt = bool(_PROMPT.match(s.low)) or answered(sentences, s)
        asker = s.segment.speaker not in ("patient", None)
        # "Fever, chills, body aches?" asks each; "Like a dry cough?" after "Any cough?" asks it again.
        prompt = prompt or (asker and telegraphic_list(s.low, [h[:2] for h in hits]))
        prompt = prompt or bare_list_asked(sentences, s, [h[:2] for h in hits])
        prompt = prompt or verbless_asked(sentences, s, [h[:2] for h in hits])
        prompt = prompt or heard_question_piece(s, pending[0] if pending else None)
        prompt = prompt or bool(
            asker and pending and pending[0].segment.speaker == s.segment.speaker and CLARIFY.match(s.low)
        )
        # But "you don't have any fever, does it hurt when I press here?" "A little.": the denial stated
        # before the question is a statement, not part of what the "a little" answers.
        stated = []
        # (Not when nothing else is asked and a bare "yeah" answers: "and you've not been short of breath" "yeah"
        # is a negative question, its answer ambiguous.)
        if prompt and not _PROMPT.match(s.low) and not bare_yes_to_statement(sentences, s):
            ctxs = assess(s.low, [h[:2] for h in hits])
            stated = [h for h, c in zip(hits, ctxs, strict=True) if c.negated and not s.question_at(h[0])]
        # ("Maybe a bit of puffiness round my eyes?": the patient's hedge, said with a rising tone)
        said = [h for h in hits if h in stated or not (prompt or s.question_at(h[0])) or hedged_uptalk(s, h[0])]
        said = [h for h in said if not topic_of_question(s, h[0], h[1])]  # "and bleeding ... any bleeding ...?"
        said = [h for h in said if not _REFERRED.search(s.low[max(0, h[0] - 30) : h[0]])]
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
            gone = gone_by_answer(kind, answer, c.name)
            out.add(c.name, gone, False, s.evidence(a, b) + (nxt.evidence(0, min(len(nxt.low), 20)) if gone else []))
        asked = [h for h in asked if h not in known]
        # "Is it making you pee a lot?" "Yeah, I have almost incontinence.": a yes that goes on to name
        # something else still answers the question.
        yes_and_more = (
            bool(said)
            and bool(pending)
            and len({h[2].name for h in pending[1]}) == 1  # (one thing, maybe asked twice: "worried or nervous?")
            # ... or with the circumstances: "Any blurred vision?" "Only when I'm tired."
            and bool(yes_first(contract(s.low)) or _WHEN.match(s.low))
        )
        # "Any locking or giving way?" "No, it doesn't lock, it hasn't given out.": a no that goes on to deny
        # one of the things asked still answers all of them.
        no_and_same = (
            bool(said)
            and bool(pending)
            and bool(no := NO.match(contract(s.low)))
            and said[0][0] - no.end() > 3  # "No fever." names what it denies; "no, it doesn't lock" answers all
            # (what it denies may be named otherwise: "Any burning when you pee?" "No, I don't think it burns.")
            and all(x.negated for x in assess(s.low, [h[:2] for h in said]))
        )
        # "No, none of that, well my gums bleed": the list is denied, whatever else is told after
        none_of_it = bool(pending) and bool(_NONE_OF_IT.match(contract(s.low)))
        if pending and (not said or yes_and_more or no_and_same or none_of_it):
            _, qhits, all_of = *pending, False
            answer = contract(s.low)
            # (a bare "Oh, no." is the answer no)
            after_dismay = answer[dismay.end() :].lstrip(" ,.!") if (dismay := DISMAY.match(answer)) else ""
            if dismay and after_dismay and not NO.match(after_dismay):
                answer = "yes" + answer[dismay.end() :]  # "Any headache?" "Oh no, it's terrible.": dismay, a yes
            elif (_HOW_MANY.search(pending[0].low) and _COUNTED.match(answer)) or (
                {c.name for _, _, c, _ in qhits} == {"nocturia"} and NIGHT_COUNT.search(answer) and not NO.match(answer)
            ):
                answer = "yes, " + answer  # "How many times are you up at night to wee?" "Two, three times."
            elif len({c.name for _, _, c, _ in qhits}) == 1 and _AMOUNT.match(answer) and not NO.match(answer):
                answer = "yes, " + answer  # "Cough?" "Little tickle at night.", "Some, in the mornings.": how much
            # "Any swelling?" "My ankles sometimes.": saying where it is says yes, and where ("My chest?" asks).
            where = None if s.is_question else _WHERE.match(answer)
            if where:
                answer = answer[where.end() :].lstrip(" ,.?!") or "yes"
            denied_in_question = all(negative_question(q, a) for a, b, c, q in qhits)
            names = {c.name for _, _, c, _ in qhits}
            one = one_complaint(names)  # ("dizzy or lightheaded?" asks one thing)
            in_turn = positional_answers(answer, [c.name for _, _, c, _ in qhits])
            if in_turn is not None:
                # "Fever? Chills? Cough?" "No, no, and yes.": each answer in the order asked
                for a, b, c, q in qhits:
                    if c.name in in_turn:
                        out.add(c.name, in_turn[c.name], False, q.evidence(a, b) + s.evidence(0, len(answer)))
            elif taken_back(answer, _same_speaker_next(sentences, s)):
                if one:  # "Any cough?" "No, but sometimes at night.": there, on and off
                    a, b, c, q = qhits[0]
                    out.add(c.name, False, True, q.evidence(a, b) + s.evidence(0, min(len(answer), 30)))
                # (several asked: which one it qualifies is not said, and none is denied)
            elif one and NO.match(answer) and UNSURE.search(answer):
                a, b, c, q = qhits[0]  # "Fever?" "I don't think so, maybe.": unsure, not a denial
                out.add(c.name, False, True, q.evidence(a, b) + s.evidence(0, 3))
            elif NO.match(answer) or (denied_in_question and (AGREE.match(answer) or YES_AGREE.match(answer))):
                for a, b, c, q in qhits:
                    if BEFORE.search(q.low[b:]) or (_ANOTHER_ONE.search(q.low, 0, a) and _SINCE.match(q.low, b)):
                        continue  # "Any other lows since then?" "Nah.": one there was, none since
                    out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif denied_in_question and BARE_YES.match(answer):
                pass  # "You've not been short of breath?" "Yes.": which way is not said
            elif (
                "fever" in names
                and (FEVER_READING.search(answer) or _CELSIUS.search(answer))
                and not _SAID_NORMAL.search(answer)  # "37.9, they said that's normal"
            ):
                a, b, c, q = next(h for h in qhits if h[2].name == "fever")  # "Any fever?" "Low grade, 100.2."
                out.add(c.name, False, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 20)))
            elif ALL_YES.match(answer) and not one:  # "All three.", "Yes to all of those."
                for a, b, c, q in qhits:
                    out.add(c.name, False, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 12)))
            elif one and denied_in_answer(s, hits, names):
                # "Are you feeling down?" "I get frustrated ... but down no, I'm not depressed."
                a, b, c, q = qhits[0]
                out.add(c.name, True, False, q.evidence(a, b) + s.evidence(0, min(len(answer), 3)))
            elif (
                (says_yes(answer, qhits[0][3].low) or (all_of := bool(ALL_YES.match(answer))))  # "All of it."
                and (one or (where and len(names) == 2) or told_and_confirmed(pending[0]))
                # "Getting up at night, any blood?" "I get up twice.": the yes may be the other thing's
                and not (one and not all_of and other_parts_asked(qhits[0][3], [h[:2] for h in qhits]))
            ):
                # One symptom (maybe said twice) takes the yes. "Any numbness or tingling?" "In my toes.": a
                # place answers for both, each possible, since it does not say which.
                site = SITE_NAME.get(where.group(1), where.group(1)) if where and one else ""
                for a, b, c, q in [h for k, h in enumerate(qhits) if h[2].name not in {x[2].name for x in qhits[:k]}]:
                    # "Any family history of seizures?" "Yes, I had them as a child.": a relative's, or the
                    # patient's past (history.py), not a symptom now
                    if _PAST_ANSWER.search(answer) or _gone_later(sentences, s) or assess(q.low, [(a, b)])[0].family:
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
        contexts = carried_denials(s, [(a, b) for a, b, _ in said], assess(s.low, [(a, b) for a, b, _ in said]))
        now_explained = []
        afebrile = clinician_afebrile(s) or after_vitals(sentences, s)
        for (a, b, c), ctx in zip(said, contexts, strict=True):
            if ctx.hypothetical and asker:
                now_explained.append((a, b, c, s))  # "some patients get a cough on it", then "noticed that?"
            if not ctx.about_patient_now or (ctx.historical and not ctx.negated):
                continue
            if not_now(sentences, s, a, b, c.name, ctx, afebrile):
                continue
            negated, possible = said_polarity(s, a, b, ctx)
            # (the clinician's aside, not said to the patient: "it adds to the dizziness and the falls")
            aside = s.segment.speaker == "clinician" and not _TO_THE_PATIENT.search(s.low)
            out.add(c.name, negated, possible, s.evidence(a, b), aside)
        for a, b, phrase in find_phrases(s.low, lexicon.ABSENT_PHRASES):
            if lexicon.ABSENT_PHRASES[phrase] in lexicon.SYMPTOMS:
                out.add(lexicon.ABSENT_PHRASES[phrase], True, False, s.evidence(a, b))
        if told := function_answers(sentences, s):
            # "How are you sleeping?" "Terribly.": the symptom the bad answer tells
            out.add(told[0], False, False, s.evidence(0, len(s.low)) + told[1].evidence(0, min(len(told[1].low), 40)))
        if kept := output_kept(sentences, s):
            out.add("decreased urine output", True, False, s.evidence(0, len(s.low)) + kept.evidence(0, len(kept.low)))
        for a, b, phrase in find_phrases(s.low, LAY_ABSENT):
            out.add(LAY_ABSENT[phrase], True, False, s.evidence(a, b))
        if s.segment.speaker != "clinician" and not s.is_question:  # the clinician's "X is normal" is a finding
            for a, b, name in fine_functions(s.low):
                out.add(name, True, False, s.evidence(a, b))
        same_turn = pending and s.segment.speaker == pending[0].segment.speaker
        late = pending and not hits and s.segment.speaker and not same_turn and stalls(s.low)
        # "Any lows? Shaky, sweaty, anything under 70?": a list that ends in "?" still asks.
        # ... and so do a recogniser's unpunctuated pieces of one question ("Dizzy. Like you might pass out." "No.")
        piece = prompt and bool(s.segment.words) and pending and pending[0].index == s.index - 1
        if asked and same_turn and (s.asks or piece):
            # "Any other symptoms? Chest pain? Shortness of breath?" is one question, answered once.
            pending = (s, pending[1] + [(a, b, c, s) for a, b, c in asked])
        elif not hits and same_turn and asked_again(s) and s.segment.speaker:
            pass  # "Any fever? I mean, have you felt hot?": still the same question, waiting for its answer
        elif late or (not hits and same_turn and _WAITS.fullmatch(s.low)):
            # "Um, let me think.", "Sorry, what was that?", the clinician's "Take your time.": the question waits
            pass
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
    return fold_twins(list(out.facts.values()), sentences)
