"""Answers to questions about a drug, and the drug a question or answer means without its name.

"Are you still on the rosuvastatin?" "Yes." / "Yes, 10 milligrams at night."; "How much Advil?" "Four a day,
the 200 milligram ones."; "I'm on atorvastatin." "What dose?" "Forty milligrams." Each rule attaches what was
said to the one drug the talk is about, and does nothing when more than one drug could be meant. A dose said
without a name and with no question before it is read in doses_without_name.py.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dose_words import counted_answer
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, frequency, lab_value
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_merge import merge
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_ANSWER_YES = re.compile(
    # ("yeah nah" is the Australian and New Zealand no)
    r"^\W*(?:(?:um|uh|oh|well),?\s*)*(?:(?:yes|yeah|yep|yup)(?!,? nah\b)|nah,? yeah|uh-huh|i am|i do|i have|"
    r"she is|he is|she does|he does|"
    r"good|fine|great|okay|ok|well|pretty good|it's (?:good|fine|working|helping|okay)|every day|still)\b"
)
_ANSWER_NO = re.compile(
    r"^\W*(?:(?:um|uh|oh|well),?\s*)*(?:no|nope|not|never|nah(?!,? yeah)|(?:yeah|yep),? nah|"
    r"i (?:don't|do not|haven't|stopped))\b"
)


def answered_yes(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the question ``s`` is answered by another speaker with a yes (or a how-is-it answer)."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient" or "allerg" in s.low:
        return False
    nxt = sentences[s.index + 1]
    # "Now, your metformin. You're on 500 twice a day, right?" "Yes.": the drug named alone, then asked of
    if fragment_question(s) and nxt.segment is s.segment and nxt.low.rstrip().endswith("?") and not find_drugs(nxt.low):
        if s.index + 2 >= len(sentences):
            return False
        nxt = sentences[s.index + 2]
    if not _STILL.search(s.low + " " + nxt.low) and (_BACK_THEN.search(s.low) or _BACK_THEN.search(nxt.low)):
        return False  # "Did they give you folic acid when you were pregnant?" "Yes, back then.": not taken now
    if not s.other_speaker(nxt) or _ANSWER_NO.match(nxt.low):
        return False
    echo = _ECHO_YES.match(nxt.low)  # "Glucophage thousand?" "Thousand, yes.": the strength asked, said back
    return bool(_ANSWER_YES.match(nxt.low)) or bool(echo and _strength_asked(s.low, echo.group(1)))


def _strength_asked(question: str, number: str) -> bool:
    """Whether ``question`` is a drug and this strength alone ("Glucophage 1000?", "And the Lipitor, 20 mg?"),
    so that the number said back is the strength (not "your sugar was 250", "3 days ago", "5 years?")."""
    # (one word for the drug, maybe its release form: not "warfarin inr 2.5?", "ozempic week 4?", "since 2018?")
    name = (
        r"\W*(?:(?:and|so|okay|the|your|on|still)\s+)*[a-z][a-z-]+(?:\s+(?:xr|er|sr|xl|la|mr|cr|dr))?,?\s+(?:the\s+)?"
    )
    unit = (
        rf"(?:\s*{_UNIT})?(?:\s+(?:once|twice|three times) (?:a day|daily)|\s+(?:a day|"
        r"daily|in the morning|at night|nightly))?\s*\?\s*"
    )
    # (a count below 5 said alone may be puffs or tablets: "Ventolin 2?")
    small = float(number) < 5 and not re.search(rf"\b{_UNIT}\b", question)
    return not small and bool(re.fullmatch(name + re.escape(number) + unit, question))


_UNIT = r"(?:mg|milligrams?|mcg|micrograms?)"
_ECHO_YES = re.compile(
    rf"^\W*(?:the )?(\d+(?:\.\d+)?)(?:\s*{_UNIT})?\W+"
    r"(?:yes|yeah|yep|yup|that's right|right)\b"
)


_STILL = re.compile(r"\b(?:still|now|currently|since|these days|every day|ever since)\b")
# a drug asked or answered about as taken once, long ago: a past course, not on today's list
_BACK_THEN = re.compile(
    r"\b(?:back then|years ago|a long time ago|ages ago|when (?:you|i|she|he) (?:was|were) (?:pregnant|little|a kid|"
    r"a child|a baby|young|younger)|as a (?:kid|child|baby|teenager)|during (?:your|my|her) pregnancy|at the time)\b"
)


# "you were on the hydrochlorothiazide for blood pressure": a statement the clinician wants confirmed
# ... or the chart read out: "I know we have you on the Prozac 20", "I see they've got you on metoprolol"
_ASKS_BY_STATEMENT = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|now),?\s+)*(?:(?:i know|i see|it says|it looks like|looks like)\s+)?"
    r"(?:you(?:'re| are| were)|(?:she|he)(?:'s| is| was)|you still|still|"
    r"(?:we|they)(?:'ve| have| had)? (?:got |put )?(?:you|her|him))\s+"
    r"(?:still\s+|also\s+|currently\s+)?(?:on|taking|using)\b"
)


def asks_about_drug(s: Sentence, pos: int) -> bool:
    """Whether the drug at ``pos`` is asked about: a question, or a statement put to the patient to confirm."""
    if s.question_at(pos) or s.low.rstrip().endswith("?"):  # "And the metformin, what dose?"
        return True
    if s.segment.speaker == "patient":
        return False
    # "and the lisinopril what dose", "and the gabapentin": a transcript drops the question mark
    # "And the Plavix, you're still on that?" said as "..., you're still on that or...": the drug named first,
    # then the statement put to the patient, or an "or" left open for them to finish
    named_first = _NAMED_FIRST.match(s.low)
    return bool(
        _ASKS_BY_STATEMENT.match(s.low)
        or (named_first and _ASKS_BY_STATEMENT.match(s.low, named_first.end()))
        or _OPEN_OR.search(s.low)
        or _STILL_TAKING.search(s.low)
        or _ASKS_WITHOUT_MARK.search(s.low)
        or _FRAGMENT.fullmatch(s.low)
    )


_NAMED_FIRST = re.compile(r"\W*(?:(?:and|so|okay|ok|now|what about)\W+)*(?:the|your)\s+[a-z][a-z -]{2,30}?,\s*")
# a transcript's question with no mark, the drug named before it: "we started you on sertraline are you still
# taking that"
_STILL_TAKING = re.compile(
    r"\b(?:are|is) (?:you|she|he|they) still (?:taking|on|using) (?:it|that|them|this|those)\W*$|"
    r"\bdo (?:you|they) still (?:take|use) (?:it|that|them)\W*$"
)
_OPEN_OR = re.compile(r"\bor\s*(?:\.{2,}|…)\s*$|\bor (?:not|what)\W*$")


# what a list of names asked about may hold besides the names: "Warfarin, Eliquis, anything like that?",
# "Advil or something of that sort?"
_LIST_FILLER = re.compile(
    r"(?:[\W\s]|\b(?:or|and|any|the|like|maybe|something|else|other|anything|that|those|of|sort|kind|"
    r"things?|stuff|similar)\b)*"
)


def list_question(s: Sentence, spans: list[tuple[int, int, str]]) -> bool:
    """Whether ``s`` is the clinician asking with drug names only: "Advil, Motrin, Aleve?" after "Anything over
    the counter?". Its clauses do not open with a question word, but every name in it is asked about."""
    if s.segment.speaker == "patient" or not spans or not s.low.rstrip().endswith("?"):
        return False
    rest, pos = [], 0
    for a, b, _ in spans:
        rest.append(s.low[pos:a])
        pos = b
    rest.append(s.low[pos:])
    return bool(_LIST_FILLER.fullmatch(" ".join(rest)))


