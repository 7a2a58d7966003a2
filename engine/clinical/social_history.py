"""Social history: tobacco, alcohol, recreational drugs and occupation, as the patient tells them.

Each habit has a short pattern; ConText decides polarity and time ("I quit smoking" is former, "No
marijuana" is denied). A bare answer ("Nope", "A pack a day", "I'm a pharmacist") is read against the
question just asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.clinical import lexicon
from engine.clinical.context import assess
from engine.clinical.habit_words import ALCOHOL as _ALCOHOL
from engine.clinical.habit_words import DRUGS as _DRUGS
from engine.clinical.habit_words import QUANTITIES as _QUANTITIES
from engine.clinical.habit_words import TOBACCO as _TOBACCO
from engine.clinical.history_fact import ADVICE as _ADVICE
from engine.clinical.history_fact import ANSWER_NO as _ANSWER_NO
from engine.clinical.history_fact import history_fact as _fact
from engine.clinical.living import living
from engine.clinical.occupation import WORK_QUESTION, job_told, occupation_said
from engine.clinical.sentences import Sentence
from engine.types import Fact

_HABITS = (("tobacco", _TOBACCO), ("alcohol", _ALCOHOL), ("drugs", _DRUGS))
_NO_QUANTITY = re.compile(r"(?!)")
# An ex-habit wins over the "no" in front of it: "No, I stopped drinking years ago" is former, not never.
# ("I don't smoke anymore", "I no longer drink": a habit given up.)
_FORMER = re.compile(
    # ("I left it", "left smoking": given up, in Indian and Nigerian English)
    r"\b(?:quit|stopped|used to|former|ex-smoker|gave up|anymore|any more|no longer|recovering|sober|not since|"
    r"left (?:it|smoking|drinking|cigarettes|the cigarettes|alcohol|the drinking|the smoking)|"
    r"haven't (?:had one|smoked|had a drink) since|been clean|clean for|in recovery|"
    # "i have n't smoked anything in good number of years", "hasn't had a drink for ages": given up long since
    r"ha(?:ve|s) ?n't (?:smoked|had a (?:drink|cigarette|smoke)|touched (?:it|a drop|alcohol|cigarettes))"
    r"(?: anything| one| a thing)? (?:in|for) (?:in )?(?:(?:a|the|good|long|few|many|number|of|couple|several)\s)*"
    r"(?:years|decades|ages|long time)|"
    # a bare "left" or "stop" with its when: "no doctor i left ten years back", "mi stop from two thousand and
    # five" (Indian English and Caribbean speech answering "smoking?")
    r"(?:left|stop) (?:it |that )?(?:(?:\w+|\d+) (?:years?|months?) (?:back|ago)|since \w|"
    r"from (?:\d+|nineteen|two thousand|twenty)|in (?:\d+|nineteen|two thousand))|"
    # "still off the smokes?", "off the grog for a year now": given up
    r"off (?:the |them |it )?(?:smokes|cigarettes|ciggies|durries|fags|grog|booze|drink|alcohol|cigs))\b"
)
# Quitting tried or planned is no quitting done: "I'm trying to quit, down to half a pack".
_TRYING = re.compile(
    r"\b(?:try|trying|tried|want|wants|wanted|going|gonna|need|needs|plan|planning|hope|hoping|like|"
    r"thinking about|working on)(?: to)?\s+$"
)


_CUTTING_DOWN = re.compile(
    r"\b(?:trying|tried|want|working on|cutting|cut|down)\s+(?:to\s+)?(?:quit|stop|back|down)\b|"
    # "i'm down from a pack a day to like maybe twelve fifteen smokes": still smoking, fewer
    r"\bdown from (?:a|one|\d+|half a) (?:pack|packs|cigarettes?)\b"
)


_CLAUSE_EDGE = re.compile(r"[.,;!?]|\b(?:and|but|i'll|i will|i tried|i try)\b")


def _own_clause(low: str, a: int, b: int) -> str:
    """The clause a habit word lies in: "i quit smoking in 1990 and i'll have a glass of wine" gives the wine
    its own clause, so the quitting is the smoking's."""
    start = max((e.end() for e in _CLAUSE_EDGE.finditer(low, 0, a)), default=0)
    end = next((e.start() for e in _CLAUSE_EDGE.finditer(low, b)), len(low))
    return low[start:end]


