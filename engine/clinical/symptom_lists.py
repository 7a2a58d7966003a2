"""Answers to review-of-systems lists, and the turns around a question that do not answer it.

"Any fever, chills, night sweats?" "Chills yes, the rest no." names one and denies the others; "Burning, yes.
No blood." answers each item by a word of it; "All three." or "Yes to all of those." says yes to every item.
"Um, let me think." or "Sorry, what was that?" leaves the question open for the next turn, and "Like the room
spinning?" from the asker is the same question again. Symptoms (symptoms.py) apply these to its open question,
and leave out words that name no symptom of the patient ("sleep apnea", "your kidneys are a little weak", the
hives an allergy gives).
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.answers import FILLER
from engine.clinical.context import contract
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import find_problems

# "the rest no", "the others, no", "none of the others", "nothing else", "no to the rest"
_REST_NO = re.compile(
    r"\b(?:the rest|the others?|the other (?:ones|things|stuff|two|three)|everything else)\W*(?:no|nope|nah|none)\b"
    r"|\b(?:none of the (?:others?|rest|other (?:ones|things|stuff))|no to the (?:rest|others?)|nothing else)\b"
)
# "All three.", "Yes to all of those.", "Both.", "Yeah, all of them": every item asked is there.
ALL_YES = re.compile(
    FILLER + r"(?:(?:yes|yeah|yep),?\s+)?(?:to (?:all|both)|yes to (?:all|both|everything)|"
    r"all (?:[2-9]|two|three|four|five|of (?:them|those|these|that|the above))|both(?: of (?:them|those))?|"
    r"all the above)\b"
)
# A turn that does not answer: thinking aloud, or asking for the question again.
_STALL = re.compile(
    FILLER
    + r"(?:(?:let me (?:think|see)|let's see|sorry|pardon|excuse me|what(?: was that| do you mean| did you say)?|"
    r"say that again|come again|i'm not sure what you mean|huh)\b[^.?!]{0,30})?[.?!]*\s*$"
)
# The asker explaining the question: "Like the room spinning?", "I mean a dry cough or bringing anything up."
CLARIFY = re.compile(FILLER + r"(?:like|such as|i mean|for example|you know,? like)\b")
# "Have you noticed that?", "Any of that?": a question about what was just explained.
ANAPHOR = re.compile(r"\b(?:that|it|this|those|these|any of (?:that|those|these)|them)\b")
# A telegraphic list asked with one question mark: "Fever, chills, body aches?"
_LIST_GLUE = re.compile(r"^[\W\s]*(?:(?:any|and|or|other|so|okay|ok|how about|what about)\b[\W\s]*)*$")


def stalls(low: str) -> bool:
    """Whether an answer turn only thinks aloud or asks for the question again."""
    return len(low) < 60 and bool(_STALL.match(low))


def telegraphic_list(low: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence is only symptoms in a list ending in a question mark ("Fever, chills, body aches?")."""
    if len(spans) < 2 or not low.rstrip().endswith("?"):
        return False
    rest, last = [], 0
    for a, b in sorted(spans):
        rest.append(low[last:a])
        last = max(last, b)
    rest.append(low[last:])
    return all(_LIST_GLUE.match(part) for part in rest)


def item_answers(answer: str, items: list[tuple[str, str]]) -> dict[str, bool]:
    """Per-item answers to a list: ``items`` are (name, words asked); returns name -> denied.

    "chills yes the rest no": the items not named are denied; "Burning, yes. No blood.": an item answered by
    its first word ("burning" for "burning when you pee").
    """
    out: dict[str, bool] = {}
    for name, words in items:
        # any word that tells the item apart: "burning" of "burning when you pee", "racing" of "heart racing"
        for head in [w for w in re.findall(r"[a-z']+", words) if len(w) > 3 and w not in _NOT_HEADS]:
            stem = re.escape(head[:-1] if head.endswith("s") else head)
            if re.search(rf"\b{stem}\w*\W{{0,3}}(?:yes|yeah|yep)\b", answer):
                out[name] = False
            elif re.search(rf"\b(?:no|not) (?:\w+ )?{stem}\w*\b|\b{stem}\w*\W{{0,3}}(?:no|nope|none)\b", answer):
                out[name] = True
            else:
                continue
            break
    if _REST_NO.search(answer):
        for name, _ in items:
            out.setdefault(name, True)
    return out


# words shared by many items, or no symptom's own: they tell no item apart
_NOT_HEADS = frozenset(
    "any your with when have been some more going feel feeling pain pains ache aches problems problem trouble "
    "changes change issues that this".split()
)


def list_answers(add, s: Sentence, pending, rest, said):
    """Reads ``s`` as (part of) the answer to the list question ``pending`` ("chills yes the rest no", "Burning,
    yes. No blood."), calling ``add(name, negated, possible, evidence)`` for each item it answers; returns the
    answer turn's state (speaker, items, names answered) for the turn's next sentence, or None."""
    speaker = s.segment.speaker
    if pending and speaker and speaker != pending[0].segment.speaker and len({h[2].name for h in pending[1]}) > 1:
        rest = (speaker, pending[1], set())
    elif not (rest and speaker == rest[0]):
        return None
    rest[2].update(c.name for _, _, c in said)
    items = [(c.name, q.low[a:b]) for a, b, c, q in rest[1] if c.name not in rest[2] and c.name != "pain"]
    for name, denied in item_answers(contract(s.low), items).items():
        a, b, _, q = next(h for h in rest[1] if h[2].name == name)
        add(name, denied, False, q.evidence(a, b) + s.evidence(0, min(len(s.low), 12)))
        rest[2].add(name)
    return rest


# "Your kidneys are a little weak": an organ's weakness, not the patient's.
ORGAN_SUBJECT = re.compile(
    r"\b(?:kidneys?|heart|liver|lungs?|bones?|immune system|pulse|stream|signal)(?:'s| is| are)(?: \w+){0,2} $"
)


def inside_diagnosis(low: str, a: int, b: int, name: str) -> bool:
    """Whether a symptom is only part of a longer diagnosis name ("apnea" in "sleep apnea")."""
    if "pain" in name or name == "headache":
        return False  # "chronic low back pain", "migraine headaches": the complaint is said too
    return any(pa <= a and b <= pb and pb - pa > b - a for pa, pb, _ in find_problems(low))


# What an allergy does: told with the allergen, these are the allergy's reaction, not today's symptoms.
_REACTIONS = frozenset(
    {"rash", "itching", "hives", "swelling", "urticaria", "sneezing", "watery eyes", "hallucinations", "confusion"}
)


def _allergy_talk(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` names a drug or allergen while allergies are the topic (in it or just asked)."""
    recent = sentences[max(0, s.index - 2) : s.index + 1]
    if not any("allerg" in r.low for r in recent):
        return False
    # "The only thing I'm allergic to is ragweed. Itchy eyes, sneezing.": the allergen just named by the speaker
    told = [r for r in recent[-2:] if r.segment.speaker == s.segment.speaker]
    return any(
        "allerg" in r.low or lexicon.find_drugs(r.low) or find_phrases(r.low, lexicon.NON_DRUG_ALLERGENS) for r in told
    )


def allergy_reaction(name: str, sentences: list[Sentence], s: Sentence) -> bool:
    """Whether symptom ``name`` in ``s`` is an allergy's reaction told with its allergen, not a symptom now."""
    return name in _REACTIONS and _allergy_talk(sentences, s)
