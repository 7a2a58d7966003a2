"""How sure the clinician is of a diagnosis: one side of a differential, or a hedged single diagnosis.

"I think this is bronchitis versus early pneumonia" once charted bronchitis as an established problem (the
other side is left out by problems.py, as is every name of "my differential includes ..."). A diagnosis
said as one side of a differential ("X versus Y", "X vs Y", "X, or possibly Y", "X rather than Y", "either X
or Y", "X, could be Y") is charted ``certainty="possible"``, with the other side under ``versus`` (its name when it
is a known condition, else ""); one said with a hedge right before it ("probably", "most likely", "I suspect", "could
be", "possibly", "may have") is ``likely`` or ``possible``. The note writes it so ("Possible bronchitis
(differential: pneumonia)") and the FHIR Condition is ``differential`` or ``provisional``.

Left established on purpose: "I think you have ...", "this looks like ...", "sounds like ...", "consistent
with ...": the way a clinician states the diagnosis of the visit after examining. Only a mention's
attributes change here; nothing dropped becomes a problem and nothing charted is dropped.
"""

from __future__ import annotations

import re

from engine.clinical.vocabulary import find_problems
from engine.types import Fact, FactKind

POSSIBLE, LIKELY = "possible", "likely"

# after the leading side: "bronchitis versus early pneumonia", "a sprain, or possibly a fracture"
_OTHER_SIDE = re.compile(
    # (not "rather than": "definitely gout rather than cellulitis" settles on gout and rules cellulitis out)
    r"\s*,?\s*(?:versus|vs\.?|or possibly|or perhaps|or maybe|or potentially|"
    r"(?:or )?(?:it )?(?:could|might|may) (?:also |possibly )?be|or)\b"
)
# "either gout or pseudogout": both sides; "or" alone says a differential only after "either"
_EITHER = re.compile(r"\beither (?:(?:an?|some|the|early|mild)\s+)?$")
_EITHER_SECOND = re.compile(r"\beither\b[^.;?]{1,60}\bor (?:(?:an?|some|the|early|mild|possibly|maybe)\s+)?$")
# right before the mention, with nothing but articles and copulas between: "it's probably gastritis",
# "most likely a urinary tract infection", "I suspect you have gout", "it could be a kidney stone"
# (not "probably because of your diabetes": the hedge is about the cause, not the diagnosis)
_FILL = r"(?:\s+(?:just|a|an|some|the|it's|it is|this is|that's|that is|you have|you've got|an early|early|mild))*"
_HEDGE_BEFORE = re.compile(
    r"\b(?:(?P<likely>probably|most likely|more likely|likely|probable|presumed|presumably|i suspect|suspect|"
    r"suspected|suspicious for|i'm suspecting)|"
    r"(?P<possible>less likely|not likely|unlikely|possibly|possible|perhaps|maybe|questionable|query|"
    r"(?:could|might|may) (?:also )?(?:be|have)|you (?:could|might|may) (?:also )?(?:be|have)))"
    rf"{_FILL}\s*$"
)
# "bronchitis, probably", "a UTI most likely.": the hedge said after, closing the clause
_HEDGE_AFTER = re.compile(r"\s*,?\s*(?:(?P<likely>most likely|probably|likely)|(?P<possible>possibly|maybe))")
_HEDGE_AFTER_END = re.compile(r"\s*(?:[,.;?!]|$)")


def _other_side(low: str, a: int, b: int) -> str | None:
    """The condition named as the other side of a differential that goes on after ``low[a:b]``, "" when one
    goes on but names nothing known, None when none does ("or" alone only after "either"; "could be" only
    when a condition follows: "the diabetes could be causing this" is no differential)."""
    m = _OTHER_SIDE.match(low, b)
    if not m:
        return None
    said = m.group(0).strip(" ,")
    if said == "or" and not _EITHER.search(low[max(0, a - 30) : a]):
        return None
    rest = low[m.end() : m.end() + 60]
    hits = [(x, c) for x, _, c in find_problems(rest) if x <= 20]
    if not hits and re.search(r"\b(?:could|might|may)\b", said):
        return None
    return hits[0][1].name if hits else ""


def certainty(low: str, a: int, b: int) -> dict[str, str]:
    """The certainty attributes of a problem said at ``low[a:b]`` ({} when stated as established)."""
    other = _other_side(low, a, b)
    if other is not None:
        return {"certainty": POSSIBLE, "versus": other}
    if _EITHER_SECOND.search(low[max(0, a - 90) : a]):
        return {"certainty": POSSIBLE, "versus": ""}
    m = _HEDGE_BEFORE.search(low[max(0, a - 60) : a])
    if m:
        return {"certainty": LIKELY if m.group("likely") else POSSIBLE}
    m = _HEDGE_AFTER.match(low, b)
    if m and _HEDGE_AFTER_END.match(low, m.end()):
        return {"certainty": LIKELY if m.group("likely") else POSSIBLE}
    return {}


def problem_title(fact: Fact, name: str | None = None, cap: bool = True) -> str:
    """A problem's name as the note writes it: "Possible bronchitis" when it is not established (``name``
    overrides the fact's name, e.g. with a side; ``cap`` capitalises the first letter)."""
    name = name or fact.name
    # a hedged symptom ("maybe a little runny nose") is written hedged too
    how = fact.attributes.get("certainty") if fact.kind in (FactKind.problem, FactKind.symptom) else None
    if how in (POSSIBLE, LIKELY):
        name = f"{how} {name}"
    return f"{name[0].upper()}{name[1:]}" if cap and name else name


# FHIR R4 Condition.verificationStatus (http://terminology.hl7.org/CodeSystem/condition-ver-status)
def verification_status(fact: Fact) -> str | None:
    """ "differential" for one side of a differential, "provisional" for a hedged one ("probably gout", "it
    could be a kidney stone"); None for a problem stated as established (the export then says nothing)."""
    if fact.attributes.get("certainty") not in (POSSIBLE, LIKELY):
        return None
    return "differential" if "versus" in fact.attributes else "provisional"


def problem_line(fact: Fact, name: str | None = None, no_code: str = "no code") -> str:
    """ "Possible bronchitis (J20.9; differential: pneumonia)." / "Gout (M10.9)." (``no_code`` stands in for a
    missing code; "" leaves the code out)."""
    bits = [fact.attributes.get("icd10") or no_code]
    if fact.attributes.get("versus") not in (None, "", fact.name):
        bits.append(f"differential: {fact.attributes['versus']}")
    bits = [b for b in bits if b]
    return problem_title(fact, name) + (f" ({'; '.join(bits)})." if bits else ".")
