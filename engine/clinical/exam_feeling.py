"""A sensory test told to the patient, read as the finding a note writes.

Testing touch with a monofilament (a "little nylon", a "filament") the clinician tells the patient what
they felt: "you're not feeling it on the left big toe", "you missed the big toe", "you can feel it
everywhere", "feeling with the monofilament is normal". A note writes these as sensation reduced or
normal; the exam rules read the note's shape ("sensation is reduced on the left big toe"), so the spoken
sentence is read through a copy with the told shape put in the note's words. Pulses felt by the clinician
("I can feel the pulses in both feet", "pulses I can feel") are palpable pulses, and the hands the patient is
asked to hold out ("hold your hands out for me... no tremor") are the part examined.
"""

from __future__ import annotations

import re

_TOOL = r"(?:the |this |that |your )?(?:little )?(?:(?:mono)?filament|nylon(?: thread)?)"
_IT = rf"(?:it|that|this|{_TOOL})"
# (each pattern, the note's words for it)
_TOLD: tuple[tuple[re.Pattern[str], str], ...] = (
    # "feeling with the little nylon is normal", "so the feeling is normal": sensation
    (re.compile(rf"\b(?:the )?feeling with {_TOOL}(?= (?:is|was|are)\b)"), "sensation"),
    (
        re.compile(r"\bthe feeling(?= (?:is|was) (?:normal|fine|good|intact|reduced|decreased|less|absent)\b)"),
        "sensation",
    ),
    # "you can feel it everywhere", "you felt every spot": the whole foot felt
    (
        re.compile(
            rf"\byou (?:can |could )?(?:feel|felt) {_IT} (?:everywhere|all (?:over|the way round))|"
            r"\byou felt (?:every|all the) (?:spot|point|site)s?\b"
        ),
        "sensation is normal",
    ),
    # "you're not feeling it on the left big toe", "you can't feel it there", "you missed the big toe",
    # "you're missing it on a few spots": the places not felt
    (
        re.compile(
            rf"\byou(?:'re| are) not feeling {_IT}|\byou (?:can't|cannot|couldn't|didn't|don't) feel {_IT}|"
            rf"\byou(?:'re| are) missing {_IT}|\byou missed(?: {_IT})?(?= (?:on|at|under|over|the|your)\b)"
        ),
        "sensation is reduced",
    ),
    # "on the left foot, the big toe ..., you're feeling less" (not "feeling less tired": a symptom)
    (
        re.compile(r"\byou(?:'re| are) feeling less(?=\s*(?:[,.;]|$|on\b|at\b|in\b|there\b|under\b))"),
        "sensation is reduced",
    ),
    # the pulses the clinician feels: "i can feel the pulses in both feet", "pulses i can feel on both feet"
    (
        re.compile(
            r"\bi can (?:feel|palpate) (?:the |your |her |his )?((?:dorsalis pedis |posterior tibial |pedal |"
            r"foot |radial |distal )?pulses?)\b"
        ),
        r"\1 palpable",
    ),
    (re.compile(r"\b(pulses?) i can (?:feel|palpate)\b"), r"\1 palpable"),
    # an organ felt for and not found: "i can't feel the spleen or the liver" (a normal abdomen; not "i don't
    # feel the liver enlarged", which says its size)
    (
        re.compile(
            r"\bi (?:can't|cannot|can not|couldn't|don't|do not) (?:feel|palpate) (?:the |her |his |your )?"
            r"(liver|spleen|kidneys?) (?:or|and|nor) (?:the |her |his |your )?(liver|spleen|kidneys?)\b"
            r"(?! (?:enlarged|edge|big)\b)"
        ),
        r"the \1 is not palpable, the \2 is not palpable",
    ),
    (
        re.compile(
            r"\bi (?:can't|cannot|can not|couldn't|don't|do not) (?:feel|palpate) (?:the |her |his |your )?"
            r"(liver|spleen|kidneys?)\b(?! (?:enlarged|edge|big|or|and|nor)\b)"
        ),
        r"the \1 is not palpable",
    ),
    # a test's result for each side in one breath: "straight leg raise is negative on the right and mildly
    # positive on the left" (the second result is the same test's, said without its name)
    (
        re.compile(
            r"\b((?:straight leg raise|[a-z']+ (?:test|sign|maneuver))) (is|was) (positive|negative) "
            r"on the (right|left)( side)? and ((?:mildly |slightly |strongly |clearly )?(?:positive|negative)) "
            r"on the (right|left)\b"
        ),
        r"\1 \2 \3 on the \4\5, \1 \2 \6 on the \7",
    ),
    # a sign on one side, then "none on the other": "a resting tremor in the right hand, none on the left"
    (
        re.compile(
            r"\b(there's|there is) (?:a |an |some )?((?:[a-z]+ )?([a-z]+)) (in|on|over) the (right|left) ([a-z]+)"
            r"(,? )(?:and )?(?:none|nothing) on the (left|right)(?: side| one)?\b"
        ),
        r"\1 \2 \4 the \5 \6\7no \3 \4 the \8 \6",
    ),
    # ... and a sign denied on one side, then "none on the other": "no swelling in the right ankle, none on the left"
    (
        re.compile(
            r"\bno ((?:[a-z]+ )?([a-z]+)) (in|on|over) the (right|left)((?: [a-z]+)?)(,? )(?:and )?(?:none|nothing) "
            r"on the (left|right)(?: side| one)?\b"
        ),
        r"no \1 \3 the \4\5\6no \2 \3 the \7\5",
    ),
    # the hands held out to be looked at are the part examined: "hold your hands out for me... no tremor"
    (
        re.compile(
            r"\b(?:hold|stretch|put) (?:out )?(?:your|both) (hands|arms)(?: out)?(?: in front(?: of you)?| straight)?"
            r"(?: for me)?\b"
        ),
        r"both \1",
    ),
)


def told_findings(text: str, at: list[int]) -> tuple[str, list[int]]:
    """The text with a sensory test told to the patient written as its finding; the new characters point at
    the words they stand for (so evidence quotes what was said)."""
    if not any(
        w in text
        for w in ("feel", "miss", "palpate", "hands", "arms", "positive on", "negative on", "none on", "nothing on")
    ):
        return text, at
    for pattern, words in _TOLD:
        out, where, pos = [], [], 0
        for m in pattern.finditer(text):
            new = m.expand(words)
            out.append(text[pos : m.start()] + new)
            # spread over the words said, so a finding's evidence quotes all of them
            span = m.end() - m.start()
            where += at[pos : m.start()] + [at[m.start() + i * span // len(new)] for i in range(len(new))]
            pos = m.end()
        if out:
            text, at = "".join(out) + text[pos:], where + at[pos:]
    return text, at
