"""Drugs talked about without their name, and answers to questions about a drug.

"Are you still on the rosuvastatin?" "Yes." / "Oh, I stopped it last month."; "It's a weekly shot, we
start at 0.25 milligrams"; "Let's go up to 100 milligrams"; "so I quit it". Each rule attaches what was
said to the one drug the talk is about, and does nothing when more than one drug could be meant.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, frequency, lab_value
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_merge import merge
from engine.clinical.sentences import Sentence
from engine.types import Fact

_ANSWER_YES = re.compile(
    r"^\W*(?:(?:um|uh|oh|well),?\s*)*(?:yes|yeah|yep|yup|uh-huh|i am|i do|i have|she is|he is|she does|he does|"
    r"good|fine|great|okay|ok|well|pretty good|it's (?:good|fine|working|helping|okay)|every day|still)\b"
)
_ANSWER_NO = re.compile(r"^\W*(?:(?:um|uh|oh|well),?\s*)*(?:no|nope|not|never|i (?:don't|do not|haven't|stopped))\b")


def answered_yes(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the question ``s`` is answered by another speaker with a yes (or a how-is-it answer)."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient" or "allerg" in s.low:
        return False
    nxt = sentences[s.index + 1]
    return s.other_speaker(nxt) and bool(_ANSWER_YES.match(nxt.low)) and not _ANSWER_NO.match(nxt.low)


# "you were on the hydrochlorothiazide for blood pressure": a statement the clinician wants confirmed
_ASKS_BY_STATEMENT = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|now),?\s+)*(?:you(?:'re| are| were)|(?:she|he)(?:'s| is| was)|you still|still)\s+"
    r"(?:still\s+)?(?:on|taking|using)\b"
)


def asks_about_drug(s: Sentence, pos: int) -> bool:
    """Whether the drug at ``pos`` is asked about: a question, or a statement put to the patient to confirm."""
    if s.question_at(pos) or s.low.rstrip().endswith("?"):  # "And the metformin, what dose?"
        return True
    return s.segment.speaker != "patient" and bool(_ASKS_BY_STATEMENT.match(s.low))


def dose_answer(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The other speaker's answer to a question about one drug when it gives a dose or how often, and names
    no drug: "How much Advil?" "Like four a day, the 200 milligram ones."; "How often are you using the
    albuterol?" "Maybe twice a day." The first two sentences of the answer are read ("Yeah. Twenty five
    milligrams every morning.")."""
    if s.segment.speaker == "patient" or "allerg" in s.low:
        return None
    for nxt in sentences[s.index + 1 : s.index + 3]:
        if not s.other_speaker(nxt) or nxt.is_question:
            return None
        if [d for d in find_drugs(nxt.low) if not lexicon.is_drug_class(d[2])]:
            return None  # the answer names its own drug: the dose is that one's
        said = DOSE.search(nxt.low)
        if said and lab_value(nxt.low, said):
            return None  # "180 milligrams per deciliter": a blood sugar
        if _ANSWER_NO.match(nxt.low):
            return None  # "No, not for a year. I was on fifty milligrams."
        if said or frequency(nxt.low):
            return nxt
        if _BARE_NUMBER.fullmatch(nxt.low) and _ASKS_AMOUNT.search(s.low):
            return nxt  # "What dose of the Lasix are you on?" "Forty."
    return None


_BARE_NUMBER = re.compile(r"\W*(?:(?:um|uh|oh|it's|its|it is|the|like|about)\W+)*\d+(?:\.\d+)?\W*")
_ASKS_AMOUNT = re.compile(r"\b(?:dose|dosage|how much|strength|how many milligrams)\b")


def bare_answer_dose(generic: str, answer: Sentence) -> str | None:
    """The dose in an answer that is only a number ("Forty."), when it is a strength the drug comes in."""
    m = re.search(r"\d+(?:\.\d+)?", answer.low)
    return bare_strength(generic, answer.low[m.start() :]) if m and _BARE_NUMBER.fullmatch(answer.low) else None


def corrected_frequency(sentences: list[Sentence], s: Sentence) -> tuple[str, Sentence] | None:
    """The schedule the other speaker gives when they correct the one just put to them: "So you're taking
    the glipizide 5 twice a day?" "No, just once in the morning." """
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is None or not s.other_speaker(nxt) or not _ANSWER_NO.match(nxt.low) or find_drugs(nxt.low):
        return None
    f = frequency(nxt.low)
    return (f[0], nxt) if f else None


# an answer that denies the drug asked about: "aspirin no", "no, no aspirin", "nope, never took it"
DENIED = re.compile(r"^\W*(?:no|nope|none|never|not)\b|^\W*[a-z-]+\W+(?:no|nope|never|none)\b\W*$")
_ANSWER_STOPPED = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|no|actually),?\s*)*(?:i|she|he|we) (?:stopped|quit|don't take|do not take|"
    r"haven't taken|ran out)|^\W*(?:no,?\s*)?not (?:anymore|any more)\b"
)


