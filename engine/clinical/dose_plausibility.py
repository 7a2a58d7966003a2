"""A dose no product of the drug has is never charted as the drug's dose.

Through audio a dose is sometimes read onto the wrong name ("...the losartan, I'm going to go up to 100
milligrams", the losartan heard as "the loss are done", made "insulin 100 mg"), and on any transcript a
dose can be misread. The medication reader already keeps an impossible dose it reads beside a name out
of the chart (engine/clinical/medications.py: ``unclear_dose``); this pass applies the same rule to the
finished facts, whatever route the dose came by (a dose from a later sentence, a change, a merge), so no
path can chart "insulin 100 mg". The dose is kept as ``unclear_dose``: the note and the facts list show
it as unclear with the words the visit used, and the review asks the clinician to check it.

Only the impossible counts: engine/clinical/drug_forms.py rules out a dose outside every product's range,
a unit the drug is never dosed in, or a count no one takes at once, and knows nothing of drugs missing
from its table (they are never called implausible).
"""

from __future__ import annotations

import re

from engine.clinical.medication_phrases import possible_dose
from engine.types import Fact, FactKind

_AMOUNT = re.compile(r"\d+(?:\.\d+)? \S")  # "100 mg", "2 puffs": the form possible_dose reads


def mark_impossible_doses(facts: list[Fact]) -> list[Fact]:
    """``facts`` with the dose of every medication that no product of the drug has moved to
    ``unclear_dose`` (shown as unclear, never as the dose); every other fact is unchanged."""
    out = []
    for fact in facts:
        a = fact.attributes
        dose = a.get("dose", "")
        if (
            fact.kind != FactKind.medication
            or not _AMOUNT.match(dose)
            or a.get("edited") == "clinician"
            or possible_dose(fact.name, dose)
        ):
            out.append(fact)
            continue
        attrs = {k: v for k, v in a.items() if k != "dose"} | {"unclear_dose": dose}
        out.append(fact.model_copy(update={"attributes": attrs}))
    return out
