"""Prostate and bladder-outlet complaints in lay words, read only while passing urine is the topic.

A man with an enlarged prostate rarely says "hesitancy" or "post-void dribbling": he says the stream "is not
strong like before", that he has to "stand there and wait", "push", that "it just drips" after, that it feels
"like something is still in there". Alone, waiting, pushing and dripping are no symptom ("I had to wait for the
bus", "a dripping tap"), so each is read only when the sentence or the few before talk of urine (said in any
of its plain names: pee, wee, water, stream, flow). The same goes for the burning that the chest or the
stomach is said to have ("in my chest, like it burning"): heartburn only where the chest or the stomach is the
place said beside it.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept

# passing urine named in any of its plain words ("pass water", "the stream", "when I go", "waterworks")
_VOIDING = re.compile(
    r"\b(?:urin\w*|pee|peeing|pees|wee|weeing|wees|pass(?:ing)? water|the water|waterworks|stream|flow|"
    r"bladder|prostate|void\w*|micturi\w*)\b"
)
# ... but straining and waiting on the toilet are the bowel's where stool is the talk
_BOWEL = re.compile(r"\b(?:stools?|poo\w*|bowels?|constipat\w*|motions?|faeces|feces|poop\w*)\b")
_WHO = r"(?:i|mi|he|him|she|you)"
_MUST = r"(?:have to|having to|has to|had to|haffi|got to|gotta|need to|must)"
_READERS = (
    (
        # "the stream is weak", "weak flow", "it nah come out strong like one time", "doesn't come out strong"
        re.compile(
            r"\b(?:weak|slow|poor|thin|feeble)(?:er)? (?:stream|flow)\b"
            r"|\b(?:stream|flow)(?:'s| is| has been| was| got| getting| become)?(?: \w+)? "
            r"(?:weak|slow|poor|thin|feeble|weaker|slower|not (?:as )?(?:strong|good))\b"
            r"|\b(?:not|nah|doesn't|does not|don't|do not|won't|no longer)(?: \w+)? (?:come|comes|coming) out "
            r"(?:strong|properly|fast|with force)\b"
            r"|\b(?:comes?|coming) out (?:weak|slow|slowly|in a trickle)\b|\bjust (?:a )?trickles?\b"
        ),
        "weak urinary stream",
    ),
    (
        # "I have to stand there and wait", "mi haffi stand up there and wait", "takes a while to start"
        re.compile(
            rf"\b(?:{_MUST}|{_WHO}) (?:stand (?:up )?there and |stand and )?wait\b"
            r"(?! (?:for|till|until|to see|on) (?:the |my |an? |your )?"
            r"(?:doctor|results?|appointment|nurse|bus|call|turn|test|scan|report))"
            r"|\b(?:takes?|taking) (?:a while|a long time|long|time|ages|forever) (?:to|before it) "
            r"(?:start|starts|come|comes|get going|gets going)\b"
            r"|\b(?:hard|difficult|trouble|difficulty|slow) (?:to )?(?:get )?start(?:ing|ed)?\b"
        ),
        "urinary hesitancy",
    ),
    (
        # "and push...", "I have to strain to get it out" (not "push against my hand", nor "you push" of the
        # clinician's exam, nor "straining my urine" for a stone)
        re.compile(
            rf"\b(?:{_MUST}|i|mi|he|she|and|then) (?:push|strain)\b(?! (?:against|on|my|your|the|it up|up))"
            r"|\b(?:pushing|straining) (?:to|hard|to get)\b"
        ),
        "straining to urinate",
    ),
    (
        # "then it just a drip, drip", "it dribbles after", "a few drops come after"
        re.compile(
            r"\b(?:drip,? drip|dribbl(?:e|es|ing|ed)|(?:it )?drips\b|dripping after"
            r"|(?:few|some) drops (?:come|after|more))"
        ),
        "post-void dribbling",
    ),
    (
        # "like something still inna it", "not empty", "still feel full after"
        re.compile(
            r"\blike (?:something|some)(?: is)? still (?:in|inna|there|left)\b"
            r"|\b(?:not|never|doesn't feel|don't feel) (?:fully |completely |totally )?(?:empty|emptied)\b"
            r"|\bstill (?:feels? )?(?:full|something left)\b"
        ),
        "sensation of incomplete bladder emptying",
    ),
)
# burning said beside the chest or the upper stomach ("in my chest, like it burning", "burning here, in the
# chest"): heartburn, read in one clause so that "chest pain and burning feet" keeps each to its own
_CHEST_BURN = re.compile(
    r"\b(?:chest|breastbone|upper stomach|top of (?:my|the) stomach)\b(?:(?!pain|\band\b|\bor\b)[^.;?!]){0,16}"
    r"\b(?:burn|burning|burns)\b"
    r"|\b(?:burn|burning|burns)\b(?: \w+)?,? (?:here,? )?(?:in|into|up) (?:my|the) (?:chest|breastbone|throat)\b"
)


def voiding_mentions(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """The outlet complaints said in ``s`` in plain words while passing urine is the topic (the sentence or the
    five before), and heartburn told as burning beside the chest."""
    hits = [(m.start(), m.end(), Concept("heartburn", "", "")) for m in _CHEST_BURN.finditer(s.low)]
    near = sentences[max(0, s.index - 5) : s.index + 1]
    if not any(_VOIDING.search(x.low) for x in near) or any(_BOWEL.search(x.low) for x in near):
        return hits
    for pattern, name in _READERS:
        hits += [(m.start(), m.end(), Concept(name, "", "")) for m in pattern.finditer(s.low)]
    return hits
