"""Social history: tobacco, alcohol, recreational drugs and occupation, as the patient tells them.

Each habit has a short pattern; ConText decides polarity and time ("I quit smoking" is former, "No
marijuana" is denied). A bare answer ("Nope", "A pack a day", "I'm a pharmacist") is read against the
question just asked.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
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
_NUMBER = r"(?:\d+|one|two|three|four|five|six|ten|a couple|a few|couple|few|half|half a|a|one or two|1 or 2)"
_TIMES = r"(?: (?:a|per|every) (?:day|week|night|month)| on (?:the )?weekends?| with dinner| most nights)?"
# "a pack a day", "half a pack a day", "2 beers on the weekend", "a glass of wine with dinner": each habit
# counts in its own units ("never smoked, a glass of wine a month" gives tobacco no glass of wine).
_QUANTITIES = {
    "tobacco": re.compile(rf"\b{_NUMBER}(?: or \w+)?(?: of)? (?:packs?|cigarettes|cigars|cigs){_TIMES}"),
    "alcohol": re.compile(
        rf"\b{_NUMBER}(?: or \w+)?(?: of)? (?:beers?|glass(?:es)?(?: of \w+)?|drinks|shots|cans){_TIMES}"
    ),
}
_NO_QUANTITY = re.compile(r"(?!)")
# An ex-habit wins over the "no" in front of it: "No, I stopped drinking years ago" is former, not never.
# ("I don't smoke anymore", "I no longer drink": a habit given up.)
_FORMER = re.compile(
    r"\b(?:quit|stopped|used to|former|ex-smoker|gave up|anymore|any more|no longer|recovering|sober)\b"
)
# The habit said in the present by its own clause: "I smoke about half a pack a day, I used to smoke two".
_NOW_HABIT = re.compile(r"\b(?:i|she|he|still) (?:\w+ly )?(?:smoke|smokes|vape|vapes|drink|drinks)$")
_CLAUSE = re.compile(r"[^,.;!?]*?(?=[,.;!?]|\bbut\b|$)")
_ANSWERED_HABIT = re.compile(
    r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:(i quit|i stopped|i used to|used to|quit|not anymore|not any more)|"
    r"(socially|occasionally|sometimes|on (?:the )?weekends|rarely|hardly ever|hardly|almost never|every day|daily|"
    r"yes|yeah|i do|still|"
    r"only (?:on|at|when|socially|occasionally)|on special occasions|once in a while|here and there|a little))\b"
)
_ANSWER_NO = re.compile(r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:no|nope|never|not|none|nah)\b")
# A no that goes on to an occasion is a rare habit, not none: "Not really, maybe at holidays."
_HEDGED_NO = re.compile(
    r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:not really|not much|not often|not a lot|hardly|no,? (?=just|only|maybe))"
    r"[,\s]*(?:(?:just|only|maybe|except)\s+)*([^.;!?]*)"
)
_OCCASION = re.compile(
    r"\b(?:maybe|sometimes|occasionally|holidays?|special occasions?|weddings?|parties|party|birthdays?|"
    r"christmas|once in a while|weekends?|socially|a (?:little|bit|glass|beer|drink|cigarette)|\d+)\b"
)
# Someone else's habit, the patient's own said after it: "My husband smokes, but I don't."
_SOMEONE_ELSE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})s?\b[^,.;!?]*$")
_NOT_ME = re.compile(r"\bbut (?:i|me)(?: do not| don't| never| not|'ve never| have never)\b|\bbut not me\b")

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
_BARE_JOB = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|so|still),?\s*)*((?:[a-z-]+ ){0,2}[a-z-]+)(?=\s+(?:at|in|for|with)\b|[,.]|$)"
)
_NOT_A_JOB = re.compile(r"^(?:bit|little|lot|few|good|fine|okay|mess|wreck|nervous|real)\b")


def _fact(name: str, category: str, s: Sentence, a: int, b: int, **attrs: str) -> Fact:
    return Fact(kind=FactKind.history, name=name, attributes={"category": category, **attrs}, evidence=s.evidence(a, b))


def _habit(s: Sentence, m: re.Match, kind: str, out: dict[str, Fact], asked: str | None = None) -> None:
    ctx = assess(s.low, [(m.start(), m.end())])[0]
    a, b = m.start(), m.end()
    if ctx.family or _SOMEONE_ELSE.search(s.low[max(0, a - 40) : a]):
        if (mine := _NOT_ME.search(s.low, b)) and kind not in out:
            out[kind] = _fact(kind, "social", s, mine.start(), mine.end(), value=_NEVER[kind])
        if asked == kind:
            _answered(s, kind, out)  # "Smoking?" "Never did, my mom smoked though."
        return  # "my wife smokes": hers, not the patient's
    if ctx.hypothetical:
        return
    if s.segment.speaker != "patient" and _ADVICE.search(s.low[: m.start()]):
        return  # "don't mix it with the weed or the beer": the clinician's advice, not the patient's habit
    said_no = (
        _said_no(s.low, a)
        or re.match(r"(?:don't|do not|doesn't|never)\b", m.group())
        or re.search(r"\b(?:never|don't|do not|doesn't|not)\s+(?:\w+\s+)?$", s.low[: m.start()])  # "never smoked"
    )
    clause = _CLAUSE.match(s.low, b).group()
    now = (
        _NOW_HABIT.search(s.low[max(0, a - 20) : b])
        and not ctx.negated
        and not said_no
        and not _FORMER.search(clause)
        and not ctx.historical
    )
    if not now and (ctx.historical or _FORMER.search(s.low)):
        value = "former"
    elif (ctx.negated and not re.search(r"\bbut\b", s.low[:a])) or said_no:
        value = _NEVER[kind]
    elif hedged := _hedged(s.low):
        value = hedged
    else:
        q = _QUANTITIES.get(kind, _NO_QUANTITY).search(s.low)
        value = q.group() if q else "yes"
        if q:
            a, b = min(a, q.start()), max(b, q.end())
    prev = out.get(kind)
    # a plain "yes" gives way to a more telling value, but never to a later denial
    if prev is None or (prev.attributes.get("value") == "yes" and value not in ("never", "denies")):
        out[kind] = _fact(kind, "social", s, a, b, value=value)


_NEVER = {"tobacco": "never", "alcohol": "denies", "drugs": "denies"}


def _said_no(low: str, a: int) -> bool:
    """A bare no that answers for the habit at ``a``: not "No, but I vape", not "Not really, maybe at
    holidays"."""
    return bool(_ANSWER_NO.match(low)) and not _hedged(low) and not re.search(r"\bbut\b", low[:a])


