"""Symptoms told by a verb in any of its forms, as people of every English say them.

The vocabulary (vocabulary.py) holds phrases, and a phrase list holds the forms someone once wrote down: "threw
up" but not "throw up" or "puking", "burning when I pee" but not "it burns like fire when I pee". These readers
take the whole paradigm of the verb instead: vomiting ("throw up", "puking", Australian "chucking up"), painful
voiding (burn / sting / hurt, in any form, when or while passing water by any name), a faint that nearly
happened ("like I might pass out"), a fever felt ("burning up"), voiding told by how often ("I'm going every
15 minutes", "forever running to the loo") and voiding at night said in any order ("up to the toilet overnight").
symptom_phrases.phrase_mentions adds them to the described symptoms.
"""

from __future__ import annotations

import re

from engine.clinical.vocabulary import Concept

# Every form of the verbs for vomiting; "spew" only with "up" (Australian "spewing" alone is also "furious").
_VOMIT = re.compile(
    r"\b(?:throw|throws|throwing|threw|thrown|chuck|chucks|chucking|chucked|spew|spews|spewing|spewed|"
    r"puke|pukes|puking|puked|barf|barfs|barfing|barfed|hurl|hurls|hurling|hurled) up\b"
    r"|\b(?:puke|pukes|puking|puked|barfing|barfed)\b(?! up)"
)
# Passing water by any name, after who does it ("when I pee", "while you're weeing", "as she passes urine").
_VOID = (
    r"(?:pee|pees|peeing|wee|wees|weeing|urinate|urinates|urinating|piss|pissing|"
    r"pass(?:es|ing)? (?:water|urine)|go to the (?:toilet|bathroom|loo)|goes to the (?:toilet|bathroom|loo))"
)
_WHO = r"(?:i|you|she|he|we|they)(?:'m|'re|'s| am| are| is)?"
# "It burns like fire when I pee", "stings when I wee", "hurts a lot while I'm urinating", "burning on passing
# urine", "sore to pee"
# (its "it" too, so that the vocabulary's shorter "it burns", a burning sensation, is not read besides)
_VOID_PAIN = re.compile(
    r"\b(?:(?:it|it's|that|this|that's|this is|it is|it's been) )?"
    r"(?:burn|burns|burning|burned|burnt|sting|stings|stinging|stung|hurt|hurts|hurting|sore|painful|smarts?|"
    r"smarting|kills|killing)"
    r"(?: (?:like (?:fire|hell|crazy|mad|anything|a bitch)|so bad|really bad|real bad|so much|a lot|a bit|"
    r"a little|badly|terribly|something awful))?"
    rf"(?: (?:when|while|whenever|as|after|every time) {_WHO} {_VOID}| (?:to|on|with) {_VOID})\b"
)
# A faint that nearly happened: "like I might pass out", "was going to faint", "nearly blacked out" (presyncope;
# the bare "pass out" of the vocabulary is syncope).
_NEAR_FAINT = re.compile(
    r"\b(?:might|could|would|'d|was going to|were going to|going to|gonna|about to|nearly|almost) "
    r"(?:have )?(?:pass(?:ed)? out|faint(?:ed)?|black(?:ed)? out|keel(?:ed)? over)\b"
)
# (not "burning up the leaves", "burnt up all the wood"; but "burning up all night" is the fever)
_FEVER_FELT = re.compile(
    r"\b(?:burning up|burnt up|burned up)\b(?! (?:the|my|your|a|some|that|this)\b)"
    r"(?! all (?!(?:night|day|weekend|week|evening|morning)\b))"
)
# "I'm going every 15 minutes", "been weeing every hour": voiding counted (numbers are digits in ``low``)
_VOID_OFTEN = re.compile(
    r"\b(?:i'm|i am|i've been|i have been|i keep|she's|he's|been|keep) (?:going|peeing|weeing|urinating|"
    r"running to the (?:toilet|bathroom|loo)) (?:like |about |maybe )?every (?:\d+|few|couple of|half an?) "
    r"(?:minutes|mins|hours?)\b"
)

# Off to the toilet often, by any verb and place ("I'm forever running to the loo", "going to the toilet a lot",
# "she keeps needing the bathroom", "up and down to the loo all day")
_TO_PLACE = r"(?:(?:going|go|goes|running|run|runs|nipping|dashing|popping|up and down) to|needing|need|needs) the "
_PLACE = r"(?:toilet|loo|bathroom|washroom|restroom)"
_VOID_LOTS = re.compile(
    rf"\b(?:forever|always|constantly|keep|keeps|kept) {_TO_PLACE}{_PLACE}\b"
    rf"|\b{_TO_PLACE}{_PLACE} (?:a lot|all the time|constantly|so much|so often|more often|more|loads|"
    r"every (?:hour|half hour|\d+ minutes)|all day)\b"
)

