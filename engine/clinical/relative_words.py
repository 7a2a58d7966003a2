"""The words people use for their relatives, and the relation each names in a note.

Besides the plain words, the names a parent or grandparent goes by in British, Irish, Australian, Southern US
and Caribbean speech ("me mam", "mama", "me da", "nan", "grandad"). Kept apart from
family_history.py, which reads what is told of them.
"""

from __future__ import annotations

import re

RELATION = re.compile(
    r"\b(mother|mom|mum|mummy|mommy|mam|mama|mamma|momma|mammy|father|dad|daddy|papa|pops|"
    # ("me da": only after "my"/"me"; not "my old man", which is a husband as often as a father)
    r"(?<=\bm[ye] )da|"
    r"sisters?|brothers?|grandmother|grandma|nan|nana|nanny|granny|gran|"
    r"grandfather|grandpa|grandad|granddad|grampa|gramps|aunts?|uncles?|cousins?|"
    r"sons?|daughters?|parents|grandparents|siblings)\b"
)
RELATION_NAME = {
    **dict.fromkeys(("mom", "mum", "mummy", "mommy", "mam", "mama", "mamma", "momma", "mammy"), "mother"),
    **dict.fromkeys(("dad", "daddy", "papa", "pops", "da"), "father"),
    **dict.fromkeys(("grandma", "nan", "nana", "nanny", "granny", "gran"), "grandmother"),
    **dict.fromkeys(("grandpa", "grandad", "granddad", "grampa", "gramps"), "grandfather"),
    **{f"{r}s": r for r in ("sister", "brother", "aunt", "uncle", "cousin", "son", "daughter")},
}
# Which pronoun can stand for which relative: "he" is never the mother the question named.
HE = frozenset(
    [
        "father",
        "brother",
        "grandfather",
        "uncle",
        *(k for k, v in RELATION_NAME.items() if v in ("father", "grandfather")),
    ]
)
SHE = frozenset(
    [
        "mother",
        "sister",
        "grandmother",
        "aunt",
        *(k for k, v in RELATION_NAME.items() if v in ("mother", "grandmother")),
    ]
)
