"""Findings the patient answers during the exam: "Does it hurt when I press here?" "Yes."

Examining is often a dialogue: the clinician presses or moves a part and asks whether it hurts, and the
answer is the finding (tenderness to palpation, pain with movement, or their absence). Only a question
asked while examining counts, and only when the very next turn is the patient's yes or no.
"""

from __future__ import annotations

import re

from engine.clinical.exam_site_names import site_name
from engine.clinical.exam_sites import Where, site_in
from engine.clinical.sentences import Sentence

_HURTS = re.compile(
    r"\b(?:(?:does|did|do|would|will) (?:that|this|it|you) (?:hurt|bother|feel (?:tender|sore|painful))|"
    r"(?:is|was) (?:that|this|it) (?:tender|sore|painful)|any (?:pain|tenderness)|"
    # "tell me if it hurts", "it hurts here, right?"
    r"(?:tell me|let me know) (?:if|when|where) (?:that|this|it) (?:hurts|is (?:tender|sore|painful))|"
    r"(?:that|this|it) hurts(?: \w+){0,2},? right)\b"
)
# The clinician pressing is palpation; moving the part (or the patient pushing against a hand) is motion.
_PRESS = re.compile(
    r"\b(?:when|if|where) i (?:press|push|palpate|touch|tap|squeeze)|\bpress(?:ing)? (?:on|here|there)\b|"
    # "let me press on your back. Does that hurt?": the press said just before; "any pain here?" while
    # feeling a part
    r"\b(?:let me|i'm going to|i'm gonna|i'll|going to) (?:press|push|feel|palpate|poke)\b|"
    r"\bany (?:pain|tenderness)(?: right)? (?:here|there)\b"
)
_MOVE = re.compile(
    r"\b(?:move|moving|bend|bending|flex|straighten|extend|rotate|twist|lift|raise|pull|push (?:your|it|against|out)|"
    r"turn)\b"
)
_YES_WORDS = (
    r"yes|yeah|yep|yup|uh-huh|mhm|mm-hmm|ouch|ow|it does|a little|kind of|sort of|that hurts|it hurts|that's sore|"
    # how much it hurts is a yes: "a bit", "a touch", "slightly", "a wee bit", "little bit", "bit sore"
    r"it's sore|a (?:wee |little )?bit|little bit|bit (?:sore|tender)|a touch|slightly|somewhat|sore|tender"
)
_YES = re.compile(rf"^\W*(?:{_YES_WORDS})\b")
# a yes the same answer takes back, or moves off the spot pressed
_YES_UNDONE = re.compile(
    r"\b(?:well|actually|oh|um|uh)\W+(?:no|nope)\b|\bnot really\b|\bnot (?:there|here|that spot)\b|"
    r"\b(?:the )?other side\b|\bno,? (?:not|it's fine|that's fine)\b"
)
# "No, it hurts more up here": the "no" is to the spot pressed, and it hurts all the same.
_HURTS_ANYWAY = re.compile(
    r"\bhurts (?:more|worse)\b|\b(?:it|that) (?:hurts|is (?:tender|sore)) (?:(?:up|down|over|right|more) )*"
    r"(?:here|there|higher|lower|above|below)\b"
)
# Tenderness is what pressing finds: "Any tenderness?" asked while pressing needs no "when I press".
_TENDER = re.compile(r"\b(?:tender|tenderness|sore)\b")
# The side the patient shows: "down here on the left", "more on the right side".
_ANSWER_SIDE = re.compile(r"\b(?:on|to) (?:the|my) (right|left)\b|\b(right|left) side\b")
# The aspect said as a place on the part named next: "the inside of your knee", "the outside of the right knee".
_ASPECT_OF = re.compile(r"\b(inside|outside|front|back|top|bottom)(?: part| side)? of (?:the |your )?$")
_NO = re.compile(r"^\W*(?:no|nope|not really|it doesn't|it does not|that's fine|that's okay|doesn't)\b")
# "No... ah, there.", "No, wait, yes", "Nope - ouch!": the no taken back as the hand finds the spot.
_TAKEN_BACK = re.compile(
    r"^\W*(?:no|nope)\W+(?:(?:wait|hang on|hold on|oh|ah|um|uh|actually)\W+)*"
    r"(?:ow|ouch|there\b(?!'s| is| are| was)|right there|that's it|yes|yeah|it does|that does|that hurts)\b"
    # ... unless it goes on to say the spot is fine: "No. There, that's fine.", "No, right there is fine."
    r"(?!(?:\W+[\w']+){0,3}?\W+(?:fine|okay|ok|good|alright|nothing|not)\b|[\w']*\W*n't\b)"
)


def answered(
    question: Sentence, answer: Sentence | None, before: str = "", then: Sentence | None = None
) -> tuple[str, bool, Where | None] | None:
    """(finding, denied, site said in the question) for a "does it hurt when I press here?" answered yes or
    no by the patient in the next turn; None for anything else. ``before`` is what the clinician said just
    before in the same turn ("Let me press on your back."), which says what "that" is; ``then`` is the
    patient's next sentence in the same turn, which may take a bare no back ("No..." "Ah, there.")."""
    low = question.low
    if not _HURTS.search(low) or answer is None or answer.segment.speaker != "patient":
        return None
    taken_back = _TAKEN_BACK.match(answer.low) or (
        then is not None and then.segment is answer.segment and _TAKEN_BACK.match("no, " + then.low)
    )
    then_low = then.low if then is not None and then.segment is answer.segment else ""
    if _YES.match(answer.low) and (
        _YES_UNDONE.search(answer.low) or _YES_UNDONE.search(then_low) or _NO.match(then_low)
    ):
        return None  # "A bit. Well, no, not really.", "A bit on the other side, not there": no finding here
    if _YES.match(answer.low) or _HURTS_ANYWAY.search(answer.low) or taken_back:
        denied = False
    elif _NO.match(answer.low):
        denied = True
    else:
        return None
    if _PRESS.search(low) or _TENDER.search(low) or (not _MOVE.search(low) and _PRESS.search(before)):
        name = "tenderness to palpation"
    elif _MOVE.search(low) or _MOVE.search(before):
        name = "pain with movement"
    else:
        return None  # "does it hurt?" with nothing done to it is history, not the exam
    # the patient's part, not the clinician's own: "push against my hand"
    # (or the part moved or pressed in the sentence before: "Can you move your fingers? Does that hurt?")
    where = None
    for text in (re.sub(r"\bmy (?:\w+ )?\w+", "", low), re.sub(r"\bmy (?:\w+ )?\w+", "", before)):
        if found := site_in(text, last=True):
            where = found[0]
            # "when I press on the inside of your knee": the aspect pressed (medial) is part of the site
            if aspect := _ASPECT_OF.search(text, 0, found[1]):
                where = Where(site_name(where.site, aspect.group(1)), where.side)
            break
    if not denied and (side := _ANSWER_SIDE.search(answer.low)):
        # the part examined, on the side the patient points to
        where = Where(where.site if where else "", where.side if where and where.side else side.group(side.lastindex))
    return name, denied, where