def _hedged(low: str) -> str | None:
    """ "Not really, maybe at holidays" -> "rarely, maybe at holidays"; None when the no is plain."""
    h = _HEDGED_NO.match(low)
    if h and _OCCASION.search(h.group(1)):
        return f"rarely, {h.group(1).strip()}"[:50]
    return None


# Advice in the clause before a habit: "don't mix it with the beer", "try cutting back on the wine".
_ADVICE = re.compile(r"(?:^|[,.;]\s*|\b(?:and|so|but)\s+)(?:don't|do not|try|avoid|cut back|cut down|limit)\b[^,.;?]*$")


def _answered(s: Sentence, kind: str, out: dict[str, Fact]) -> None:
    """A bare answer to the question about ``kind``: "No." / "I quit." / "Socially." / "A pack a day."."""
    low = s.low
    if not _ANSWERED_HABIT.search(low) and (f := _FORMER.search(low)):
        out.setdefault(kind, _fact(kind, "social", s, f.start(), f.end(), value="former"))  # "No, I quit."
    elif said := _ANSWERED_HABIT.search(low):
        # "Do you smoke?" "I quit ten years ago." / "Do you drink?" "Socially, on weekends."
        # the answer's own words up to the clause end: "only on special occasions", "socially"
        value = "former" if said.group(1) else re.split(r"[.,;!?]", low[said.start(2) :])[0].strip()[:40]
        q = _QUANTITIES.get(kind, _NO_QUANTITY).search(low)
        if q and value in {"yes", "yeah", "i do", "still"}:
            value = q.group()  # "Yeah, about a pack a day": the amount says more than the yes
        out.setdefault(kind, _fact(kind, "social", s, said.start(), said.end(), value=value))
    elif hedged := _hedged(low):
        out.setdefault(kind, _fact(kind, "social", s, 0, len(low.rstrip(" .!")), value=hedged))
    elif _ANSWER_NO.match(low):
        out.setdefault(kind, _fact(kind, "social", s, 0, 2, value=_NEVER[kind]))
    elif (q := _QUANTITIES.get(kind, _NO_QUANTITY).search(low)) and q.start() < 20:
        out.setdefault(kind, _fact(kind, "social", s, q.start(), q.end(), value=q.group()))


