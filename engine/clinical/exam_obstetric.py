"""The antenatal exam said aloud: the fundal height in centimetres and the baby's heart rate.

Midwives and doctors say both as a measure, not as a sign found or not: "fundal height is 29 centimetres,
right for your dates", "baby's heart is 144, nice and strong", "fetal heart rate 142". They are charted as
exam findings with the value in the name, as a note writes them; no site is given, since notes differ on
whether it is the abdomen, the uterus or the baby's heart, and nothing said names one.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_FUNDAL = re.compile(
    r"\b(?:the )?(?:fundal height|fundus|symphysis[- ]fundal height|sfh)(?: is| was| of| measures| measuring|'s)?"
    r"(?: about| around| at)? (\d{2})(?: ?(?:cm|centimet(?:er|re)s?))\b"
)
# the baby's heart, never the mother's ("your heart rate is 88")
_FETAL_HEART = re.compile(
    r"\b(?:fetal heart(?: rate| beat|beat)?|fhr|(?:the )?baby(?:'s)? heart(?: rate| beat|beat)?)"
    r"(?: is| of| at|'s)?(?: about| around| at)? (1\d\d)\b(?! ?(?:mg|milligrams|pounds|lbs|kg|to\b|-|and \d))"
)
# "we'll check the fundal height next time", "if the baby's heart rate is over 160": not measured today
# ... nor a range or a value of an earlier visit ("110 to 160 is normal", "last visit the baby's heart rate was 150")
_NOT_NOW = re.compile(
    r"\b(?:if|next time|will check|we'll check|going to check|should be|normal is|between|last (?:visit|time)|"
    r"before|previous(?:ly)?)\b"
)


def obstetric_findings(s: Sentence) -> list[Fact]:
    """The fundal height and fetal heart rate a clinician's statement measures, as exam findings."""
    out = []
    for pattern, name in ((_FUNDAL, "fundal height {} cm"), (_FETAL_HEART, "fetal heart rate {}")):
        for m in pattern.finditer(s.low):
            if s.question_at(m.start()) or _NOT_NOW.search(s.low, max(0, m.start() - 40), m.start()):
                continue
            out.append(
                Fact(
                    kind=FactKind.exam,
                    name=name.format(m.group(1)),
                    attributes={"site": "", "laterality": "", "normal": "yes"},
                    evidence=s.evidence(m.start(), m.end()),
                )
            )
    return out
