"""When the patient should come back: an interval ("in two weeks", "in a couple of months") or "as needed".

Said many ways ("see you in two weeks", "come back in a month", "let's take a look in six months",
"follow up in 3 months", "return to clinic in 4 weeks", "book a follow up for six weeks out", "schedule
your annual in a year", "see you two weeks from now", "see me after the echo"). A visit offered only if
things do not improve ("if it's not getting better, come back and see me", "back in two days if the
fever is not gone") is an as-needed follow-up, not a booked interval; what follows "otherwise" is the
booked one. The interval of a lab recheck ("we'll repeat the labs in two weeks") is not the visit's: it
is used only when no visit interval is said.
"""

from __future__ import annotations

import re

from engine.clinical.labs import named_tests
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_N = (
    r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a couple of|a couple|"
    r"couple of"
)
_ABOUT = r"(?:(?:about|another|around|maybe|approximately|roughly|like|probably|say|just) )*"
_RANGE = rf"(?P<n>{_N})(?:(?: (?:to|or) |\s*-\s*)(?P<upper>\d+))?"
# ("a fortnight", British and Australian for two weeks)
_UNIT = r"(?P<unit>day|week|wk|fortnight|month|year)s?\b"
_VISIT_NAME = r"(?:annual|physical|check-?up|visit|appointment|follow-? ?up|wellness visit)"
_VISIT_VERB = (
    r"\b(?:see (?:you|her|him|them|me)|seeing (?:you|her|him|them)|get (?:you|her|him|them) back|"
    r"check (?:on )?(?:you|her|him|them)|come back|come in|follow up|follow-up|"
    r"followup|f/u|return|check back|recheck|back|(?:pop|nip|drop) (?:back|in)|touch base|visit|revisit|"
    # "i'll be in touch in a day or so"; "book in with the nurse in three months", "book in three months"
    # (British "book in": the patient books the practice's own visit)
    r"(?:be|get|keep) in touch|book (?:yourself |her |him )?(?:back )?in(?= with| in)|book(?= in )|"
    r"get back to (?:me|us)|"
    r"take (?:another )?a look|"
    r"(?:meet|talk|get together) again|"
    # a video or phone visit: "let's do video again", "talk by video", "i'll call you", "speak to you on the phone"
    r"(?:do|have|book|schedule) (?:a |another )?(?:video|phone|telephone|virtual|telehealth)"
    r"(?: (?:visit|call|check-?in|appointment|review|consult))?|"
    r"(?:talk|speak) (?:to|with) (?:you|her|him|them)|(?:talk|speak)(?= (?:by|on|over|via) )|"
    r"(?:call|phone|ring) (?:you|her|him|them)(?! with\b)|give (?:you|her|him|them) a (?:call|ring)|"
    r"review (?:you|her|him|them)|"
    r"look at (?:it|that|you|her|him) again|"
    # "schedule your annual in a year", "book a follow up for six weeks out"
    rf"(?:schedule|book|make|set up) (?:your|her|his|a|an|the) (?:next )?{_VISIT_NAME}(?: visit| appointment)?)"
)
# what may stand between the verb and its interval: "see you back here", "return to clinic",
# "see you at your next checkup"
_TRAIL = (
    r"(?: with (?:me|us|you|her|him))?"
    # "see you back in the surgery", "at the health centre": the place of an NHS or clinic visit
    r"(?: (?:again|back|here|in here|(?:in|at|to) (?:the )?(?:office|clinic|surgery|practice|health cent(?:re|er))|"
    r"everything|things|on things|"
    r"in person|(?:by|on|over|via) (?:video|the phone|phone|telephone|zoom)|"
    # "make an appointment with the front desk for three months"
    r"(?:with|at) (?:the )?(?:front desk|front|reception|receptionists?)|on (?:your|the) way out|"
    # the practice's own nurse or doctor, not a specialist's clinic: "book in with the practice nurse"
    r"with (?:the |your |our )?(?:practice |treatment room |clinic )?(?:nurse|gp|doctor|nurse practitioner)|"
    rf"at (?:your|the|our|her|his) (?:next )?{_VISIT_NAME}(?: visit| appointment)?))*"
)
# The visit said as a noun: "a phone review in a week", "a telehealth check in two weeks", "an appointment for
# ten days' time", "I'd like a review in three weeks" (not "an appointment three weeks ago")
_VISIT_NOUN = (
    r"\b(?:(?:a|an|another|your|the|my|her|his) (?:(?:phone|telephone|video|telehealth|virtual|face[- ]to[- ]face|"
    r"in-person|follow-? ?up|nurse) )?(?:review|check-?in|check-?up|appointment|follow-? ?up|visit|consult(?:ation)?)|"
    r"(?:phone|telephone|video|telehealth|virtual) (?:review|check|call|consult(?:ation)?|appointment|visit))"
)
# "you had a phone review in a week after the surgery", "the last visit in two weeks": a visit that was, not one
# to come
# ("phone review" may match without its "a", so the lookbehind covers "had a " as well as "had ")
_PAST = "".join(
    rf"(?<!\b{v} {d})"
    for v in ("had", "was", "were", "last", "did")
    for d in ("", "a ", "an ", "another ", "your ", "the ", "my ", "her ", "his ")
)
_VISITS = [
    re.compile(rf"{_PAST}{_VISIT_NOUN}{_TRAIL} (?:in|for) {_ABOUT}{_RANGE} {_UNIT}(?!(?:'s|')? (?:time )?ago\b)"),
    # "come back after two days": "after" a count of days is "in" (not "two weeks after the surgery")
    re.compile(rf"{_VISIT_VERB}{_TRAIL} (?:in|after) {_ABOUT}{_RANGE} {_UNIT}"),
    # "in two weeks to recheck", "in a month for a follow up"
    re.compile(
        rf"\bin {_RANGE} (?P<unit>day|week|wk|month)s?(?:'s time)? (?:for a |for |to )?"
        r"(?:follow|recheck|see you|check|come back)"
    ),
    re.compile(
        r"\b(?:see (?:you|her|him|me)|come see (?:me|us)|follow up|come back|return)(?: back| again)? (?P<n>next) "
        r"(?P<unit>week|month|year)\b"
    ),
    # "see you back two weeks after the surgery", "see you two weeks from now", "a follow up for six weeks out":
    # the interval without "in", counted from a day
    re.compile(rf"{_VISIT_VERB}{_TRAIL}(?: in| for)? {_RANGE} {_UNIT}(?= (?:after|from|out)\b)"),
    re.compile(
        rf"\b(?:see (?:you|her|him|them) back|come back|follow up|schedule (?:it|that|you|her|him|the \w+)"
        rf"(?: for)?)(?: in| for)? {_RANGE} {_UNIT}(?= (?:after|from|and|to|out)\b|[.,]|$)"
    ),
    # "come back once she's finished the medicine, so in about ten days": the interval said after a reason
    re.compile(rf"{_VISIT_VERB}[^.;?]{{0,50}}?,? (?:so|that's|that is|which is)(?: in)? {_ABOUT}{_RANGE} {_UNIT}"),
    # "come back friday, in two days": the day, then how far off it is
    re.compile(
        rf"{_VISIT_VERB}{_TRAIL} (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W{{1,3}}"
        rf"(?:so |that's |which is )?(?:in )?{_ABOUT}{_RANGE} {_UNIT}"
    ),
    # "then in three months i'll see you", "in two weeks we'll talk again": the interval before the visit
    re.compile(
        rf"\bin {_ABOUT}{_RANGE} {_UNIT}(?:'s time)?,? (?:i'll|we'll|i will|we will|i'd like to|i want to|let's) "
        r"(?:see|review|check on|call|talk to|speak to|catch up with) (?:you|her|him|them)\b"
    ),
    # "and then finally three weeks i'd like you to return": the interval first, without its "in" (not "for two
    # weeks", "over the next three weeks", "two weeks ago")
    re.compile(
        rf"(?<!for )(?<!next )(?<!last )(?<!past )(?<!than )(?<!over )(?<!the )\b{_RANGE} {_UNIT},? "
        r"(?:(?:i'd|i would|we'd|we would) like (?:you|her|him|them) to|i want (?:you|her|him|them) to|"
        r"(?:i'll|we'll|i will|we will) (?:have|get) (?:you|her|him|them) (?:to )?)\s?"
        r"(?:come back|come in|return|follow up|see (?:me|us))\b"
    ),
    # "i'd like to see nia in three weeks": the patient by name (kept only where the name is capitalised)
    # (the clinician's own wish: "I'm going to see Sarah in two weeks, she's my daughter" is the patient's plan)
    re.compile(
        rf"\b(?:i'd|i would|we'd|we would|i want|we want|i'll|we'll|i need|we need) (?:like |want |need )?to see "
        rf"(?P<who>[a-z]+)(?: back| again)? in {_ABOUT}{_RANGE} {_UNIT}"
    ),
    # "back in two days if the fever is not gone, otherwise a month": the visit booked unless
    re.compile(rf"\botherwise,? (?:(?:i'll |we'll |i will )?see you |come back )?(?:in )?{_ABOUT}{_RANGE} {_UNIT}"),
]
# "recheck the tsh in six weeks", "we'll repeat the labs in two weeks": a test's date, not the visit's
_RECHECK = re.compile(
    rf"\b(?:recheck|repeat|check) (?:the|your|her|his|a|an) [a-z0-9 -]{{1,40}}?(?: in| for)? {_ABOUT}{_RANGE} "
    rf"{_UNIT}(?= (?:after|from|and|to)\b|[.,]|$)"
)
# "see me after the echo", "come back once we have the mri results": a visit after a test, no interval
_AFTER_TEST = re.compile(
    r"\b(?:see (?:you|me|us|her|him)|come back|come in|follow up|return|check back|(?:pop|nip) back|"
    # "book an appointment for when your results are in"
    r"(?:book|make|schedule) (?:an? |another |the )?(?:appointment|visit|review)(?: for)?)"
    r"(?: with (?:me|us))?(?: back| again)*"
    r" (?:once|after|when) (?:you(?:'ve| have)? (?:had|done|gotten|got) |we (?:get|have) )?(?:the|your|her|his) "
)
_FOLLOW_PRN = re.compile(
    r"\b(?:follow up|come back|return|see (?:you|me)) (?:with (?:me|us) )?(?:as needed|if needed|prn|as necessary)\b"
    # "i don't need to see you back unless you have any problems", "no need to come back unless": no visit booked
    r"|\b(?:(?:do|does) ?n't|do not|does not|no) need (?:to|for (?:you|her|him) to) (?:see (?:you|her|him)|come back|"
    r"return|follow up)(?: back| again)?(?: with (?:me|us))? unless\b"
)
# "if it's not getting better", "if it doesn't get better", "if things get worse": a conditional visit.
_IF_NOT_BETTER = re.compile(
    r"\bif (?:it|things|that|this|you|she|he|the \w+)(?:'s| is| are| does ?n't| doesn't| do ?n't| don't| does not)?"
    r"(?: not)? (?:get(?:s|ting)? (?:any )?(?:better|worse)|improv\w*|worsen\w*|better)"
)
# a condition said after the visit ("back in two days if the fever is not gone"); "if that works" is not one
_IF_AFTER = re.compile(
    r"\s*,?\s*(?:only )?(?:if|unless)\b(?! (?:that|this|it)(?:'s| is)? (?:works?|ok|okay|fine|alright|all right)\b)"
)
# "call me if it gets worse, otherwise ...": the condition stops here
_CONDITION_ENDS = re.compile(r"\b(?:otherwise|or else|if not|but)\b|[.;]")
_COME_BACK = re.compile(r"\b(?:come (?:on )?back|see (?:me|us)|give (?:us|me) a call|call (?:us|me)|return)\b")
_WORDNUM = {
    "a": "1",
    "an": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fourteen": "14",
    "next": "1",
    "a couple of": "2",
    "a couple": "2",
    "couple of": "2",
}


