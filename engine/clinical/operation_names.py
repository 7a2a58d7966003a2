"""Names of past operations as people say them, for history.surgeries.

An organ taken out names its -ectomy ("my gallbladder out" -> cholecystectomy); the British and Irish bare
"section" is a caesarean when a birth is told beside it. Kept apart from history.py so that each stays short.
"""

from __future__ import annotations

import re

# An organ taken out: "I had my gallbladder out", "they took out her appendix" -> the operation's name.
ORGAN_OUT = {
    "gallbladder": "cholecystectomy",
    "gall bladder": "cholecystectomy",
    "appendix": "appendectomy",
    "tonsils": "tonsillectomy",
    "uterus": "hysterectomy",
    "thyroid": "thyroidectomy",
    "spleen": "splenectomy",
    "prostate": "prostatectomy",
    "ovaries": "oophorectomy",
    "ovary": "oophorectomy",
    "kidney": "nephrectomy",
    "colon": "colectomy",
    "adenoids": "adenoidectomy",
    "wisdom teeth": "wisdom teeth extraction",
}
# Organs whose only "done" is their removal.
ORGAN_OUT_WHEN_DONE = frozenset(
    {"gallbladder", "gall bladder", "appendix", "tonsils", "adenoids", "wisdom teeth", "uterus"}
)
# "Two sections, with both bairns", "both my kids were sections", "an emergency section with the twins"
SECTIONS = re.compile(
    r"\b(?:a|an|one|two|three|four|\d+|both|my|her|was|were)\s+(?:emergency |elective |planned )?sections?\b"
)
# A birth told as its operation: "the second one was a c-section", "that one was a caesar", "born by caesarean"
# (Caribbean, South African and British speech). Only a birth already given ("was", "were", "born by") is one:
# "she may need a c-section" is a plan.
BORN_BY_SECTION = re.compile(
    r"\b(?:was|were|born by|delivered by|came by)\s+(?:an? )?(?:emergency |elective |planned )?"
    r"(?:c-sections?|c sections?|caesars?|caesareans?|cesareans?)(?: sections?)?\b"
)
BIRTH = re.compile(
    r"\b(?:bab(?:y|ies)|bairns?|weans?|kids?|child(?:ren)?|sons?|daughters?|twins|born|deliver\w*|pregnan\w*|"
    r"labou?r)\b"
)

# "I was operated for the appendix", "operated on for a hernia", "I did hernia operation": the operation named
# by what it was for, as Ghanaian, Kenyan, Nigerian and South Asian English often say it.
_FOR_WHAT = "|".join(sorted([*ORGAN_OUT, "hernia"], key=len, reverse=True))
OPERATED_FOR = re.compile(
    rf"\boperated (?:on )?(?:for|on) (?:an? |the |my |her |his |your )?(?:(?:right|left) )?({_FOR_WHAT})\b|"
    # "I had emergency surgery for my appendix", "after the operation for the hernia": had, not a department
    # ("I'm referring you to surgery for the gallbladder")
    rf"\b(?:had|got|underwent|after|since|did|done)\s+(?:an? |the |my |her |his |some |(?:big|major|emergency|"
    rf"keyhole|minor|small) )*(?:surgery|operation) for (?:an? |the |my |her |his )?(?:(?:right|left) )?"
    rf"({_FOR_WHAT})\b|"
    rf"\b(?:did|had|got|done|did have|have had) (?:an? |the |my |her |his )?(?:(?:right|left) )?({_FOR_WHAT}) "
    r"(?:operation|surgery)\b|"
    # ... or said bare as the answer: "appendix operation when i was fifteen", "Just a hernia operation, 2010."
    rf"^\W*(?:(?:um|uh|oh|well|yeah|yes|just|only)\W+)*(?:an? |the |my |her |his )?(?:(?:right|left) )?"
    # (with its when, so that one only wanted or asked about is left: "gallbladder surgery is what they want")
    rf"({_FOR_WHAT}) (?:operation|surgery)\b(?![^.;]*\?)(?=[^.;?]{{0,30}}\b(?:when|ago|back|(?:19|20)\d\d|as a)\b)"
)


def operated_for_name(m: re.Match) -> str:
    """The operation an ``OPERATED_FOR`` match names: the organ's -ectomy, or a hernia's repair."""
    part = next(g for g in m.groups() if g)
    return "hernia repair" if part == "hernia" else ORGAN_OUT[part]