def answered_stopped(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker answers the question ``s`` about a drug with "I stopped it"."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient":
        return False
    nxt = sentences[s.index + 1]
    # "I stopped taking the ibuprofen, but the lisinopril is fine" stops the ibuprofen only
    return s.other_speaker(nxt) and bool(_ANSWER_STOPPED.match(nxt.low)) and not find_drugs(nxt.low)


# "It's a once a week shot, we start at 0.25 milligrams", "That's 500 milligrams today": the dose of the
# drug just named, said in the speaker's next sentence, which names no drug of its own.
_DOSE_FOLLOWS = re.compile(
    r"^\W*(?:(?:so|and|okay),?\s+)?(?:it's|it is|that's|that is|(?:you|she|he|they)'ll take|"
    r"(?:she|he|you) (?:will|should) take|give (?:her|him)|take|we start|start)\b"
)


def dose_sentence(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The speaker's next sentence when it gives the dose of the drug just named, else None."""
    if s.index + 1 >= len(sentences):
        return None
    nxt = sentences[s.index + 1]
    if nxt.segment.speaker != s.segment.speaker or not _DOSE_FOLLOWS.match(nxt.low) or find_drugs(nxt.low):
        return None
    said = DOSE.search(nxt.low)
    if said and lab_value(nxt.low, said):
        return None  # "That's 180 milligrams per deciliter": a blood sugar, not a dose
    return nxt if said and not nxt.question_at(said.start()) else None


# "Let's go up to 100 milligrams once a day", "I want you to cut back to 600 milligrams": a new dose
# said without the drug's name belongs to the one drug the speaker named in the sentence before.
_NAMELESS_CHANGE = re.compile(
    r"\b(?:go|come|cut|bump|bring|take|drop|move)\w* (?:it |that |you |her |him )?(?:up|down|back)?\s*to\s+\d|"
    r"\b(?:increase|decrease|reduce|lower|raise|double)\w* (?:it |that |the dose )?to\s+\d|"
    r"\bcut (?:it|that|the dose|them) (?:in half|back)\b|\bhalve (?:it|that|the dose)\b"  # "cut it in half: 500 mg"
)


def dose_change_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """A new dose said without a name changes the one drug the speaker named just before."""
    if s.index == 0 or s.segment.speaker == "patient" or not (change := _NAMELESS_CHANGE.search(s.low)):
        return
    if _PLAN.search(s.low[: change.start()]):
        return  # "if your numbers are still high in two weeks, we'll go up to 20 milligrams": a plan, not today's
    named: list = []
    for prev in sentences[max(0, s.index - 3) : s.index][::-1]:  # the speaker's own last sentences
        if prev.segment.speaker != s.segment.speaker:
            break
        if named := [d for d in find_drugs(prev.low) if not lexicon.is_drug_class(d[2])]:
            break
    said = DOSE.search(s.low)
    if len(named) != 1 or not said or named[0][2] not in facts:
        return
    generic = named[0][2]
    attrs = {"dose": f"{said.group(1)} {UNIT_NORMAL[said.group(2)]}"}
    if f := frequency(s.low[said.end() :]):
        attrs["frequency"] = f[0]
    merged = merge(facts[generic], attrs, "changed", s.evidence(0, said.end()))
    facts[generic] = merged.model_copy(update={"attributes": {**merged.attributes, "status": "changed"}})


# a change said as a condition or for later is a plan: the dose today is the one just started
_PLAN = re.compile(r"\bif\b|\bnext (?:time|visit)\b|\bin (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)\b")


# "I took it for six months and then I felt fine so I quit it", "so you stopped it on your own"
_STOPPED_IT = re.compile(
    r"\b(?:i|she|he|you|we)\s+(?:\w+\s+){0,2}?(?:quit|stopped|came off|come off|went off)\s+"
    r"(?:taking\s+|using\s+)?(?:it|that|them|those)\b"
)


_OTHER_TOPIC = re.compile(
    r"\b(?:smok\w*|cigarettes?|vap\w*|drink\w*|alcohol|beer|wine|soda|coffee|job|work\w*|school|gym|"
    r"exercis\w*|running|diet)\b"
)
_NEVER = re.compile(r"\b(?:never|didn't|did not|haven't|have not|don't|do not|wouldn't|won't)\b")


def stopped_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """A drug the patient stopped, said with "it" right after the one drug the talk is about."""
    m = _STOPPED_IT.search(s.low)
    if not m or s.question_at(m.start()) or _OTHER_TOPIC.search(s.low) or _NEVER.search(s.low[: m.end()]):
        return  # "I never stopped it", "the cigarettes, I quit it", "my job ... so I quit it"
    # only the drug of the sentence just before ("...allopurinol on your list, are you still taking that?")
    prev = sentences[s.index - 1] if s.index else None
    named = [d for d in find_drugs(prev.low) if not lexicon.is_drug_class(d[2])] if prev else []
    if len({d[2] for d in named}) != 1 or named[0][2] not in facts:
        return
    generic = named[0][2]
    if facts[generic].attributes.get("status") == "active":
        facts[generic] = merge(facts[generic], {}, "stopped", s.evidence(m.start(), m.end()))