def _fact(s: Sentence, a: int, b: int, interval: str) -> Fact:
    return Fact(kind=FactKind.follow_up, name="follow-up", attributes={"interval": interval}, evidence=s.evidence(a, b))


def _conditional(low: str, m: re.Match) -> bool:
    """Whether an "if ..." clause governs the follow-up matched by ``m`` (before it or right after it)."""
    if m.group(0).startswith("otherwise"):
        return False
    if _IF_AFTER.match(low, m.end()):
        return True
    return any(
        c.end() <= m.start() and m.start() - c.end() < 80 and not _CONDITION_ENDS.search(low, c.end(), m.start())
        for c in _IF_NOT_BETTER.finditer(low)
    )


# "see you in a week or two": the upper end said after the unit
_OR_UPPER = re.compile(r"\s*or (\d+)\b(?!\s*(?:day|week|wk|month|year))")


def _interval(m: re.Match) -> str:
    n, upper, unit = m.group("n"), m.groupdict().get("upper"), m.group("unit")
    n = _WORDNUM.get(n, n)
    later = _OR_UPPER.match(m.string, m.end())
    if not upper and later and n.isdigit() and int(later.group(1)) > int(n):
        upper = later.group(1)
    unit = {"wk": "week"}.get(unit, unit)
    if unit == "fortnight":  # two weeks each
        n, upper, unit = (str(2 * int(x)) if x and x.isdigit() else x for x in (n, upper, "week"))
    return f"{n}-{upper} {unit}s" if upper else f"{n} {unit}" + ("" if n == "1" else "s")


