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
from engine.clinical.vocabulary import Concept, find_problems
from engine.types import Fact, FactKind

_RELATION = re.compile(
    r"\b(mother|mom|father|dad|sisters?|brothers?|grandmother|grandma|grandfather|grandpa|aunts?|uncles?|cousins?|"
    r"sons?|daughters?|parents|siblings)\b"
)
_RELATION_NAME = {
    "mom": "mother",
    "dad": "father",
    "grandma": "grandmother",
    "grandpa": "grandfather",
    **{f"{r}s": r for r in ("sister", "brother", "aunt", "uncle", "cousin", "son", "daughter")},
}
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
    r"that|this|of|on|to|s|ve|d|ll|m|re)\s+"
)
# An organ taken out: "I had my gallbladder out", "they took out her appendix" -> the operation's name.
_ORGAN_OUT = {
    "gallbladder": "cholecystectomy",
    "appendix": "appendectomy",
    "tonsils": "tonsillectomy",
    "uterus": "hysterectomy",
    "thyroid": "thyroidectomy",
    "spleen": "splenectomy",
    "prostate": "prostatectomy",
    "ovaries": "oophorectomy",
    "ovary": "oophorectomy",
    "kidney": "nephrectomy",
    "colon": "colectomy",
    "adenoids": "adenoidectomy",
    "wisdom teeth": "wisdom teeth extraction",
}
_ORGAN = "|".join(sorted(_ORGAN_OUT, key=len, reverse=True))
# "had my gallbladder out", "took out her appendix", "removed his tonsils": an operation needs the removal
# said ("I take my thyroid pill", "had my prostate checked" are not operations)
_PART = (
    r"(?:(?:a little|a piece|part|some|a bit|a little bit) of )?(?:my|her|his|the|your|their)\s+(?:(?:right|left) )?"
)
_TAKEN_OUT = re.compile(
    rf"\b(?:(?:had|got|have had|'ve had)\s+{_PART}({_ORGAN})\s*(?:out|removed|taken out|pulled)|"
    rf"(?:took|taken|take) out\s+{_PART}({_ORGAN})|(?:removed|remove)\s+{_PART}({_ORGAN}))\b"
)
# "surgery on my knee" -> knee surgery; "I had a knee surgery" keeps its own words.
_SURGERY_ON = re.compile(
    r"\b(?:surgery|an operation|operated) on (?:my|her|his|the|your) ((?:right |left )?(?:\w+ )?"
    r"(?:knee|hip|back|neck|shoulder|ankle|foot|wrist|hand|elbow|spine|heart|eye|eyes|stomach|colon|leg|arm))\b"
)
# "You had a skin cancer removed", "they removed a cataract": the condition is past, its removal an operation.
_REMOVED_THING = re.compile(
    r"\b(?:(?:had|got) (?:a |an |the |my |your |her |his )?([a-z ]{3,30}?) (?:removed|taken out|cut out)|"
    r"removed (?:a |an |the |my |your |her |his )([a-z ]{3,30}?)(?= from|[ ,.]|$))"
)
# A diagnosis told in the simple past ("I had diverticulitis", "she was diagnosed with pneumonia back
# then") is past medical history, unlike "I've had diabetes for years" (present perfect: still there).
_PAST_SAID = re.compile(
    r"\b(?:i|she|he|you|they)(?: actually| just| also| \w+ly)? (?:had|got|went into|developed|"
    r"was treated for|was hospitalized for|"
    r"was in the hospital for|were treated for|recovered from)\b"
    r"(?:(?!\b(?:but|so|now|and (?:i|i've|i'm|now))\b)[^.;?]){0,40}$"
)


# Said as current somewhere in the sentence: "I have diabetes, diagnosed in 2019", "we found you had high
# blood pressure today", "I had been diagnosed with hypertension and I take lisinopril".
_STILL = re.compile(
    r"\b(?:i have|i've got|i still have|you have|she has|he has|had been|today|currently|still|right now|"
    r"i take|i'm taking|diagnosed)\b"
)


def still_current(low: str) -> bool:
    """Whether the sentence says its condition is current, whatever past it also tells."""
    return bool(_STILL.search(low))


def past_said(low: str, a: int) -> bool:
    """Whether the condition at ``a`` of ``low`` is told in the simple past or as removed (not current)."""
    if still_current(low):
        return False
    return bool(_PAST_SAID.search(low[max(0, a - 60) : a])) or any(
        m.start() <= a < m.end() for m in _REMOVED_THING.finditer(low)
    )


