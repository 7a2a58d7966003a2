"""Safety-netting advice that a recogniser wrote as several short sentences.

"If he's up more than three pounds in a day, short of breath sitting still, chest pain, or he's confused,
you call 911" is one sentence when typed. Heard, a small model puts a full stop at each pause of the list:
"If he's up more than three pounds in a day. Short of breath sitting still. Chest pain. Or he's confused.
You call 911." Each red flag then stands in a sentence of its own, with neither the "if" nor the action in
it, and was charted as the patient's symptom (a denied one among them). A short fragment that lies between
an unfinished "if" and the action it leads to, with only such fragments between, is part of the advice.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.clinical.symptom_talk import ACTION, IF

# ... and a child's or a relative's: "bring her straight back", "bring him in"
_BRING = re.compile(r"\bbring (?:her|him|them|the baby|your \w+) (?:straight |right )?(?:back|in)\b")
# a question asked without its question mark, as heard speech often is: "what's going on today, if you can say"
_QUESTION_WORD = re.compile(
    r"^\W*(?:so |and |okay,? )?(?:what|what's|how|when|where|why|who|did|do|does|have|has|are|is)\b"
)
UNSURE = 0.7  # the labeller's confidence under which a short piece's role may be wrong
REACH = 3  # sentences each way: a red-flag list rarely runs longer, and a wider reach would meet other talk
MAX_WORDS = 8
# What a patient's own report has and a red flag of a list does not: "I get chest pain", "my chest hurts",
# "yes, chest pain". A question asks; it names no condition.
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we|we've|yes|yeah|yep|no|nope)\b")


def _action(s: Sentence) -> bool:
    return bool(ACTION.search(s.low) or _BRING.search(s.low))


def _fragment(s: Sentence) -> bool:
    return len(s.low.split()) <= MAX_WORDS and not _OWN.search(s.low) and "?" not in s.low and not _action(s)


def _said_by(frag: Sentence, opener: Sentence) -> bool:
    """Whether the fragment may be the opener's: the same speaker, or a role the labeller was unsure of (a
    short piece of heard speech is often given to the wrong person; a given role is never doubted)."""
    conf = frag.segment.speaker_confidence
    return frag.segment.speaker == opener.segment.speaker or (conf is not None and conf < UNSURE)


def _asks(s: Sentence) -> bool:
    return s.is_question or "?" in s.low or bool(_QUESTION_WORD.match(s.low))


def in_warning_chain(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s``, a short fragment, is one red flag of an "if ... , ..., call 911" advice that the
    recogniser cut into sentences: an "if" statement without its action before it, the action after it, and
    nothing but such fragments between, each the same speaker's (or of a role the labeller was unsure of).
    Neither end may be the patient's nor a question ("What brings you in, if you don't mind?" "Chest pain.")."""
    if not _fragment(s):
        return False
    opener = None
    for prev in reversed(sentences[max(0, s.index - REACH) : s.index]):
        if IF.search(prev.low) and not _action(prev) and prev.segment.speaker != "patient" and not _asks(prev):
            opener = prev
            break
        if not _fragment(prev):
            return False
    if opener is None or any(not _said_by(f, opener) for f in sentences[opener.index + 1 : s.index + 1]):
        return False
    for nxt in sentences[s.index + 1 : s.index + 1 + REACH]:
        if _action(nxt) and nxt.segment.speaker != "patient" and not _asks(nxt):
            return True
        if not _fragment(nxt) or not _said_by(nxt, opener):
            return False
    return False
