"""Answers to review-of-systems lists, and the turns around a question that do not answer it.

"Any fever, chills, night sweats?" "Chills yes, the rest no." names one and denies the others; "Burning, yes.
No blood." answers each item by a word of it; "All three." or "Yes to all of those." says yes to every item.
"Um, let me think." or "Sorry, what was that?" leaves the question open for the next turn, and "Like the room
spinning?" from the asker is the same question again. "no no and a little bit" answers a list in order; a
clinician's verbless "swelling in your legs" asks; "Getting up at night, any blood?" "I get up twice." leaves the
blood unanswered. Symptoms (symptoms.py) apply these to its open question, and leave out words that name no
symptom of the patient ("sleep apnea", "your kidneys are a little weak", the hives an allergy gives).
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.answers import FILLER, NO, YES
from engine.clinical.context import assess, contract
from engine.clinical.lexicon import find_phrases
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_verbs import NIGHT_COUNT
from engine.clinical.vocabulary import find_problems

# "the rest no", "the others, no", "none of the others", "nothing else", "no to the rest"
_REST_NO = re.compile(
    r"\b(?:the rest|the others?|the other (?:ones|things|stuff|two|three)|everything else)\W*(?:no|nope|nah|none)\b"
    r"|\b(?:none of the (?:others?|rest|other (?:ones|things|stuff))|no to the (?:rest|others?)|nothing else)\b"
    # the rest told as fine: "but everything else has been okay", "the rest is fine"
    r"|\b(?:the rest|everything else|all the rest)(?:'s| is| was| has been|'s been| have been)? "
    r"(?:(?:all|pretty|really) )?(?:okay|ok|fine|good|normal|alright|all right|great)\b"
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
# "This can cause nausea. Have you had any?": a bare "any" at the end points back too.
ANAPHOR = re.compile(r"\b(?:that|it|this|those|these|any of (?:that|those|these)|them)\b|\bany\W*$")
# A telegraphic list asked with one question mark: "Fever, chills, body aches?"
_LIST_GLUE = re.compile(r"^[\W\s]*(?:(?:any|and|or|other|so|okay|ok|how about|what about)\b[\W\s]*)*$")


def stalls(low: str) -> bool:
    """Whether an answer turn only thinks aloud or asks for the question again."""
    return len(low) < 60 and bool(_STALL.match(low))


# a lead-in that asks for more before the list: "anything else that I might have missed, fever, chills, cough?"
_ANYTHING_ELSE = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|um|uh|well)\W+)*(?:anything|any) (?:else|other (?:symptoms|problems))\b[^,?.]*,"
)


def telegraphic_list(low: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence is only symptoms in a list ending in a question mark ("Fever, chills, body aches?")."""
    if len(spans) < 2 or not low.rstrip().endswith("?"):
        return False
    lead = _ANYTHING_ELSE.match(low)
    rest, last = [], lead.end() if lead else 0
    for a, b in sorted(spans):
        rest.append(low[last:a])
        last = max(last, b)
    # ("Shaky, sweaty, that kind of thing?": a generic tail closes the list, it tells nothing)
    return all(_LIST_GLUE.match(part) for part in rest) and bool(
        _LIST_GLUE.match(low[last:]) or _KIND_TAIL.match(low[last:])
    )


# the tail that closes a list asked: "that kind of thing", "anything like that", "stuff like that", "and so on"
_KIND_TAIL = re.compile(
    r"^\W*(?:(?:or|and)\s+)?(?:anything(?: like that| else| at all)?|"
    r"(?:that|this|any of that|those) (?:kind|sort|type)s? of (?:thing|stuff)s?|"
    r"(?:stuff|things|anything) like that|so on|etc)\W*$"
)


_LIST_TAIL = re.compile(
    # (after an optional word of the item: "stiff neck like you can't bend it")
    r"^\W*(?:\w+\W+)?(?:(?:or |and )?(?:anything|something)(?: like that| else)?|like\b.*|at all|lately|recently|"
    r"at home|(?:in|on) (?:your|the) \w+)?\W*$"
)


