"""A dose said without the drug's name, given to the one drug the speaker has just named.

"You'd put me on 40." after the atorvastatin was named; "Cephalexin. 500 mg four times a day for 7 days.";
"Let's go up to 100 milligrams once a day". Each reader does nothing when more than one drug could be meant.
Moved out of medication_answers.py, which reads the answers to questions about a drug.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, frequency, lab_value
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_merge import merge
from engine.clinical.sentences import Sentence
from engine.types import Fact

# "You'd put me on 40.", "I'm on the 20.": the strength of the drug just talked about, said without its name
_ON_STRENGTH = re.compile(
    r"\b(?:(?:put|had|started|got|kept) me on|i'm on|i am on|i was on|i've been on|i been on|"
    # the clinician's start of the drug just explained: "It's an antidepressant ... I'll start you on 50 mg"
    r"(?:i'll|i will|we'll|we will|let's|i'm going to|we're going to) (?:start|put) (?:you|her|him) on)\s+(?:the\s+)?"
    r"(\d+(?:\.\d+)?)(?:\s*(mg|milligrams?|mcg|micrograms?|units?))?(?!\s*(?:days?|weeks?|months?|years?|%))\b"
)


_CLINICIAN_START = ("i'll", "i will", "we'll", "we will", "let's", "i'm going", "we're going")
_SOMETHING_ELSE = re.compile(r"\s*(?:mg|milligrams?|mcg|units?)?\s*(?:of\s+)?(?:something|another|a new|a different)\b")


def dose_said_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """ "When did the aches start after you began the atorvastatin?" "You'd put me on 40.": a strength said
    with no drug's name belongs to the one drug named in the two sentences before, when it has no dose yet."""
    m = _ON_STRENGTH.search(s.low)
    if not m or s.question_at(m.start()) or any(not lexicon.is_drug_class(d[2]) for d in find_drugs(s.low)):
        return  # (a sentence that names its own drug gives that drug the dose: "start you on 20 mg of atorvastatin")
    named = {d[2] for prev in sentences[max(0, s.index - 2) : s.index] for d in find_drugs(prev.low)}
    named = {g for g in named if not lexicon.is_drug_class(g)}
    if len(named) != 1 or (generic := named.pop()) not in facts or "dose" in facts[generic].attributes:
        return
    if m.group().startswith(_CLINICIAN_START) and (
        facts[generic].attributes.get("status") == "active" or _SOMETHING_ELSE.match(s.low, m.end())
    ):
        return  # "You've been on sertraline. I'll start you on 50 mg of something new for sleep": another drug
    dose = f"{m.group(1)} {UNIT_NORMAL[m.group(2)]}" if m.group(2) else bare_strength(generic, m.group(1))
    if dose:
        facts[generic] = merge(facts[generic], {"dose": dose}, None, s.evidence(m.start(), m.end()))


# "It's a once a week shot, we start at 0.25 milligrams", "That's 500 milligrams today": the dose of the
# drug just named, said in the speaker's next sentence, which names no drug of its own.
_DOSE_FOLLOWS = re.compile(
    r"^\W*(?:(?:so|and|okay),?\s+)?(?:it's|it is|that's|that is|(?:you|she|he|they)'ll take|"
    r"(?:she|he|you) (?:will|should) take|give (?:her|him)|take|we start|start|"
    r"(?:um\s+|uh\s+)?(?:like|about|maybe|usually|normally|just|only))\b"  # "I take Advil a lot. Like two pills."
)


_FORM_ONLY = re.compile(
    r"\W*(?:the |a |an )?(?:syrup|liquid|suspension|tablets?|capsules?|drops|suppositor(?:y|ies)|chewables?|"
    r"[a-z]+ one)(?:,?\s*(?:the |a )?\d+(?:\.\d+)?(?:\s*(?:mg|milligrams?|mcg|micrograms?))?(?: one| ones)?)?\W*"
)