_TOBACCO = re.compile(r"\b(smoke|smokes|smoking|smoked|smoker|cigarettes?|tobacco|vape|vaping|chew)\b")
# "Drinking" alone is as often water ("she's drinking fine"): alcohol needs an alcohol word or the question.
_ALCOHOL = re.compile(
    r"\b(alcohol|beers?|wine|liquor|whiskey|vodka|drinks? (?:socially|alcohol|beer|wine)|social drinker|"
    r"(?:do|does) (?:you|she|he) drink|drink socially|drink(?:s|ing)? (?:on|a few|a couple|every|once|most)|"
    r"(?:don't|do not|doesn't|never|rarely) drink)\b"
)
_DRUGS = re.compile(
    r"\b(recreational drugs|illicit drugs|street drugs|drugs|drug use|marijuana|cannabis|weed|cocaine|heroin|meth)\b"
)
_OCCUPATION = re.compile(
    r"\b(?:i work as an?|i'm an?|i am an?|she works as an?|he works as an?|i work (?:at|in|for)|"
    r"my job is|i'm retired|i retired|i drive an?)\b ?((?:[a-z]+ ){0,2}[a-z]+)?"
)
_JOBS = re.compile(
    r"(teacher|nurse|engineer|driver|mechanic|farmer|landscaper|accountant|lawyer|student|cashier|chef|cook|"
    r"carpenter|electrician|plumber|construction|firefighter|police|officer|manager|secretary|retired|"
    r"doctor|programmer|developer|server|waitress|waiter|painter|contractor|lineman|clerk|pilot|veteran|"
    r"architect|professor|musician|athlete|coach|banker|salesman|sales|truck|bus|taxi|forklift)"
)
_QUANTITY = re.compile(
    r"\b(?:\d+|one|two|three|four|five|a couple|a few)(?: or \w+)?(?: of)? (?:beers?|glasses|drinks|packs?|cigarettes)"
    r"(?: (?:a|per|every) (?:day|week|night|month)| on (?:the )?weekends?)?"
)


def _fact(name: str, category: str, s: Sentence, a: int, b: int, **attrs: str) -> Fact:
    return Fact(kind=FactKind.history, name=name, attributes={"category": category, **attrs}, evidence=s.evidence(a, b))


def _relatives(low: str, rels: list[re.Match]) -> list[re.Match]:
    """The relatives a condition is said of, from those named before it: "my grandfather on my dad's
    side" is the grandfather; "my mother and father both" is both."""
    k = len(rels) - 1
    while k > 0 and re.search(r"\bon (?:my|her|his|the) $", low[rels[k - 1].end() : rels[k].start()]):
        k -= 1  # "on my dad's side" says which side, not who
    picked = [rels[k]]
    while k > 0 and re.fullmatch(
        r"(?:'s)?\s*(?:,|and|&)\s*(?:my |her |his )?", low[rels[k - 1].end() : rels[k].start()]
    ):
        k -= 1
        picked.append(rels[k])
    return picked


def family_and_past(mentions: list[tuple[Sentence, int, int, Concept, Context]]) -> list[Fact]:
    """Relatives' conditions (family) and past diagnoses (past medical) from problem mentions."""
    out: dict[tuple[str, str], Fact] = {}
    for s, a, b, c, ctx in mentions:
        if ctx.negated or ctx.hypothetical:
            continue
        rels = [
            r for r in _RELATION.finditer(s.low) if r.start() < a and not re.search(r"\btheir $", s.low[: r.start()])
        ]  # the relative named nearest before ("their parents" in an explanation is nobody's family)
        later = [r for r in _RELATION.finditer(s.low) if not re.search(r"\btheir $", s.low[: r.start()])]
        rel = rels[-1] if rels else (later[0] if later else None)
        if ctx.family or (rel and rel.start() < a and not re.search(r"\b(?:i|i've|i'm|me)\b", s.low[rel.end() : a])):
            for r in _relatives(s.low, rels) if rel in rels else [rel] if rel else []:
                relation = _RELATION_NAME.get(r.group(1), r.group(1))
                out.setdefault(
                    ("family", c.name + relation), _fact(c.name, "family", s, min(r.start(), a), b, relation=relation)
                )
        elif (ctx.historical and not still_current(s.low)) or past_said(s.low, a):
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
        for rel in _RELATION.finditer(s.low):
            if re.search(r"\btheir $", s.low[: rel.start()]):
                continue  # "some people, their parents have them": nobody's family in particular
            if not (_THEIRS.search(s.low[rel.end() : rel.end() + 30]) or (asked and short_answer)):
                continue
            here = [m for m in by_sentence.get(s.index, []) if m[1] < rel.start()]
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
        # "Your mother had breast cancer?" "Yes, she did.": the relative and the condition are in the question.
        rel = _RELATION.search(prev.low) if asked and _YES.match(s.low) and not _RELATION.search(s.low) else None
        for _s, a, b, c, _ctx in asked if rel else ():
            relation = _RELATION_NAME.get(rel.group(1), rel.group(1))
            out.setdefault(
                (c.name, relation),
                Fact(
                    kind=FactKind.history,
                    name=c.name,
                    attributes={"category": "family", "relation": relation},
                    evidence=_s.evidence(a, b) + s.evidence(0, 3),
                ),
            )
    return list(out.values())


