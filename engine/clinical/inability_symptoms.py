"""Symptoms told as something the patient can no longer do: "I can't make a fist", "she's not able to climb the
stairs", "turning over in bed is harder than it used to be", "I can't go as far as I used to".

Patients tell a loss of function by the activity, not by a name, and annotators chart it by the activity
("inability to make a fist", "difficulty climbing stairs", "difficulty raising arms", "decreased exercise
tolerance"). The vocabulary holds a few fixed phrases ("can hardly walk"); these readers take any way of saying
the limit (a modal, "trouble / a hard time / struggle", "hard to", the activity put first) with any activity of
the list. Polarity is ConText's: "no trouble walking" stays a denial and "any trouble with the stairs?" a
question for its answer to settle.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import OTHER_PERSON
from engine.clinical.vocabulary import Concept

_WHO = r"(?:me|her|him|them|you)"
# A modal limit before the bare verb: "can't", "not able to", "can hardly", "struggles to"
_CANNOT = (
    r"(?:can't|cannot|can not|couldn't|could not|(?:can|could)(?:'t)? (?:hardly|barely|only just)|"
    r"unable to|not able to|no longer able to|not been able to|struggl(?:e|es|ed|ing) to)"
)
# A limit named before the gerund: "trouble climbing", "a hard time getting up", "difficulty with walking"
_TROUBLE = r"(?:trouble|difficulty|difficulties|a hard time|a tough time|problems?|struggl(?:e|es|ed|ing))(?: with)?"
# A limit said as hard: "hard to walk", "harder for her to get up"
_HARD = rf"(?:hard|harder|difficult|tough|tougher)(?: for {_WHO})? to"
_FILL = r"(?: (?:really|even|quite|properly|fully|always|easily|very well|at all))?"
_POSS = r"(?:my|her|his|the|your|their|both|either)"
_SEAT = r"(?:a|the|my|her|his|your) (?:chair|seat|couch|sofa|toilet|armchair)"

# (bare verb, gerund, name charted): the activities annotators chart as a symptom when they are lost
_ACTIVITIES = (
    # not "walk on it" (weight not borne, symptom_phrases) nor "walk as far as I used to" (tolerance, below)
    (r"walk(?! on\b| as (?:far|fast|long|much)\b)", r"walking(?! on\b)", "difficulty walking"),
    (
        r"(?:climb|go up|get up|walk up|manage) (?:the |any |a flight of |flights of )?stairs",
        r"(?:climbing|going up|getting up|walking up) (?:the |any |a flight of |flights of )?stairs",
        "difficulty climbing stairs",
    ),
    (
        rf"(?:make a fist|close {_POSS} (?:right |left )?hands?)",
        rf"(?:making a fist|closing {_POSS} (?:right |left )?hands?)",
        "fist",
    ),
    (
        rf"(?:lift|raise|get|put) {_POSS} (?:right |left )?arms?(?: (?:up|above|over|past)\b)?",
        rf"(?:lifting|raising|getting|putting) {_POSS} (?:right |left )?arms?(?: (?:up|above|over|past)\b)?",
        "arm",
    ),
    (
        rf"(?:get|stand|rise) up (?:out of|from|off) {_SEAT}|get out of {_SEAT}",
        rf"(?:getting|standing|rising) up (?:out of|from|off) {_SEAT}|getting out of {_SEAT}",
        "difficulty rising from a chair",
    ),
    (r"turn over in bed|roll over in bed", r"(?:turning|rolling) over in bed", "difficulty turning over in bed"),
    (
        r"read (?:the )?(?:small|fine) print",
        r"reading (?:the )?(?:small|fine) print",
        "difficulty reading small print",
    ),
)


def _name(key: str, said: str, cannot: bool) -> str:
    if key == "fist":
        # "can't make a fist" is charted as the inability, "trouble making a fist" as a difficulty
        return "inability to make a fist" if cannot else "difficulty making a fist"
    if key == "arm":
        return "difficulty raising arms" if re.search(r"\barms\b|\bboth\b", said) else "difficulty raising arm"
    return key


_READERS = []
for _verb, _gerund, _key in _ACTIVITIES:
    # (a stuttered "I can't, I can't hardly get my arms up" is read from its first "can't", which would
    # otherwise stand outside as a negation of the second)
    _READERS.append(
        (
            re.compile(rf"\b(?:(?:can't|cannot|couldn't),? (?:i |she |he )?){{0,2}}{_CANNOT}{_FILL} (?:{_verb})\b"),
            _key,
            True,
        )
    )
    _READERS.append((re.compile(rf"\b(?:{_TROUBLE}|{_HARD}){_FILL} (?:{_gerund}|{_verb})\b"), _key, False))
    # the activity first: "Turning over in bed is harder than it used to be", "walking's been really tough"
    _READERS.append(
        (
            re.compile(
                rf"\b(?:{_gerund})(?:'s| is| has been| has gotten| has got| gets| got| was)"
                rf"(?: (?:really|so|a lot|much|more|a bit|a little|very|quite|getting|become))*"
                r" (?:hard|harder|difficult|tough|tougher|a struggle|a problem)\b"
                rf"|\b(?:{_gerund}),? (?:i am|i'm|i've been|she's|she is|he's|he is) having (?:some |real |a lot of )?"
                r"(?:difficulty|trouble|difficulties)\b"
            ),
            _key,
            False,
        )
    )

# Less exercise than before: "I can't go as fast as I used to", "can't walk as far as she could", "my exercise
# tolerance is down", "I get winded sooner than I used to" (there only the comparison is read, so that the
# vocabulary's breathlessness is still read on "winded").
_TOLERANCE = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|not able to|unable to) "
    r"(?:walk|go|run|ride|swim|exercise|cycle|bike|jog|hike|do)(?: \w+)? as (?:far|fast|long|much|many \w+) "
    r"as (?:i|she|he|they|we) (?:used to|could|did)\b"
    r"|\bexercise tolerance (?:is |has )?(?:been |gone |got |gotten )?(?:down|decreased|reduced|worse|less|lower)\b"
    r"|\b(?:winded|out of breath|short of breath|breathless|puffed)"
    r" (?P<cmp>(?:a lot |much |so )?(?:sooner|quicker|faster|more quickly|more easily|easier) than (?:i|she|he) "
    r"(?:used to|did|was)\b)"
)


# In the patient's own words "she" and "he" are someone else (a relative's inability charted as the patient's is
# the worse error); said by a companion ("other"), they are the patient, see ``companion_inabilities``.
_OTHER_SUBJECT = re.compile(r"\b(?:she|he|they|she's|he's|they're|mum|mom|dad|wife|husband)\s*$")
_PATIENT_SUBJECT = re.compile(r"\b(?:she|he|she's|he's)\s*$")


def inability_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Activities ``low`` (lower case) says the patient cannot do or does with difficulty, each as (start, end,
    concept) named as annotators chart the loss."""
    out = _inabilities(low, lambda before: not _OTHER_SUBJECT.search(before))
    for m in _TOLERANCE.finditer(low):
        a, b = m.span("cmp") if m.group("cmp") else m.span()
        out.append((a, b, Concept("decreased exercise tolerance", "", "")))
    return out


