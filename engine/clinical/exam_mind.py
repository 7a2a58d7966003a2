"""The mental status and general appearance said to the patient, or of them to a parent, as they are examined:
"you seem pretty flat today, a little teary", "you're alert, you know where you are", "he's alert and
playful", "she looks anxious". A note writes these as "flat affect", "tearful", "alert", "oriented",
"appears anxious"; ``exam_mentions`` adds them to the findings of an exam clause.
"""

from __future__ import annotations

import re

# How a person seems, and the note's words for it ("flat" is of the affect, "down" of the mood).
_STATE_NAMES = {
    "flat": "flat affect",
    "blunted": "blunted affect",
    "teary": "tearful",
    "tearful": "tearful",
    "weepy": "tearful",
    "anxious": "appears anxious",
    "nervous": "appears anxious",
    "agitated": "agitated",
    "restless": "restless",
    "withdrawn": "withdrawn",
    "alert": "alert",
    "playful": "playful",
    "oriented": "oriented",
    "fidgety": "fidgeting",
    "fidgeting": "fidgeting",
    "drowsy": "drowsy",
    "sleepy": "drowsy",
    "lethargic": "lethargic",
    "confused": "confused",
}
MIND_NAMES = frozenset(_STATE_NAMES.values()) | {"oriented"}
_STATE = "|".join(sorted(_STATE_NAMES, key=len, reverse=True))
_DEGREE = r"(?:(?:pretty|quite|very|really|a (?:little|bit)(?: bit)?|kind of|sort of|somewhat|slightly|also) )*"
# "you seem pretty flat", "he's alert", "she looks a bit anxious" (not "anxious about the shots", "nervous
# to", "alert me"): the person, how they seem, and more states listed after it
_PERSON = re.compile(
    r"\b(?:you|he|she|they)(?:'re|'s| are| is| were| was| seem| seems| look| looks| appear| appears)"
    rf"(?: (?:to be|today|now))? {_DEGREE}(?P<state>{_STATE})\b(?! (?:about|to|that|of|me|you|them)\b)"
)
_MORE = re.compile(
    rf"(?: (?:today|now|here))?(?:\s*,\s*|\s+(?:and|but)\s+){_DEGREE}(?P<state>{_STATE})\b(?! (?:about|to|that)\b)"
)
# "you know where you are", "she knows what day it is": oriented, as a patient is shown to be (a clause may
# start at "where you are": the speech reader drops "you know" as a filler)
_ORIENTED = re.compile(
    r"\b(?:you|he|she) (?:know|knows) (?:where (?:you|he|she) (?:are|is)|what day it is|the date|who i am)\b|"
    r"^\W*where (?:you|he|she) (?:are|is)\W*$"
)
# A clause that is only a state no part has, cut off from the person it is of: "..., a little teary"
_ALONE = re.compile(
    rf"^\W*(?:and |but )?{_DEGREE}(?P<state>teary|tearful|weepy|fidgety|fidgeting|playful|agitated|restless)\b"
)


def mind_mentions(clause: str) -> list[tuple[int, int, str]]:
    """(start, end, the note's name) of each state of the whole person said in a clause."""
    out = []
    for m in _PERSON.finditer(clause):
        out.append((m.start("state"), m.end("state"), _STATE_NAMES[m.group("state")]))
        pos = m.end()
        while more := _MORE.match(clause, pos):  # "flat today, a little teary"
            name = _STATE_NAMES[more.group("state")]
            if " and " in clause[pos : more.start("state")] and " " not in out[-1][2] + name:
                out[-1] = (out[-1][0], more.end("state"), f"{out[-1][2]} and {name}")  # "alert and playful"
            else:
                out.append((more.start("state"), more.end("state"), name))
            pos = more.end()
    out += [(m.start(), m.end(), "oriented") for m in _ORIENTED.finditer(clause)]
    if not out and (alone := _ALONE.match(clause)):
        out.append((alone.start("state"), alone.end("state"), _STATE_NAMES[alone.group("state")]))
    return out
