"""Who the patient lives with, told by the patient, by a relative, or in answer to the question.

The social history's living situation: "I live alone", "she lives with us now, since my dad passed",
"Who's at home with you?" "Husband, two teenagers and the dog.", "Do you live alone?" "Yes.". Only the
patient's own household: a relative's "I live with my sister" speaks of the relative.
"""

from __future__ import annotations

import re

from engine.clinical.history_fact import ANSWER_NO
from engine.clinical.history_fact import history_fact as _fact
from engine.clinical.sentences import Sentence
from engine.types import Fact

_WITH = (
    r"(?:alone|by (?:my|him|her)sel(?:f|ves)|on (?:my|his|her) own|"
    r"with (?:my|me|us|our|his|her|the|a|two|three|\w+ (?:and|&) )\b|"
    r"in (?:a |the )?(?:care home|nursing home|residential home|retirement home|assisted living|sheltered housing))"
)
# "I live alone", "I'm living with my daughter", "I stay with my son" (the patient of themself)
_SELF = re.compile(r"\bi(?:'m| am)? (?:still |now |just )?(?:live|living|stay|staying) (?:here )?" + _WITH)
# a relative of the patient: "she lives with us now", "he's living on his own"
_RELATIVE = re.compile(
    r"\b(?:she|he)(?:'s| is)? (?:still |now |just )?(?:lives|living|stays|staying) (?:here )?"
    r"(?:with (?:us|me)\b|alone|by (?:him|her)self|on (?:his|her) own|in (?:a |the )?(?:care|nursing|residential) home)"
)
# the question: "Who's at home with you?", "Who do you live with?", "Is she still living with you?"
_ASKED = re.compile(
    r"\bwho(?:'s| is)(?: else)? (?:at home|in the house|living with you|home with you)\b|"
    r"\bwho (?:do|does) (?:you|she|he) live with\b|\bwho lives with (?:you|her|him)\b|"
    r"\b(?:do|does) (?:you|she|he) live (?:alone|by (?:your|her|him)self|on (?:your|her|his) own|"
    r"with (?:anyone|anybody|someone|family))\b|"
    r"\b(?:is|are) (?:she|he|you) (?:still )?living (?:with (?:you|anyone|anybody|someone|family)|alone)\b|"
    r"\b(?:living|home) situation\b"
)
_YES_WITH = re.compile(r"^\W*(?:(?:yes|yeah|yep|uh-huh|mm-hmm|she is|he is),?\s+)(with (?:me|us|my|her|his)\b[^.;?]*)")
_YES = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|so|ah),?\s+)*(?:yes|yeah|yep|yup|uh-huh|mm-hmm|she is|he is|i do|she does|he does)\b"
)


def _value(text: str) -> str:
    """The told household as a note line ("lives with my wife" -> "lives with my wife")."""
    text = re.split(r"[.;?!]| but | because ", text)[0].strip(" ,")
    return text if text.startswith("lives") else f"lives {text}"


def living(sentences: list[Sentence]) -> list[Fact]:
    """The patient's living situation (social history, at most one entry)."""
    for i, s in enumerate(sentences):
        if s.is_question:
            continue
        m = _SELF.search(s.low) if s.segment.speaker == "patient" else None
        m = m or (_RELATIVE.search(s.low) if s.segment.speaker == "other" else None)
        if m and not re.search(r"\b(?:not|n't|never|used to|when)\b", s.low[max(0, m.start() - 20) : m.start()]):
            tail = s.low[m.start() :]
            tail = re.sub(r"^\S+(?:'s| is| am|'m)? (?:still |now |just )?\S+ (?:here )?", "", tail)
            return [_fact("living", "social", s, m.start(), m.end(), value=_value(tail))]
        prev = sentences[i - 1] if i else None
        if (
            prev is None
            or prev.segment.speaker != "clinician"
            or s.segment.speaker == "clinician"
            or not _ASKED.search(prev.low)
        ):
            continue
        told = _YES_WITH.match(s.low)
        if told:
            # "Is she still living with you?" "Yes, with me and my husband.": the answer names the household (a
            # bare yes is left: a yes to "do you live alone?" is not charted by every annotator)
            return [_fact("living", "social", s, told.start(1), told.end(1), value=_value(told.group(1)))]
        if _YES.match(s.low):
            continue
        if not ANSWER_NO.match(s.low) and not re.match(r"\W*(?:i don't know|nobody|no one|none)\b", s.low):
            told = s.low.strip(" .,")
            return [
                _fact(
                    "living",
                    "social",
                    s,
                    0,
                    len(s.low),
                    value=told if told.startswith("i ") else _value("with " + told),
                )
            ]
    return []
