"""Findings of one sentence read against each other: what a vague or bare word said in the same breath as
a fuller finding stands for.

The skin of a limb called fine in passing, then described ("let me see your feet ... skin looks healthy, no
ulcers or calluses"): the bare "skin normal" only announces the signs looked for next; the foot check's line
is those signs ("Feet: no ulcers or calluses"), and a second line "skin normal" repeats it. Said of other
parts ("ears look healthy, no fluid", "thyroid normal, no nodules") the "normal" is kept: notes often chart
the part normal as its own line there.

A grade said of "it" after a function was graded ("sensation is reduced at the toes, and on the left sole
also it is reduced") is that function's grade: "reduced" alone is no finding a note could write.
"""

from __future__ import annotations

import re

from engine.clinical.exam_terms import FUNCTION
from engine.types import Fact

# Grades that say nothing without the function they grade.
_BARE_GRADE = re.compile(r"(?:reduced|decreased|diminished|absent|weaker)")


def _describes(vague: Fact, other: Fact) -> bool:
    """Whether ``other`` is a normal finding of the same part and side that says what "normal" meant (a
    function tested there, "pulses good", is another element of the exam)."""
    a, b = vague.attributes, other.attributes
    return (
        other is not vague
        and b["normal"] == "yes"
        and other.name != "skin normal"
        and (a["site"], a["laterality"]) == (b["site"], b["laterality"])
        and not FUNCTION.search(other.name)
    )


def described(facts_of_sentence: list[Fact]) -> list[Fact]:
    """The bare "skin normal" findings of a limb in one sentence that another normal finding of the same limb
    describes."""
    return [
        f
        for f in facts_of_sentence
        if f.name == "skin normal"
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
