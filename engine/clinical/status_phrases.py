"""A drug's status said away from the cue right before it: after its name, after a list, or a sentence earlier.

"Benadryl and meclizine stopped, vitamin D started", "the amlodipine stays", "the Pyralgin and the Ibuprom,
stop both", "metformin, keep taking it", "I'm putting you on something for pain. Tramadol, 50 mg". Read by
medications.py; moved out of medication_phrases.py, which keeps the words around a drug.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.sentences import Sentence
from engine.clinical.status_cues import status_before, status_cue

# a recap that puts the status after each drug: "Benadryl and meclizine stopped, vitamin D started"
_STATUS_AFTER = re.compile(
    r"^\W{0,3}(started|new|stopped|discontinued|held|increased|decreased|reduced|changed|continued|unchanged)\b"
)
_AFTER_STATUS = {
    "started": "started",
    "new": "started",
    "stopped": "stopped",
    "discontinued": "stopped",
    "held": "stopped",
    "increased": "changed",
    "decreased": "changed",
    "reduced": "changed",
    "changed": "changed",
    "continued": "active",
    "unchanged": "active",
}


# the drug as the subject of a plan: "first the hydrochlorothiazide stops ... the amlodipine stays", "the
# oxybutynin stops too"; never with an object or more words after ("stops the pain", "stops working", "stays
# in your system")
_SUBJECT_STATUS = re.compile(
    r"^\W{0,3}(?:(?P<stop>stops|is stopping|is stopped|comes off|is coming off)|"
    r"(?P<keep>stays|is staying|continues|carries on|stays the same|stays as (?:it is|is)))"
    # (not "stops it" or "stops that": there the drug stops the symptom; "stops too, it dries you out" is a
    # new clause)
    r"(?:\s+(?:too|also|as well|now|today|for now|then)(?=\s*(?:[,.;!]|$)|\s+[a-z])|"
    r"(?=\s*(?:[,.;!]|$)|\s+(?:and|because|since|as|so|that's|it's|but|then)\b))"
)


def status_after(own: str) -> str | None:
    """The status a recap says right after the drug's name ("vitamin D started", "the amlodipine stays"), if
    it does."""
    if m := _STATUS_AFTER.match(own):
        return _AFTER_STATUS[m.group(1)]
    if m := _SUBJECT_STATUS.match(own):
        return "stopped" if m.group("stop") else "active"
    return None


def shared_status_after(low: str, drugs: list[tuple[int, int, str]], k: int) -> str | None:
    """The status said after the last drug of a plain list that drug ``k`` begins: "Benadryl and
    meclizine stopped" stops both."""
    for j in range(k + 1, len(drugs)):
        if not re.fullmatch(r"\s*(?:,|and|, and|or)\s*(?:the\s+)?", low[drugs[j - 1][1] : drugs[j][0]]):
            return None
        end = drugs[j + 1][0] if j + 1 < len(drugs) else len(low)
        if found := status_after(low[drugs[j][1] : end]):
            return found
        # "the Pyralgin and the Ibuprom, I'd like you to stop both": a verb whose object is all of them
        if j + 1 == len(drugs) and _ALL_OF_THEM.match(low, drugs[j][1]):
            return status_cue(low[drugs[j][1] : end])
    return None


_ALL_OF_THEM = re.compile(
    # (not "my sister stopped both of hers": another person's verb)
    rf"(?:(?!n't\b|\bnot\b|\bnever\b|\b(?:{lexicon.OTHER_PERSON})\b)[^.;?]){{0,40}}?"
    r"\b(?:stop|start|continue|keep|hold)\w*\s+(?:taking\s+)?(?:them\s+)?(?:both|all(?: of them| three)?)\b"
    r"(?!\s+of\s+(?:hers|his|theirs)\b)"
)


# "And a GTN spray.", "Also some Ventolin.", "Plus the vitamin D.": the next item of the list the last
# sentence began, with nothing of its own between the joining word and the drug
_LIST_GOES_ON = re.compile(r"\W*(?:(?:and|also|plus)\W+)+(?:(?:a|an|some|the|your)\s+)?$")


