"""No drug allergies: how "none" is said, and a question saying so that the answer agrees with.

"No known drug allergies", "NKDA", dictated "Allergies: none.", "I'm not allergic to anything"; and "Allergies,
none, right?" "Right.", "Still no allergies?" "Still none.": the question carries the none, the answer agrees.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# the answer that agrees with what the clinician said ("You're allergic to sulfa, right?" "Yeah.")
YES = re.compile(r"\W*(?:(?:um|uh|oh),?\s+)*(?:yes|yeah|yep|yup|uh-huh|right|correct|that's right|mm-hmm)\b")

# No drug allergy stated, whoever says it: "no known drug allergies", "NKDA", dictated "Allergies: none."
NONE_STATED = re.compile(
    r"\bno known (?:drug )?allergies\b|\bnkda\b|\b(?:drug )?allergies\W+(?:none|nkda|nil|negative|no known)\b|"
    r"\b(?:has|have) no (?:drug |medication )?allergies\b|"
    r"\b(?:doesn't|does not|don't|do not) have any (?:known |drug |medication )?allergies\b"
    r"(?!\s*(?:\?|other than|except|apart from|besides|but|aside from))|"
    # volunteered, whatever was asked: "Just a multivitamin. And I'm not allergic to anything."
    r"\b(?:i'm|i am|she's|she is|he's|he is) not allergic to (?:anything|any (?:medicines?|medications?|drugs?))\b|"
    r"(?:^|[,.]\s*|\band\s+)no (?:drug |medicine |medication )?allergies(?: either| at all)?\s*[.!]?$"
)


# the clinician's question that says there are none, for the patient to confirm: "Allergies, none, right?",
# "Still no allergies?", "You don't have any allergies, correct?"
_NONE_ASKED = re.compile(
    r"\bno (?:known |drug |medication |medicine )?allergies\b|\ballergies\W+(?:none|nkda|nil)\b|"
    r"\b(?:don't|do not|doesn't|does not) have any (?:drug |medication |medicine )?allergies\b|"
    r"\bnot allergic to (?:anything|any (?:medicines?|medications?|drugs?))\b"
)
# ... and an answer that only agrees: "Right.", "That's right.", "Still none.", "Yes, none at all." (not "Right,
# just the latex": an allergy the question did not know of is read as one)
_ONLY_AGREES = re.compile(
    # (never a bare "yes": to "No allergies?" it may mean either)
    r"\W*(?:(?:um|uh|oh|right|correct|that's (?:right|correct)|still|none|nothing|"
    r"no|nope|at all|no allergies|not that i know of|not that i'm aware of)\W*)+"
)


def none_confirmed(facts: dict[str, Fact], q: Sentence, s: Sentence) -> bool:
    """ "Allergies, none, right?" "Right.": the answer agrees with a question that says there are none."""
    if q.segment.speaker in ("patient", "other") or find_drugs(s.low) or not (said := _NONE_ASKED.search(q.low)):
        return False
    if find_drugs(q.low) or re.search(r"\b(?:except|apart from|other than|besides|but|aside from)\b", q.low):
        return False  # "No allergies, apart from the penicillin, right?" "Right.": the penicillin is one
    if not _ONLY_AGREES.fullmatch(s.low):
        return False
    facts.setdefault(
        "no known drug allergies",
        Fact(
            kind=FactKind.allergy,
            name="no known drug allergies",
            negated=True,
            evidence=q.evidence(said.start(), said.end()) + s.evidence(0, len(s.low)),
        ),
    )
    return True
