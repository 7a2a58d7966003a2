"""History: past medical and surgical history, family history and social history.

Relatives' conditions and past diagnoses come from the same problem mentions as the problem list, read
with ConText (a relative's hypertension is family history, never the patient's problem). Surgery and the
social history (tobacco, alcohol, recreational drugs, occupation) have their own short patterns, and
ConText again decides polarity and time: "I quit smoking" is former, "No marijuana" is denied.
"""

from __future__ import annotations

import re

from engine.clinical.context import Context, assess
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept
from engine.types import Fact, FactKind

_RELATION = re.compile(
    r"\b(mother|mom|father|dad|sister|brother|grandmother|grandma|grandfather|grandpa|aunt|uncle|cousin|"
    r"son|daughter|parents|siblings)\b"
)
_RELATION_NAME = {"mom": "mother", "dad": "father", "grandma": "grandmother", "grandpa": "grandfather"}
_SURGERY = re.compile(
    r"\b((?:\w+ ){0,3}?(?:\w+ectomy|\w+otomy|\w+plasty|\w+oscopy|fusion|replacement|repair|bypass|"
    r"(?:\w+ )?surgery|removal|removed|transplant|c-section|cesarean section))\b"
)
_SURGERY_CUE = re.compile(
    r"\b(?:had|have had|i've had|underwent|got|history of|status post|s/p|after (?:my|her|his|the)|"
    r"surgery on|operation)\b"
)
_SURGERY_LEAD = re.compile(
    r"^(?:a|an|the|my|her|his|your|their|some|had|has|have|i|i've|you|you've|she|he|they|we|did|was|were|got|"
    r"that|this|of|on|to)\s+"
)
_TOBACCO = re.compile(r"\b(smoke|smokes|smoking|smoked|smoker|cigarettes?|tobacco|vape|vaping|chew)\b")
# "Drinking" alone is as often water ("she's drinking fine"): alcohol needs an alcohol word or the question.
_ALCOHOL = re.compile(
    r"\b(alcohol|beers?|wine|liquor|whiskey|vodka|drinks? (?:socially|alcohol|beer|wine)|social drinker|"
    r"(?:do|does) (?:you|she|he) drink|drink socially|drink(?:s|ing)? (?:on|a few|a couple|every|once|most))\b"
)
_DRUGS = re.compile(
    r"\b(recreational drugs|illicit drugs|street drugs|drugs|marijuana|cannabis|weed|cocaine|heroin|meth)\b"
)
_OCCUPATION = re.compile(
    r"\b(?:i work as an?|i'm an?|i am an?|she works as an?|he works as an?|i work (?:at|in|for)|"
    r"my job is|i'm retired|i retired)\b ?((?:[a-z]+ ){0,2}[a-z]+)?"
)
_JOBS = re.compile(
    r"(teacher|nurse|engineer|driver|mechanic|farmer|landscaper|accountant|lawyer|student|cashier|chef|cook|"
    r"carpenter|electrician|plumber|construction|firefighter|police|officer|manager|secretary|retired|"
    r"doctor|programmer|developer|server|waitress|waiter|painter|contractor|lineman|clerk|pilot|veteran|"
    r"architect|professor|musician|athlete|coach|banker|salesman|sales)"
)
_QUANTITY = re.compile(
    r"\b(?:\d+|one|two|three|four|five|a couple|a few)(?: or \w+)?(?: of)? (?:beers?|glasses|drinks|packs?|cigarettes)"
    r"(?: (?:a|per|every) (?:day|week|night|month)| on (?:the )?weekends?)?"
)


def _fact(name: str, category: str, s: Sentence, a: int, b: int, **attrs: str) -> Fact:
    return Fact(kind=FactKind.history, name=name, attributes={"category": category, **attrs}, evidence=s.evidence(a, b))


def family_and_past(mentions: list[tuple[Sentence, int, int, Concept, Context]]) -> list[Fact]:
    """Relatives' conditions (family) and past diagnoses (past medical) from problem mentions."""
    out: dict[tuple[str, str], Fact] = {}
    for s, a, b, c, ctx in mentions:
        if ctx.negated or ctx.hypothetical:
            continue
        rels = [r for r in _RELATION.finditer(s.low) if r.start() < a]  # the relative named nearest before
        rel = rels[-1] if rels else _RELATION.search(s.low)
        if ctx.family or (rel and rel.start() < a and not re.search(r"\b(?:i|i've|i'm|me)\b", s.low[rel.end() : a])):
            if rel:
                relation = _RELATION_NAME.get(rel.group(1), rel.group(1))
                out.setdefault(
                    ("family", c.name + relation), _fact(c.name, "family", s, min(rel.start(), a), b, relation=relation)
                )
        elif ctx.historical:
            out.setdefault(("past_medical", c.name), _fact(c.name, "past_medical", s, a, b, icd10=c.code))
    return list(out.values())