def other_named(sentences: list[Sentence], s: Sentence, generic: str, spans: list[tuple[int, int, str]]) -> bool:
    """Whether the answer to a question naming several drugs names one of them other than ``generic``:
    "Advil, Tylenol?" "Yeah, Advil sometimes." confirms the Advil, not the Tylenol."""
    if len({g for _, _, g in spans}) < 2 or s.index + 1 >= len(sentences):
        return False
    answer = sentences[s.index + 1]
    if not s.other_speaker(answer):
        return False
    named = {g for _, _, g in find_drugs(answer.low)}
    if (
        not named & {g for _, _, g in spans}
        and _YES_AND.match(answer.low)
        and _TAKES_ASKED.search(s.low)
        and not re.search(r"\bor\b", s.low)
        and not _NOT_ALL.search(answer.low)
    ):
        return False  # "Do you take metformin and lisinopril?" "Yes, and aspirin.": a yes to both, and one more
    return bool(named) and generic not in named


_TAKES_ASKED = re.compile(
    r"\b(?:do you (?:still )?(?:take|use)|are you (?:still )?(?:taking|on|using)|you're (?:still )?(?:on|taking)|"
    r"still (?:taking|on))\b"
)
_NOT_ALL = re.compile(
    r"\b(?:none|neither|stopped|didn't|don't|not|husband|wife|mum|mom|dad|son|daughter|partner|helped|tolerate)\b"
)
_YES_AND = re.compile(r"\W*(?:yes|yeah|yep|both|i do|that's right)\b\W{0,3}(?:both\W{0,3})?(?:and|also|plus)\b")