def _former(text: str) -> re.Match | None:
    """The words saying a habit was given up, not those of an attempt or a plan to give it up."""
    return next(
        (
            f
            for f in _FORMER.finditer(text)
            if not _TRYING.search(text[max(0, f.start() - 25) : f.start()]) and not _EXCEPT.match(text, f.end())
        ),
        None,
    )


# "I haven't smoked in years except the odd cigarette at parties": given up but for the exception, still a habit
_EXCEPT = re.compile(r"[^.;!?]{0,20}?\b(?:except|apart from|other than|but (?:i )?still|bar the)\b")


# The habit said in the present by its own clause: "I smoke about half a pack a day, I used to smoke two".
_NOW_HABIT = re.compile(r"\b(?:i|she|he|still) (?:\w+ly )?(?:smoke|smokes|vape|vapes|drink|drinks)$")
_CLAUSE = re.compile(r"[^,.;!?]*?(?=[,.;!?]|\bbut\b|$)")
_ANSWERED_HABIT = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|just|only|maybe|probably),?\s*)*"
    r"(?:(i quit|i stopped|i used to|used to|quit|not anymore|not any more)|"
    r"(socially|occasionally|sometimes|on (?:the )?weekends|rarely|hardly ever|hardly|almost never|every day|daily|"
    r"yes|yep|yup|yeah(?!,? nah\b)|i do|still|i dip|i chew|"
    r"only (?:on|at|in|when|socially|occasionally|for)|on special occasions|once in a while|here and there|a little|"
    r"on occasion|once a (?:week|month|year)|(?:a )?(?:few|couple of|couple) times a (?:week|month|year)|"
    r"twice a (?:week|month)))\b"
)


# A no that answers every habit asked together: "No to both", "neither", "nope, none of that" (not "No, but ...").
def _names_habit(low: str) -> bool:
    """Whether ``low`` names a habit: then its no is for that habit ("no drugs"), not for all asked."""
    return any(p.search(low) for _, p in _HABITS)


_NO_TO_ALL = re.compile(r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:no|nope|never|none|nah|neither)\b(?![^.;!?]*\bbut\b)")
# A no that goes on to an occasion is a rare habit, not none: "Not really, maybe at holidays."
_HEDGED_NO = re.compile(
    r"^\W*(?:(?:um|uh|well|oh),?\s*)*(?:not really|not much|not often|not a lot|hardly|no,? (?=just|only|maybe))"
    r"[,\s]*(?:(?:just|only|maybe|except)\s+)*([^.;!?]*)"
)
_OCCASION = re.compile(
    r"\b(?:maybe|sometimes|occasionally|occasional|here and there|now and then|holidays?|special occasions?|"
    r"weddings?|parties|party|birthdays?|functions?|festivals?|"
    r"christmas|once in a while|weekends?|socially|a (?:little|bit|glass|beer|drink|cigarette)|\d+)\b"
)
# Someone else's habit, the patient's own said after it: "My husband smokes, but I don't."
_SOMEONE_ELSE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})s?\b[^,.;!?]*$")
_NOT_ME = re.compile(r"\bbut (?:i|me)(?: do not| don't| never| not|'ve never| have never)\b|\bbut not me\b")


