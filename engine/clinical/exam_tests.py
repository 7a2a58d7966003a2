"""Named tests said as a list with one result, the way an examiner dictates a joint: "your Lachman, anterior and
posterior drawer and McMurray test are all negative", "a negative varus and valgus stress test", "no laxity on
anterior drawer and inversion stress". Each test of the list is one finding; a modifier said alone ("anterior
and posterior drawer") takes the head word of the test after it.
"""

from __future__ import annotations

import re

from engine.clinical.exam_terms import NAMED_TESTS

# The head word a test is named by, and the words that only say which one ("varus" stress test).
_HEAD = r"(?:stress test|stress|test|sign|drawer|maneuver|raise)s?"
_MODIFIER = (
    r"(?:anterior|posterior|varus|valgus|inversion|eversion|medial|lateral|internal|external|"
    r"empty can|straight leg|squeeze|patellar grind|apprehension)"
)
_OWNER = r"(?:(?:your|the|his|her|a) )?"
_ITEM = rf"(?:{NAMED_TESTS}(?: (?:test|sign)s?)?|{_MODIFIER}(?: {_HEAD})?)"
_JOIN = r"(?:,? (?:and|or) |, | (?=(?:your|the|his|her) ))"
# (the last one says what kind of test: "negative medial and lateral collateral ligaments" lists no tests)
_NAMED = rf"(?:{NAMED_TESTS}(?: (?:test|sign)s?)?|{_MODIFIER} {_HEAD})"
_LIST = rf"{_OWNER}{_ITEM}(?:{_JOIN}{_OWNER}{_ITEM})*{_JOIN}{_OWNER}{_NAMED}\b"
# "... are all negative", "... were both positive": the list before its result
_BEFORE = re.compile(rf"\b({_LIST}) (?:is|are|was|were)(?: all| both| also)? (positive|negative)\b")
# "a negative varus and valgus stress test": the result before its list
_AFTER = re.compile(rf"\b(positive|negative) ({_LIST})")
# "no laxity on the anterior drawer and inversion stress": one sign found on each test of the list
_ON = re.compile(rf"\b(no |without )?(laxity|instability|pain|opening) (?:on|with) ({_LIST})")


_ITEM_END = re.compile(rf"\b{_ITEM}(?:,? (?:and|or))?\s*$")
_ITEM_NEXT = re.compile(rf"\s*{_OWNER}{_ITEM}\b")


def in_test_list(low: str, start: int, end: int) -> bool:
    """Whether a break at ``start:end`` falls between two tests of one list ("your lachman, anterior drawer
    and the mcmurray are negative"), which is one clause with one result."""
    return bool(_ITEM_END.search(low, 0, start) and _ITEM_NEXT.match(low, end))


def _items(clause: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each test of the list at ``start:end``: a modifier said alone takes the head
    of the test after it."""
    parts = [(m.start(1), m.end(1), m.group(1)) for m in re.finditer(rf"{_OWNER}({_ITEM})", clause[:end])]
    parts = [p for p in parts if p[0] >= start]
    out: list[tuple[int, int, str]] = []
    head = ""
    for a, b, part in reversed(parts):
        own = re.search(rf"\b{_HEAD}$", part)
        if own:
            head = own.group()
        elif re.fullmatch(_MODIFIER, part) and head:
            part = f"{part} {head}"
        out.append((a, b, part))
    return list(reversed(out))


def listed_tests(clause: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, denied) of each test of a list said with one result in a clause, each at its own
    words (a test alone is read by the exam's other readers)."""
    out = []
    for m in _BEFORE.finditer(clause):
        # (each to the result and past it: "... are all negative bilaterally" is the side of every one)
        out += [(a, m.end(), f"{m.group(2)} {t}", False) for a, _b, t in _items(clause, m.start(1), m.end(1))]
    for m in _AFTER.finditer(clause):
        out += [(a, m.end(), f"{m.group(1)} {t}", False) for a, _b, t in _items(clause, m.start(2), m.end(2))]
    for m in _ON.finditer(clause):
        # (from the sign: "laxity" is no finding of its own here)
        items = _items(clause, m.start(3), m.end(3))
        out += [(m.start(2), b, f"{m.group(2)} on {t}", bool(m.group(1))) for _a, b, t in items]
    return out
