"""Vital signs: blood pressure, heart rate, respiratory rate, temperature, SpO2, weight and height.

Each pattern takes the number said after the vital's name, and a value outside the range a living
patient can have is dropped rather than guessed at.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

_VITALS: list[tuple[str, str, str, tuple[float, float]]] = [
    # name, pattern (group 1 value), unit, plausible range
    ("heart rate", r"\b(?:heart rate|pulse|heart is beating)\D{0,20}?(\d{2,3})\b", "bpm", (20, 250)),
    (
        "respiratory rate",
        r"\b(?:respiratory rate|breathing rate|respirations?|resp rate|breaths)\D{0,20}?(\d{1,2})\b",
        "breaths/min",
        (4, 80),
    ),
    ("temperature", r"\b(?:temperature|temp)\D{0,20}?(\d{2,3}(?:\.\d)?)\b", "", (30, 110)),
    (
        "oxygen saturation",
        r"\b(?:oxygen saturation|oxygen|o2 sat|sats?|saturation|spo2|pulse ox)\D{0,25}?(\d{2,3})"
        r"\s*(?:percent|%)",
        "%",
        (50, 100),
    ),
    ("weight", r"\b(?:weight|weighs?)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:pounds|lbs?)\b", "lb", (2, 900)),
    ("weight", r"\b(?:weight|weighs?)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:kilos|kilograms|kg)\b", "kg", (1, 400)),
    ("height", r"\b(?:height|tall)\D{0,20}?(\d{2,3}(?:\.\d)?)\s*(?:centimeters|centimetres|cm)\b", "cm", (30, 250)),
    ("height", r"\b(?:height|tall)\D{0,20}?(\d{2}(?:\.\d)?)\s*inch(?:es)?\b", "in", (12, 100)),
]
_BP = re.compile(r"\b(1)\s?\.(\d{2})\s*(?:over|/)\s*(\d{2,3})\b|\b(\d{2,3})\s*(?:over|/)\s*(\d{2,3})\b")


def vitals(sentences: list[Sentence]) -> list[Fact]:
    """Vital signs said in the visit, each checked against a plausible range."""
    facts: list[Fact] = []
    seen: set[str] = set()
    for s in sentences:
        low = s.low
        if "pressure" in low or re.search(r"\bbp\b", low):
            for m in _BP.finditer(low):
                if m.group(1):  # Whisper writes "one twenty-eight" as "1.28"
                    sys_, dia = int(m.group(1) + m.group(2)), int(m.group(3))
                else:
                    sys_, dia = int(m.group(4)), int(m.group(5))
                if 60 <= sys_ <= 260 and 30 <= dia <= 160 and sys_ > dia and "blood pressure" not in seen:
                    seen.add("blood pressure")
                    facts.append(
                        Fact(
                            kind=FactKind.vital,
                            name="blood pressure",
                            attributes={
                                "value": f"{sys_}/{dia}",
                                "unit": "mmHg",
                                "systolic": str(sys_),
                                "diastolic": str(dia),
                            },
                            evidence=s.evidence(m.start(), m.end()),
                        )
                    )
        for name, pattern, unit, (lo, hi) in _VITALS:
            if name in seen:
                continue
            m = re.search(pattern, low)
            if not m:
                continue
            value = float(m.group(1))
            if not lo <= value <= hi:
                continue
            if name == "temperature":
                unit = "degF" if value >= 90 else "Cel"
            seen.add(name)
            text = m.group(1)
            facts.append(
                Fact(
                    kind=FactKind.vital,
                    name=name,
                    attributes={"value": text, "unit": unit},
                    evidence=s.evidence(m.start(), m.end()),
                )
            )
    return facts