def _habit(s: Sentence, m: re.Match, kind: str, out: dict[str, Fact], asked: str | None = None) -> None:
    ctx = assess(s.low, [(m.start(), m.end())])[0]
    a, b = m.start(), m.end()
    if _OWNED.search(s.low[max(0, a - 25) : a]):
        ctx = replace(ctx, negated=False)
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
        _said_no(s.low, a, kind)
        or re.match(r"(?:don't|do not|doesn't|never|no)\b", m.group())  # ("no drinking": the match holds its no)
        or re.search(r"\b(?:never|don't|do not|doesn't|not)\s+(?:\w+\s+)?$", s.low[: m.start()])  # "never smoked"
    )
    clause = _CLAUSE.match(s.low, b).group()
    now = (
        _NOW_HABIT.search(s.low[max(0, a - 20) : b])
        and not ctx.negated
        and not said_no
        and not _former(clause)
        and not ctx.historical
    )
    if not now and (cut := _CUTTING_DOWN.search(s.low)) and not _former(_own_clause(s.low, a, b)):
        value, a, b = "current, cutting down", min(a, cut.start()), max(b, cut.end())
    elif not now and (ctx.historical or _former(_own_clause(s.low, a, b)) or _past_habit(s.low, m)):
        value = "former"
    elif (little := _LITTLE.match(s.low, b)) and (said_no or ctx.negated):
        # "I don't drink much, maybe a beer a week": a little is not none
        q = _QUANTITIES.get(kind, _NO_QUANTITY).search(s.low)
        value = f"rarely, {q.group()}" if q else "rarely"
        b = little.end()
    elif (ctx.negated and not re.search(r"\bbut\b", s.low[:a]) and not _denied_before(s.low, a, kind)) or said_no:
        value = _NEVER[kind]
    elif hedged := _hedged(s.low):
        value = hedged
    elif often := _HOW_OFTEN.match(s.low, b):
        # "i drink like rarely a cider at a party no drugs": up to the next habit's own no
        value = re.split(r"\b(?:no|not|never|but)\b", often.group(1))[0].strip(" ,")[:50]
    else:
        q = _QUANTITIES.get(kind, _NO_QUANTITY).search(s.low)
        value = q.group() if q else "yes"
        if q:
            a, b = min(a, q.start()), max(b, q.end())
    prev = out.get(kind)
    was = prev.attributes.get("value") if prev else None
    # a plain "yes" gives way to a more telling value, but never to a later denial; a denial gives way to
    # the amount owned up to later ("I don't drink." ... "Okay, a beer on Friday.")
    # ... and to a habit given up ("No." ... "I quit smoking in 1990": former, not never)
    denied_then_told = was in ("never", "denies") and value not in ("never", "denies", "yes")
    if prev is None or (was == "yes" and value not in ("never", "denies")) or denied_then_told:
        out[kind] = _fact(kind, "social", s, a, b, value=value)


_NEVER = {"tobacco": "never", "alcohol": "denies", "drugs": "denies"}
# How often, said right after the habit: "I drink like rarely, a cider at a party", "smoke occasionally".
_HOW_OFTEN = re.compile(
    r",?\s*(?:(?:like|maybe|about|probably|only|just),?\s+)?"
    r"((?:rarely|occasionally|sometimes|socially|now and then|once in a while|here and there)\b[^.;!?]*)"
)
# "don't drink much", "don't smoke a lot": little, not none.
_LITTLE = re.compile(r"\s*(?:\w+\s+)?(?:much|a lot|very much|that much|too much|often|heavily|as much|very often)\b")
# A habit in the simple past with a time long gone: "I smoked in my twenties", "drank a lot in college"
# ("I've smoked for years" is the present perfect: still smoking).
_PAST_VERB = re.compile(r"(?<!'ve )(?<!have )(?<!has )\b(?:smoked|drank|chewed|vaped)\b")
_LONG_AGO = re.compile(
    r"\b(?:in my (?:teens|\w+ties|20s|30s|40s)|in (?:college|high school|the (?:army|navy|military|service))|"
    r"back (?:then|in)|when i was|as a (?:kid|teen|teenager|young \w+)|years ago|for (?:\w+ )?(?:\w+ )?years)\b"
)


