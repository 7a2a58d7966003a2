"""Symptoms said as a sentence rather than a name: a body part and what it is like, pain on breathing, mood.

The vocabulary (vocabulary.py) finds names up to five words long. Patients more often describe: "my big toe is
red and swollen" (toe redness, toe swelling), "it hurts when I take a deep breath" (pain with deep breathing),
"I've been feeling really down" (depressed mood), "does the pain go into your arm, your jaw, or your back?"
(arm, jaw and back pain, each asked). symptom_sites.symptom_mentions adds these to the names it finds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.clinical.inability_symptoms import inability_mentions
from engine.clinical.symptom_verbs import verb_mentions
from engine.clinical.twitch_symptoms import twitch_mentions
from engine.clinical.vocabulary import Concept

# The adjective a patient uses of a body part -> the symptom charted for that part.
_STATE_NOUN = {
    "red": "redness",
    "swollen": "swelling",
    "puffy": "swelling",
    # every form of swelling as said: "swelled up", Southern US "all swole up", "puffed up"
    "swelled": "swelling",
    "swole": "swelling",
    "puffed up": "swelling",
    # a part hot to the patient's own hand: "my leg is hot", "her knee's warm"
    "hot": "warmth",
    "warm": "warmth",
    "numb": "numbness",
    "tingly": "tingling",
    "stiff": "stiffness",
    # "my chest goes tight on the hill", "does your chest feel tight?", "her throat felt tight"
    "tight": "tightness",
    # "my knee feels unstable", "her ankle's been wobbly"
    "unstable": "instability",
    "wobbly": "instability",
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
        # ... or asked of them: "does your chest feel tight?", "do your ankles get swollen?"
        rf"\b(?:my|her|his|both|(?<=\bdo )your|(?<=\bdoes )your|(?<=\bdid )your) "
        rf"(?:(?:right|left|big|little|lower|upper) )*({sites})"
        # ("my face it's red all the time": the part, then a pronoun for it, as people speak)
        rf"(?:'s| is| are| has been| have been| got| get| gets| looks?| feels?| felt| feeling| went| goes| go|"
        rf" turned| turns|"
        rf" it's| it is| they're| they are| it gets| they get){_DEGREE} "
        rf"({_STATE})((?:(?:,| and|, and|,? it's|,? and it's|,? and also)\s*(?:{_STATE}))*)\b"
    )


@lru_cache(maxsize=4)
def _radiation(sites: str) -> re.Pattern:
    # "does the pain go into your arm, your jaw, or your back": every site the pain is said to reach
    one = rf"(?:(?:my|your|her|his|the) )?(?:(?:right|left) )?(?:{sites})\b"
    return re.compile(
        rf"\b(?P<verb>radiat\w*|shoots?|shooting|travels?|go|goes|going|spreads?|spreading|moves?) "
        rf"(?:(?:almost|all the way|down|up|into|to|over|across|through) )+"
        rf"(?P<sites>(?:my|your|her|his|the) (?:(?:right|left) )?(?:{sites})\b(?:,? (?:or |and )?{one})*)"
    )


# What travels when a pain is told with a verb of any movement ("go", "spread", "move"): the pain itself or a
# word standing for it ("it goes into my back", "does the pain go into your arm"); "radiates" and "shoots"
# tell a pain whatever comes before them.
_PAIN_SUBJECT = re.compile(
    r"\b(?:pain|pains|hurt\w*|ach\w*|it|that|this|burning|cramp\w*|sensation|feeling|numbness|tingling|soreness)"
    r"(?:\s+(?:kind of|sort of|just|then|also|all|sometimes|always|ever|\w+ly))*\s+$"
)
_ANY_MOVE = re.compile(r"go|goes|going|spreads?|spreading|moves?|travels?")


def pain_travels(low: str, verb_at: int, verb: str) -> bool:
    """Whether a verb of movement at ``verb_at`` tells a pain travelling, not something else moving."""
    return not _ANY_MOVE.fullmatch(verb) or bool(_PAIN_SUBJECT.search(low[max(0, verb_at - 40) : verb_at]))


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


# British "sick" is vomiting when it is counted: "I was sick six or seven times on Monday", "been sick twice".
_SICK_TIMES = re.compile(
    r"\b(?:was|been|being|were|got) sick (?:(?:maybe|about|like|probably|at least|only) )?"
    r"(?:\d+|once|twice|a few|several|a couple of|a couple|\w+) (?:or \d+ )?times?\b|\bsick (?:once|twice)\b"
)
# Weight not borne, in every form of the verb: "couldn't put any weight on it", "unable to bear weight through
# the left leg", "can't stand on it", "wasn't able to walk on my ankle"
_NO_WEIGHT = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|wasn't able to|won't|wouldn't)"
    r"(?: even| really)? (?:put|bear|take|stand|walk)(?: (?:any|much|full|the))?(?: weight)? (?:on|through) "
    r"(?:it|that|(?:my|her|his|the) (?:right |left )?(?:leg|foot|ankle|knee|hip|heel|toe))\b"
    r"|\b(?:can't|cannot|couldn't|could not|unable to|not able to|wasn't able to) (?:bear|weight) (?:weight|bear)\b"
)
# "I've put weight on", "putting a bit of weight on": gained, not "put weight on it" (bearing weight)
_PUT_WEIGHT_ON = re.compile(
    r"\bput(?:ting)? (?:a bit of |a little |some |a lot of |the )?weight on\b"
    r"(?! (?:it|my|the|your|her|his|that|this|either|both|those|them)\b)"
)
# "stuff dripping down the back of my throat": a postnasal drip told, too long for the vocabulary's phrases
_DRIP = re.compile(r"\b(?:drip\w*|running|trickl\w*) down the back of (?:your|my|the|her|his) throat\b")
# "any swelling of your lips, your tongue, or your face": each part's swelling asked (angioedema's red flags)
_SWELL_PART = {
    "lip": "lip",
    "lips": "lip",
    "tongue": "tongue",
    "face": "facial",
    "throat": "throat",
    "eyes": "periorbital",
}
_PART = r"(?:(?:your|my|her|his|the) )?(lips?|tongue|face|throat|eyes)\b"
_SWELLING_OF = re.compile(rf"\bswelling (?:of|in|to|around) {_PART}")
_NEXT_PART = re.compile(rf"\s*,?\s*(?:or |and )?{_PART}")


def _part_swellings(low: str) -> list[tuple[int, int, Concept]]:
    """Each part named after "swelling of", as its own swelling (span: the part's word; the first also covers
    "swelling of", so that no bare swelling is read there besides)."""
    out = []
    for m in _SWELLING_OF.finditer(low):
        spans, pos = [(m.start(), m.end(1), m.group(1))], m.end()
        while nxt := _NEXT_PART.match(low, pos):
            spans.append((nxt.start(1), nxt.end(1), nxt.group(1)))
            pos = nxt.end()
        out += [(a, b, Concept(f"{_SWELL_PART[w]} swelling", "", "")) for a, b, w in spans]
    return out


# "Is light bothering you? Noise?": the sense asked alone, after its pair
_SENSE_ALONE = re.compile(r"^\W*(?:and |or |what about |how about )?(?:loud |bright )?(noises?|sounds?|lights?)\W*$")


def phrase_mentions(low: str, sites: str, site_name: dict[str, str]) -> list[tuple[int, int, Concept]]:
    """Symptoms described in ``low`` (lower case), each as (start, end, concept); ``sites`` is the body-site
    alternation of symptoms.py and ``site_name`` its charted names ("ankles" -> "ankle")."""
    out = []
    for m in _site_state(sites).finditer(low):
        site = site_name.get(m.group(1), m.group(1))
        for word in [m.group(2), *re.findall(_STATE, m.group(3) or "")]:
            name = f"{site} {_STATE_NOUN[word]}"
            out.append((m.start(), m.end(), Concept(name, "", "")))
    for m in _radiation(sites).finditer(low):
        if not pain_travels(low, m.start("verb"), m.group("verb")):
            continue  # "the medicine goes down into the chest", "the rash spreads to her arm": no pain told
        for site in re.findall(rf"\b({sites})\b", m.group("sites")):
            out.append((m.start(), m.end(), Concept(f"{site_name.get(site, site)} pain", "", "")))
    for m in _BREATH_PAIN.finditer(low):
        out.append((m.start(), m.end(), Concept("pain with deep breathing", "", "")))
    for m in _SENSITIVE.finditer(low):
        for k in (1, 2):
            if m.group(k):
                name = "photophobia" if "light" in m.group(k) else "phonophobia"
                out.append((m.start(k), m.end(k), Concept(name, "", "")))
    if (m := _SENSE_ALONE.match(low)) and low.rstrip().endswith("?"):
        name = "photophobia" if "light" in m.group(1) else "phonophobia"
        out.append((m.start(1), m.end(1), Concept(name, "", "")))
    for m in _CONTROL.finditer(low):
        for organ in filter(None, m.groups()):
            name = "bladder incontinence" if organ == "bladder" else "bowel incontinence"
            out.append((m.start(), m.end(), Concept(name, "", "")))
    for m in _LOW_MOOD.finditer(low):
        out.append((m.start(), m.end(), Concept("depressed mood", "", "")))
    out += [(m.start(), m.end(), Concept("vomiting", "", "")) for m in _SICK_TIMES.finditer(low)]
    out += [(m.start(), m.end(), Concept("postnasal drip", "", "")) for m in _DRIP.finditer(low)]
    out += [(m.start(), m.end(), Concept("weight gain", "", "")) for m in _PUT_WEIGHT_ON.finditer(low)]
    out += [(m.start(), m.end(), Concept("inability to bear weight", "", "")) for m in _NO_WEIGHT.finditer(low)]
    return out + _part_swellings(low) + verb_mentions(low) + inability_mentions(low) + twitch_mentions(low)
