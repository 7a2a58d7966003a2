"""Twitching and blinking told of a part: "this eye twitch", "her face twitches", "blinking frequently".

The vocabulary reads a bare "twitching" as fasciculation, which is what a twitch of no named part is charted as.
A twitch of a named part is charted by the part (an eye twitch, facial twitching, as a tic or a hemifacial spasm
would be), and blinking said to be often is frequent blinking. symptom_phrases.phrase_mentions adds these.
"""

from __future__ import annotations

import re

from engine.clinical.vocabulary import Concept

_TWITCH = r"(?:twitch|twitches|twitching|twitched|twitchy|spasms?|spasming|jumping|flickering)"
_EYE = r"(?:eye|eyes|eyelid|eyelids|lid|lids)"
_FACE = r"(?:face|cheek|mouth|lip)"
# "this eye twitch", "my eyelid keeps twitching", "a twitch in her right eye", "twitching of the face"
_PART_TWITCH = re.compile(
    rf"\b(?:(?P<eye>{_EYE})|(?P<face>{_FACE}))(?: (?:keeps|keep|kept|has been|have been|is|are|was|were|been|"
    rf"starts|started|will|just|always|sometimes|still))* {_TWITCH}\b"
    rf"|\b{_TWITCH} (?:in|of|around|under|above) (?:my|her|his|the|your|their|this|that) (?:(?:right|left) )?"
    rf"(?:(?P<eye2>{_EYE})|(?P<face2>{_FACE}))\b"
)
# "blinking frequently", "she blinks a lot", "lots of blinking", "frequent blinking"
_BLINKING = re.compile(
    r"\b(?:blinking|blinks|blink) (?:\w+ )?(?:frequently|a lot|all the time|constantly|excessively|so much|"
    r"more than usual)\b"
    r"|\b(?:frequent|excessive|constant|lots of|a lot of|extra) blinking\b"
)


def twitch_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Twitches of a named part and frequent blinking in ``low`` (lower case), as (start, end, concept)."""
    out = []
    for m in _PART_TWITCH.finditer(low):
        name = "eye twitch" if m.group("eye") or m.group("eye2") else "facial twitching"
        out.append((m.start(), m.end(), Concept(name, "", "")))
    out += [(m.start(), m.end(), Concept("frequent blinking", "", "")) for m in _BLINKING.finditer(low)]
    return out