def _past_habit(low: str, m: re.Match) -> bool:
    """Whether the habit at ``m`` is told in the simple past of a time long gone, with no present use."""
    clause = low[max(0, m.start() - 20) : m.end() + 60]
    return bool(_PAST_VERB.search(clause) and _LONG_AGO.search(clause) and not _NOW_SAID.search(low))


_NOW_SAID = re.compile(r"\b(?:still|now|currently|these days|i smoke|i drink|i vape)\b")


def _denied_before(low: str, a: int, kind: str) -> bool:
    """Whether the last no before ``a`` denies another habit, named between it and ``a``: "no smoking i
    drink like rarely" denies the smoking only."""
    nos = list(re.finditer(r"\b(?:no|not|never|don't|do not|denies)\b", low[:a]))
    return bool(nos) and any(p.search(low[nos[-1].end() : a]) for k, p in _HABITS if k != kind)


def _said_no(low: str, a: int, kind: str = "") -> bool:
    """A bare no that answers for the habit at ``a``: not "No, but I vape", not "Not really, maybe at
    holidays", not the no of another habit named first ("no smoking i drink like rarely")."""
    other = any(p.search(low[:a]) for k, p in _HABITS if k != kind) if kind else False
    return (
        bool(_ANSWER_NO.match(low))
        and not _hedged(low)
        and not re.search(r"\bbut\b", low[:a])
        and not other
        and not _OWNED.search(low[max(0, a - 25) : a])
    )


# "no never um i do edibles sometimes": the no answered the question asked; this habit is owned up to
_OWNED = re.compile(r"\b(?:i|she|he) (?:do|use|take|have|smoke|eat|tried)\s+(?:\w+\s+)?$")


def _hedged(low: str) -> str | None:
    """ "Not really, maybe at holidays" -> "rarely, maybe at holidays"; None when the no is plain."""
    h = _HEDGED_NO.match(low)
    if h and _OCCASION.search(h.group(1)):
        return f"rarely, {h.group(1).strip()}"[:50]
    if re.match(
        r"\W*(?:(?:um|uh|well|oh),?\s*)*(?:not much|not a lot|not often|hardly(?: ever)?|very little)\W*$", low
    ):
        return "rarely"  # "Not much.": a little, not none
    return None


def _answered(s: Sentence, kind: str, out: dict[str, Fact], given_up: bool = False) -> None:
    """A bare answer to the question about ``kind``: "No." / "I quit." / "Socially." / "A pack a day.".
    ``given_up``: the question put the habit as given up ("Still off the smokes?" "Yep." is former)."""
    low = s.low
    if not _ANSWERED_HABIT.search(low) and (f := _former(low)):
        out.setdefault(kind, _fact(kind, "social", s, f.start(), f.end(), value="former"))  # "No, I quit."
    elif said := _ANSWERED_HABIT.search(low):
        # "Do you smoke?" "I quit ten years ago." / "Do you drink?" "Socially, on weekends."
        # the answer's own words up to the clause end: "only on special occasions", "socially"
        value = "former" if said.group(1) else re.split(r"[.,;!?]", low[said.start(2) :])[0].strip()[:40]
        q = _QUANTITIES.get(kind, _NO_QUANTITY).search(low)
        if q and value in {"yes", "yeah", "yep", "yup", "i do", "still"}:
            value = q.group()  # "Yeah, about a pack a day": the amount says more than the yes
        elif given_up and value in {"yes", "yeah", "yep", "yup", "still"}:
            value = "former"
        out.setdefault(kind, _fact(kind, "social", s, said.start(), said.end(), value=value))
    elif hedged := _hedged(low):
        out.setdefault(kind, _fact(kind, "social", s, 0, len(low.rstrip(" .!")), value=hedged))
    elif no := _ANSWER_NO.match(low):
        out.setdefault(kind, _fact(kind, "social", s, 0, no.end(), value=_NEVER[kind]))  # ("She says no")
    elif (q := _QUANTITIES.get(kind, _NO_QUANTITY).search(low)) and q.start() < 20:
        out.setdefault(kind, _fact(kind, "social", s, q.start(), q.end(), value=q.group()))
    elif t := _CUTTING_DOWN.search(low):
        # "I'm trying to quit, down to half a pack": still at it
        out.setdefault(kind, _fact(kind, "social", s, t.start(), t.end(), value="current, trying to quit"))