# "can you come back in ten days?", "could we see you on friday?": a visit asked for, not a question about one
_REQUEST = re.compile(
    r"\b(?:(?:can|could|would|will) (?:you|we|she|he)|(?:do|would) you (?:want|like) to|shall (?:we|i)) "
    r"(?:(?:please|just) )?$"
)


def _asked_for(low: str, m: re.Match) -> bool:
    return bool(_REQUEST.search(low[max(0, m.start() - 30) : m.start()]))


def _named_right(s: Sentence, m: re.Match) -> bool:
    """Whether the word after "see" is a name as written ("see Nia"), not "see improvement" or "see it"."""
    if "who" not in m.re.groupindex:
        return True
    a, b = s.norm.original_span(m.start("who"), m.end("who"))
    word = s.text[a:b]
    return word[:1].isupper() and word not in ("I", "It", "That", "This", "How", "What")


def _said(sentences: list[Sentence], patterns: list[re.Pattern]) -> list[tuple[Sentence, re.Match, bool]]:
    """Every interval said outside a question, in order, with whether a condition governs it."""
    found = []
    for s in sentences:
        hits = [
            m
            for p in patterns
            for m in p.finditer(s.low)
            if (not s.question_at(m.start()) or _asked_for(s.low, m)) and _named_right(s, m)
        ]
        # one interval per place: the longest reading of overlapping matches
        hits.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match] = []
        for m in hits:
            if not any(m.start() < k.end() and k.start() < m.end() for k in kept):
                kept.append(m)
        found += [(s, m, _conditional(s.low, m)) for m in sorted(kept, key=lambda m: m.start())]
    return found


