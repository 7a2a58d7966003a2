"""Findings of how a part moves, said in words rather than as "range of motion": the part said to move well
("your hip moves well", "hips are moving fine, both sides"), a movement said full ("straightening is full"),
a movement said to stop short ("the right knee bends only to about ninety degrees"), and pain the examiner
brings on by pressing or moving ("it hurts when I lift your arm").
"""

from __future__ import annotations

import re

from engine.clinical.exam_sites import Where
from engine.clinical.exam_terms import SITE_UNNAMED

_PART = SITE_UNNAMED

# Pain the examiner brings on: "it hurts when I press there" is tenderness, "when I lift your arm" pain
# with movement (what the patient says hurts at home is a symptom: this is read only inside the exam).
HURTS_WHEN = re.compile(
    r"\b(?:it|that|this) (?:hurts|is (?:painful|tender|sore)|'s (?:painful|tender|sore))(?: (?:a little|a bit|more))?"
    r" when (?:i|you|we) (?:(?:try to|go to) )?(press|push|squeeze|touch|tap|palpate|move|lift|raise|bend|turn|"
    r"rotate|twist|flex|straighten|extend|reach)"
)
HURTS_NAMES = {
    **dict.fromkeys(["press", "push", "squeeze", "touch", "tap", "palpate"], "tenderness to palpation"),
    **dict.fromkeys(
        ["move", "lift", "raise", "bend", "turn", "rotate", "twist", "flex", "straighten", "extend", "reach"],
        "pain with movement",
    ),
}

# The part itself is the subject of "moves": "ankle moves fine", "your lower back moves normally" ("the baby
# is moving well", "air is moving well" name no part, so say nothing of one)
_MOVES_WELL = re.compile(
    rf"\b(?P<subj>{_PART})(?:'s| is| are)? (?:moving|moves|move)"
    r"(?: (?:really|very|pretty|quite|nice and|just))? (?:fine|well|normally|freely|nicely|smoothly|fully)\b"
)
# The movement itself said full: "straightening is full", "bending is normal", "extension is complete"
_MOVEMENT_FULL = re.compile(
    r"\b(?P<move>straightening|extension|bending|flexion)(?: is| was|'s) (?:also )?(?:full|complete|normal)\b"
)
# A movement said to stop short: "the knee bends only to about ninety degrees", "only straightens to 160"
# ("only" or "just" says it is short of the full range; the bare verb is the examiner's instruction unless
# it is what the part can do: "bend just the tip", "just bend your knee for me" say nothing of how far)
_STOPS_SHORT = re.compile(
    r"\b(?:only|just) (?P<move>bends|flexes|straightens|extends|(?<=can only )(?:bend|flex|straighten|extend))\b|"
    r"\b(?P<move2>bends|flexes|straightens|extends|(?<=can )(?:bend|flex|straighten|extend)|"
    r"(?<='ll )(?:bend|flex|straighten|extend)|(?<=will )(?:bend|flex|straighten|extend)) (?:only|just)\b"
)
_MOVE_NAMES = {"straighten": "extension", "extend": "extension", "bend": "flexion", "flex": "flexion"}


def _movement(word: str) -> str:
    for stem, name in _MOVE_NAMES.items():
        if word.startswith(stem):
            return name
    return {"straightening": "extension", "bending": "flexion"}.get(word, word)


def motion_mentions(clause: str) -> list[tuple[int, int, str, bool, list[Where] | None]]:
    """(start, end, name, said-negated, sites) of each finding of how a part moves, said in plain words."""
    out: list[tuple[int, int, str, bool, list[Where] | None]] = []
    for m in _MOVES_WELL.finditer(clause):
        # "moves fully" is the full range; "fine", "well", "normally" its normal range. The part is read with the
        # clause, so that a side said earlier ("that foot ... ankle moves fine") carries to it
        name = "full range of motion" if m.group().endswith("fully") else "normal range of motion"
        out.append((m.start(), m.end(), name, False, None))
    for m in _MOVEMENT_FULL.finditer(clause):
        out.append((m.start(), m.end(), f"full {_movement(m.group('move'))}", False, None))
    for m in _STOPS_SHORT.finditer(clause):
        out.append((m.start(), m.end(), f"limited {_movement(m.group('move') or m.group('move2'))}", False, None))
    return out
