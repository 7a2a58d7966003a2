"""A question about how something works, answered badly: "How are you sleeping?" "Terribly." is insomnia.

Clinicians ask about sleep, energy, appetite and mood without naming a symptom, so the vocabulary finds nothing
to answer. A bad answer names the symptom; a good one ("Fine.") is seldom charted as a denial, so it adds
nothing (a miss costs less than a denial nobody charted).
"""

from __future__ import annotations

import re

from engine.clinical.context import contract
from engine.clinical.sentences import Sentence

_WHO = r"(?:you|she|he|they)"
_YOUR = r"(?:your|her|his|their)"
# question -> the symptom a bad answer tells
_FUNCTIONS = (
    (
        re.compile(
            rf"\b(?:are|is|have) {_WHO}(?: been)? sleeping (?:okay|ok|well|alright|all right)\b"
            rf"|\bhow(?:'s| is| has| have)? (?:{_WHO} been |{_YOUR} )?(?:are {_WHO} )?sleep(?:ing)?\b"
        ),
        "insomnia",
    ),
    (re.compile(rf"\bhow(?:'s| is| has been)? {_YOUR} energy\b"), "fatigue"),
    # "Do you still enjoy things?" "No.": the pleasure asked of, by every verb for it (anhedonia)
    (
        re.compile(
            rf"\b(?:do|does|are|is|have|has|can) {_WHO}(?: been)? (?:still (?:enjoy(?:ing)?|interested in)|"
            rf"(?:enjoy(?:ing)?|interested in) (?:\w+ )?(?:things|anything|life|hobbies|activities|stuff|doing)|"
            rf"(?:still )?(?:get|getting|find|finding|take|taking) (?:any )?(?:pleasure|joy|enjoyment)|"
            rf"(?:still )?look(?:ing)? forward to (?:things|anything))\b"
        ),
        "anhedonia",
    ),
    # "Concentration at work?" "Kind of hard.", "How's your memory?" "Not great.", "How's your mood?" "Low."
    (
        re.compile(rf"^\W*(?:(?:and|so|how's|how is|what about) )?(?:{_YOUR} )?concentration\b"),
        "difficulty concentrating",
    ),
    (re.compile(rf"\bhow(?:'s| is| has been)? {_YOUR} memory\b"), "memory loss"),
    # "At night, are you able to lie flat?" "Not really.": breathless lying down (not "lie flat for me" on the couch)
    (
        re.compile(
            rf"\b(?:(?:are|is) {_WHO} able to|can {_WHO}|(?:do|does) {_WHO}) (?:lie|lay|sleep)(?: down)? flat\b"
            r"(?! (?:for me|on (?:the|your|his|her) (?:back|stomach|front|tummy|belly|table|couch|bed)))"
        ),
        "orthopnea",
    ),
    (re.compile(rf"\bhow(?:'s| is| has been)? {_YOUR} mood\b"), "depressed mood"),
    (
        re.compile(
            rf"\bhow(?:'s| is| has been)? {_YOUR} appetite\b"
            rf"|\b(?:are|is) {_WHO} eating(?: (?:okay|ok|well|alright))?\W*$"
        ),
        "loss of appetite",
    ),
)
# "Are you able to focus in class?" "Not really.", "Can he put weight on it?" "No.": an activity asked as one the
# patient can do, answered no, is the difficulty annotators chart (inability_symptoms.py reads it said outright)
_ABLE = rf"\b(?:(?:are|is) {_WHO}(?: still)? able to|(?:have|has) {_WHO}(?: still)? been able to|can {_WHO}(?: still)?)"
_LIMB = rf"(?:it|that|{_YOUR} (?:right |left )?(?:leg|foot|ankle|knee|hip))"
_FUNCTIONS += (
    # (not the eye exam's "can you focus on my finger")
    (re.compile(rf"{_ABLE} (?:focus|concentrate)\b(?! on (?:my|the|this|that)\b)"), "difficulty concentrating"),
    (
        re.compile(rf"{_ABLE} (?:walk|put (?:any |much )?weight|bear weight|stand) on {_LIMB}"),
        "inability to bear weight",
    ),
    (re.compile(rf"{_ABLE} walk\b(?! on| me| us| through)"), "difficulty walking"),  # not "walk me through it"
    (
        re.compile(rf"{_ABLE} (?:climb|go up|get up|manage|do) (?:the |any |your )?stairs\b"),
        "difficulty climbing stairs",
    ),
    (re.compile(rf"{_ABLE} swallow\b"), "difficulty swallowing"),
    (
        re.compile(rf"{_ABLE} (?:get|stand) up (?:out of|from|off) (?:a|the|{_YOUR}) chair\b"),
        "difficulty rising from a chair",
    ),
)
# The same five asked another way: "And in the day, your mood, how would you describe it?", "What's your appetite
# like?", "And your energy?" (the thing named, then how; or a bare fragment put as a question)
_TOPIC_WORDS = (
    ("mood", "depressed mood"),
    ("energy", "fatigue"),
    ("appetite", "loss of appetite"),
    ("memory", "memory loss"),
    ("sleep", "insomnia"),
)
_FUNCTIONS += tuple(
    (
        re.compile(
            rf"\b{_YOUR} {word}\b,?[^.?!]{{0,30}}\bhow\b[^.!]*\?|\bwhat(?:'s| is) {_YOUR} {word} like\b"
            rf"|^\W*(?:(?:and|so|what about|how about),? )?{_YOUR} {word}\W*\?\W*$"
        ),
        name,
    )
    for word, name in _TOPIC_WORDS
)
# A good answer first: "not bad" is fine, "not great" is not.
_GOOD = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|honestly),?\s+)*(?:fine|good|great|okay|ok|well|alright|all right|normal|not bad|"
    r"pretty (?:good|well|normal)|it's (?:fine|good|okay|ok|normal)|like a (?:log|baby)|yes|yeah|yep|same as always|"
    r"no (?:problems?|issues?|complaints?|trouble|changes?)|nothing wrong|never better|can't complain|"
    r"i can't complain|better|much better)\b"
)
_BAD = re.compile(
    r"\b(?:terrible|terribly|bad|badly|poor|poorly|awful|awfully|lousy|rough|crappy|horrible|low|"
    r"not (?:great|good|well|so good|too good|very good|much|really)|no\b|nope|"
    r"wake up|waking up|keep waking|up all night|can't|cannot|hardly|barely|hard|difficult|struggl\w*|flat|down|"
    # British and plain words for spent: "How's your energy?" "Knackered.", "Wiped, honestly."
    r"wiped|knackered|shattered|exhausted|drained|zonked|dead on my feet|running on empty|zero|none|"
    # a thing not done, or done only in part: "He refuses food.", "Not all the way.", "Only slowly."
    r"refus\w*|won't|doesn't want|didn't want|not (?:eating|all the way|very (?:far|well))|isn't eating|slowly|"
    r"with (?:help|difficulty))"
)