def _after_test(sentences: list[Sentence]) -> Fact | None:
    """A visit set after a test or an operation ("see me after the echo"), the last one said."""
    for s in reversed(sentences):
        for m in reversed(list(_AFTER_TEST.finditer(s.low))):
            if s.question_at(m.start()):
                continue
            rest = s.low[m.end() :]
            # ("once the results are back": the visit waits for the tests ordered, whichever they are)
            op = re.match(r"(surgery|procedure|operation|results)\b", rest)
            test = next((t for t in named_tests(rest) if t[0] == 0), None)
            if op or test:
                name, end = (op.group(1), op.end()) if op else (test[2], test[1])
                return _fact(s, m.start(), m.end() + end, f"after {name}")
    return None


# "So when do I come back?" "Let's say three to four weeks.": the interval answers the question
_WHEN_BACK = re.compile(
    r"\bwhen (?:do|should|will|can|would) (?:i|we|she|he) (?:come back|come in|see you|follow up|return|be back)"
    # "when do you want me back?", "do i have to come back?", "when should i book in?"
    r"|\bwhen (?:do|would|will) you (?:want|need|like) (?:me|us|her|him|to see (?:me|us|her|him))(?: to come)? back"
    r"|\b(?:do|will|should|must) (?:i|we|she|he) (?:(?:have to|need to|still) )?(?:come back|come in|return|book)"
    r"|\bwhen (?:do|should|can) (?:i|we) book"
    # "and we come back when?"
    r"|\b(?:come back|come in|return|see you|be back|book in|follow up) when\b"
    r"|\bwhen(?:'s| is) (?:my|the|her|his|our) next (?:visit|appointment|check-?up)"
)
_INTERVAL = re.compile(rf"^(?:\W*\w+){{0,4}}?\W*(?:in |about |for )?{_ABOUT}{_RANGE} {_UNIT}")