def dose_sentence(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The speaker's next sentence when it gives the dose of the drug just named, else None."""
    if s.index + 1 >= len(sentences):
        return None
    nxt = sentences[s.index + 1]
    # "Augmentin. The syrup, the four hundred. Eight ml twice a day": the form and strength, then the dose
    if _FORM_ONLY.fullmatch(nxt.low) and s.index + 2 < len(sentences) and nxt.segment is sentences[s.index + 2].segment:
        nxt = sentences[s.index + 2]
    # "..., candesartan. Eight milligrams once a day, starting tomorrow.": the dose said first is the drug's
    leads = _DOSE_FOLLOWS.match(nxt.low) or DOSE.match(nxt.low.lstrip(" .,"))
    if nxt.segment.speaker != s.segment.speaker or not leads or find_drugs(nxt.low):
        return None
    said = DOSE.search(nxt.low)
    if said and lab_value(nxt.low, said):
        return None  # "That's 180 milligrams per deciliter": a blood sugar, not a dose
    return nxt if said and not nxt.question_at(said.start()) else None


_INCREMENT = re.compile(
    r"\badd(?:ing)? (?:another |an extra )?\d+(?:\.\d+)? (?:units?|mg|milligrams?)\b[^.;]{0,15}?"
    r"\b(?:so|that's|that is|making it|to make it|for a total of)\s+(?=\d)"
)
# "Let's go up to 100 milligrams once a day", "I want you to cut back to 600 milligrams": a new dose
# said without the drug's name belongs to the one drug the speaker named in the sentence before.
_NAMELESS_CHANGE = re.compile(
    r"\b(?:go|come|cut|bump|bring|take|drop|move|step)\w* (?:it |that |you |her |him )?(?:up|down|back)?\s*"
    r"(?:from \d+(?:\.\d+)? )?to\s+\d|"  # "go down from 88 to 75 micrograms"
    r"\b(?:increase|decrease|reduce|lower|raise|double)\w* (?:it |that |the dose )?to\s+\d|"
    # "cut it in half: 500 mg", "we'll cut it to half, thirty milligram"
    r"\bcut (?:it|that|the dose|them) (?:in half|by half|to (?:a )?half|back)\b|\bhalve (?:it|that|the dose)\b|"
    r"\bmake (?:it|that|the dose) (?=\d)|"  # "let's make that 40 starting tomorrow"
    r"\b(?P<taper>taper(?:ing)?|wean(?:ing)?) (?:it|that|them|you|her|him)\b"  # a change with no new dose yet
)


# the amount judged wrong, then the new one: "for his weight the five mls is too little. Give ten mls", "That
# dose is too low for you. Take two tablets." (the new amount in the speaker's next sentence)
_WRONG_AMOUNT = re.compile(
    r"\b(?:is|'s|are|was) (?:much |a bit |a little |way )?(?:too (?:little|low|small)|not enough)\b"
)
_REDOSE = re.compile(
    # "For sixteen kilos, give ten ml": the weight or age it is for, then the new amount
    r"^\W*(?:for (?:his|her|a|the)?\s*(?:\d+(?:\.\d+)? (?:kilos?|kg|kilograms?|pounds?|lbs?)|weight|age),?\s+)?"
    r"(?:so\s+|instead\s+|now\s+)?(?:give|take|use)\s+(?:him\s+|her\s+|them\s+|it\s+)?(?=\d)"
)


def _redosed(sentences: list[Sentence], s: Sentence) -> re.Match | None:
    """The new amount's verb when the speaker's sentence before said the amount was too little."""
    prev = sentences[s.index - 1]
    if prev.segment.speaker != s.segment.speaker or not _WRONG_AMOUNT.search(prev.low):
        return None
    return _REDOSE.match(s.low)


def dose_change_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """A new dose said without a name changes the one drug the speaker named just before."""
    if s.index == 0 or s.segment.speaker == "patient":
        return
    increment = _INCREMENT.search(s.low)  # "Let's add 4 units, so 44 units at night.": the total is the dose
    if not (change := increment or _NAMELESS_CHANGE.search(s.low) or _redosed(sentences, s)):
        return
    if _PLAN.search(s.low[: change.start()]):
        return  # "if your numbers are still high in two weeks, we'll go up to 20 milligrams": a plan, not today's
    if _MEASURED.search(s.low[: change.start() + 12]) or _PRESSURE.match(s.low, change.end() - 1):
        return  # "when the nurse stood you up it dropped to one twelve over sixty eight": a reading that fell
    named: list = []
    # the last sentences before it, either speaker's: "I'm on lisinopril 10." "Let's bump that up to 20 mg."
    for prev in sentences[max(0, s.index - 5) : s.index][::-1]:
        if named := [d for d in find_drugs(prev.low) if not lexicon.is_drug_class(d[2])]:
            break
    if len(named) != 1 or named[0][2] not in facts:
        return
    generic = named[0][2]
    if said := DOSE.search(s.low, increment.end() if increment else 0):
        dose, end = f"{said.group(1)} {UNIT_NORMAL[said.group(2)]}", said.end()
    elif (bare := re.compile(r"\d+(?:\.\d+)?").search(s.low, change.start())) and (
        dose := bare_strength(generic, bare.group())  # "make that 40": a strength the drug comes in
    ):
        end = bare.end()
    elif change.groupdict().get("taper"):  # "I'd like to taper it slowly": changed, today's dose kept
        merged = merge(facts[generic], {}, "changed", s.evidence(change.start(), change.end()))
        kept = {k: v for k, v in merged.attributes.items() if k != "previous_dose"}
        if dose := facts[generic].attributes.get("dose"):
            kept["dose"] = dose
        facts[generic] = merged.model_copy(update={"attributes": {**kept, "status": "changed"}})
        return
    else:
        return
    attrs = {"dose": dose}
    if f := frequency(s.low[end:]):
        attrs["frequency"] = f[0]
    merged = merge(facts[generic], attrs, "changed", s.evidence(0, end))
    facts[generic] = merged.model_copy(update={"attributes": {**merged.attributes, "status": "changed"}})


# a change said as a condition or for later is a plan: the dose today is the one just started
# A reading that went somewhere, not a dose someone changes: "it dropped to", "your sugar came down to"
_MEASURED = re.compile(
    r"\b(?:it|that|this|which|they|pressure|sugars?|readings?|numbers?|levels?|rate|count|weight|temp\w*)\s+"
    r"(?:\w+ly\s+)?(?:dropped|went|came|fell|rose|jumped|got)\b"
)
_PRESSURE = re.compile(r"\d+(?:\.\d+)?\s+(?:over|/)\s*\d")  # "112 over 68": a blood pressure
_PLAN = re.compile(r"\bif\b|\bnext (?:time|visit)\b|\bin (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)\b")


# the speaker's next sentence that is only a strength: "Flomax, yeah, at bedtime. The point four."
_STRENGTH_ONLY = re.compile(
    r"\W*(?:(?:and|yeah|yes|it's|its|it is)\W+)?(?:the\s+)?(?:point\s+)?"
    r"(?:\d+(?:\.\d+)?(?:\s+\d)*|(?:a |one )?thousand)(?:\s+(?:one|ones))?"
)


def strength_said_next(sentences: list[Sentence], s: Sentence, generic: str) -> tuple[str, list] | None:
    """The dose and its evidence when the speaker's next sentence says nothing but a strength the drug comes in,
    and perhaps how often ("Flomax, yeah, at bedtime. The point four.", "Metformin. The thousand, twice a
    day."), else None."""
    if s.index + 1 >= len(sentences):
        return None
    nxt = sentences[s.index + 1]
    m = _STRENGTH_ONLY.match(nxt.low)
    if nxt.segment is not s.segment or m is None:
        return None
    rest = nxt.low[m.end() :]  # nothing more, or how often: "Metformin. The thousand, twice a day."
    if rest.strip(" .!,") and not (rest.startswith(",") and frequency(rest) and not DOSE.search(rest)):
        return None
    bare = bare_strength(generic, ", " + nxt.low[: m.end()])
    return (bare, nxt.evidence(0, len(nxt.low))) if bare else None
