"""Diagnoses the clinician names while examining: "that's called vaginal atrophy", "this is Bell's palsy",
"yes, it's a middle ear infection". The problem extractor skips the exam's sentences (what is seen there is a
finding: "there's a callus"), except where the examiner says what the thing seen is.
"""

from __future__ import annotations

import re

_NAMED_AS = re.compile(
    r"\b(?:that's|that is|this is|it's|it is|those are|these are|what we call|(?:is |are )?called)"
    r"(?: (?:called|probably|likely|most likely|definitely))?(?: an?)? (?=\w)"
)
# the words of the name the vocabulary does not keep: "that's called [vaginal] atrophy"
_NAME_LEAD = re.compile(r"(?:[a-z'-]+ ){0,2}")


def names_at(low: str) -> set[int]:
    """Where, in a lower-cased sentence, a name follows the words that say what something is."""
    return {m.end() for m in _NAMED_AS.finditer(low)}


def named_here(low: str, named_at: set[int], start: int) -> bool:
    """Whether a diagnosis found at ``start`` is the name said after one of ``named_at`` (at most two words
    between: "it's a [middle ear] infection")."""
    return any(_NAME_LEAD.fullmatch(low, n, start) for n in named_at)