def companion_inabilities(low: str) -> list[tuple[int, int, Concept]]:
    """The inabilities a companion's sentence ``low`` tells with "she" or "he" as subject: a parent's "he can't
    put weight on his ankle" of the child brought in, a spouse's "she can't get up out of a chair". The one who
    came with the patient speaks of the patient, whom ``inability_mentions`` cannot tell from a relative."""
    return _inabilities(low, lambda before: bool(_PATIENT_SUBJECT.search(before)))


def names_another(text: str) -> bool:
    """Whether a companion's (lower-cased) turn names someone other than the patient, whom its "he" or "she"
    may then be: "Her grandpa lives with us. Since his stroke he can't walk."."""
    return bool(_ANOTHER.search(text))


_ANOTHER = re.compile(
    r"\b(?:grandpa|grandma|grandfather|grandmother|granddad|nan|gran|uncle|aunt|cousin|neighbou?r|friend|"
    rf"(?:her|his|my) (?:{OTHER_PERSON}))\b"
)


def _inabilities(low: str, subject_ok) -> list[tuple[int, int, Concept]]:
    out = []
    for pattern, key, cannot in _READERS:
        for m in pattern.finditer(low):
            if subject_ok(low[max(0, m.start() - 12) : m.start()]):
                out.append((m.start(), m.end(), Concept(_name(key, m.group(), cannot), "", "")))
    return out