def _told_match(pattern: re.Pattern, low: str) -> re.Match | None:
    """The habit's words that tell: the first, or the one after "but"/"just" that corrects it ("I don't smoke
    cigarettes, just vape" is current vaping, not never)."""
    found = list(pattern.finditer(low))
    for later in found[1:][::-1]:
        if re.search(r"\b(?:but|just|only|though|except)\b", low[found[0].end() : later.start()]):
            return later
    return found[0] if found else None


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


# A question about the patient's home, not the patient: "Anyone smoke at home?", "Does anybody in the house
# smoke?" (exposure; a parent's "I do" is the parent's own habit).
_HOUSEHOLD_ASKED = re.compile(r"\b(?:anyone|anybody|someone|somebody|everyone|household|others)\b")


def _short_question(s: Sentence) -> bool:
    """A clinician's short question that lists habits without a verb ("Alcohol, weed, anything else?"): each
    named is asked, though only the last clause reads as the question."""
    return s.segment.speaker == "clinician" and s.low.rstrip().endswith("?") and len(s.low.split()) <= 6


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


def social(sentences: list[Sentence]) -> list[Fact]:
    """Tobacco, alcohol, recreational drugs and occupation, as the patient tells them."""
    out: dict[str, Fact] = {}
    asked: set[str] = set()  # the habits just asked about ("Do you smoke or drink?" asks two)
    given_up: set[str] = set()  # the habits asked about as given up ("Still off the smokes?")
    household: set[str] = set()  # the habits asked of anyone at home
    asked_work = False
    for s in sentences:
        low = s.low
        asked_now: set[str] = set()
        for kind, pattern in _HABITS:
            m = _told_match(pattern, low)
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
            if m and (
                s.question_at(m.start()) or _short_question(s) or _topic_asked(sentences, s) or _put_to(sentences, s, m)
            ):
                asked_now.add(kind)
                # "Anyone smoke at home?": a no is no smoke around the patient, a relative's "I do" theirs
                if s.segment.speaker == "clinician" and _HOUSEHOLD_ASKED.search(low) and "you" not in low.split():
                    household.add(kind)
                else:
                    household.discard(kind)
                if _former(_own_clause(low, m.start(), m.end())):
                    given_up.add(kind)
                else:
                    given_up.discard(kind)
            elif m:
                _habit(s, m, kind, out, kind if kind in asked else None)
            elif (
                kind in asked
                and (len(asked) == 1 or (_NO_TO_ALL.match(low) and not _names_habit(low)))
                and (kind not in household or _ANSWER_NO.match(low))
            ):
                # "Do you smoke or drink?" "No to both.": one no answers each; "No fumo, never." answers the
                # habit it names only
                _answered(s, kind, out, kind in given_up)
        if asked_now:
            # "Smoke? Drink?": the questions of one turn ask together
            prev = sentences[s.index - 1] if s.index else None
            together = prev is not None and prev.segment.id == s.segment.id and prev.is_question
            asked = asked_now | (asked if together else set())
        elif not s.is_question and not _topic_asked(sentences, s):
            asked = set() if not any(p.search(low) for _, p in _HABITS) else asked
        if "occupation" not in out and (job := occupation_said(s, asked_work) or job_told(sentences, s)):
            out["occupation"] = job
        # An unpunctuated turn can run a statement into its question ("... we'll come back to that what do
        # you do for work"): a work question that ends the turn asks too.
        wq = WORK_QUESTION.search(low)
        asked_work = bool(wq) and (s.is_question or s.question_at(wq.start()) or len(low) - wq.end() < 10)
    return list(out.values()) + living(sentences)