def bare_list_asked(sentences: list[Sentence], s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether ``s`` is a list of symptoms asked without a question mark and answered yes or no by the other
    speaker: "fevers stiff neck like you can't bend it" "no fever my neck is tight ..." (an unpunctuated
    transcript). A clinician does not open a statement with a bare symptom ("so the fever started Tuesday" is
    not one of these), so a long answer still answers it."""
    if not spans or s.index + 1 >= len(sentences) or s.segment.speaker in ("patient", None):
        return False
    # only symptoms and list glue, with perhaps a clarifier after ("like you can't bend it", "or anything")
    parts, last = [], 0
    for a, b in sorted(spans):
        parts.append(s.low[last:a])
        last = max(last, b)
    if not all(_LIST_GLUE.match(p) for p in parts) or not _LIST_TAIL.match(s.low[last:]):
        return False
    nxt = sentences[s.index + 1]
    answer = contract(nxt.low)
    return s.other_speaker(nxt) and bool(NO.match(answer) or YES.match(answer))


# Any word that makes a clause a statement: a verb, a subject pronoun, a contraction
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|"
    r"start(?:s|ed)?|began|begins?|gets?|got|getting|seems?|sounds?|looks?|feels?|felt|came|comes|went|goes|"
    r"going|think|need|want|take|took|see|saw|i|we|he|she|they|it|this|that|there|which|who|because|since|"
    r"for|after|when|until)\b|'(?:s|re|ve|ll|m|d)\b|n't\b"
)


# what may follow a symptom asked without a verb and carry its own: an alternative, an example, a circumstance
_AFTER_SYMPTOM = re.compile(r"\b(?:or|like|such as|when|whenever|while|after)\b")


def verbless_asked(sentences: list[Sentence], s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the clinician's sentence is a bare symptom with no verb, answered by the other speaker: "swelling
    in your legs changes in your urine like foamy or dark" "legs no swelling" (an unpunctuated transcript; a
    clinician tells nothing without a verb)."""
    if not spans or s.index + 1 >= len(sentences) or s.segment.speaker in ("patient", None):
        return False
    first = min(a for a, _ in spans)
    # (the verb of an alternative or an example after it does not count: "passing out or feeling like you might";
    # nor that of the circumstance it comes with: "chest pain when you're working hard", "breathless while
    # you're walking", "headaches after you've been at the screen")
    alt = _AFTER_SYMPTOM.search(s.low, min(b for a, b in spans if a == first))
    if not _LIST_GLUE.match(s.low[:first]) or _VERB.search(s.low[: alt.start() if alt else None]):
        return False
    return s.other_speaker(sentences[s.index + 1])


# An answer made only of yes and no words: "No, no, and yes.", "no no and no", "yes and no"
_YES_NO_ONLY = re.compile(r"^\W*(?:(?:no|nope|yes|yeah|yep|and)\b\W*)+$")
_YEAH_NO = re.compile(r"^\W*(?:yeah|yes|yep),?\s+(?:no|nope)\W*$")
_YES_NO_WORD = re.compile(r"\b(no|nope|yes|yeah|yep)\b")


def positional_answers(answer: str, names: list[str]) -> dict[str, bool] | None:
    """name -> denied, when an answer of bare yes and no words mixes the two: one word per item asked, in order.
    A mix that does not count out (two words for three items) answers nothing: reading it as a "no" to all
    would deny what the patient said yes to. None when the answer is not such a mix."""
    order = list(dict.fromkeys(names))
    if not _YES_NO_ONLY.match(answer):
        return _chunked_answers(answer, order)
    if len(order) == 1 and _YEAH_NO.match(answer):
        return {order[0]: True}  # "Any headaches?" "Yeah, no.": the spoken "no"
    words = [w in ("no", "nope") for w in _YES_NO_WORD.findall(answer)]
    if len(set(words)) < 2:
        return None  # all yes or all no: the usual reading applies
    return dict(zip(order, words, strict=True)) if len(order) == len(words) else {}


# A part of a question that asks something else: "Getting up at night, any blood, any foam?"
_OTHER_ASK = re.compile(
    r"^\W*(?:(?:and|or|so|okay|ok)\s+)?(?:any|anything|getting|having|do you|are you|have you|is there|"
    r"how about|what about|\w+ing\b)"
)


def other_parts_asked(q: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the question asks, beside the symptoms at ``spans``, another thing we do not know as a symptom
    ("Getting up at night, any blood?"): then a yes ("I get up twice a night") may answer that other thing."""
    cuts = [0, *(x for m in re.finditer(r"[,?;]|\bor\b", q.low) for x in (m.start(), m.end())), len(q.low)]
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=False):  # the parts between commas and "or"s
        part = q.low[lo:hi]
        if not part.strip() or any(lo <= a < hi for a, _ in spans) or _GENERIC_TAIL.match(part):
            continue
        # (an unpunctuated question has no question clause: all of it asks)
        if (q.question_at(lo) or not any(c[2] for c in q.clauses)) and _OTHER_ASK.match(part):
            return True
    return False


# "anything like that", "or anything else": the list's tail, not another question
_GENERIC_TAIL = re.compile(r"^\W*(?:(?:or|and)\s+)?anything(?: like that| else| at all)?\W*$")


# "no no and a little bit in the evenings": answers to a list, one chunk each, split at commas and "and"/"but"
_CHUNK = re.compile(r"\s*(?:[,;.]|\band\b|\bbut\b)\s*|\s+(?=(?:no|nope|yes|yeah|yep)\b)")


# "No, I've been feeling great", "No, I have been good": the no said again as being well, not a yes to an item
_KEPT_WELL = re.compile(
    r"^\W*(?:i've|i have|i'm|i am|i feel|i've felt|i have felt|everything's|everything is|everything has)"
    r"(?: been)?(?: (?:really|pretty|very|quite|doin[g']?|feelin[g']?|keepin[g']?))*"
    r" (?:good|great|fine|well|okay|ok|alright|all right|grand)\b"
)


def _chunked_answers(answer: str, order: list[str]) -> dict[str, bool] | None:
    """A "no" that goes on to a yes answers a list in order ("no no and a little bit"): one answer per chunk when
    the chunks count out, else nothing, which is safer than reading the first "no" as denying every item.
    None when the answer does not start with a no or holds no yes after it."""
    if len(order) < 2 or not NO.match(answer):
        return None
    chunks = [c for c in _CHUNK.split(answer) if c and c.strip(" ,.;")]
    said = [True if NO.match(c) or _KEPT_WELL.match(c) else False if YES.match(c) else None for c in chunks]
    if False not in said:
        return None  # all no (or words that are no answer): the usual reading applies
    if None in said or len(said) != len(order):
        return {}
    return dict(zip(order, said, strict=True))


_PAST_COUNT = re.compile(r"^\W*(?:no|nope|nah)\b|\b(?:before|used to|not now|not anymore|no longer|any more)\b")


def item_answers(answer: str, items: list[tuple[str, str]]) -> dict[str, bool]:
    """Per-item answers to a list: ``items`` are (name, words asked); returns name -> denied.

    "chills yes the rest no": the items not named are denied; "Burning, yes. No blood.": an item answered by
    its first word ("burning" for "burning when you pee").
    """
    out: dict[str, bool] = {}
    for name, words in items:
        counted = NIGHT_COUNT.search(answer)
        # ... but "No, no. Before I got up 2 times a night but not now.": a count of the past, denied now
        if name == "nocturia" and counted and not _PAST_COUNT.search(answer[: counted.start()] + " " + answer):
            out[name] = False  # "Thirsty? Up at night to wee?" "... At night I get up 2 times.": counted, so there
            continue
        # any word that tells the item apart: "burning" of "burning when you pee", "racing" of "heart racing"
        for head in [w for w in re.findall(r"[a-z']+", words) if len(w) > 3 and w not in _NOT_HEADS]:
            # "stinging" is answered "it stings a bit", "burning" "burns a little": the verb's root
            root = head[:-3] if head.endswith("ing") and len(head) > 6 else head
            stem = re.escape(root[:-1] if root.endswith("s") else root)
            # "light maybe a little, noise not really": a hedge after the item is its yes, "not really" its no;
            # an explicit yes or no first ("no nausea some vomiting" denies the nausea)
            if re.search(rf"\b{stem}\w*\W{{0,3}}(?:yes|yeah|yep)\b", answer):
                out[name] = False
            elif re.search(rf"\b(?:no|not) (?:\w+ )?{stem}\w*\b", answer) or re.search(
                rf"\b{stem}\w*\W{{0,3}}(?:no|nope|none|not really|not much|not at all)\b", answer
            ):
                out[name] = True
            elif re.search(rf"\b{stem}\w*\W{{0,3}}(?:maybe|a little|a bit|some|sometimes)\b", answer):
                out[name] = False
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


# "tingling or numbness in your hands": the part the item was asked of, which the answer may name instead
_ASKED_AT = re.compile(r"^(?:,?\s+(?:or|and)\s+\w+)*\s+(?:in|of|on) (?:your|my|her|his|the|both) (\w+)")


def _where_asked(low: str, end: int) -> str:
    """The body part named after the item ending at ``end`` ("hands" of "numbness in your hands"), or ""."""
    m = _ASKED_AT.match(low[end:])
    return f" {m.group(1)}" if m else ""


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
    items = [
        (c.name, q.low[a:b] + _where_asked(q.low, b))
        for a, b, c, q in rest[1]
        if c.name not in rest[2] and c.name != "pain"
    ]
    # what the answer names as a symptom of its own answers no other item: "my gums bleed a little" is not the
    # "bleeding" asked besides the gums (blanked, so every offset stays)
    answer = contract(s.low)
    for a, b, _ in said:
        answer = answer[:a] + " " * (b - a) + answer[b:]
    for name, denied in item_answers(answer, items).items():
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
    {
        "rash",
        "itching",
        "hives",
        "swelling",
        "urticaria",
        "sneezing",
        "watery eyes",
        "hallucinations",
        "confusion",
        "redness",
        "blisters",
        "vomiting",  # "Codeine with vomiting. Got it.": an intolerance told with the drug
        "nausea",
        "bumps",
        "welts",
        "blotches",
        "tightness",  # "his throat got tight after a peanut butter cracker"
    }
)


def _allergy_talk(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` names a drug or allergen while allergies are the topic (in it or just asked)."""
    # "Allergies to medicines?" "Bactrim, years ago, hives. And I can't wear the latex gloves. My hands get red
    # and itchy.": the answer runs over several sentences
    recent = sentences[max(0, s.index - 6) : s.index + 1]
    if not any("allerg" in r.low for r in recent):
        return False
    # "Any allergies to medicines?" "Medicines no, but he gets a rash from strawberries.": the answer itself
    asked = sentences[s.index - 1] if s.index else None
    if asked and "allerg" in asked.low and asked.other_speaker(s):
        return True
    # "The only thing I'm allergic to is ragweed. Itchy eyes, sneezing.": the allergen just named by the speaker
    told = [r for r in recent[-3:] if r.segment.speaker == s.segment.speaker]
    return any(
        "allerg" in r.low or lexicon.find_drugs(r.low) or find_phrases(r.low, lexicon.NON_DRUG_ALLERGENS) for r in told
    )


def allergy_reaction(name: str, sentences: list[Sentence], s: Sentence) -> bool:
    """Whether symptom ``name`` in ``s`` is an allergy's reaction told with its allergen, not a symptom now."""
    # "hand itching", "throat itching": the reaction at a site is the reaction still
    return (name in _REACTIONS or name.split()[-1] in _REACTIONS) and _allergy_talk(sentences, s)


def denied_in_answer(s: Sentence, hits: list, names: set[str]) -> bool:
    """Whether the answer names the one symptom asked (or a synonym of it) only to deny it."""
    own = [(a, b) for a, b, c in hits if c.name in names or same_mood(c.name, names)]
    return bool(own) and all(x.negated for x in assess(s.low, own))


def same_mood(name: str, names: set[str]) -> bool:
    """Low mood is asked as "feeling down" and denied as "not depressed"."""
    moods = {"depressed mood", "depression", "low mood", "sadness"}
    return name in moods and bool(names & moods)


def heard_question_piece(s: Sentence, pending: Sentence | None) -> bool:
    """Whether a recogniser's sentence with no verb goes on with the question the same speaker asked just
    before it: "Any palpitations." "Feeling your heart racing or thumping." (Whisper leaves out most question
    marks, and a clinician tells nothing without a verb). Only in heard speech: written turns keep theirs."""
    return bool(
        s.segment.words
        and pending is not None
        and pending.index == s.index - 1
        and pending.segment.speaker == s.segment.speaker
        and s.segment.speaker not in ("patient", None)
        and not _VERB.search(s.low)
    )


def asked_again(s: Sentence) -> bool:
    """A question with its mark, or a recogniser's that lost it ("Any business or black house."): asked."""
    return s.low.rstrip().endswith("?") or (bool(s.segment.words) and s.is_question)