# "How are you sleeping?" "No, I don't wake up too early.": the "no" denies a trouble the patient guessed at
_NO_TROUBLE = re.compile(
    r"^\W*(?:no|nope|nah)\b[^.?!]{0,15}?\b(?:i don't|i do not|i'm not|i am not|i never|i haven't|not really|"
    r"it's fine|i'm fine|(?<!not )(?<!not so )(?<!not too )(?:fine|okay|good|happy|great))\b"
)

# "No.", "Not really.", "No, not at all.": a no and nothing of the function itself ("No energy at all." is bad)
_BARE_NO = re.compile(r"^\W*(?:no|nope|nah|not really|not at all|never)\b(?:\W*$|\s*[,.!;])")

# (a bare topic, "And your mood?", asks openly too)
_OPEN = re.compile(rf"\b(?:how|what)\b|^\W*(?:(?:and|so),? )?{_YOUR} \w+\W*\?\W*$")


_GOOD_STATE = re.compile(r"(?<!not )\b(?:okay|ok|good|fine|alright|all right|normal|enjoy\w*|well|sleeping through)\b")


# "How's your mood?" "Up and down.", "What are your periods doing?" "All over the place.": an answer that says it
# keeps changing tells swings of mood or irregular periods (not a low mood: "down" here is half of a swing)
_ERRATIC = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|honestly|god|ugh),?\s+)*(?:(?:it's|it is|they're|they are|it's been|they've been|"
    r"it has been|they have been|my mood's|my mood is|been)\s+)?(?:a bit |really |quite |pretty |so |just )?"
    r"(?:up and down|all over the place|all over the shop|everywhere|erratic|irregular|haywire|unpredictable|"
    r"hit and miss|a rollercoaster|a roller coaster)\b"
)
_PERIODS_ASKED = re.compile(
    rf"\b(?:what|how)(?:'s| is| are| have| has)? {_YOUR} periods?\b|\b{_YOUR} periods?\b[^.!?]*\?"
    r"|\bperiods?\s+(?:been\s+)?(?:doing|like)\b[^.!?]*\?"
)


_FILLER_ONLY = re.compile(r"\W*(?:(?:honestly|really|to be honest|i'd say|i guess|lately|recently|doc|doctor)\W*)*")


def _erratic(question: str, answer: str) -> str:
    """The symptom an answer that says "up and down" tells of the function asked (mood or periods), or ""."""
    # only the whole answer: "Up and down, honestly, mostly down lately" tells of low mood, read as a bad answer
    if not (m := _ERRATIC.match(answer)) or not _FILLER_ONLY.fullmatch(answer[m.end() :]):
        return ""
    if any(name == "depressed mood" and q.search(question) for q, name in _FUNCTIONS):
        return "mood swings"
    return "irregular periods" if _PERIODS_ASKED.search(question) else ""


def function_answers(sentences: list[Sentence], s: Sentence) -> tuple[str, Sentence] | None:
    """(symptom, answer sentence) when the clinician's ``s`` asks how sleep, energy or appetite are and the
    other speaker's next sentence answers badly ("How's your energy?" "Pretty low, honestly.")."""
    if s.segment.speaker in ("patient", None) or s.index + 1 >= len(sentences):
        return None
    nxt = sentences[s.index + 1]
    # "Do you still enjoy things? Football, church?": the examples asked after the question in the same turn
    # wait with it for the answer
    closed = nxt.low.rstrip().endswith("?") and not s.other_speaker(nxt) and s.index + 2 < len(sentences)
    # "How's your energy? Is it okay?" "Not really.": a closed question of the good state, whose no tells the bad
    asks_good = closed and bool(_GOOD_STATE.search(nxt.low))
    if closed:
        nxt = sentences[s.index + 2]
    if not s.other_speaker(nxt) or len(nxt.low) > 80:
        return None
    answer = contract(nxt.low)
    if erratic := _erratic(s.low, answer):
        return erratic, nxt
    if _GOOD.match(answer) or not _BAD.search(answer[:40]) or _NO_TROUBLE.match(answer):
        return None
    # "How's your mood? Feeling down, or hopeless?" "Not really.": a bare no answers the yes-or-no question asked
    # last (a denial of low mood), never the open one before it; "Do you still enjoy your hobbies? Gardening,
    # cards?" "Not really." asks yes or no first, and the no answers that
    if closed and _BARE_NO.match(answer) and _OPEN.search(s.low) and not asks_good:
        return None
    for question, name in _FUNCTIONS:
        if question.search(s.low):
            return name, nxt
    return None


# "Is he peeing like normal?" "Yes, normal.", "Wet nappies?" "Yes, plenty.": the output asked as kept, answered
# well, is a denial that annotators of sick children and of fluid loss chart (decreased urine output). Only when
# the question asks whether it is normal: "Are you peeing a lot?" asks of frequency.
_OUTPUT_ASKED = re.compile(
    r"\b(?:peeing|weeing|urinating|passing urine|making urine)"
    r"(?: (?:like|as))? (?:normal|normally|ok|okay|fine|all right|alright|enough|the same|as usual|like usual)\b"
    r"|\bwet (?:diapers|nappies)\b"
)


def output_kept(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The other speaker's answer when the clinician's ``s`` asks whether urine output is normal and it is answered
    well ("Yes, normal."): decreased urine output is denied there."""
    if s.segment.speaker in ("patient", None) or s.index + 1 >= len(sentences) or not _OUTPUT_ASKED.search(s.low):
        return None
    nxt = sentences[s.index + 1]
    if not s.other_speaker(nxt) or len(nxt.low) > 80:
        return None
    answer = contract(nxt.low)
    return nxt if _GOOD.match(answer) and not _BAD.search(answer[:40]) and not LESS_OUTPUT.search(answer) else None


# "Yes, just two today.", "a bit less than usual": output that is there but down is no normal output
LESS_OUTPUT = re.compile(
    r"\b(?:less|fewer|not as (?:much|many|often)|only|just (?:a |an |\d|one|two|three)|hardly|barely|"
    r"a (?:few|couple)|[0-3] (?:wet|today|a day|since))\b"
)
