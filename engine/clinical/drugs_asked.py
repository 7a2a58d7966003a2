"""Drugs the clinician names in a question: which of them the answer tells the patient takes.

"Do you take any anti-inflammatories like Advil or Aleve?" "Yes." says the patient takes the kind, not which drug;
"Anything over the counter? Aleve, Advil?" "I used to take Aleve." says Aleve, not Advil. drugs_not_taken.py drops
a medication only when every mention says it is not taken, so the patient's own naming of it keeps it.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence

# examples of a kind in a question, the drug among them: "any nonsteroidals like Advil or Motrin or Aleve",
# "something for the pain, such as Tylenol, ibuprofen", "blood thinners, for example warfarin or Eliquis"
_EXAMPLES_ASKED = re.compile(
    r"\b(?:like|such as|for example|for instance|say)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)){0,3}$"
)


def examples_asked(sentence: Sentence, pos: int) -> bool:
    """Whether the drug at ``pos`` is one of two or more drugs asked about as examples of a kind: the patient's
    yes to "any anti-inflammatories like Advil or Aleve?" says they take the kind, not which drug it is
    (their own naming of it, or the clinician's "your Advil", later makes it theirs)."""
    if not sentence.question_at(pos) or not (m := _EXAMPLES_ASKED.search(sentence.low[:pos])):
        return False
    end = next((b for a, b, _ in sentence.clauses if a <= pos < b), len(sentence.low))
    examples = {g for a, _, g in find_drugs(sentence.low[m.start() : max(end, pos + 1)])}
    return len(examples) >= 2


def other_one_answered(sentences: list[Sentence], sentence: Sentence, pos: int) -> bool:
    """Whether the drug at ``pos`` is one of several the clinician asks about in one question and the answer
    names another of them, not this one: "Anything over the counter? Aleve, Advil?" "I used to take Aleve."
    """
    if sentence.segment.speaker == "patient" or not sentence.low.rstrip().endswith("?"):
        return False
    drugs = find_drugs(sentence.low)
    asked = {g for _, _, g in drugs}
    said = next((g for a, _, g in drugs if a == pos), None)
    if len(asked) < 2 or said is None:
        return False
    answer = next((x for x in sentences[sentence.index + 1 :] if x.segment.speaker != sentence.segment.speaker), None)
    if answer is None:
        return False
    turn = " ".join(x.low for x in sentences[answer.index :] if x.segment is answer.segment)
    named = {g for _, _, g in find_drugs(turn)}
    if said in named:
        return False
    # "Ibuprofen, Aleve, anything over the counter?" "Tylenol.": examples of an open question, answered with
    # another drug (not "Do you take metformin and lisinopril?" "Yes, and aspirin": that yes is to both)
    if named & asked:
        return True
    open_list = named and _OPEN_ASK.search(sentence.low) and not _THOSE.search(turn)
    # (... unless the drug comes up again: "And how often do you take the ibuprofen?" "Couple times a week.")
    return bool(open_list) and not any(said in {g for _, _, g in find_drugs(x.low)} for x in sentences[answer.index :])


_OPEN_ASK = re.compile(r"\b(?:anything|something|over the counter|over-the-counter|otc|any others?)\b")
_THOSE = re.compile(r"\b(?:both|those|them|all of|the (?:first|second|last) one|yes|yeah|yep)\b")


_ALLERGY_TALK = re.compile(r"\ballerg|\breactions?\b")
# one item of a list asked about: a few words with no verb of their own ("latex", "the numbing medicine at the
# dentist"), not a clause ("do you take warfarin")
_ITEM_VERB = re.compile(
    r"\b(?:do|does|did|are|is|was|were|have|has|had|take|takes|taking|took|use|using|on|get|got|need|"
    r"react\w*|allergic|happen\w*)\b"
)


def items_asked(sentences: list[Sentence], s: Sentence, pos: int) -> bool:
    """Whether the drug at ``pos`` is one item of a list of allergens the clinician asks about along with things
    that are no drugs: "Anything else? Penicillin, latex, the numbing medicine at the dentist?" asks about
    allergies one by one; it says nothing about what the patient takes unless the answer does."""
    if s.segment.speaker == "patient" or not s.low.rstrip().endswith("?"):
        return False
    if not any(_ALLERGY_TALK.search(x.low) for x in sentences[max(0, s.index - 8) : s.index + 1]):
        return False
    items = [i.strip(" .?!") for i in re.split(r",|;|\bor\b|\band\b", s.low)]
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i.split()) > 6 or _ITEM_VERB.search(i) for i in items):
        return False
    drug = next((g for a, b, g in find_drugs(s.low) if a == pos), None)
    return drug is not None and any(not find_drugs(i) for i in items)
