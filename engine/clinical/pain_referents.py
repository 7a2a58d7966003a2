"""Pain told of a body part that is not named with it: by "it" after the part ("I laid on my finger ... and it's
been hurting since March") or by the part alone as what is wrong ("I'm doing okay except for my elbow here").

The site readers (symptom_sites.py) need the part and the pain in one phrase. Patients name the part once, then
go on with "it"; and a part named as the exception to being well is the complaint. Only the patient's own
statements are read (a question is never an answer), and a pain said with a negation is left alone: "it doesn't
hurt any more" is not read here at all, so nothing denied can turn up as present. symptom_talk.referred_mentions
adds these.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.symptom_sites import BODY_SITES, SITE_NAME
from engine.clinical.vocabulary import Concept

_CHARTED_AS = {"throat pain": "sore throat", "head pain": "headache"}
# "it's been hurting", "it still aches", "it's really sore", "it was killing me"
_IT_HURTS = re.compile(
    r"\bit(?:'s| is| was| has| had)?"
    r"(?: (?:been|still|really|just|even|also|always|kind of|sort of|started|starts|keeps|kept|gets|got|getting))* "
    r"(?P<verb>hurting|hurts|hurt|aching|aches|ached|sore|painful|throbbing|throbs|killing me)\b"
    # (what hurts with an act is that act's own symptom: "it hurts to pee", "hurts when I swallow")
    r"(?! (?:to|when|while|if|on) (?:i |you |she |he )?(?:pee|wee|urinat\w*|breath\w*|swallow\w*|eat\w*|cough\w*))"
)
_NEGATED = re.compile(
    r"n't\b|\bnot\b|\bnever\b|\bno\b|\bnone\b|\bnothing\b|\bwithout\b|\bstopped\b|\bany ?more\b|\bexcept\b"
)
# the part, as the patient's: "my finger", "that finger", "the right elbow"
# (not "his wrist", "her knee": "My son fell on his wrist. It's been hurting him" is the son's)
_PART = re.compile(rf"\b(?:my|the|that|this) (?:(?:right|left|index|middle|ring|little|big) )*({BODY_SITES})\b")
_RELATIVE = re.compile(
    r"\b(?:son|daughter|husband|wife|partner|mum|mom|mother|dad|father|brother|sister|baby|kid|child|friend)\b"
)
# a pain told as over: "It was really sore for a couple of weeks, all better these days"
_OVER = re.compile(r"\b(?:better|fine now|gone|settled|healed|back then|for a couple of|for a few|for a while)\b")
# "I'm doing okay except for my elbow here", "fine apart from my knee"
_EXCEPT_PART = re.compile(
    r"\b(?:doing|feeling|feel|i'm|i am|all|everything's|everything is) "
    r"(?:(?:pretty|really|quite|mostly|generally) )?(?:ok|okay|fine|well|good|alright|all right|great)\b"
    rf",? (?:except|apart from|other than|besides|but for|bar)(?: for)? (?:my|her|his|this) "
    rf"(?:(?:right|left) )?({BODY_SITES})\b(?! (?:is|are|was|were|has|have|brace|support|strap|replacement)\b)"
)


def _pain(site: str) -> Concept:
    name = f"{SITE_NAME.get(site, site)} pain"
    return Concept(_CHARTED_AS.get(name, name), "", "")


def _last_part(sentences: list[Sentence], s: Sentence, upto: int) -> str | None:
    """The body part last named in ``s`` before ``upto``, or in the two sentences before it (the part "it"
    stands for); none when that sentence names a relative, whose part it may be."""
    if parts := _PART.findall(s.low[:upto]):
        return None if _RELATIVE.search(s.low[:upto]) else parts[-1]
    for r in reversed(sentences[max(0, s.index - 2) : s.index]):
        if parts := _PART.findall(r.low):
            return None if _RELATIVE.search(r.low) else parts[-1]
    return None


def part_pain_mentions(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Pains in ``s`` told of a part by "it" or by the part alone, each as (start, end, concept)."""
    if s.segment.speaker == "clinician" or s.is_question:
        return []
    out = []
    for m in _EXCEPT_PART.finditer(s.low):
        if _NEGATED.search(s.low[: m.start()]):
            continue
        out.append((m.start(1), m.end(1), _pain(m.group(1))))
    for m in _IT_HURTS.finditer(s.low):
        # (any negation in the sentence up to the pain, or just after it, and the pain is not read at all)
        if _NEGATED.search(s.low[: m.end() + 12]) or s.question_at(m.start()):
            continue
        if m.group().startswith(("it was", "it had")) and _OVER.search(s.low[m.end() :]):
            continue  # a pain told as past and over
        if site := _last_part(sentences, s, m.start()):
            out.append((m.start("verb"), m.end("verb"), _pain(site)))
    return out