def fragment_question(s: Sentence) -> bool:
    """Whether ``s`` is the clinician naming a drug alone, as a question: "and the gabapentin"."""
    return s.segment.speaker != "patient" and bool(_FRAGMENT.fullmatch(s.low))


# a question word about the amount, said without a question mark: "and the lisinopril what dose"
_ASKS_WITHOUT_MARK = re.compile(
    r"\b(?:what|how much|how many|which)\b[^.;]{0,20}\b(?:dose|dosage|strength|milligrams?)\b|"
    # "how many puffs of the brown one do you take", "how much are you using this week"
    r"\bhow (?:much|many(?: \w+)?|often)\b[^.;]{0,30}?\b(?:are you|do you|have you been|is (?:she|he)|"
    r"does (?:she|he))\s+(?:\w+\s+)?(?:using|taking|needing|use|take|need)\b"
)
# a clinician's turn that is only a drug's name: "and the gabapentin", "what about the metformin"
_FRAGMENT = re.compile(
    r"\W*(?:(?:and|so|okay|ok|now|what about|how about),?\s+)*(?:the|your)\s+[a-z][a-z -]{2,30}?"
    r"(?:\s+(?:then|too|still))?\W*"
)


def dose_answer(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The other speaker's answer to a question about one drug when it gives a dose or how often, and names
    no drug: "How much Advil?" "Like four a day, the 200 milligram ones."; "How often are you using the
    albuterol?" "Maybe twice a day." The first two sentences of the answer are read ("Yeah. Twenty five
    milligrams every morning.")."""
    if s.segment.speaker == "patient" or "allerg" in s.low:
        return None
    how_often = None  # "How much?" "One, in the morning. Five.": the amount may follow when it is asked
    for nxt in sentences[s.index + 1 : s.index + 3]:
        if not s.other_speaker(nxt) or nxt.is_question:
            return how_often
        if _names_drug(nxt.low) and not (_ASKS_AMOUNT.search(s.low) and dose_before_other_drugs(nxt.low)):
            return None  # the answer names its own drug: the dose is that one's
        said = DOSE.search(nxt.low)
        if said and lab_value(nxt.low, said):
            return None  # "180 milligrams per deciliter": a blood sugar
        if _ANSWER_NO.match(nxt.low):
            return None  # "No, not for a year. I was on fifty milligrams."
        if said or (_BARE_NUMBER.fullmatch(nxt.low) and _ASKS_AMOUNT.search(s.low)) or counted_answer(s, nxt):
            return nxt  # "What dose of the Lasix are you on?" "Forty."; "How many puffs?" "Two, twice a day."
        if frequency(nxt.low):
            if not _ASKS_AMOUNT.search(s.low):
                return nxt
            how_often = how_often or nxt
        elif _HOW_OFTEN_ASKED.search(s.low) and _TIMES_SAID.search(nxt.low):
            return nxt  # "How often do you need the salbutamol?" "Couple of times a day.": a count with no dose
    return how_often


_HOW_OFTEN_ASKED = re.compile(r"\bhow (?:often|many times|frequently)\b")
# a count of times said loosely, which frequency() leaves alone as no schedule: "couple of times a day",
# "once or twice a week", "most days", "every other day"
_TIMES_SAID = re.compile(
    r"\b(?:(?:a )?(?:couple|few|number) of|several|once or twice|one or two|two or three|three or four|a few)\s+"
    r"(?:times?\s+)?(?:a|per|each|every|in a)\s+(?:day|week|night|month)\b|"
    r"\b(?:most|some|every other|every few)\s+(?:days?|nights?|mornings?|evenings?)\b|\bnow and (?:then|again)\b"
)


def _names_drug(low: str) -> list:
    return [d for d in find_drugs(low) if not lexicon.is_drug_class(d[2])]


def dose_before_other_drugs(low: str) -> re.Match | None:
    """The dose an answer starts with, before it goes on to other drugs: "What strength is the calcium?"
    "It's the 600 milligram one once a day, oh and I take vitamin D 2000 units." (never "25 milligrams of
    metoprolol": a dose said just before a drug's name is that drug's)."""
    said = DOSE.search(low)
    if said is None or lab_value(low, said):
        return None
    named = _names_drug(low)
    if not named:
        return said
    if named[0][0] < said.start() or _OF_DRUG.fullmatch(low[said.end() : named[0][0]]):
        return None
    return said


_OF_DRUG = re.compile(r"\s*(?:tablets?\s+|pills?\s+|capsules?\s+)?(?:of\s+)?(?:the\s+|your\s+|my\s+|her\s+|his\s+)?")
_BARE_NUMBER = re.compile(
    r"\W*(?:(?:um|uh|oh|it's|its|it is|the|like|about)\W+)*(?:\d+(?:\.\d+)?|(?:a |one )?thousand)\W*"
)
_ASKS_AMOUNT = re.compile(r"\b(?:dose|dosage|how much|strength|how many (?:milligrams|mg|units))\b")


# what may come before the number an answer starts with: "um, it's the forty", "I take a thousand twice a day"
_ANSWER_LEAD = re.compile(
    r"\W*(?:(?:um|uh|oh|well|yes|yeah|yep|good|fine|okay|ok|it's|its|it is|i take|i'm on|i am on|the|like|about|"
    r"you're on|you are on|"  # the clinician's own question, read when a yes confirms it
    r"just|only|"
    # "yeah still on it the fifty once a day": the yes said again before the strength
    r"still on (?:it|that|them)|still taking (?:it|that|them)|on it|"
    # "yeah for my heartburn twenty every morning": what it is for, said before its strength
    r"for (?:the|my|your|her|his) [a-z]+(?: [a-z]+)?(?=\W+\d)"
    r")\W+)*"
)


def bare_answer_dose(generic: str, answer: Sentence) -> str | None:
    """The dose in an answer that starts with a number and no unit ("Forty.", "a thousand twice a day"),
    when it is a strength the drug comes in."""
    rest = answer.low[_ANSWER_LEAD.match(answer.low).end() :]
    if not re.match(r"\d|(?:a |one )?thousand\b", rest):
        return None
    if said := bare_strength(generic, rest):
        return said
    # "Good, the 50 is working": "the" and a number is the tablet's strength, whatever follows it
    the = _THE_STRENGTH.search(answer.low[: _ANSWER_LEAD.match(answer.low).end() + 12])
    return bare_strength(generic, the.group(1)) if the else None


# ("The 5s.", "the 20's": the tablets named by their strength, in the plural)
_THE_STRENGTH = re.compile(
    r"the (\d+(?:\.\d+)?)(?:'?s)?\b(?!\s*(?:times?|days?|weeks?|months?|years?|hours?|percent|%))"
)


_SOMEONE_ELSE = re.compile(rf"\b(?:{lexicon.OTHER_PERSON})\b")  # "husband's" too


_STRENGTH_CHOICE = re.compile(
    r"\W*(?:(?:and|so|is it|was it|which|which one)\W+)*(?:the )?\d+(?:\.\d+)?(?: (?:mg|milligrams?))?,?"
    r"(?: (?:the )?\d+(?:\.\d+)?,)* or (?:the )?\d+(?:\.\d+)?(?: (?:mg|milligrams?|ones?))?\W*"
)


def dose_asked_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """ "I'm on atorvastatin." "What dose?" "Forty milligrams.": the dose question names no drug, so the
    answer is the dose of the one drug named just before it (by either speaker)."""
    asks = _ASKS_AMOUNT.search(s.low) or _STRENGTH_CHOICE.fullmatch(s.low)  # "The 500 or the 1000?"
    if s.segment.speaker == "patient" or not s.asks or not asks:
        return
    if s.index + 1 >= len(sentences) or not s.other_speaker(answer := sentences[s.index + 1]):
        return
    before = sentences[max(0, s.index - 2) : s.index]
    named = {d[2] for prev in before for d in find_drugs(prev.low)}
    named = {g for g in named if not lexicon.is_drug_class(g)}
    if len(named) != 1:
        return
    generic = named.pop()
    naming = None
    if generic not in facts:
        # "Glibenclamide, that's glyburide. How much is he taking of that?" "Five milligrams.": the clinician only
        # named the drug, and the amount asked and answered says the patient takes it
        naming = next(
            (
                p
                for p in reversed(before)
                if p.segment.speaker != "patient" and generic in {d[2] for d in find_drugs(p.low)}
            ),
            None,
        )
        if naming is None or naming.is_question or s.segment is not naming.segment:
            return
        if _SOMEONE_ELSE.search(naming.low) or _SOMEONE_ELSE.search(s.low):
            return  # "Your husband is on lisinopril. How much is he taking?": the husband's dose
    elif "dose" in facts[generic].attributes:
        return
    if _ANSWER_NO.match(answer.low):
        return
    # "One, in the morning. Five.": the amount may come after how often, in the same turn
    after = sentences[answer.index + 1 : answer.index + 2]
    for said_in in [answer] + [a for a in after if a.segment is answer.segment and frequency(answer.low)]:
        if find_drugs(said_in.low):
            return
        said = DOSE.search(said_in.low)
        if said and lab_value(said_in.low, said):
            return
        dose = f"{said.group(1)} {UNIT_NORMAL[said.group(2)]}" if said else bare_answer_dose(generic, said_in)
        if dose and naming is not None:
            attrs = {"dose": dose, "status": "active"} | ({"frequency": f[0]} if (f := frequency(said_in.low)) else {})
            ev = naming.evidence(0, len(naming.low)) + said_in.evidence(0, len(said_in.low))
            facts[generic] = Fact(kind=FactKind.medication, name=generic, attributes=attrs, evidence=ev)
            return
        if dose:
            facts[generic] = merge(facts[generic], {"dose": dose}, None, said_in.evidence(0, len(said_in.low)))
            return


def corrected_frequency(sentences: list[Sentence], s: Sentence) -> tuple[str, Sentence] | None:
    """The schedule the other speaker gives when they correct the one just put to them: "So you're taking
    the glipizide 5 twice a day?" "No, just once in the morning." """
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is None or not s.other_speaker(nxt) or not _ANSWER_NO.match(nxt.low) or find_drugs(nxt.low):
        return None
    f = frequency(nxt.low)
    return (f[0], nxt) if f else None


def dose_from_answer(
    generic: str, attrs: dict[str, str], ans: Sentence, asked_dose: bool, question: Sentence | None = None
) -> list:
    """Fill ``attrs`` with the dose (and schedule) a yes-answer gives for the drug asked about ("Still on the
    rosuvastatin?" "Yes, 10 milligrams at night."); return the evidence the answer adds. ``asked_dose``: the
    question asked for the amount, so a drug named later in the answer does not void it; ``question``: the
    question, for a count asked by its unit ("How many puffs?" "Two.")."""
    if question is not None and (count := counted_answer(question, ans)):
        attrs["dose"] = count
        if (f := frequency(ans.low)) and "frequency" not in attrs:
            attrs["frequency"] = f[0]
        return ans.evidence(0, len(ans.low))
    said = dose_before_other_drugs(ans.low) if asked_dose else DOSE.search(ans.low)
    if said and (asked_dose or not find_drugs(ans.low)):
        attrs["dose"] = f"{said.group(1)} {UNIT_NORMAL[said.group(2)]}"
        if (f := frequency(ans.low)) and "frequency" not in attrs:
            attrs["frequency"] = f[0]
        return ans.evidence(0, len(ans.low))
    if not find_drugs(ans.low) and (bare := bare_answer_dose(generic, ans)):
        attrs["dose"] = bare  # "What dose of the Lasix?" "Forty."; "Good, the 50 is working."
        return ans.evidence(0, len(ans.low))
    # "Maybe twice a day": how much they use it, not a regimen to record
    return ans.evidence(0, len(ans.low)) if asked_dose else []


def dose_later_in_turn(sentences: list[Sentence], ans: Sentence) -> Sentence | None:
    """A dose said later in the same answer, after how often: "Couple of times a day. More on the cold days.
    Two puffs, usually." (the next two sentences of the turn, naming no drug)."""
    for nxt in sentences[ans.index + 1 : ans.index + 3]:
        if nxt.segment is not ans.segment or find_drugs(nxt.low):
            return None
        if (said := DOSE.search(nxt.low)) and not lab_value(nxt.low, said):
            return nxt
    return None