# Up at night to pass water, in any order of its parts: "up at night to wee", "up to the toilet overnight",
# "I get up two times at night to pee", "waking up in the night to go to the loo" (nocturia)
_UP = r"(?:(?:get|gets|getting|got|wake|wakes|waking|woke|woken)(?: up)?|up)"
# how many times, said any way: "twice", "2 or 3 times", "2, 3 times", "like 4 times", "3 times a night", and
# in words as a recogniser may write them ("three four times")
_N = r"(?:\d+|two|three|four|five|six)"
_TIMES = (
    rf"(?:like |about |maybe |around )?(?:once|twice|{_N}(?:(?:,| or|-| to)? ?{_N})? times?|a few times|"
    r"a couple (?:of )?times|several times)"
)
_A_NIGHT = r"(?:a|per|each|every) night"
_COUNT = rf"(?: {_TIMES}(?: {_A_NIGHT})?)?"
_NIGHT = r"(?:at night|in the night|overnight|during the night|every night|each night|at nighttime)"
# "wake up for the toilet"; Caribbean "fi" for "to" ("up in the night fi pass water"); "up 3 times a night
# for a wee"
_TO_VOID = rf"(?:(?:to|and|fi) {_VOID}|to go|(?:to|for) the (?:toilet|bathroom|loo|washroom)|for a (?:wee|pee|piss))"
# ... and the night said first: "at night I get up 2, 3 times to pee", "the night I'm up twice to the loo"
# ("in the night also, two times, three times I wake up for the toilet": the count said before the subject)
_NIGHT_FIRST = (
    rf"(?:{_NIGHT}|the night|nights),? (?:(?:also|too),? )?(?:{_TIMES},? ){{0,2}}(?:{_WHO} )?"
    r"(?:have to |need to |usually |always )?"
)
_NOCTURIA = re.compile(
    rf"\b{_UP}{_COUNT} {_NIGHT}{_COUNT} {_TO_VOID}\b|\b{_UP}{_COUNT} {_TO_VOID}{_COUNT} {_NIGHT}\b"
    # "I get up 3 times a night to go" (not "I wake up 4 times a night": waking, not voiding)
    rf"|\b{_UP} {_TIMES} {_A_NIGHT} {_TO_VOID}\b"
    rf"|\b{_NIGHT_FIRST}{_UP}{_COUNT} {_TO_VOID}\b"
)

# ... and the visits counted after the place, with the verb left out: "at night, bathroom, 2, 3 times", "at
# night I go to the toilet twice", Spanish "baño" inside English
_NOCTURIA_PLACE = re.compile(
    rf"\b{_NIGHT},? (?:{_WHO} )?(?:(?:go|goes|going|have to go|need to go|run|get up and go) )?(?:to the )?"
    rf"(?:toilet|bathroom|loo|washroom|baño|bano)\W+{_TIMES}(?: {_A_NIGHT})?"
)
# Waking in the small hours and not sleeping again ("I wake at 4 and can't get back to sleep", "I wake up at 3,
# 4, and no more sleep", "at 2 o'clock I'm awake", "I wake up way too early"): early morning awakening. The
# hour is a digit in ``low``; only 1 to 5 (waking at 7 is morning).
_SMALL_HOUR = r"(?:[1-5](?:(?:,| or|-| to)? ?[1-5])?(?::\d\d)?(?: ?(?:am|a\.m\.|o'clock))?(?: in the morning)?)"
_NO_MORE_SLEEP = (
    r"(?:can't|cannot|couldn't|can not|not able to|unable to|never|don't|doesn't) (?:get |go |fall )?(?:back )?"
    r"(?:to )?(?:sleep|asleep)|no more sleep|that's it|(?:i'm|i am|i stay) (?:wide )?awake|lie there|lying there"
)
_EARLY_WAKE = re.compile(
    rf"\b(?:wake|wakes|waking|woke|awake|awaken)(?: up)?(?: (?:at|around|about|by))? {_SMALL_HOUR}\b"
    rf"(?=[^.;?!]{{0,40}}?\b(?:{_NO_MORE_SLEEP}))"
    # (not "about 4 in the morning I was up being sick": up for something else)
    rf"|\b(?:at )?{_SMALL_HOUR},? (?:i'm|i am|she's|he's|i was) (?:wide )?(?:awake|up)\b"
    r"(?! (?:being|to|with|for|because|sick|vomiting|throwing|feeding|again|and (?:being|throwing|vomiting)))"
    r"|\b(?:wake|wakes|waking|woke)(?: up)? (?:way |really |much |very |so )?too early\b"
    r"|\bearly morning (?:awakening|waking)\b"
)

# A night's risings counted, said as the answer to a question that asked about passing water at night
# ("At night I get up two times.", "1 time, 2 time at night.", "I get up twice a night"): alone, a count of
# wakings may be sleep, not the bladder, so it is read only where nocturia was asked.
NIGHT_COUNT = re.compile(
    rf"\b{_UP} {_TIMES}\b|\b{_TIMES}(?:,? {_TIMES})* (?:{_A_NIGHT}|{_NIGHT})\b"
    rf"|\b{_NIGHT},? (?:{_WHO} )?{_UP} {_TIMES}\b"
    # the count said first, then the rising ("two three times i get up"), as Hindi and Urdu order it
    rf"|\b{_TIMES},? (?:{_WHO} )?{_UP}\b"
)

_READERS = (
    (_VOMIT, "vomiting"),
    (_VOID_PAIN, "painful urination"),
    (_NEAR_FAINT, "presyncope"),
    (_FEVER_FELT, "fever"),
    (_VOID_OFTEN, "frequent urination"),
    (_VOID_LOTS, "frequent urination"),
    (_NOCTURIA, "nocturia"),
    (_NOCTURIA_PLACE, "nocturia"),
    (_EARLY_WAKE, "early morning awakening"),
)


def verb_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms told by a verb in ``low`` (lower case), each as (start, end, concept)."""
    return [(m.start(), m.end(), Concept(name, "", "")) for rx, name in _READERS for m in rx.finditer(low)]
