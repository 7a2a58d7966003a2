"""The negatives and answer words of Scots and Northern English, read as the standard words before symptoms
are read (symptoms.py), so that every reader and ConText's negation see them.

"I cannae lie flat", "I dinnae get chest pain", "Naw.", "Nowt like that", "Any pain?" "Nae pain." Each word is
replaced by a standard word of the same length (so every offset, and the evidence quoted from the original
text, stays where it was): "cannae" -> "cannot", "dinnae" -> "do not", "naw" -> "nah", "nowt" -> "none",
"owt" -> "any". The thing-first existential of Indian English ("pain is there") is turned round the same way.
"""

from __future__ import annotations

import copy
import re

from engine.clinical.sentences import Sentence

# word -> standard word of the same length
_SAME_LENGTH = {
    "cannae": "cannot",
    "canna": "can't",
    "dinnae": "do not",
    "dinna": "don't",
    "didnae": "didn't",
    "doesnae": "doesn't",
    "isnae": "isn't",
    "wasnae": "wasn't",
    "wouldnae": "wouldn't",
    "couldnae": "couldn't",
    "shouldnae": "shouldn't",
    "havenae": "haven't",
    "hasnae": "hasn't",
    "naw": "nah",
    "nae": "no ",
    "nowt": "none",
    "owt": "any",
}
_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SAME_LENGTH, key=len, reverse=True)) + r")\b")
# The yes and no of a patient or family member who answers in their first language (Hindi and Urdu, Punjabi,
# Malay, Tagalog, Swahili), read only where an answer starts, since several are English words elsewhere ("I
# speak Hindi", "the Tak family"): "Nahi. No.", "Haan ji, at night", "Tak ada, doctor", "Hindi po".
_ANSWER_SAME_LENGTH = {
    "nahi": "nope",
    "nahin": "no no",
    "nahi ji": "nope no",
    "nahin ji": "no no no",
    "hindi po": "nope, no",
    "hindi": "no no",
    "tak ada": "nope no",
    "takde": "no no",
    "tidak": "no no",
    # (not a bare "tak": in Polish and Ukrainian it is yes)
    "hapana": "no, no",
    "haan ji": "yes yes",
    "ji haan": "yes yes",
    "haan": "yeah",
    "ndiyo": "yeah,",
    "opo": "yes",
    # Australian and New Zealand "heaps" that answers how much ("Thirsty much?" "Oh heaps."): a yes, a lot
    # (not "heaps better", "heaps of energy": how it has changed, or plenty of a good thing)
    "heaps": "yeah ",
}
_ANSWER_WORD = re.compile(
    r"^(\W*(?:(?:um|uh|oh|well|no|yes|yeah),?\s+)?)("
    + "|".join(sorted(map(re.escape, _ANSWER_SAME_LENGTH), key=len, reverse=True))
    + r")\b(?!\s+(?:language|speaker|speaking|word|better|worse|of|more|less|easier|improved))"
)
assert all(len(k) == len(v) for k, v in (_SAME_LENGTH | _ANSWER_SAME_LENGTH).items())

# The Indian English existential, the thing first ("burning is there in the feet", "pain is there in my knee",
# "thirst is there", "no fever is there"), turned round to the standard order with the same letters ("there is
# burning in the feet"), so that the site readers find "burning in the feet" and "pain in my knee". Only after
# a clause's start, of a thing of one or two words, and never in a question ("what is there?").
_THERE = re.compile(
    r"(^\W*|[,.;!:] |\b(?:and|but|yes|also|doctor|ji|haan) )"
    r"((?:(?:no|some|a little|little|slight|much|my|the|this) )?(?:[a-z]+ )?[a-z]+) (is|are) there\b(?! \w+ing\b)"
)
_NOT_THING = re.compile(r"\b(?:what|where|who|which|why|how|when|if|whether|is|are|it|that|this|nobody|someone)$")


def standard_low(low: str) -> str:
    """``low`` with the Scots and Northern English negatives as standard words of the same length, and a
    first-language yes or no that opens an answer as the English one."""
    low = _ANSWER_WORD.sub(lambda m: m.group(1) + _ANSWER_SAME_LENGTH[m.group(2)], low, count=1)
    # (not beside a "not there", which ConText reads as the thing-first denial it is: "fever is there, cough is
    # not there")
    if " there" in low and "?" not in low and not re.search(r"\b(?:not|n't|never) there\b", low):
        low = _THERE.sub(_there_first, low)
    return _WORD.sub(lambda m: _SAME_LENGTH[m.group()], low)


def _there_first(m: re.Match) -> str:
    if _NOT_THING.search(m.group(2)):
        return m.group()
    return f"{m.group(1)}there {m.group(3)} {m.group(2)}"


def standard_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each one holding a dialect negative copied with its ``low`` in standard words (the
    others are the same objects)."""
    out = []
    for s in sentences:
        low = standard_low(s.low)
        if low == s.low:
            out.append(s)
            continue
        c = copy.copy(s)
        c.__dict__.pop("clauses", None)  # worked out again from the new words
        c.low = low
        out.append(c)
    return out
