"""Family history told by reference: the relative and the condition in different places.

"My dad had them a lot" (the condition said before), "He has high blood pressure" (the relative asked about
just before), "Your mother had breast cancer?" "Yes, she did." (both in the question), a parent's own
relatives ("my brother" said by the mother is the maternal uncle). Split from family_history.py, which
reads a relative and a condition said together and holds the shared relative words.
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.family_history import (
    _PATIENT_BETWEEN,
    _PRONOUN_TELLS,
    _expand,
    _named,
    _relatives,
    _speakers_own,
    relation_names,
    relative_told_of,
    relatives_after,
    taken_up_later,
)
from engine.clinical.family_procedures import family_procedures
from engine.clinical.past_fevers import past_fevers
from engine.clinical.past_medical import confirmed_past
from engine.clinical.relative_words import RELATION, RELATION_NAME
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import find_problems
from engine.types import Fact, FactKind


def _no_then_told(s: Sentence, a: int, b: int) -> bool:
    """ "Is your mom still living?" "No, she died of a stroke.": the no answers the question, and the
    clause after it tells the condition; ConText reads the no as denying the stroke."""
    no = re.match(r"\W*(?:no|nope|nah)\b[\W]*", s.low)
    if no is None or no.end() >= a or not _PRONOUN_TELLS.search(s.low[no.end() : a]):
        return False
    return not assess(s.low[no.end() :], [(a - no.end(), b - no.end())])[0].negated


_THEIRS = re.compile(r"\b(?:had|has|have|gets|got|had it|had them|has it|has them|side|too|also|as well|does|did|do)\b")
_YES = re.compile(r"\W*(?:yes|yeah|yep|uh-huh|she did|he did|they did|she does|he does|that's right|correct)\b")


def _family_fact(name: str, relation: str, evidence: list) -> Fact:
    return Fact(
        kind=FactKind.history, name=name, attributes={"category": "family", "relation": relation}, evidence=evidence
    )


_FIRST_PERSON = re.compile(r"\b(?:i|i've|i'm)\b[^,.;?]*$")
# How the clinician greets a parent ("hi mom", "you must be dad") or the parent says who they are.
_COMPANION = re.compile(
    r"\b(?:(?:hi|hello|hey),?|you must be|and you're|i'm (?:his|her|the)) (mom|dad|mother|father|mum|mummy|daddy)\b"
)


def _companion(sentences: list[Sentence]) -> str | None:
    """Which parent the third speaker ("other") is, when the visit says so."""
    for s in sentences:
        m = _COMPANION.search(s.low)
        if m and (s.segment.speaker == "clinician" or m.group().startswith("i'm")):
            return RELATION_NAME.get(m.group(1), m.group(1))
    return None


# what a relative "had" told by a noun phrase of its own ("had a clot in her leg"), not "had it" or "did"
_NAMES_OWN = re.compile(r"\s*(?:a|an|some|the|bad|high|low|her|his|their)\s+(?!same\b)\w")
_SAME = re.compile(
    r"(?:'s)?\s*(?:\w+\s+)?(?:had|has|have|got|gets)\s+"
    r"(?:the same(?: thing)?|that too|it too|that as well|it as well)\b"
)
_IT = re.compile(r"(?:'s)?\s*(?:\w+\s+)?(?:had|has|have|got|gets|get)\s+(?:it|them|that|those|one)\b")


def _told_before(sentences: list[Sentence], s: Sentence, by_sentence: dict[int, list]) -> list:
    """Problem mentions of the sentence just before ``s``, when the same speaker said it."""
    prev = sentences[s.index - 1] if s.index > 0 else None
    if prev is None or prev.segment.speaker != s.segment.speaker:
        return []
    return by_sentence.get(prev.index, [])


def family_by_reference(sentences: list[Sentence], mentions: list) -> list[Fact]:
    """ "My dad had them a lot", "on my cousin's side", "He has high blood pressure": a relative named
    with the condition said before, in the same sentence or in the question just asked, or a condition
    told of a relative named just before by "he", "she" or "they"."""
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(m[0].index, []).append(m)
    out: dict[tuple[str, str], Fact] = {}
    companion = _companion(sentences)
    for s in sentences:
        if s.is_question:
            continue
        if s.segment.speaker == "other":
            # A third speaker's own relative, as the patient's: told by the mother, "my brother" is the
            # maternal uncle (who the speaker is unknown: the relation as said).
            for _s, a, b, c, ctx in by_sentence.get(s.index, []):
                rels = [r for r in _named(s.low) if r.end() <= a]
                if not rels or ctx.negated or ctx.hypothetical or not _speakers_own(s.low, rels[-1]):
                    continue
                if _PATIENT_BETWEEN.search(s.low[rels[-1].end() : a]):
                    continue
                for r in _relatives(s.low, rels):
                    for relation in relation_names(s.low, r, companion):
                        out.setdefault((c.name, relation), _family_fact(c.name, relation, s.evidence(r.start(), b)))
        if companion and s.segment.speaker == "other":
            # The parent speaking of themself: "me, I had asthma as a kid" is the mother's history.
            for _s, a, b, c, ctx in by_sentence.get(s.index, []):
                me = _FIRST_PERSON.search(window := s.low[max(0, a - 40) : a])
                if me and not ctx.negated and not RELATION.search(window[me.start() :]):  # not "and her dad has"
                    out.setdefault((c.name, companion), _family_fact(c.name, companion, s.evidence(a, b)))
        for _s, a, b, c, ctx in by_sentence.get(s.index, []):
            if (ctx.negated and not _no_then_told(s, a, b)) or ctx.hypothetical:
                continue
            after = relatives_after(sentences, s, a, b)
            told = relative_told_of(sentences, s, a) if not after else None
            for relation in after or (_expand(told) if told else []):
                out.setdefault((c.name, relation), _family_fact(c.name, relation, s.evidence(a, b)))
        # Mentions of the question just asked ("Does anyone in your family have diabetes?"), up to two
        # sentences back ("No, actually. But I have on my cousin's side."): the problem list skips questions.
        prev = next(
            (
                q
                for q in sentences[max(0, s.index - 2) : s.index][::-1]
                if q.is_question and q.segment.speaker != s.segment.speaker
            ),
            None,
        )
        asked = [(prev, a, b, c, None) for a, b, c in find_problems(prev.low)] if prev is not None else []
        short_answer = len(s.low) < 40 and re.match(r"\W*(?:yes|yeah|yep|uh-huh|my|both|just|only)\b", s.low)
        for rel in _named(s.low):
            theirs = _THEIRS.search(window := s.low[rel.end() : rel.end() + 30])
            if theirs and _PATIENT_BETWEEN.search(window[: theirs.start()]):
                theirs = None  # "my mother used to tell me I had it": the patient's "had", not the mother's
            if not (theirs or (asked and short_answer)):
                continue
            # a condition already told of another relative named before it is theirs ("my mom has diabetes,
            # my dad had surgery"), unless this one "had it too"
            it = _IT.match(s.low[rel.end() :]) or _SAME.match(s.low, rel.end())
            here = [
                m
                for m in by_sentence.get(s.index, [])
                if m[1] < rel.start() and (it or not any(o.end() <= m[1] for o in _named(s.low)))
            ]
            after = [m for m in by_sentence.get(s.index, []) if m[1] > rel.start()]
            # "Diabetes runs in my family. My mom had it, my brother has it.": "it" is the condition the
            # same speaker has just named.
            told = _told_before(sentences, s, by_sentence) if _IT.match(s.low[rel.end() :]) else []
            if not told and _SAME.match(s.low, rel.end()) and s.index:
                # "So this looks like gout." "My dad had the same thing.": the condition just named, by anyone
                told = by_sentence.get(s.index - 1, [])
            # "Anybody with a clot or a stroke?" "My mother had a clot in her leg": the answer names its own
            # condition (one the vocabulary may not know), so the question's last one is not it.
            names_own = bool(theirs and _NAMES_OWN.match(window[theirs.end() :]))
            pick = (here or ([] if names_own else asked) or told)[-1:] if not after else []
            teller = companion if s.segment.speaker == "other" else None
            for _s, a, b, c, _ctx in pick:
                for relation in relation_names(s.low, rel, teller):
                    out.setdefault(
                        (c.name, relation),
                        _family_fact(c.name, relation, _s.evidence(a, b) + s.evidence(rel.start(), rel.end())),
                    )
        # "Your mother had breast cancer?" "Yes, she did.": the relative and the condition are in the question.
        rel = RELATION.search(prev.low) if asked and _YES.match(s.low) and not RELATION.search(s.low) else None
        for _s, a, b, c, _ctx in asked if rel else ():
            for relation in _expand(RELATION_NAME.get(rel.group(1), rel.group(1))):
                out.setdefault((c.name, relation), _family_fact(c.name, relation, _s.evidence(a, b) + s.evidence(0, 3)))
    # (past medical history from a confirmed question is filed here: the extractor merges this module's
    # history facts; see past_medical.confirmed_past)
    # a relative's disease told by what was done for it: "my brother had a bypass", "she's on dialysis"
    # a treatment told within two sentences of a relative's disease is a detail of that disease's history
    near_disease = {m[0].index + d for m in mentions if m[4].family for d in (-2, -1, 0, 1, 2)}
    out.update(_side_answered(sentences, mentions))
    confirmed = taken_up_later(confirmed_past(sentences) + past_fevers(sentences), mentions)
    return list(out.values()) + confirmed + family_procedures(sentences, near_disease)


# "My grandfather had pancreatic cancer." "Your mom's or your dad's father?" "Mother's.": the side, answered
_SIDED = frozenset({"grandfather", "grandmother", "aunt", "uncle", "cousin", "grandparents"})
# (the question asks whose side: "your mom's or dad's father?", "which side?" — not "does your mom have it?")
_SIDE_ASKED = re.compile(r"\b(?:side|maternal|paternal)\b|\b(?:mom|mother|mum|dad|father)'s\b")
_SIDE_WORD = re.compile(r"\b(mom|mum|mother|maternal|dad|father|paternal)(?:'s)?\b")
_SIDE_SAID = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|yeah|yes|no|nope|it was|that was|on|my|her|his)\W+)*"
    r"(mom|mum|mother|maternal|dad|father|paternal)(?:'s)?\b(?!\W+(?:and|or)\b)"
)
_MATERNAL = {"mom": "maternal", "mum": "maternal", "mother": "maternal", "maternal": "maternal"}


def _side_answered(sentences: list[Sentence], mentions: list) -> dict[tuple[str, str], Fact]:
    """A grandparent's, aunt's, uncle's or cousin's condition whose side the clinician asks next and the
    patient answers in a word ("Mother's.", "My dad's side."): the sided relation (extract's dedupe lets it
    stand for the unsided one)."""
    out: dict[tuple[str, str], Fact] = {}
    for s, a, b, c, ctx in mentions:
        if not ctx.family or s.segment.speaker == "clinician" or s.index + 2 >= len(sentences):
            continue
        q, t = sentences[s.index + 1], sentences[s.index + 2]
        asks = q.segment.speaker == "clinician" and q.asks
        said = _SIDE_SAID.match(t.low) if asks and _SIDE_ASKED.search(q.low) else None
        rels = [r for r in _named(s.low) if r.end() <= a]
        if not said or not rels or t.segment.speaker == "clinician":
            continue
        base = RELATION_NAME.get(rels[-1].group(1), rels[-1].group(1))
        if base in _SIDED:
            # "No, my mom's fine, it was my dad's dad": the last side said is the answer
            side = _MATERNAL.get(_SIDE_WORD.findall(t.low)[-1], "paternal")
            for name in _expand(base):
                relation = f"{side} {name}"
                out.setdefault(
                    (c.name, relation), _family_fact(c.name, relation, s.evidence(a, b) + t.evidence(*said.span(1)))
                )
    return out
