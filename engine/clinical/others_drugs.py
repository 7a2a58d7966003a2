"""Drugs that are someone else's: a relative's, a friend's, a companion's own.

"My husband takes Ambien", "My buddy got cut at work and they put him on, uh, Keflex": the patient speaks of
another person's drug, which drugs_not_taken.py then drops unless another mention makes it the patient's.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import OTHER_PERSON
from engine.clinical.sentences import Sentence

# Before the drug: a relative's or companion's own drug ("my husband takes", "I'm his wife, I take").
_RELATIVE = re.compile(rf"\bmy (?:{OTHER_PERSON})(?:'s)? (?:takes|is on|was on|uses|used|took|has been on)\b")
# Right before the drug, in the patient's own words: a drug given to someone else ("they put him on, uh,
# Keflex", "the doctor gave her amoxicillin"); from a parent or spouse, "him" is the patient, so only the
# patient's words are read this way
_GIVEN_TO_OTHER = re.compile(
    r"\b(?:put|puts|started|starts|gave|gives|got|prescribed)\s+(?:him|her|them)(?:\s+on)?(?:[\s,]+(?:uh|um|like))*[\s,]*$"
)


_ANOTHER_PERSON = re.compile(
    rf"\b(?:my|his|her) (?:{OTHER_PERSON}|buddy|pal|mate|coworker|co-worker|colleague|boss|boyfriend|"
    r"girlfriend)\b"
)


def someone_elses(sentence: Sentence, clause: str, before: str) -> bool:
    """Whether the drug after ``before`` (its clause ``clause``) is said as another person's own drug."""
    if _RELATIVE.search(clause):
        return True
    # (a parent is often heard as the patient: "they gave her Keflex" of the child brought in is the child's,
    # so the sentence must name the other person)
    given = sentence.segment.speaker == "patient" and _GIVEN_TO_OTHER.search(before[-60:])
    return bool(given and _ANOTHER_PERSON.search(before))


# "Anyone in your family with anxiety?" "My mom. She's been on something for it forever. Zoloft I think.":
# a drug in the answer to a family question, in a turn about a relative that never says "I", is theirs
_FAMILY_QUESTION = re.compile(
    r"\b(?:family|relatives?|mom|mother|mum|dad|father|parents?|siblings?|brothers?|sisters?|grand\w+)\b"
)
_A_RELATIVE = re.compile(
    r"\b(?:mom|mother|mum|dad|father|brother|sister|son|daughter|grandma|grandmother|grandpa|grandfather|"
    r"nan|gran|aunt|auntie|uncle|cousin|parents?)\b"
)
_HEDGE = re.compile(r"\bi (?:think|guess|believe|suppose|reckon|don't know|'m not sure|am not sure)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself)\b")


def relatives_answer(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` is in the answer to a question about the family, a turn about a relative with no "I"."""
    turn = [s]
    for prev in sentences[: s.index][::-1]:
        if prev.segment.speaker != s.segment.speaker:
            break
        turn.insert(0, prev)
    question = sentences[turn[0].index - 1] if turn[0].index > 0 else None
    if question is None or not question.low.rstrip().endswith("?") or not _FAMILY_QUESTION.search(question.low):
        return False
    # "Zoloft I think": a hedge, not the patient speaking of themselves
    said = _HEDGE.sub("", " ".join(x.low for x in turn))
    return bool(_A_RELATIVE.search(said)) and not _FIRST_PERSON.search(said)
