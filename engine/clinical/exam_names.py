"""The name a note gives a finding said in the visit's words: "pain to palpation" is tenderness, "swollen
glands" lymphadenopathy, "neck veins up" jugular venous distension."""

from __future__ import annotations

import re

# Nodes felt swollen are lymphadenopathy, the note's word: "swollen glands", "no lymph nodes in the neck".
_NODES = re.compile(r"^(?:(?:swollen|enlarged|palpable|big|large) )?(?:glands|lymph nodes?)$")


def note_name(raw: str) -> str:
    """The finding as a note writes it: "pain to palpation" is tenderness, a grade is not part of a name."""
    name = re.sub(r"\b(?:pain|tender) (?:to|on|with|upon) palpation", "tenderness to palpation", raw)
    name = re.sub(r"\btender$", "tenderness", name)  # "tender over the joint line"
    # "mildly tender" is mild tenderness; "a few pustules" are pustules (a count is no kind of finding)
    name = re.sub(r"\b(mild|slight)ly (?=tenderness)", r"\1 ", name)
    name = re.sub(r"^few ", "", name)
    name = re.sub(r"\bblanch(?:es)?$", "blanching", name)
    name = re.sub(r"\b(small|large) amount of ", r"\1 ", name)
    name = re.sub(r"\bfluid$", "effusion", name)  # "fluid behind the drum"
    name = re.sub(r"\bgrade (\d)", r"\1", name)
    name = re.sub(r"^(?:ear )?wax$", "cerumen", name)
    name = re.sub(r"\btight muscles?$", "muscle tightness", name)
    name = re.sub(r"^talking in (?:full|complete)", "speaking in full", name)  # as a note says it
    # the lay words for retractions: "pulling in under the ribs" is subcostal, "between the ribs" intercostal
    name = re.sub(r"^(?:sucking|pulling|drawing) in (?:under|below) \w+ ribs$", "subcostal retractions", name)
    name = re.sub(r"^(?:sucking|pulling|drawing) in between \w+ ribs$", "intercostal retractions", name)
    name = "lymphadenopathy" if _NODES.match(name) else name
    name = re.sub(r"^using \w+ (?:\w+ )?muscles(?: to breathe)?$", "accessory muscle use", name)
    name = re.sub(r"^pursed[- ]lips?(?: breathing)?$", "pursed-lip breathing", name)
    name = re.sub(r"^(?:sweat|sweaty|diaphoretic)$", "diaphoresis", name)
    # the vein's sign in the spelling said ("distention", "distension"); told in lay words, in the spelling
    # the annotated notes use
    name = re.sub(r"^jugular (?:venous|veins?) disten([st])ion$", r"jugular venous disten\1ion", name)
    name = re.sub(r"^(?:neck veins .*|\w+ neck veins)$", "jugular venous distension", name)
    name = re.sub(r"^working (?:hard|harder) (?:to|at) breath(?:e|ing)$", "increased work of breathing", name)
    name = re.sub(r"^spider (?:naevus|nevus|nevi)$", "spider naevi", name)
    name = re.sub(r"^spider angioma(?:s|ta)?$", "spider angiomas", name)
    name = re.sub(r"^yellowness$", "jaundice", name)  # the lay word: "no yellowness" of the eyes
    name = re.sub(r"^rhythm(?: is|'s) regular$", "regular rhythm", name)  # "rhythm is regular", said last
    name = re.sub(r"^regular rate ?,? rhythm$", "regular rate and rhythm", name)  # dictated without "and"
    return re.sub(r"\b\d (?:out of|over|/) ?\d ", "", name).strip()  # the grade is an attribute
