"""Injuries as people say them, for the problem vocabulary: sports and overuse injuries, broken bones,
sprains, and tears told by what was done ("I tore my meniscus", "she sprained her wrist").

ICD-10-CM spells injuries anatomically and by bone part ("Fracture of unspecified carpal bone"), while a
visit names the site and what happened. Split from everyday_problems.py, which merges these tables into
EVERYDAY_PROBLEMS (name, code, spoken forms) in its original order, so that each module stays short.
"""

from __future__ import annotations

# Sports and overuse injuries by the names a visit uses; ICD-10-CM spells them anatomically.
SPORTS_INJURIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tendinitis": ("M77.9", ("tendonitis", "tendinitis")),
    "medial epicondylitis": ("M77.00", ("golfer's elbow", "medial epicondylitis")),
    "de quervain's tenosynovitis": ("M65.4", ("de quervain's", "de quervain", "de quervain's tenosynovitis")),
    "iliotibial band syndrome": ("M76.30", ("it band syndrome", "iliotibial band syndrome", "it band tightness")),
    "patellofemoral pain syndrome": (
        "M22.2X9",
        ("patellofemoral pain syndrome", "patellofemoral syndrome", "patellofemoral pain", "runner's knee"),
    ),
    "mcl sprain": ("S83.419", ("mcl sprain", "mcl strain", "medial collateral ligament sprain", "mcl tear")),
    "acl tear": ("S83.519", ("acl tear", "torn acl", "acl sprain", "acl injury")),
}

# A broken bone as people say it: "I broke my wrist", "a broken hip", "fractured ankle", "a fracture of the
# hip". ICD-10-CM spells fractures by bone part ("Fracture of unspecified carpal bone"), and its bare
# "fracture" fell to a clavicle code; the site is what a visit names.
_FRACTURE_SITES = {
    "hip": "S72.00",
    "wrist": "S62.10",
    "ankle": "S82.89",
    "arm": "S42.30",
    "forearm": "S52.90",
    "leg": "S82.90",
    "foot": "S92.90",
    "hand": "S62.90",
    "finger": "S62.60",
    "toe": "S92.50",
    "rib": "S22.39",
    "collarbone": "S42.0",
    "nose": "S02.2",
    "pelvis": "S32.89",
    "kneecap": "S82.0",
    "elbow": "S42.40",
}


def _fracture_words(site: str) -> tuple[str, ...]:
    """How a broken ``site`` is said: its fracture, broken, fractured, "broke my ...", "a fracture of the ..."."""
    own = [f"broke {w} {site}" for w in ("my", "her", "his", "your", "their", "the", "a")]
    return (f"{site} fracture", f"broken {site}", f"fractured {site}", f"fracture of the {site}", *own)


FRACTURES: dict[str, tuple[str, tuple[str, ...]]] = {
    **{f"{site} fracture": (code, _fracture_words(site)) for site, code in _FRACTURE_SITES.items()},
    "fracture": ("T14.8", ("fracture", "broken bone", "fractures", "broken bones")),
}

# An injury told by what was done: "I tore the meniscus in my right knee", "she sprained her wrist".
_OWNERS = ("my", "her", "his", "your", "the", "a")
_DONE_TO = {
    "meniscus tear": ("tore", "meniscus"),
    "acl tear": ("tore", "acl"),
    "rotator cuff tear": ("tore", "rotator cuff"),
}


def told_as_done(problems: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The tears' entries of ``problems`` with each injury also said as done ("tore my meniscus"), to merge
    back into it."""
    out = {}
    for name, (verb, part) in _DONE_TO.items():
        code, words = problems[name]
        out[name] = (code, (*words, *(f"{verb} {o} {part}" for o in _OWNERS)))
    return out


SPRAINS: dict[str, tuple[str, tuple[str, ...]]] = {
    f"{site} sprain": (code, (f"{site} sprain", f"sprained {site}", *(f"sprained {o} {site}" for o in _OWNERS)))
    for site, code in {"ankle": "S93.40", "wrist": "S63.50", "knee": "S83.90"}.items()
}
