"""A dose said further from its drug than the readers look: the last resort for a drug left without one.

People name a drug and give its dose a breath later: "a dose of dexamethasone here in the office, it's a
liquid based on his weight, it's about seven and a half milligrams one time", "varenicline ... you start
with point five milligrams once a day", "First, the metformin. With an eGFR of forty-one ... cut it in
half: five hundred milligrams twice a day". The readers in ``medications.py`` look 40 characters after a
drug, or at the start of the next sentence; further than that a dose could be anyone's. It is this drug's
only when nothing else could own it: no other drug is named between them, it is said by the same speaker
in the same turn, it is no lab value, daily maximum or question, and it is a dose the forms table says this
drug comes in (a drug the table does not know never gets a far dose). Such a dose fills a gap only: it never
changes a dose read the usual way, so it cannot make a drug look changed.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, daily_limit, lab_value
from engine.clinical.drug_forms import FORMS
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_phrases import NEW_DRUG, possible_dose
from engine.clinical.sentences import Sentence
from engine.types import Evidence, Fact

# how many of the speaker's next sentences may still carry the dose
_NEXT_SENTENCES = 2
# units a far dose may have: amounts of drug, not counts ("two tablets" far away is often another thing)
_UNITS = {"mg", "mcg", "g", "mEq", "units", "puffs", "sprays", "mL"}
# "under two grams of sodium a day", "at least 1000 units": an amount of something else, or a bound
OF_SOMETHING = re.compile(r"\s+of\s+(?!(?:it|that|this|them|those|these|the|your|her|his)\b)[a-z]")
BOUND_BEFORE = re.compile(r"\b(?:under|over|less than|more than|at least|at most|up to|no more than|above|below)\s+$")

# what the listener says between the drug and its dose without naming anything of their own: a backchannel
# ("okay", "mm-hmm", "right, yeah") or a question for the dose ("What dose?", "How much do I take?")
_ASIDE = re.compile(
    r"(?:(?:okay|ok|alright|all right|right|yeah|yes|yep|sure|mm-?hmm|uh-huh|mhm|fine|got it|i see|thanks|"
    r"thank you|cool|great)[,.!]?\s*){1,3}|"
    r"(?:and |so |okay,? )?(?:what|which) (?:dose|strength)(?: is (?:it|that))?\?|"
    r"(?:and |so |okay,? )?how (?:much|many|often)(?: (?:do|should) i (?:take|have|use))?(?: of (?:it|them))?\?"
)
# how many such turns may come between
_ASIDES = 2


def _first_dose(generic: str, s: Sentence, start: int, end: int) -> tuple[str, list[Evidence]] | None:
    """The first acceptable dose of ``generic`` in ``s.low[start:end]``, with its evidence."""
    for m in DOSE.finditer(s.low, start, end):
        unit = UNIT_NORMAL[m.group(2)]
        if unit not in _UNITS or s.question_at(m.start()):
            continue
        if lab_value(s.low, m) or daily_limit(s.low, m):
            continue
        if OF_SOMETHING.match(s.low, m.end()) or BOUND_BEFORE.search(s.low[max(0, m.start() - 15) : m.start()]):
            return None  # an amount of another thing, or a limit: what follows is no safer
        dose = f"{m.group(1)} {unit}"
        if possible_dose(generic, dose):
            return dose, s.evidence(m.start(), m.end())
        return None  # the first dose said is someone else's or a value: nothing further is this drug's
    return None


# the speaker's next sentence opens on the number: "The Glucophage: I'm changing you to the XR, the slow-release
# one. One thousand with supper." (bare_strength then wants a schedule or an end after it, never "days" or "over");
# a bare 1 to 4 is a count of tablets ("Ramipril. Two in the morning."), not a strength, unless "the" names it
_OPENS_WITH = re.compile(r"\W*(?:(?:so|and|then|okay|ok|now)\W+)?")
_STRENGTH_OPENS = re.compile(r"the\s+\d|(?:[5-9]|\d{2,})(?:\.\d+)?\b")


def _bare_first(generic: str, s: Sentence) -> tuple[str, list[Evidence]] | None:
    """A strength ``generic`` comes in, said with no unit at the very start of ``s``, with its evidence."""
    rest = s.low[_OPENS_WITH.match(s.low).end() :]
    if s.is_question or not _STRENGTH_OPENS.match(rest):
        return None
    if (dose := bare_strength(generic, " " + rest)) is None or not possible_dose(generic, dose):
        return None
    return dose, s.evidence(0, min(len(s.low), len(s.low) - len(rest) + 12))


def far_dose(
    generic: str, sentences: list[Sentence], s: Sentence, b: int, stop: int
) -> tuple[str, list[Evidence]] | None:
    """The dose of the drug ending at ``b`` in ``s`` said far after it: later in the sentence (before
    ``stop``, the next drug) or in the same speaker's next sentences of that turn, when no other drug or
    question comes between. None when the forms table does not know the drug."""
    forms = FORMS.get(generic)
    if forms is None or lexicon.is_drug_class(generic):
        return None
    if found := _first_dose(generic, s, b, stop):
        return found
    if stop < len(s.low):
        return None  # another drug follows in the sentence: what comes after it is that drug's
    left = _NEXT_SENTENCES
    for nxt in sentences[s.index + 1 : s.index + 1 + _NEXT_SENTENCES + _ASIDES]:
        if nxt.segment.speaker != s.segment.speaker and _ASIDE.fullmatch(nxt.low.strip()):
            continue  # "I'll give you a script for nitrofurantoin." "Okay." "It's 100 milligrams ...": no new owner
        if nxt.segment.speaker != s.segment.speaker or find_drugs(nxt.low) or nxt.is_question:
            return None
        if NEW_DRUG.search(nxt.low):
            # "... I'd like to add one more tablet." "[a name not heard], 100 milligrams": the new drug's
            # (in the drug's own sentence the reader already ends its words at the new drug: ``stop``)
            return None
        if left == _NEXT_SENTENCES and (found := _bare_first(generic, nxt)):
            return found
        if found := _first_dose(generic, nxt, 0, len(nxt.low)):
            return found
        left -= 1
        if not left:
            return None
    return None


def fill_doses(facts: dict[str, Fact], late: dict[str, tuple[str, list[Evidence]]]) -> dict[str, Fact]:
    """``facts`` with each far dose given to the drug it was found for, when no mention gave it a dose."""
    for key, (dose, ev) in late.items():
        f = facts.get(key)
        if f is not None and "dose" not in f.attributes and "unclear_dose" not in f.attributes:
            attributes = {**f.attributes, "dose": dose}
            facts[key] = f.model_copy(update={"attributes": attributes, "evidence": f.evidence + ev})
    return facts
