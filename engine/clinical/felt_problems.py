"""Complaints that are also the visit's diagnoses: the hypoglycaemia a person with diabetes has had ("you're having
lows in the afternoon from the gliclazide", "that's a proper hypo") and the falls an older person has had ("tell
him about the fall, mum", "since the fall"). A clinician charts both as problems, to be treated and prevented,
while the symptom extractor has already read them, with their polarity, from lay words the problem vocabulary
does not hold ("lows", "hypos", "went down", "had a fall"). Reading them from the symptoms keeps one reading of
the words: a denied low ("any lows?" "no") stays denied and charts no problem.
"""

from __future__ import annotations

import re

from engine.types import Fact, FactKind, Transcript

# symptom name -> (problem name, ICD-10-CM code, its description)
_ALSO_PROBLEMS = {
    "hypoglycemia": ("hypoglycemia", "E16.2", "Hypoglycemia, unspecified"),
    "falls": ("falls", "R29.6", "Repeated falls"),
}

# A fall is a person's: said as a noun ("the fall", "a fall", "her falls") or with a person falling ("he fell",
# "I keep falling"); "his trousers are falling down" is something else that falls.
_FALL_NOUN = re.compile(r"\b(?:a|the|any|her|his|my|your|their|two|three|several|recurrent|more|of|about) $")
_FALL_VERB = re.compile(r"(?:^|\b)(?:i|i've|i'm|he|he's|she|she's|you|you've|they|we|who|mum|mom|dad)\b(?: \w+){0,3} $")
_FALL_WORD = re.compile(r"falls?\b")


def _persons_fall(fact: Fact, transcript: Transcript) -> bool:
    """Whether the words a "falls" symptom was read from tell a person falling."""
    ev = fact.evidence[0] if fact.evidence else None
    seg = next((g for g in transcript.segments if ev and g.id == ev.segment_id), None)
    if seg is None:
        return False
    before = seg.text.lower()[: ev.char_start]
    noun = _FALL_WORD.match(ev.quote.lower()) and _FALL_NOUN.search(before)
    return bool(noun or _FALL_VERB.search(before))


def felt_problems(symptom_facts: list[Fact], problem_facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """Problems charted from present complaints that are also diagnoses (hypoglycaemia, falls), unless the
    problems already hold them."""
    have = {f.name for f in problem_facts}
    out: list[Fact] = []
    for f in symptom_facts:
        if f.kind != FactKind.symptom or f.negated or f.name not in _ALSO_PROBLEMS:
            continue
        name, code, display = _ALSO_PROBLEMS[f.name]
        if name in have or (f.name == "falls" and not _persons_fall(f, transcript)):
            continue
        have.add(name)
        attrs = {"icd10": code, "icd10_description": display}
        out.append(Fact(kind=FactKind.problem, name=name, attributes=attrs, evidence=list(f.evidence)))
    return out