_THEIRS = re.compile(r"\b(?:had|has|have|gets|got|had it|had them|has it|has them|side|too|also|as well)\b")


def family_by_reference(sentences: list[Sentence], mentions: list) -> list[Fact]:
    """ "My dad had them a lot", "on my cousin's side": a relative named with the condition said before,
    in the same sentence or in the question just asked."""
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(m[0].index, []).append(m)
    out: dict[tuple[str, str], Fact] = {}
    for s in sentences:
        if s.is_question:
            continue
        for rel in _RELATION.finditer(s.low):
            if not _THEIRS.search(s.low[rel.end() : rel.end() + 30]):
                continue
            here = [m for m in by_sentence.get(s.index, []) if m[1] < rel.start()]
            asked = by_sentence.get(s.index - 1, []) if s.index and sentences[s.index - 1].is_question else []
            after = [m for m in by_sentence.get(s.index, []) if m[1] > rel.start()]
            pick = (here or asked)[-1:] if not after else []
            for _s, a, b, c, _ctx in pick:
                relation = _RELATION_NAME.get(rel.group(1), rel.group(1))
                out.setdefault(
                    (c.name, relation),
                    Fact(
                        kind=FactKind.history,
                        name=c.name,
                        attributes={"category": "family", "relation": relation},
                        evidence=_s.evidence(a, b) + s.evidence(rel.start(), rel.end()),
                    ),
                )
    return list(out.values())


def surgeries(sentences: list[Sentence]) -> list[Fact]:
    """Past operations the patient says they had."""
    out: dict[str, Fact] = {}
    for s in sentences:
        if s.is_question or not _SURGERY_CUE.search(s.low):
            continue
        for m in _SURGERY.finditer(s.low):
            if s.question_at(m.start()) or re.search(r"\b(?:need|needs|recommend|schedule|going to|will)\b", s.low):
                continue
            name = m.group(1)
            while (short := _SURGERY_LEAD.sub("", name)) != name:
                name = short
            if name in {"surgery", "removal", "removed", "repair", "replacement"}:
                continue
            ctx = assess(s.low, [(m.start(1), m.end(1))])[0]
            if not ctx.negated and not ctx.family:
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(1), m.end(1)))
    return list(out.values())


def _habit(s: Sentence, m: re.Match, kind: str, out: dict[str, Fact]) -> None:
    ctx = assess(s.low, [(m.start(), m.end())])[0]
    if ctx.family or ctx.hypothetical:
        return
    a, b = m.start(), m.end()
    if ctx.negated or re.match(r"\s*(?:no|nope|never|none|not)\b", s.low):
        value = "never" if kind == "tobacco" else "denies"
    elif ctx.historical or re.search(r"\b(?:quit|stopped|used to|former)\b", s.low):
        value = "former"
    else:
        q = _QUANTITY.search(s.low)
        value = q.group() if q else "yes"
        if q:
            a, b = min(a, q.start()), max(b, q.end())
    prev = out.get(kind)
    if prev is None or prev.attributes.get("value") == "yes":
        out[kind] = _fact(kind, "social", s, a, b, value=value)


def social(sentences: list[Sentence]) -> list[Fact]:
    """Tobacco, alcohol, recreational drugs and occupation, as the patient tells them."""
    out: dict[str, Fact] = {}
    asked: str | None = None
    for s in sentences:
        low = s.low
        for kind, pattern in (("tobacco", _TOBACCO), ("alcohol", _ALCOHOL), ("drugs", _DRUGS)):
            m = pattern.search(low)
            if m and kind == "drugs" and re.search(r"\b(?:medication|prescription|over the counter)\b", low):
                m = None
            if m and s.question_at(m.start()):
                asked = kind
            elif m:
                _habit(s, m, kind, out)
            elif asked == kind and re.match(r"\s*(?:no|nope|never|not)\b", low):
                out.setdefault(kind, _fact(kind, "social", s, 0, 2, value="never" if kind == "tobacco" else "denies"))
        if not s.is_question:
            asked = None if not any(p.search(low) for p in (_TOBACCO, _ALCOHOL, _DRUGS)) else asked
        m = _OCCUPATION.search(low)
        if m and "occupation" not in out and not s.question_at(m.start()):
            job = _JOBS.search(low[m.start() : m.end() + 20])
            if job:
                a = m.start() + job.start()
                out["occupation"] = _fact("occupation", "social", s, m.start(), a + len(job.group()), value=job.group())
    return list(out.values())