def _occupation(s: Sentence, asked_work: bool) -> Fact | None:
    low = s.low
    m = _OCCUPATION.search(low)
    if m and not s.question_at(m.start()):
        job = _JOBS.search(low[m.start() : m.end() + 20])
        if job:
            a = m.start() + job.start()
            value = f"{job.group()} driver" if "drive" in m.group() else job.group()  # "I drive a truck"
            if value == "retired" and (was := _FORMER_JOB.match(low, a + 7)) and _job_like(was.group(1)):
                # "I'm a retired teacher", "I'm retired, I was a teacher": the job a retiree did
                return _fact("occupation", "social", s, m.start(), was.end(), value=f"retired {was.group(1)}")
            return _fact("occupation", "social", s, m.start(), a + len(job.group()), value=value)
    w = _WORK_ANSWER.match(low) if asked_work else None
    # "What do you do for work?" "Line cook at the diner.": a bare job, ending in a job word.
    bare = _BARE_JOB.match(low) if asked_work else None
    if not w and bare and _job_like(bare.group(1).split()[-1]):
        # "I work construction", "I do landscaping": the trade, not the verb before it
        lead = re.match(r"(?:i (?:work|do)|i'm in)\s+", bare.group(1))
        a = bare.start(1) + (lead.end() if lead else 0)
        return _fact("occupation", "social", s, a, bare.end(1), value=low[a : bare.end(1)])
    if w and not _NOT_A_JOB.match(w.group(1)):
        # Any job the question was about, not only the ones listed: "I'm a pharmacist" -> pharmacist.
        job = re.split(r"\s+(?:at|in|for|and|but|so|with|since|now)\b", w.group(1))[0]
        return _fact("occupation", "social", s, w.start(1), w.start(1) + len(job), value=job)
    return None


# The word before a bare "drugs" that makes it drug use: "any drugs", "other drugs", "street drugs".
_RECREATIONAL = re.compile(r"(?:^|\b(?:any|no|other|or|and|do|did|doing|use|used|using|take|taking|never|hard))\s+$")


def _topic_asked(sentences: list[Sentence], s: Sentence) -> bool:
    """ "And smoking", "drinking": a clinician's bare topic of a few words that the other speaker answers is
    a question, even unpunctuated."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return (
        s.segment.speaker == "clinician"
        and len(s.low.split()) <= 3
        and nxt is not None
        and nxt.segment.speaker not in (None, s.segment.speaker)
    )


# The clinician's statement of the patient's habit: "so you're still smoking", "you drink a lot of beer".
_YOU_HABIT = re.compile(r"\byou(?:'re| are)?\s+(?:\w+\s+){0,2}$|\bstill\s+$")


def _put_to(sentences: list[Sentence], s: Sentence, m: re.Match) -> bool:
    """Whether the clinician puts the habit at ``m`` to the patient, who answers next: their answer, not
    the clinician's words, says whether it is so ("you're still smoking" "No, I quit ten years ago")."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return (
        s.segment.speaker == "clinician"
        and bool(_YOU_HABIT.search(s.low[max(0, m.start() - 30) : m.start()]))
        and nxt is not None
        and nxt.segment.speaker not in (None, s.segment.speaker)
    )


# The job before retiring: "retired teacher", "retired, I was a teacher", "retired from teaching".
_FORMER_JOB = re.compile(r"[,\s]*(?:(?:i was|i used to be) an? )?([a-z-]+)\b")


