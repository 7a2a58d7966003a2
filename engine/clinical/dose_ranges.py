"""A dose said as a range: "one or two puffs", "200 to 400 milligrams", "1-2 tablets".

The dose readers keep one number, the top of the range (the verifier, the grounding audit and the
plausibility table all compare one amount). Charting only that number would tell the clinician "2 puffs" where
the visit said one or two, so the range is kept beside it as ``dose_range`` and is what the note, the review
screen and the FHIR dosage text show (``Fact.dose_text``).
"""

from __future__ import annotations

import re

from engine.clinical.dosing import UNIT_NORMAL

_UNITS = "|".join(sorted(map(re.escape, UNIT_NORMAL), key=len, reverse=True))
# "from 10 to 20 mg" is a change of dose, not a range: the number after "from" is the old dose
RANGE = re.compile(
    r"(?<!\bfrom )(?<!\bfrom the )(?<![\d,.])\b(\d+(?:\.\d+)?)\s*(?:or|to|-|–)\s*(\d+(?:\.\d+)?)\s*(" + _UNITS + r")\b"
)


def dose_range(text: str, dose: str) -> str | None:
    """The range in ``text`` whose top is ``dose`` ("2 puffs" in "one or two puffs" -> "1-2 puffs"), or None.

    The low end must be below the top and the unit the dose's own, so "take 2 or 3 of the 5 mg" is not read
    as a range of milligrams and "10 to 20 mg" said of a change ("from 10 to 20 mg") is left alone."""
    amount, _, unit = dose.partition(" ")
    for m in RANGE.finditer(text):
        low, high = m.group(1), m.group(2)
        if UNIT_NORMAL[m.group(3)] == unit and float(high) == _number(amount) and float(low) < float(high):
            return f"{low}-{high} {unit}"
    return None


def _number(amount: str) -> float:
    try:
        return float(amount)
    except ValueError:
        return -1.0
