"""Word rewrites that keep the map back to what was said: the normalised text type, numbers a recogniser
wrote in pieces ("1 48 over 92" -> "148 over 92"), halves said in words ("one and a half tablets" ->
"1.5 tablets") and relatives' family names ("my mum" -> "my mom").

numbers.py turns spoken numbers into digits and then applies these; each new character maps to the words it
replaces, so evidence still quotes the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Normalised:
    """Normalised text and, per character, the [start, end) span of the original it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        return self.starts[start], self.ends[end - 1]


# "one and a half tablets", "a tablet and a half": the amount is 1.5 of the unit ("half a tablet of the
# metoprolol 50" is read by medication_phrases.HALF_BEFORE, which halves the strength)
_HALVES = (
    (re.compile(r"\b(\d+) and a half\b", re.I), lambda m: f"{m.group(1)}.5"),
    (re.compile(r"\ban? (tablet|pill|capsule|tab|puff)s? and a half\b", re.I), lambda m: f"1.5 {m.group(1)}s"),
)


# British and family names of relatives, read as the words every reader knows: "my mum died of lung cancer"
# is family history, not the patient's cancer. ("nan" in the sense of bread is rare in a consultation.)
_KIN_WORDS = {
    "mum": "mom",
    "mam": "mom",
    "mummy": "mom",
    "nan": "grandma",
    "nana": "grandma",
    "nanna": "grandma",
    "gran": "grandma",
    "granny": "grandma",
    "grandad": "grandpa",
    "granddad": "grandpa",
    "grampa": "grandpa",
}
_KIN = ((re.compile(r"\b(" + "|".join(_KIN_WORDS) + r")\b", re.I), lambda m: _KIN_WORDS[m.group(1).lower()]),)


def rewrite(n: Normalised, rules) -> Normalised:
    """``n`` with each (pattern, replacement) applied in turn (numbers in pieces, halves, relatives' names);
    each new character is mapped to the words it replaces."""
    text, starts, ends = n.text, list(n.starts), list(n.ends)
    for pattern, to in rules:
        parts, s_map, e_map, pos = [], [], [], 0
        for m in pattern.finditer(text):
            new = to(m)
            parts.append(text[pos : m.start()])
            s_map += starts[pos : m.start()] + [starts[m.start()]] * len(new)
            e_map += ends[pos : m.start()] + [ends[m.end() - 1]] * len(new)
            parts.append(new)
            pos = m.end()
        if parts:
            parts.append(text[pos:])
            text, starts, ends = "".join(parts), s_map + starts[pos:], e_map + ends[pos:]
    return Normalised(text, starts, ends)


# A recogniser writes a number said in words as pieces of digits: "one forty-eight over ninety-two" as
# "1 48 over 92", "a hundred and one point three" as "100 and 1.3", "a hundred and thirty-two" as "100 and 32",
# "one oh one point three" as "101 point 3",
# "two thirty-one pounds" as "2 31 pounds". Each piece alone is a wrong reading (a weight of 31, a systolic of
# 48), so they are joined where the words after them say what the number is: a blood pressure ("over"), a
# weight, a temperature's decimal.
_SPLIT_NUMBERS = (
    (re.compile(r"\b([12]) (\d\d) over (\d{2,3})\b"), lambda m: f"{m.group(1)}{m.group(2)} over {m.group(3)}"),
    # "1.32 over | 84": the systolic as Whisper writes it, when a segment ended before the diastolic (the
    # transcriber joins it inside one segment: engine/transcribe/words.py)
    (re.compile(r"(?<![\d.])([12])\.(\d\d) over (\d{2,3})\b"), lambda m: f"{m.group(1)}{m.group(2)} over {m.group(3)}"),
    (
        re.compile(r"\b([1-3]) (\d\d)(?= ?(?:pounds|lbs?|kilos?|kilograms?|kg)\b)", re.I),
        lambda m: f"{m.group(1)}{m.group(2)}",
    ),
    (re.compile(r"\b100 and ([0-9])\.(\d)\b"), lambda m: f"10{m.group(1)}.{m.group(2)}"),
    # "a hundred and thirty-two" (how British and Irish speakers say 132) as "100 and 32", only where it is a
    # vital: after the vital's name or before its unit. Elsewhere two numbers joined by "and" are two things
    # ("I alternate 100 and 75 micrograms", "fasting 100 and 20 after meals").
    (
        re.compile(
            r"\b((?:heart rate|pulse|rate|weighs|weight|weighed|temp|temperature|systolic|pressure)"
            r"(?: (?:is|was|of|at|about|around|here|today|now))*) ([1-9])00 and ([1-9]\d)\b(?![.,]\d)"
        ),
        lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)}",
    ),
    (
        re.compile(r"\b([1-9])00 and ([1-9]\d)(?= ?(?:over|bpm|beats|pounds|lbs?|kilos?|kg)\b)"),
        lambda m: f"{m.group(1)}{m.group(2)}",
    ),
    (re.compile(r"\b(\d{2,3}) point (\d)\b"), lambda m: f"{m.group(1)}.{m.group(2)}"),
)

HALVES_AND_KIN = _SPLIT_NUMBERS + _HALVES + _KIN