# Work said without "I work as": "still a hygienist", "you were a librarian", "still driving truck".
# ("you're a runner" is not said of work: the clinician's form needs "still" or the past of a retiree.)
_STILL_A = re.compile(r"\b(?:still|you were|i was) an? ([a-z-]+)\b")
_YOU_ARE_A = re.compile(r"\byou(?:'re| are) an? ([a-z-]+)\b")
_DRIVING = re.compile(r"\bdriv(?:e|es|ing) (?:a |the |for )?(truck|delivery|bus|taxi|cab|forklift|uber|lyft)\b")
_SCHOOL = re.compile(
    r"\b(?:in|starting|finishing) (?:the )?(?:\w+|\d+(?:st|nd|rd|th)) grade\b|\bin (?:high|middle) school\b"
)
_JOB_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|cook|nurse|clerk|chef|aide|tech|guard)$")
_NOT_JOB_WORDS = frozenset(
    "other never however either whether over under after better later water dinner neighbor mother father brother "
    "sister daughter partner number member matter quarter summer winter corner order error favor color pleasant "
    "tired different important patient giant".split()
)


def _job_like(word: str) -> bool:
    return bool(_JOBS.fullmatch(word) or _JOB_SUFFIX.search(word)) and word not in _NOT_JOB_WORDS


def _confirmed_by_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the other speaker answers ``s`` without a no."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(nxt and nxt.segment.speaker != s.segment.speaker and not _ANSWER_NO.match(nxt.low))


def _job_told(sentences: list[Sentence], s: Sentence) -> Fact | None:
    """Occupation said in passing, by the patient or by the clinician and not denied."""
    by_patient = s.segment.speaker in ("patient", "other")
    if not by_patient and not _confirmed_by_next(sentences, s):
        return None
    if (m := _STILL_A.search(s.low)) and _job_like(m.group(1)):
        return _fact("occupation", "social", s, m.start(1), m.end(1), value=m.group(1))
    if not by_patient and (m := _YOU_ARE_A.search(s.low)) and _JOBS.fullmatch(m.group(1)):
        # "So you're a teacher?" "Yes, third grade.": only a listed job ("you're a runner" is no work)
        return _fact("occupation", "social", s, m.start(1), m.end(1), value=m.group(1))
    if (
        (m := _DRIVING.search(s.low))
        and not _ADVICE.search(s.low[: m.start()])
        and not re.search(r"\bno\s+$", s.low[: m.start()])
    ):
        return _fact("occupation", "social", s, m.start(), m.end(), value=f"{m.group(1)} driver")
    if m := _SCHOOL.search(s.low):
        return _fact("occupation", "social", s, m.start(), m.end(), value="student")
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
            if not m and kind == "alcohol" and _topic_asked(sentences, s):
                m = re.search(r"\b(?:drinking|drinks?)\b", low)  # "and drinking": drinking asked alone is alcohol
            if m and kind == "drugs" and re.search(r"\b(?:medication|prescription|over the counter)\b", low):
                m = None
            if (
                m
                and kind == "tobacco"
                and re.match(r"\s*(?:[a-z]+\s+){0,2}?(?:marijuana|weed|pot|cannabis|joints?)\b", low[m.end() :])
            ):
                m = None  # "I don't smoke marijuana" is drug history, not tobacco
            if m and kind == "drugs" and m.group() == "drugs" and not _RECREATIONAL.search(low[: m.start()]):
                m = None  # "sulfa drugs", "blood pressure drugs": medicines, not drug use
            if m and (s.question_at(m.start()) or _topic_asked(sentences, s) or _put_to(sentences, s, m)):
                asked = kind
            elif m:
                _habit(s, m, kind, out, asked)
            elif asked == kind:
                _answered(s, kind, out)
        if not s.is_question and not _topic_asked(sentences, s):
            asked = None if not any(p.search(low) for _, p in _HABITS) else asked
        if "occupation" not in out and (job := _occupation(s, asked_work) or _job_told(sentences, s)):
            out["occupation"] = job
        # An unpunctuated turn can run a statement into its question ("... we'll come back to that what do
        # you do for work"): a work question that ends the turn asks too.
        wq = _WORK_QUESTION.search(low)
        asked_work = bool(wq) and (s.is_question or s.question_at(wq.start()) or len(low) - wq.end() < 10)
    return list(out.values())