def _answered(sentences: list[Sentence]) -> list[tuple[Sentence, re.Match, bool]]:
    """Intervals given as the answer to the patient's "when do I come back?"."""
    out = []
    for q, s in zip(sentences, sentences[1:], strict=False):
        if _WHEN_BACK.search(q.low) and s.other_speaker(q):
            m = _INTERVAL.match(s.low)
            if m:
                out.append((s, m, _conditional(s.low, m)))
    return out


# "i'll be in touch with you in ... in a day or so": the trailing-off "in ..." ends a sentence, the next one says
# the interval
_TRAILS_OFF = re.compile(rf"{_VISIT_VERB}{_TRAIL} in\s*(?:\.{{2,3}}|…)$")
_RESUMED = re.compile(rf"in {_ABOUT}{_RANGE} {_UNIT}")


def _resumed(sentences: list[Sentence]) -> list[tuple[Sentence, re.Match, bool]]:
    """Intervals said after a visit verb that trailed off into the next sentence."""
    out = []
    for q, s in zip(sentences, sentences[1:], strict=False):
        if q.segment.id == s.segment.id and _TRAILS_OFF.search(q.low):
            m = _RESUMED.match(s.low)
            if m:
                out.append((s, m, _conditional(s.low, m)))
    return out


def follow_up(sentences: list[Sentence]) -> list[Fact]:
    """The follow-up interval: the last visit said, else a lab recheck's, else "as needed" when conditional."""
    said = sorted(
        _said(sentences, _VISITS) + _answered(sentences) + _resumed(sentences), key=lambda x: (x[0].index, x[1].start())
    )
    booked = [(s, m) for s, m, cond in said if not cond]
    # The last interval said, unless it is a vaguer repeat ("in a week or so") of an exact one said before.
    exact = [(s, m) for s, m in booked if not re.match(r"\s*(?:or so|or two|ish)\b", s.low[m.end() :])]
    for s, m in (exact or booked)[-1:]:
        interval = _interval(m)
        after = re.match(r" after (?:the |your |her |his )?(surgery|procedure|operation)\b", s.low[m.end() :])
        if after:  # "see you back two weeks after the surgery": counted from the operation, not today
            interval += f" after {after.group(1)}"
        return [_fact(s, m.start(), m.end() + (after.end() if after else 0), interval)]
    after_test = _after_test(sentences)
    if after_test:
        return [after_test]
    rechecks = [(s, m) for s, m, cond in _said(sentences, [_RECHECK]) if not cond]
    for s, m in rechecks[-1:]:
        return [_fact(s, m.start(), m.end(), _interval(m))]
    for s, m, _ in said[-1:]:  # "back in two days if the fever is not gone": only if needed
        return [_fact(s, m.start(), m.end(), "as needed")]
    for s in reversed(sentences):
        m = _FOLLOW_PRN.search(s.low)
        if m:
            return [_fact(s, m.start(), m.end(), "as needed")]
        if s.segment.speaker == "patient":
            continue
        for cond in _IF_NOT_BETTER.finditer(s.low):
            back = _COME_BACK.search(s.low, cond.end(), cond.end() + 80)
            if back:
                return [_fact(s, cond.start(), back.end(), "as needed")]
            before = _COME_BACK.search(s.low, max(0, cond.start() - 30), cond.start())  # "come back if ..."
            if before:
                return [_fact(s, before.start(), cond.end(), "as needed")]
    return []
