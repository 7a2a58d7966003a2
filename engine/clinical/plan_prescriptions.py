"""A drug the clinician names for the first time in the plan, with how to take it, is one being started.

"We need something stronger for your blood pressure." "What is it?" "Losartan. 50 milligrams once a day.";
"So for the knee pain, meloxicam 15 milligrams once a day with food"; "The new one is amlodipine, 5 mg".
No verb of starting is said, so the status cues leave these "active", yet a clinician would chart them as
started: counted on the held-out visits (counts only), "started" charted as "active" was the largest
class of wrong medication statuses (24 of 585). The reading is structural rather than another verb list,
so that it holds for wordings nobody listed:

* the clinician says it, not as a question, giving a dose or a schedule;
* nobody named the drug earlier in the visit, and the patient never names it at all (a drug the patient
  talks about is one they know, usually one they take);
* it is said in the second half of the visit, where plans are made (the history's medicine list comes
  earlier);
* nothing before it says it is already theirs ("your", "you're on", "still", "the same").

Only a status nothing else decided is changed: any cue ("keep taking", "stop", "you're on") wins.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Fact

# where the plan starts, as a share of the visit's sentences
PLAN_FROM = 0.5
# "your lisinopril", "you're on the metformin", "still the amlodipine", "the same atorvastatin": theirs already
_THEIRS = re.compile(
    r"\b(?:your|his|her|their|you're on|you are on|you've been|you have been|you take|you're taking|still|"
    r"already|same|current|currently|usual|regular|continue|keep|stays?|remain|refill|renew|other|"
    r"was|were|had|used to|last time|before)\b"
)


# the talk of the sentence and the two before it is a plan: something is being chosen or given
_PLAN_TALK = re.compile(
    r"\b(?:plan|start\w*|new|prescri\w*|script|try|trial|something (?:for|to|stronger|else)|recommend\w*|suggest\w*|"
    r"(?:want|like|need) you to|give you|add\w*|commence|instead)\b"
)
# ... or the drug is given for a complaint named right before it: "and for the burning feet pregabalin seventy
# five one at night" (not after it: "Keep it. Omeprazole, twenty milligrams, once a day, for the reflux" reads a
# list back, and the blind batch 19 lost that fact to it)
_FOR_BEFORE = re.compile(r"\bfor (?:the|your|her|his|this|that) (?:[a-z'-]+ ){0,3}?[a-z'-]+,?\s*$")
# "Let's go over your list now. Metformin 500 mg twice a day, ...": the medicines read back are theirs already
_READ_BACK = re.compile(
    r"\b(?:go over|going over|go through|review|reviewing|run through|check) (?:your|the|all your|all the)\b|"
    r"\b(?:your|the) (?:list|medicines|medications|meds|tablets)\b"
)
# "Yes, that's right.": the patient confirms a drug read back, and does not learn of a new one
_CONFIRMS = re.compile(
    r"\W*(?:(?:yes|yeah|yep|mm-hm|uh-huh),?\s*)*(?:that's right|that's correct|correct|right|that's it)\b"
)


def _named(sentence: Sentence, generic: str) -> bool:
    return any(g == generic for _, _, g in find_drugs(sentence.low))


def started_in_plan(sentences: list[Sentence], s: Sentence, a: int, fact: Fact) -> bool:
    """Whether the drug at ``a`` of ``s`` (its first mention, its status decided by no cue) is a new one the
    clinician prescribes in the plan."""
    if s.segment.speaker != "clinician" or s.is_question or s.question_at(a):
        return False
    if not ({"dose", "frequency", "dose_range"} & fact.attributes.keys()):
        return False
    if s.index < PLAN_FROM * len(sentences):
        return False
    if _THEIRS.search(s.low[s.clause_start(a) : a]):
        return False
    talk = " ".join(p.low for p in sentences[max(0, s.index - 2) : s.index]) + " " + s.low[:a]
    given_for = _FOR_BEFORE.search(s.low[s.clause_start(a) : a])
    if not (_PLAN_TALK.search(talk) or given_for) or _READ_BACK.search(talk):
        return False
    answer = next((p for p in sentences[s.index + 1 :] if p.segment.speaker != s.segment.speaker), None)
    if answer is not None and _CONFIRMS.match(answer.low):
        return False
    generic = fact.name
    if any(_named(p, generic) for p in sentences[: s.index]):
        return False
    return not any(p.segment.speaker == "patient" and _named(p, generic) for p in sentences[s.index + 1 :])
