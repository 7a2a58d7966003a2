"""Symptoms said as a sentence rather than a name: a body part and what it is like, pain on breathing, mood.

The vocabulary (vocabulary.py) finds names up to five words long. Patients more often describe: "my big toe is
red and swollen" (toe redness, toe swelling), "it hurts when I take a deep breath" (pain with deep breathing),
"I've been feeling really down" (depressed mood), "does the pain go into your arm, your jaw, or your back?"
(arm, jaw and back pain, each asked). symptom_sites.symptom_mentions adds these to the names it finds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.clinical.vocabulary import Concept

# The adjective a patient uses of a body part -> the symptom charted for that part.
_STATE_NOUN = {
    "red": "redness",
    "swollen": "swelling",
    "puffy": "swelling",
    "numb": "numbness",
    "tingly": "tingling",
    "stiff": "stiffness",
    "itchy": "itching",
    "bruised": "bruising",
}
_STATE = "|".join(_STATE_NOUN)
_DEGREE = r"(?: (?:all|really|so|kind of|kinda|a little|a bit|very|pretty|still|been|getting|gotten|always))*"


@lru_cache(maxsize=4)
def _site_state(sites: str) -> re.Pattern:
    # "my big toe is red and swollen", "her ankles are puffy", "my fingers get numb and tingly"
    return re.compile(
        # the patient's or a parent's words: "your throat is red" is the clinician's finding (exam.py)
        rf"\b(?:my|her|his|both) (?:(?:right|left|big|little|lower|upper) )*({sites})"
        rf"(?:'s| is| are| has been| have been| got| get| gets| looks?| feels?| went| turned| turns){_DEGREE} "
        rf"({_STATE})((?:(?:,| and|, and|,? it's|,? and it's|,? and also)\s*(?:{_STATE}))*)\b"
    )


@lru_cache(maxsize=4)
def _radiation(sites: str) -> re.Pattern:
    # "does the pain go into your arm, your jaw, or your back": every site the pain is said to reach
    one = rf"(?:(?:my|your|her|his|the) )?(?:(?:right|left) )?(?:{sites})\b"
    return re.compile(
        rf"\b(?:radiat\w*|shoots?|shooting|travels?|go|goes|going|spreads?|spreading|moves?) "
        rf"(?:(?:almost|all the way|down|up|into|to|over|across|through) )+"
        rf"((?:my|your|her|his|the) (?:(?:right|left) )?(?:{sites})\b(?:,? (?:or |and )?{one})*)"
    )


# "it hurts when I take a deep breath", "does it hurt to breathe in?", "sharp pain with a deep breath"
_BREATH_PAIN = re.compile(
    r"\b(?:hurts?|hurting|pain|painful|sharp|catch(?:es)?|stabs?|stabbing)(?: (?:a bit|a little|more|worse|bad))?"
    r" (?:to|when|with|if|on)(?: (?:i|you|she|he|we))? (?:take (?:a |in a )?(?:deep |big )?breaths?|"
    r"breathe(?: in| deep(?:ly)?)?|breathing in|deep breath(?:ing|s)?|a deep breath|inhal\w*)\b"
)
# "I've been feeling really down", "I feel so sad": the mood, with the words between (not "been so low": sugars)
_LOW_MOOD = re.compile(
    r"\b(?:feel|feels|feeling|felt)(?: (?:really|so|pretty|kind of|kinda|a little|a bit|very|just|more|extremely))+ "
    r"(?:down|low|sad|blue|hopeless)\b"
)


# "trouble controlling your bladder or bowels", "loss of bowel or bladder control": the red flags, both asked
_CONTROL = re.compile(
    r"\bcontrol(?:ling)? (?:of )?(?:your|my|her|his|the) (bladder|bowels?)"
    r"(?: (?:or|and) (?:your |my |the )?(bladder|bowels?))?"
    r"|\bloss of (bladder|bowel)(?: (?:or|and) (bladder|bowel))? control\b"
)


# "Does light or noise bother you?", "bright lights hurt my eyes": sensitivity to each, named by what bothers
_SENSE = r"(?:bright )?(?:lights?|noises?|sounds?|loud noises?)"
_SENSITIVE = re.compile(rf"\b({_SENSE})(?: or ({_SENSE}))? (?:bother|bothers|bothering|hurt|hurts)\b")


def phrase_mentions(low: str, sites: str, site_name: dict[str, str]) -> list[tuple[int, int, Concept]]:
    """Symptoms described in ``low`` (lower case), each as (start, end, concept); ``sites`` is the body-site
    alternation of symptoms.py and ``site_name`` its charted names ("ankles" -> "ankle")."""
    out = []
    for m in _site_state(sites).finditer(low):
        site = site_name.get(m.group(1), m.group(1))
        for word in [m.group(2), *re.findall(_STATE, m.group(3) or "")]:
            out.append((m.start(), m.end(), Concept(f"{site} {_STATE_NOUN[word]}", "", "")))
    for m in _radiation(sites).finditer(low):
        for site in re.findall(rf"\b({sites})\b", m.group(1)):
            out.append((m.start(), m.end(), Concept(f"{site_name.get(site, site)} pain", "", "")))
    for m in _BREATH_PAIN.finditer(low):
        out.append((m.start(), m.end(), Concept("pain with deep breathing", "", "")))
    for m in _SENSITIVE.finditer(low):
        for k in (1, 2):
            if m.group(k):
                name = "photophobia" if "light" in m.group(k) else "phonophobia"
                out.append((m.start(k), m.end(k), Concept(name, "", "")))
    for m in _CONTROL.finditer(low):
        for organ in filter(None, m.groups()):
            name = "bladder incontinence" if organ == "bladder" else "bowel incontinence"
            out.append((m.start(), m.end(), Concept(name, "", "")))
    for m in _LOW_MOOD.finditer(low):
        out.append((m.start(), m.end(), Concept("depressed mood", "", "")))
    return out
