"""A sign named for the part it is found on: what "fluid" or "white spots" is depends on where it is seen.

Patients are told what the clinician sees in everyday words ("there's no fluid in the belly", "no white
spots on the tonsils"); a note writes the sign that word means on that part (no ascites, no exudate).
"""

from __future__ import annotations

import re

# (the part, the lay word said of it, the note's name)
_ON_PART = [
    # fluid felt or tapped for in the belly is ascites, not a joint's effusion
    (re.compile(r"^(?:abdomen|belly|tummy|stomach)$"), re.compile(r"\beffusion$"), "ascites"),
    # white spots or patches, or pus, on the throat or tonsils are the exudate a note charts
    (
        re.compile(r"^(?:throat|tonsils?|pharynx|oropharynx|posterior pharynx)$"),
        re.compile(r"^(?:white (?:spots|patches)|pus)$"),
        "exudate",
    ),
]


def sign_on(name: str, site: str) -> str:
    """The note's name of a finding ``name`` seen on ``site`` (``name`` unchanged when the part does not
    change what the word means)."""
    for part, said, note in _ON_PART:
        if part.match(site) and said.search(name):
            return said.sub(note, name)
    return name
