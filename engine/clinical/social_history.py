"""Social history: tobacco, alcohol, recreational drugs and occupation, as the patient tells them.

Each habit has a short pattern; ConText decides polarity and time ("I quit smoking" is former, "No
marijuana" is denied). A bare answer ("Nope", "A pack a day", "I'm a pharmacist") is read against the
question just asked.
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_TOBACCO = re.compile(r"\b(smoke|smokes|smoking|smoked|smoker|cigarettes?|tobacco|vape|vaping|chew)\b")
# "Drinking" alone is as often water ("she's drinking fine"): alcohol needs an alcohol word or the question.
_ALCOHOL = re.compile(
    r"\b(alcohol|beers?|wine|liquor|whiskey|vodka|drinks? (?:socially|alcohol|beer|wine)|social drinker|"
    r"(?:do|does) (?:you|she|he) drink|drink socially|drink(?:s|ing)? (?:on|a few|a couple|every|once|most)|"
    r"(?:don't|do not|doesn't|never|rarely) drink|recovering alcoholic|sober)\b"
)
_DRUGS = re.compile(
    r"\b(recreational drugs|illicit drugs|street drugs|drugs|drug use|marijuana|cannabis|weed|cocaine|heroin|meth|"
    r"edibles|thc|smok\w* (?:a little |some )?pot)\b"
)
_HABITS = (("tobacco", _TOBACCO), ("alcohol", _ALCOHOL), ("drugs", _DRUGS))
_NUMBER = r"(?:\d+|one|two|three|four|five|six|ten|a couple|a few|half|half a|a|one or two|1 or 2)"
# "a pack a day", "half a pack a day", "2 beers on the weekend", "a glass of wine with dinner"
_QUANTITY = re.compile(
    rf"\b{_NUMBER}(?: or \w+)?(?: of)? (?:beers?|glass(?:es)?(?: of wine)?|drinks|packs?|cigarettes|cigars)"
    r"(?: (?:a|per|every) (?:day|week|night|month)| on (?:the )?weekends?| with dinner)?"
)
# An ex-habit wins over the "no" in front of it: "No, I stopped drinking years ago" is former, not never.
_FORMER = re.compile(r"\b(?:quit|stopped|used to|former|ex-smoker|gave up|not anymore|not any more|recovering|sober)\b")
_ANSWERED_HABIT = re.compile(
    r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:(i quit|i stopped|i used to|used to|quit|not anymore|not any more)|"
    r"(socially|occasionally|sometimes|on (?:the )?weekends|rarely|every day|daily|yes|yeah|i do|"
    r"only (?:on|at|when|socially|occasionally)|on special occasions|once in a while|here and there|a little))\b"
)
_ANSWER_NO = re.compile(r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:no|nope|never|not|none|nah)\b")

# Occupation said outright ("I work as a nurse", "I'm retired") or as the answer to a question about work.
_OCCUPATION = re.compile(
    r"\b(?:i work as an?|i'm an?|i am an?|she works as an?|he works as an?|i work (?:at|in|for)|"
    r"my job is|i'm retired|i retired|i drive an?|i work from home as an?|i'm (?=unemployed|on disability))\b ?"
    r"((?:[a-z]+ ){0,2}[a-z]+)?"
)
_JOBS = re.compile(
    r"(teacher|nurse|engineer|driver|mechanic|farmer|landscaper|accountant|lawyer|student|cashier|chef|cook|"
    r"carpenter|electrician|plumber|construction|firefighter|police|officer|manager|secretary|retired|"
    r"doctor|programmer|developer|server|waitress|waiter|painter|contractor|lineman|clerk|pilot|veteran|"
    r"architect|professor|musician|athlete|coach|banker|salesman|sales|truck|bus|taxi|forklift|designer|"
    r"unemployed|disability|homemaker)"
)
_WORK_QUESTION = re.compile(
    r"\b(?:for work|for a living|your job|occupation|what do you do|what does (?:she|he) do|(?:kind|line) of work|"
    r"are you (?:still )?(?:working|employed)|do you work)\b"
)
# The answer to a question about work: "I'm a pharmacist", "I do construction", "I work at the post office".
# "I'm a ..." needs its article (a job is a noun: "I'm tired" is not one).
_WORK_ANSWER = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|so),?\s*)*(?:(?:i'm|i am|she's|he's|i'm working as|i work as)\s+an?\s+|"
    r"(?:i do|i work (?:at|in|for))\s+(?:the\s+)?)((?:[a-z-]+ ){0,2}[a-z-]+)"
)
_NOT_A_JOB = re.compile(r"^(?:bit|little|lot|few|good|fine|okay|mess|wreck|nervous|real)\b")


def _fact(name: str, category: str, s: Sentence, a: int, b: int, **attrs: str) -> Fact:
    return Fact(kind=FactKind.history, name=name, attributes={"category": category, **attrs}, evidence=s.evidence(a, b))


def _habit(s: Sentence, m: re.Match, kind: str, out: dict[str, Fact]) -> None:
    ctx = assess(s.low, [(m.start(), m.end())])[0]
    if ctx.family or ctx.hypothetical:
        return
    a, b = m.start(), m.end()
    said_no = _ANSWER_NO.match(s.low) or re.match(r"(?:don't|do not|doesn't|never)\b", m.group())
    if ctx.historical or _FORMER.search(s.low):
        value = "former"
    elif ctx.negated or said_no:
        value = "never" if kind == "tobacco" else "denies"
    else:
        q = _QUANTITY.search(s.low)
        value = q.group() if q else "yes"
        if q:
            a, b = min(a, q.start()), max(b, q.end())
    prev = out.get(kind)
    if prev is None or prev.attributes.get("value") == "yes":
        out[kind] = _fact(kind, "social", s, a, b, value=value)


def _answered(s: Sentence, kind: str, out: dict[str, Fact]) -> None:
    """A bare answer to the question about ``kind``: "No." / "I quit." / "Socially." / "A pack a day."."""
    low = s.low
    if not _ANSWERED_HABIT.search(low) and (f := _FORMER.search(low)):
        out.setdefault(kind, _fact(kind, "social", s, f.start(), f.end(), value="former"))  # "No, I quit."
    elif said := _ANSWERED_HABIT.search(low):
        # "Do you smoke?" "I quit ten years ago." / "Do you drink?" "Socially, on weekends."
        # the answer's own words up to the clause end: "only on special occasions", "socially"
        value = "former" if said.group(1) else re.split(r"[.,;!?]", low[said.start(2) :])[0].strip()[:40]
        out.setdefault(kind, _fact(kind, "social", s, said.start(), said.end(), value=value))
    elif _ANSWER_NO.match(low):
        out.setdefault(kind, _fact(kind, "social", s, 0, 2, value="never" if kind == "tobacco" else "denies"))
    elif (q := _QUANTITY.search(low)) and q.start() < 20:
        out.setdefault(kind, _fact(kind, "social", s, q.start(), q.end(), value=q.group()))


def _occupation(s: Sentence, asked_work: bool) -> Fact | None:
    low = s.low
    m = _OCCUPATION.search(low)
    if m and not s.question_at(m.start()):
        job = _JOBS.search(low[m.start() : m.end() + 20])
        if job:
            a = m.start() + job.start()
            value = f"{job.group()} driver" if "drive" in m.group() else job.group()  # "I drive a truck"
            return _fact("occupation", "social", s, m.start(), a + len(job.group()), value=value)
    w = _WORK_ANSWER.match(low) if asked_work else None
    if w and not _NOT_A_JOB.match(w.group(1)):
        # Any job the question was about, not only the ones listed: "I'm a pharmacist" -> pharmacist.
        job = re.split(r"\s+(?:at|in|for|and|but|so|with|since|now)\b", w.group(1))[0]
        return _fact("occupation", "social", s, w.start(1), w.start(1) + len(job), value=job)
    return None


def social(sentences: list[Sentence]) -> list[Fact]:
    """Tobacco, alcohol, recreational drugs and occupation, as the patient tells them."""
    out: dict[str, Fact] = {}
    asked: str | None = None
    asked_work = False
    for s in sentences:
        low = s.low
        for kind, pattern in _HABITS:
            m = pattern.search(low)
            if m and kind == "drugs" and re.search(r"\b(?:medication|prescription|over the counter)\b", low):
                m = None
            if (
                m
                and kind == "tobacco"
                and re.match(r"\s*(?:[a-z]+\s+){0,2}?(?:marijuana|weed|pot|cannabis|joints?)\b", low[m.end() :])
            ):
                m = None  # "I don't smoke marijuana" is drug history, not tobacco
            if m and s.question_at(m.start()):
                asked = kind
            elif m:
                _habit(s, m, kind, out)
            elif asked == kind:
                _answered(s, kind, out)
        if not s.is_question:
            asked = None if not any(p.search(low) for _, p in _HABITS) else asked
        if "occupation" not in out and (job := _occupation(s, asked_work)):
            out["occupation"] = job
        asked_work = s.is_question and bool(_WORK_QUESTION.search(low))
    return list(out.values())