_YES = re.compile(r"\W*(?:yes|yeah|yep|uh-huh|she did|he did|they did|she does|he does|that's right|correct)\b")


def surgeries(sentences: list[Sentence]) -> list[Fact]:
    """Past operations the patient says they had."""
    out: dict[str, Fact] = {}
    for s in sentences:
        # "You have a previous surgical history of a colectomy?" "Yes, ...": a confirmed question is history.
        confirmed = s.is_question and _confirmed(sentences, s)
        if s.is_question and not confirmed:
            continue
        for m in _SURGERY.finditer(s.low) if _SURGERY_CUE.search(s.low) else ():
            if (s.question_at(m.start()) and not confirmed) or re.search(
                r"\b(?:need|needs|recommend|schedule|going to|will)\b", s.low
            ):
                continue
            name = m.group(1)
            while (short := _SURGERY_LEAD.sub("", name)) != name:
                name = short
            if name in {"surgery", "removal", "removed", "repair", "replacement"}:
                continue
            ctx = assess(s.low, [(m.start(1), m.end(1))])[0]
            if not ctx.negated and not ctx.family:
                name = re.sub(r"\bremoved$", "removal", name)
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(1), m.end(1)))
        for m in _TAKEN_OUT.finditer(s.low):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if s.question_at(m.start()) or assess(s.low, [(m.start(g), m.end(g))])[0].negated:
                continue
            name = _ORGAN_OUT[m.group(g)]
            out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
        for m in _SURGERY_ON.finditer(s.low):
            if s.question_at(m.start()) or _FUTURE.search(s.low[: m.start()]):
                continue
            name = f"{m.group(1)} surgery"
            out.pop("surgery", None)
            if not any(name in k or k in name for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
        for m in _REMOVED_THING.finditer(s.low):
            thing = m.group(1) or m.group(2)
            if s.question_at(m.start()) or _FUTURE.search(s.low[: m.start()]) or not find_problems(thing):
                continue  # only a diagnosis removed is an operation ("a splinter removed" is not history)
            name = f"{find_problems(thing)[0][2].name} removal"
            if not any(name in k or k.startswith(thing) for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
    for organ, operation in _ORGAN_OUT.items():  # "tonsils removed" said the generic way is the -ectomy
        if operation in out:
            out.pop(f"{organ} removal", None)
    return list(out.values())


def _confirmed(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker answers the question ``s`` with a yes."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(nxt and nxt.segment.speaker != s.segment.speaker and _YES.match(nxt.low))


_FUTURE = re.compile(r"\b(?:need|needs|recommend|schedule|going to|gonna|gon na|will|'ll|might|may|if)\b")


def _habit(s: Sentence, m: re.Match, kind: str, out: dict[str, Fact]) -> None:
    ctx = assess(s.low, [(m.start(), m.end())])[0]
    if ctx.family or ctx.hypothetical:
        return
    a, b = m.start(), m.end()
    said_no = re.match(r"\s*(?:no|nope|never|none|not)\b", s.low) or re.match(
        r"(?:don't|do not|doesn't|never)\b", m.group()
    )
    if ctx.negated or said_no:
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


_ANSWERED_HABIT = re.compile(
    r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:(i quit|i stopped|i used to|used to|quit|not anymore|not any more)|"
    r"(socially|occasionally|sometimes|on (?:the )?weekends|rarely|every day|daily|yes|yeah|i do))\b"
)


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
            if (
                m
                and kind == "tobacco"
                and re.match(r"\s*(?:any |some )?(?:marijuana|weed|pot|cannabis)\b", low[m.end() :])
            ):
                m = None  # "I don't smoke marijuana" is drug history, not tobacco
            if m and s.question_at(m.start()):
                asked = kind
            elif m:
                _habit(s, m, kind, out)
            elif asked == kind and re.match(r"\s*(?:no|nope|never|not)\b", low):
                out.setdefault(kind, _fact(kind, "social", s, 0, 2, value="never" if kind == "tobacco" else "denies"))
            elif asked == kind and (said := _ANSWERED_HABIT.search(low)):
                # "Do you smoke?" "I quit ten years ago." / "Do you drink?" "Socially, on weekends."
                value = "former" if said.group(1) else said.group(2)
                out.setdefault(kind, _fact(kind, "social", s, said.start(), said.end(), value=value))
        if not s.is_question:
            asked = None if not any(p.search(low) for p in (_TOBACCO, _ALCOHOL, _DRUGS)) else asked
        m = _OCCUPATION.search(low)
        if m and "occupation" not in out and not s.question_at(m.start()):
            job = _JOBS.search(low[m.start() : m.end() + 20])
            if job:
                a = m.start() + job.start()
                value = f"{job.group()} driver" if "drive" in m.group() else job.group()  # "I drive a truck"
                out["occupation"] = _fact("occupation", "social", s, m.start(), a + len(job.group()), value=value)
    return list(out.values())
