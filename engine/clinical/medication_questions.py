"""Whether a sentence answers a question about what the patient takes.

"What do you take?" "Metformin." is a medication; so is "Fish oil" after "Any supplements?", a list read out
after "Tell me what medicines you take", and "just zyrtec" after an unpunctuated "anything else you take
regularly". Medications (medications.py) read a bare drug name said in such an answer as one the patient
takes.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_answers import list_question
from engine.clinical.sentences import Sentence

# a question about what the patient takes ("What do you take?", "What's your Coumadin dose?", "Any supplements?")
MED_QUESTION = re.compile(
    r"\b(?:medication|medicine|pill|tablet|inhaler|taking|takes|take|prescri|dose|on for|supplement|vitamin|"
    r"herbal|over the counter|otc|(?:give|gave|given|tried|try) (?:him|her|them|you|yourself) anything|"
    # "What are you using for the pain?", "What do you use for your asthma?", "What are you on?", "What have
    # you been having for it?": asked by what the patient uses, not by the word "medicine"
    r"using|\buse (?:for|on|anything|something)|\b(?:are|were) you on\b|(?:having|had|have) (?:for|anything for)|"
    r"pain ?killers?|puffers?)"
)


# "Remind me what inhalers you're on just now.", "Tell me what medicines you take.", "Run me through your
# tablets.": a request for the list is a question without a question mark
_ASKED_AS_REQUEST = re.compile(
    r"\W*(?:(?:so|okay|ok|now|and|right|alright),?\s+)*(?:(?:can|could|would) you\s+)?(?:please\s+)?"
    r"(?:remind me|tell me|run me through|go through|talk me through|walk me through)\b"
    # ... of what is taken now: not "what you've tried before", not "let me know if the medicines cause problems"
    r"(?=(?:(?!\b(?:tried|before|used to|if|when)\b)[^.?!])*"
    r"\b(?:(?:you're|you are|you) (?:on|taking|take|using|use)|"
    r"your (?:medicines|medications|meds|tablets|pills|inhalers))\b)"
)


# "anything else you take regularly": a transcript's question without a question word or mark. (A bare
# "Anything else?" after a medication answer was tried as a medication question too, 2026-11-28: on primary
# held-out it found 2 more drugs and 1 more wrong drug, so it was taken back.)
_MORE = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|alright|right|um|uh|good|great),?\s+)*"
    r"(?:(?:anything|what|any ?thing) else|any (?:others?|more)|anything more)\b"
)


def in_answer_to_med_question(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` is part of a turn answering a question about what the patient takes, even a few
    sentences into it: "Any supplements?" "Fish oil. And St. John's wort for my mood." """
    for prev in sentences[max(0, s.index - 4) : s.index][::-1]:
        if prev.segment.speaker == s.segment.speaker:
            continue
        if "allerg" in prev.low:
            return False
        # "Advil, Tylenol?" after "Anything over the counter?": names asked about are a medication question
        # "Pain pills, cold medicine, supplements?": a list asked with one question mark is a question too
        asked = prev.asks or bool(_ASKED_AS_REQUEST.match(prev.low) or _MORE.match(prev.low))
        return (asked and bool(MED_QUESTION.search(prev.low))) or list_question(prev, find_drugs(prev.low))
    return False
