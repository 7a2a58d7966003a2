"""The risk screen of a mood visit as clinicians ask it, generated as whole paradigms (session 14).

Merged into lay_symptoms.LAY_SYMPTOMS like felt_symptoms.FELT_SYMPTOMS. Every author who sees low mood asks the
same four things in their own words: thoughts of ending one's life ("any thoughts of harming yourself", "that
life isn't worth living", "better off dead"), of hurting someone else, voices or visions ("hearing things other
people don't"), and feeling persecuted ("people are against you"). The answer is nearly always "no", so each
phrase here mostly becomes a denial through the question-and-answer reading in symptoms.py.

Bare "hurt yourself" or "cut yourself" are left out: they are as often an injury ("did you hurt yourself when
you fell?"); a thought, wish or urge in front is what makes them the screen. Phrases stay within five words.
"""

from __future__ import annotations

_SELVES = ("yourself", "myself", "himself", "herself", "themselves")
_LIVES = ("your life", "my life", "his life", "her life", "it all")
_OTHERS = ("anyone", "anybody", "someone", "somebody", "others", "other people", "anyone else")
# what comes before the act: a thought (then the -ing form) or a wish or urge (then the bare verb)
_THOUGHT = ("thoughts of", "thought of", "thought about", "thoughts about", "thinking of", "thinking about")
_WISH = ("wanting to", "want to", "wanted to", "urge to", "urges to")
_ACTS = {"harm": "harming", "hurt": "hurting", "kill": "killing"}


def _acts_on(objects: tuple[str, ...], end: bool) -> tuple[str, ...]:
    verbs = {**_ACTS, **({"end": "ending"} if end else {})}
    out = []
    for base, ing in verbs.items():
        for obj in objects:
            if (base == "end") != (obj in _LIVES):
                continue
            out += [f"{lead} {ing} {obj}" for lead in _THOUGHT]
            out += [f"{lead} {base} {obj}" for lead in _WISH]
    return tuple(out)


_HEAR = ("hear", "hears", "hearing", "heard")
_SEE = ("see", "sees", "seeing", "seen", "saw")
_NOBODY_ELSE = ("other people", "others", "nobody else", "no one else", "that aren't there", "that are not there")

MIND_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "suicidal ideation": (
        *_acts_on(_SELVES + _LIVES, end=True),
        "life isn't worth living",
        "life is not worth living",
        "life's not worth living",
        "better off dead",
        "better off not here",
        "take your own life",
        "take my own life",
        "taking your own life",
        "wish you were dead",
        "wish i was dead",
        "wish i were dead",
    ),
    "homicidal ideation": (
        *_acts_on(_OTHERS, end=False),
        "hurt others",
        "harm others",
        "hurting others",
        "harming others",
        "hurt anyone else",
        "harm anyone else",
    ),
    # a past act asked of ("have you ever harmed yourself?"), not a thought
    "self-harm": (
        "self-harm",
        "self harm",
        "self harming",
        *(f"harmed {s}" for s in _SELVES),
        *(f"hurt {s} on purpose" for s in _SELVES),
    ),
    "hallucinations": (
        *(f"{v} voices" for v in _HEAR),
        *(f"{v} things {w}" for v in _HEAR + _SEE for w in _NOBODY_ELSE),
    ),
    # "feeling paranoid", not a passing "I'm a bit paranoid about my blood pressure" (a worry)
    "paranoia": (
        "any paranoia",
        "feeling paranoid",
        "feel paranoid",
        "felt paranoid",
        "people are against you",
        "people are against me",
        "people were against me",
        "out to get you",
        "out to get me",
        "people are following you",
        "people are following me",
        "someone is following you",
        "someone is following me",
    ),
}
