"""Orders the patient turns down in their reply: an offer declined is not an order.

"I'd offer you a colonoscopy." "No, I don't want one, thanks." / "We can do the shingles vaccine today."
"I'd rather not." / "I'm going to refer you to physio." "Nah, I'm not keen on that." The clinician's sentence
reads as an order on its own; the patient's next words take it back. Only a refusal said as one counts: a
bare "no" answers many things ("No worries", "No, that's fine" agree), so it is never read as a refusal.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence
from engine.types import Fact

# the opening of a reply, before the refusal: any "no", "oh", "um" or "thanks"
_LEAD = r"^(?:(?:no|nah|nope|um|uh|oh|well|honestly|actually|look|doc|doctor|thanks|thank you)\b[,.!]?\s*)*"
# what may close a refusing clause without giving it another object ("I don't want it today, thanks")
_END = (
    r"(?:\s+(?:today|thanks|thank you|though|really|right now|for now|at the moment|at all|this time|this year|"
    r"doc|doctor|either|anyway))*\s*(?:[,.;!]|\bbut\b|$)"
)
# Refusals that say so whatever follows ("I'd rather not have the jab", "I'll pass", "no way"): what they
# name, if it names an order, is the one refused; else all the clinician's sentence made.
_SAID_NO = re.compile(
    _LEAD + r"(?:i(?:'d| would) (?:rather|prefer) (?:not|to leave it|to wait)|"
    r"i'll (?:pass|skip|give (?:it|that) a miss|leave (?:it|that))|(?:i )?(?:think i'll )?skip (?:it|that)|"
    r"no way)\b"
)
# Refusals only when nothing follows but a pronoun: "I don't want one" ("one" reads "1" in ``low``), "I'm
# not keen on that", "not today", "no thanks". Else they are other talk ("I don't want it to be cancer", "I
# don't need to fast for that", "I'm not comfortable with needles", "no thanks needed") unless what follows
# names the order ("I don't want the jab") or is "any" ("I don't want any needles today"). Whatever is said
# after this prefix is its object.
_WANT_NOT = re.compile(
    _LEAD + r"(?:i (?:don't|do not|dont) (?:really |think i )?(?:want|need)|"
    r"(?:i'm |i am )?not (?:really )?(?:keen|interested|ready|comfortable|up for)"
    r"(?: (?:on|in|with|for|about|to do))?|"
    r"not (?:today|right now|for now|this time)|no,? thanks?|no,? thank you)\b"
)
_PRONOUN_END = re.compile(r"^\s*(?:(?:it|that|this|one|1|them|those|to|the idea|to do (?:it|that))\b)?" + _END)
# "... but if you think it'll help, okay", "but the x-ray is fine": the reply agrees in the end
_BUT_AGREES = re.compile(r"\bbut\b.*\b(?:okay|ok|fine|happy|alright|all right|sure|go ahead)\b")
_STOP = {
    "the",
    "a",
    "an",
    "any",
    "have",
    "get",
    "that",
    "this",
    "it",
    "one",
    "some",
    "today",
    "thanks",
    "thank",
    "you",
    "doc",
    "doctor",
    "really",
    "though",
    "just",
    "more",
    "done",
    "now",
    "for",
    "with",
    "on",
    "to",
}


def _words(text: str) -> set[str]:
    """Content words, plural s dropped ("jabs" names the jab)."""
    return {w.removesuffix("s") for w in re.findall(r"[a-z][a-z-]+", text) if w not in _STOP and len(w) > 2}


def _names(obj: str, fact: Fact) -> bool:
    """Whether the refusal's object (up to the end of its clause) names this order, by its name or the
    clinician's words for it ("the jab" names the flu vaccine said as "flu jab")."""
    clause = re.split(r"[,.;!?]|\bbut\b", obj, maxsplit=1)[0]
    said = " ".join([fact.name, *(e.quote.lower() for e in fact.evidence)])
    return bool(_words(clause) & _words(said))


def declined(reply: str, orders: list[Fact]) -> list[Fact]:
    """The ones of ``orders`` (made in one sentence) that ``reply``, the other speaker's next sentence, refuses.

    Only what it names when it names one ("I'd rather not have the jab, but the x-ray is fine" refuses the
    flu vaccine only), all of them when it names none; none when it agrees in the end ("I don't really want
    to, but if you think it'll help, okay") or asks ("I don't need to fast for that, do I?").
    """
    m = _SAID_NO.match(reply)
    strong = m is not None
    m = m or _WANT_NOT.match(reply)
    if m is None:
        return []
    obj = reply[m.end() :]
    named = [f for f in orders if _names(obj, f)]
    if named:
        return named
    if not strong and ("?" in reply or not (_PRONOUN_END.match(obj) or re.match(r"\s*any\b", obj))):
        return []
    return [] if _BUT_AGREES.search(reply) else orders


def refuses(reply: str) -> bool:
    """Whether a reply opens by refusing what was just offered ("I'd rather not", "no thanks, I'll pass")."""
    return bool(_SAID_NO.match(reply) or (_WANT_NOT.match(reply) and "?" not in reply))


def _sentence_of(sentences: list[Sentence], fact: Fact) -> int | None:
    """The index of the sentence a fact's first evidence lies in."""
    if not fact.evidence:
        return None
    ev = fact.evidence[0]
    for k, s in enumerate(sentences):
        for piece in s.pieces:
            if piece.segment.id == ev.segment_id and piece.seg_start <= ev.char_start < piece.seg_start + piece.length:
                return k
    return None


def not_declined(orders: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """``orders`` less those the patient refuses in the sentence right after the one that made them."""
    by_sentence: dict[int, list[Fact]] = {}
    for f in orders:
        k = _sentence_of(sentences, f)
        if k is not None and k + 1 < len(sentences):
            said, reply = sentences[k], sentences[k + 1]
            if said.segment.speaker != "patient" and reply.other_speaker(said):
                by_sentence.setdefault(k, []).append(f)
    refused = set()
    for k, made in by_sentence.items():
        refused.update(id(f) for f in declined(sentences[k + 1].low, made))
    return [f for f in orders if id(f) not in refused]
