"""Findings of one sentence read against each other: what a vague or bare word said in the same breath as
a fuller finding stands for.

A part called "normal" in passing, then described ("skin looks fine, no ulcers", "thyroid is normal, not
enlarged", "left ear is fine, nice and clear"): the bare "normal" (said as fine, good, okay, healthy) only
announces the findings said next of the same part; the note's line is those findings ("Feet: skin intact, no
ulcers"), and a second line "Skin: normal" repeats it. A function examined in the same breath is a different
element of the exam ("the right knee is normal with full range of motion": the knee looked at, then moved),
so it does not stand in for the look.

A grade said of "it" after a function was graded ("sensation is reduced at the toes, and on the left sole
also it is reduced") is that function's grade: "reduced" alone is no finding a note could write.
"""

from __future__ import annotations

import re

from engine.clinical.exam_terms import FUNCTION
from engine.types import Fact

# Grades that say nothing without the function they grade.
_BARE_GRADE = re.compile(r"(?:reduced|decreased|diminished|absent|weaker)")


def _bare(name: str) -> str:
    """A finding's name without the skin it is of ("skin normal" on the feet' line is the feet's normal)."""
    return name.removeprefix("skin ")


def _describes(vague: Fact, other: Fact) -> bool:
    """Whether ``other`` is a normal finding of the same part and side that says what "normal" meant."""
    a, b = vague.attributes, other.attributes
    return (
        other is not vague
        and b["normal"] == "yes"
        and _bare(other.name) != "normal"
        and (a["site"], a["laterality"]) == (b["site"], b["laterality"])
        and not FUNCTION.search(other.name)
    )


def described(facts_of_sentence: list[Fact]) -> list[Fact]:
    """The bare "normal" findings of one sentence that another normal finding of the same part describes."""
    return [
        f
        for f in facts_of_sentence
        if _bare(f.name) == "normal"
        and f.attributes["site"]
        and f.attributes["normal"] == "yes"
        and any(_describes(f, g) for g in facts_of_sentence)
    ]


def of_function(fact: Fact, earlier: list[Fact]) -> Fact:
    """A bare grade ("reduced") as the grade of the function graded last before it in the sentence
    ("reduced sensation"); any other finding unchanged."""
    if not _BARE_GRADE.fullmatch(fact.name):
        return fact
    graded = next((m for f in reversed(earlier) if (m := FUNCTION.search(f.name)) and m.start() > 0), None)
    return fact.model_copy(update={"name": f"{fact.name} {graded.group()}"}) if graded else fact
