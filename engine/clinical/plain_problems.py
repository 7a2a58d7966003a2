"""Diagnoses a clinician says in plain words, as the state of an organ or a level.

"Your thyroid is a bit underactive", "your cholesterol is pretty high", "your iron's running low": the
diagnosis (hypothyroidism, hyperlipidemia, iron deficiency) is never named, only how the thing is. The
vocabulary (engine/clinical/vocabulary.py) matches fixed phrases, so a degree word in between ("a bit",
"still", "kind of") hides it; here the topic, the verb, any degree words and the state are read as one.
problems.py adds these hits to the vocabulary's and judges them the same way (ConText, questions).
"""

from __future__ import annotations

import re

from engine.clinical.vocabulary import Concept, find_problems

# The thing described -> {state words: the problem it says}. Only states a clinician would chart as a
# diagnosis: a low potassium or a high sugar is charted as the result, not here.
_STATES: dict[str, dict[str, str]] = {
    r"thyroid(?: gland)?": {
        r"underactive|under active|low|sluggish|slow|not working (?:well|enough|hard enough)": "hypothyroidism",
        r"overactive|over active|hyperactive": "hyperthyroidism",
    },
    r"(?:total |bad |ldl )?cholesterol|ldl|lipids": {r"high|elevated|up|too high": "hyperlipidemia"},
    r"triglycerides": {r"high|elevated|up": "hypertriglyceridemia"},
    r"iron(?: levels?| stores)?|ferritin": {r"low|depleted": "iron deficiency"},
    r"(?:blood count|hemoglobin|red (?:blood )?cells?|red cell count)s?": {r"low": "anemia"},
    r"(?:vitamin )?b12(?: levels?)?": {r"low|deficient": "vitamin b12 deficiency"},
    r"vitamin d(?: levels?)?": {r"low|deficient": "vitamin d deficiency"},
}
_VERB = (
    r"(?:'s|'re| is| are| was| were| has been| have been|'s been|'ve been| came back| looks?| seems?| "
    r"runs?| keeps? running| remains?| stays?)"
)
# what may stand between the verb and the state: "a bit", "still", "running", "on the ... side"
_DEGREE = (
    r"(?: (?:a bit|a little|a little bit|a tad|slightly|somewhat|kind of|kinda|sort of|pretty|quite|very|really|"
    r"mildly|still|now|definitely|clearly|running|too|borderline|on the))*"
)
_PATTERNS = [
    (re.compile(rf"\b(?:{topic}){_VERB}{_DEGREE} (?:{state})\b"), problem)
    for topic, states in _STATES.items()
    for state, problem in states.items()
]


def plain_problems(low: str) -> list[tuple[int, int, Concept]]:
    """Problems said as the state of an organ or a level in ``low``: (start, end, concept)."""
    out = []
    for pattern, problem in _PATTERNS:
        matches = list(pattern.finditer(low))
        found = find_problems(problem) if matches else []
        if found:  # a vocabulary that could not name the problem (it failed to load whole) names nothing
            out += [(m.start(), m.end(), found[0][2]) for m in matches]
    return out