def status_carried(sentences: list[Sentence], s: Sentence, a: int) -> str | None:
    """The status the speaker's sentence before gives the drug at ``a`` said without a verb of its own: the
    verb of a sentence that names no drug ("I'm putting you on something for pain. Tramadol, 50 mg"), or of
    one that began a list this sentence goes on with ("I'm starting aspirin 75 mg. And a GTN spray.")."""
    if s.index == 0 or (prev := sentences[s.index - 1]).segment.speaker != s.segment.speaker:
        return None
    if (
        s.index >= 2
        and (cut := _FALSE_START.fullmatch(prev.low))
        and s.low[a:].startswith(cut.group(1))  # the name begun is the one said next ("Well..." is none)
        and sentences[s.index - 2].segment.speaker == prev.segment.speaker
    ):
        prev = sentences[s.index - 2]  # "Mi stop the water pill, doc. The hydrochloro... hydrochlorothiazide."
    named = lexicon.find_drugs(prev.low)
    if not named:
        carried = status_cue(prev.low)
        # "That one the cardiologist stopped last year. Only aspirin is enough.": a stop said of a drug named
        # before ("it", "that one") is that drug's, never the next drug's
        return None if carried == "stopped" and _BACK_REFERENCE.search(prev.low) else carried
    if _LIST_GOES_ON.fullmatch(s.low[:a]) and status_cue(prev.low) == "started":
        return "started"
    # "Given he needs the Ventolin most weeks, he should go back on a preventer. Flixotide, two puffs ...": the
    # sentence's last verb is for a drug it leaves unnamed, which this one names first
    tail = prev.low[named[-1][1] :]
    if _UNNAMED_LAST.search(tail) and _NAMED_FIRST.fullmatch(s.low[:a]):
        return status_before(tail)
    return None


# a name begun and cut off, to be said again whole: "The hydrochloro...", "the, um, metfor-"
_FALSE_START = re.compile(r"\W*(?:(?:the|a|an|my|um|uh|er)\W+)*([a-z]{3,})(?:\.\.\.|…|-)\W*")
_BACK_REFERENCE = re.compile(r"\b(?:it|that|that 1|this 1|them|those|these)\b")
_UNNAMED_LAST = re.compile(r"\b(?:a|an|some|something|another)\b(?:[\s-]+[a-z]+){0,4}\W*$")
_NAMED_FIRST = re.compile(r"\W*(?:(?:so|okay|ok|right|it's|that's|the|a|an|some)\W+)*")


def cue_after(own: str) -> str | None:
    """The status a cue in the words after a drug gives it ("metformin, keep taking it"), read in whole words
    within 50 characters; not a start whose object is another drug left unnamed ("the Ventolin most weeks,
    so he should go back on a preventer": the preventer starts, not the Ventolin)."""
    text = re.match(r".{0,50}\w*", own, re.S).group()
    status = status_cue(text)
    if status == "started" and _UNNAMED_OBJECT.search(own[:90]):
        return None
    if status == "stopped" and _OTHERS_STOPPED.search(text):
        return None  # "naproxen, paracetamol, and stop the Romanian ones": the others stop
    return status


_OTHERS_STOPPED = re.compile(
    r"\b(?:stop|stopping|drop|come off|quit)\s+(?:all\s+)?(?:the|those)\s+(?:\w+\s+)?(?:ones|others|rest)\b"
)


_UNNAMED_OBJECT = re.compile(
    r"\b(?:go back on|put (?:you |him |her )?(?:back )?on|start\w*|add\w*|try|restart\w*)\s+"
    r"(?:you |him |her )?(?:on )?(?:a|an|another|something)\b"
)


# a stop said with the verb split around the name: "I'll take the carbocisteine off", "take the Nexium off your
# repeats"; never a patch or cream taken off at night, or "take the ibuprofen off and on"
# ... and a drug left off: "then we'll leave the gabapentin off", "let's keep the spironolactone 25 off for now"
_TAKE_BEFORE = re.compile(r"\b(?:take|taking|leave|leaving|keep|keeping)\s+(?:the\s+|your\s+|her\s+|his\s+)?$")
_OFF_AFTER = re.compile(
    r"\W{0,3}(?:\d+(?:\.\d+)?\s*(?:mg|milligrams?)?\s+)?(?:(?:capsules?|tablets?|pills?|inhalers?|one|ones)\s+)?off"
    r"(?=\s*(?:[.,;!]|$)|\s+(?:your|the|her|his)\s+(?:repeats?|list|prescriptions?|records?|medications?|meds|"
    r"medicines?)\b|\s+(?:for now|now|completely|altogether|then|for good)\b)"
)


_DONT = re.compile(r"\b(?:don't|do not|never|wouldn't|would not|can't|cannot|won't|shouldn't|mustn't|not)\b")
_SWITCHED_TO = re.compile(
    r"\b(?:switch|change)\w* (?:you |her |him )?from (?:the |your )?[^.;]{1,30}? to (?:the |your )?$"
)


def split_status(before: str, own: str, clinician: bool) -> str | None:
    """The status a cue split around the drug's name gives it: "switch you from lisinopril to losartan" starts
    losartan; the clinician's "I'll take the carbocisteine off" stops it."""
    if _SWITCHED_TO.search(before):
        return "started"
    if clinician and _TAKE_BEFORE.search(before) and _OFF_AFTER.match(own) and not _DONT.search(before[-45:]):
        return "stopped"  # (not "don't leave the metformin off", "you can't keep the insulin off")
    return None
