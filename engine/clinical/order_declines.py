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

# the opening of a reply that refuses what was just offered, after any "no", "oh", "um" or "thanks"
_REFUSAL = re.compile(
    r"^(?:(?:no|nah|nope|um|uh|oh|well|honestly|actually|look|doc|doctor|thanks|thank you)\b[,.!]?\s*)*"
    r"(?:i(?:'d| would) (?:rather|prefer) (?:not|to leave it|to wait)|"
    r"i (?:don't|do not|dont) (?:really |think i )?(?:want|need)(?! to (?:miss|forget|wait too)\b)|"
    r"i'm not (?:really )?(?:keen|interested|ready|comfortable|up for)|"
    r"not (?:keen|interested|today|right now|for now|this time)|"
    r"i'll (?:pass|skip|give (?:it|that) a miss|leave (?:it|that))|(?:i )?(?:think i'll )?skip (?:it|that)|"
    r"no,? thanks?|no,? thank you|no way)\b"
)


def refuses(reply: str) -> bool:
    """Whether a reply opens by refusing what was just offered ("I'd rather not", "no thanks, I'll pass")."""
    return bool(_REFUSAL.match(reply))


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
    kept = []
    for f in orders:
        k = _sentence_of(sentences, f)
        if k is not None and k + 1 < len(sentences):
            said, reply = sentences[k], sentences[k + 1]
            if said.segment.speaker != "patient" and reply.other_speaker(said) and refuses(reply.low):
                continue
        kept.append(f)
    return kept
