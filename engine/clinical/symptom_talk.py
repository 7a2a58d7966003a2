"""Symptoms named in talk that reports none: safety-netting, a treatment's expected effects, a topic named
before its question, an episode said to be over, and the patient's hedge said with a rising tone.

"If your lips swell or you feel faint, call 999" names what to watch for; "they'll blister and peel" what the
freezing will do; "and bleeding, since you're on two blood thinners, any bleeding from your gums" names the
topic the question then asks. "I had a sore throat the week before. That's all gone now." was, and is not.
"Maybe a bit of puffiness round my eyes?" is a hedged yes, not a question, and "it made me so groggy, so I
stopped it" is what a drug did once. Besides, what "it" is tells a symptom ("any blood in it?" after the
diarrhoea is blood in the stool), and "so you're here for the cough and the fever" "yeah" confirms both.
Symptoms (symptoms.py) asks these.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.pain_referents import part_pain_mentions
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept

# The action a safety-net ends in: "call 999", "ring us", "go to A&E", "come straight back", "that's an emergency"
ACTION = re.compile(
    r"\b(?:call|ring|phone|contact)\b|\b(?:999|911|111)\b|\ba ?& ?e\b|\b(?:the )?(?:er|emergency)\b|"
    r"\bcome (?:back|straight back|in|and see)\b|\bseek\b|\bget (?:help|seen)\b|\bdon't wait\b|\bbook\b|"
    r"\blet (?:me|us) know\b|\bgo (?:to|straight to)\b"
)
IF = re.compile(r"\b(?:if|should you|in case|whenever)\b")
# The red flags listed first, the action after: "chest pain, coughing up blood, those are reasons to call 999"
_RED_FLAGS_THEN = re.compile(
    r"\b(?:those|these|any of (?:those|these|that)|all of (?:those|these)|either of (?:those|these))"
    r"(?:'re| are| would be| mean)?\b[^.?!]{0,40}?\b(?:reasons? to|call|ring|999|911|111|a ?& ?e|the er|emergency|"
    r"come (?:straight )?back|come in)\b"
)


# The red flags listed, then where they send you, with no "if": "Bad headache with chest pain, weakness,
# that's the ER", "... that means A and E", "chest pain, go straight to the emergency room".
_THATS_ACTION = re.compile(
    r"(?:,|\.|^)\s*(?:that(?:'s| is| means)(?: a trip to| straight to)?|then|go(?: straight)? to)"
    r" (?:the er|the emergency|emergency|the hospital|a ?& ?e|a and e|an emergency|911|999)\b"
)
# "Sweating, shaking, giddiness. If that happens, take sugar": the signs listed, the "if" in the next sentence
_IF_THAT = re.compile(
    r"^\W*(?:and |so )?(?:if|when) (?:that|this|any of (?:that|those|these|them)|these|those|it|they)"
    r" (?:happens?|happen|comes?|occurs?|starts?)\b"
)


# "I want you watching for redness spreading, pus or fever", "look out for any signs of infection like ...": the
# signs to watch for, named before they come (not "keep an eye on the rash", which has it already)
_WATCH_FOR = re.compile(
    r"\b(?:watch(?:ing)?(?: out)? for|look(?:ing)? out for|keep(?:ing)? an eye out for|on the lookout for|"
    r"warning signs?|signs? of (?:an? )?infection)\b[^.;?!]*$"
)


def safety_net(s: Sentence, a: int, nxt: Sentence | None = None) -> bool:
    """Whether the clinician's symptom at ``a`` is a condition of their safety-netting advice: an "if" before
    it in the sentence, and an action to take ("If your lips swell, you get wheezy, or feel faint, call 999");
    the signs listed and where they send you ("..., weakness, that's the ER"); or a list the clinician's next
    sentence makes the condition ("Sweating, shaking. If that happens, ..."). ConText's "if" reaches ten words;
    a list of red flags runs longer."""
    if s.segment.speaker in ("patient", None):
        return False
    if (IF.search(s.low[:a]) and ACTION.search(s.low)) or _RED_FLAGS_THEN.search(s.low, a):
        return True
    if s.question_at(a):  # "Chest pain? That's the ER question.": the two new readings below need a statement
        return False
    if _WATCH_FOR.search(s.low[:a]):
        return True
    return bool(_THATS_ACTION.search(s.low, a)) or bool(
        nxt is not None and nxt.segment.id == s.segment.id and _IF_THAT.match(nxt.low)
    )


# "they'll blister and peel", "it will sting for a minute", "you'll be sore": what a treatment will do
_WILL = re.compile(
    r"\b(?:they|it|you|that|this|these|those)(?:'ll| will)(?: (?:probably|likely|usually|just))? (?:be )?$"
)


def predicted(s: Sentence, a: int) -> bool:
    """Whether the clinician tells the symptom at ``a`` as what a treatment will do."""
    return s.segment.speaker not in ("patient", None) and bool(_WILL.search(s.low[max(0, a - 30) : a]))


def topic_of_question(s: Sentence, a: int, b: int) -> bool:
    """Whether the clinician's words at ``a``-``b`` name the topic that a question later in the sentence asks
    about again: "and bleeding since you're on two blood thinners any bleeding from your gums"."""
    if s.segment.speaker in ("patient", None):
        return False
    again = re.finditer(rf"\b{re.escape(s.low[a:b])}\b", s.low[b:])
    return not s.question_at(a) and any(s.question_at(b + m.start()) for m in again)


_OVER = re.compile(
    r"^\W*(?:(?:but|and|well),?\s+)?(?:that's|that is|that has|that's all|it's|it is|they're|they are|both)"
    r"(?: all| completely| long)? (?:gone|cleared(?: up)?|resolved|better now|fine now|over)\b"
)


def over_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the speaker's next sentence says what they just told is over: "I had a sore throat the week
    before. That's all gone now." (an earlier illness, not a symptom now)."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(nxt and nxt.segment.speaker == s.segment.speaker and _OVER.match(nxt.low))


_HEDGE_START = re.compile(r"^\W*(?:maybe|perhaps|probably|possibly|i think|a bit|a little|sort of|kind of)\b")


def hedged_uptalk(s: Sentence, a: int) -> bool:
    """Whether the patient's "question" holding ``a`` is a hedge said with a rising tone ("Maybe a bit of
    puffiness round my eyes one morning?"): a statement, not a question."""
    if s.segment.speaker != "patient":
        return False
    start = s.clause_start(a)
    return bool(_HEDGE_START.match(s.low[start:]))


# "it made me so groggy", "the Bactrim gave her diarrhea": what a drug did (told in the past).
# (the subject left out, as the answer to what a drug did: "Made my legs ache something awful.")
_MADE_ME = re.compile(
    r"(?:\b([a-z]+) |^\W*)(?:made|gave|was giving|was making|kept giving|caused)"
    r"(?: (?:me|her|him|them))?\b[^.;?!]{0,40}$"
)
_PRONOUN = frozenset("it that this they which those".split())


def side_effect_past(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the symptom at ``a`` is what a drug did in the past: "It made me sick to my stomach, so I stopped
    it", with a drug named in this sentence or the two before."""
    m = _MADE_ME.search(s.low[max(0, a - 80) : a])
    if not m:
        return False
    if m.group(1) and m.group(1) not in _PRONOUN:
        return bool(lexicon.find_drugs(m.group(1)))
    return any(lexicon.find_drugs(r.low) for r in sentences[max(0, s.index - 2) : s.index + 1])


# What "it" was just talked of: the stool, the urine or the phlegm ("Have you noticed any blood in it?")
_TOPICS = (
    ("stool", re.compile(r"\b(?:stools?|bowels?|poo|poop|diarrh\w*|the runs|motions?|opening your bowels)\b")),
    ("urine", re.compile(r"\b(?:urine|urinat\w*|wee|weeing|pee|peeing|passing water)\b")),
    (
        "sputum",
        re.compile(r"\b(?:phlegm|sputum|mucus|gunk|coughing (?:anything|stuff) up|bringing (?:anything|stuff) up)\b"),
    ),
)
# the part of each that tells a symptom: blood in it, its colour, its froth
_BLOOD_IN_IT = re.compile(
    r"\bblood (?:in|with) (?:it|them)\b|\b(?:any|no) (blood)\b(?! (?:in|on|when|with|from|pressure|tests?|work|sugars?|"
    r"thinners?|counts?|levels?|clots?|draws?|transfusions?|vessels?)\b)"
)
_IT_IS = (
    r"\b(?:has it been|is it|was it|it's|it is|it was|it's been|it has been|been)"
    r"(?: (?:quite|really|very|sort of|kind of|a bit))? "
)
_COLOURED = re.compile(_IT_IS + r"(black|dark|foamy|frothy|bubbly)\b|\b(?:not|no) (black)\b")
_NAMES = {
    ("stool", "blood"): "blood in stool",
    ("stool", "black"): "black stools",
    ("urine", "blood"): "blood in urine",
    ("urine", "dark"): "dark urine",
    ("urine", "foamy"): "foamy urine",
    ("urine", "frothy"): "foamy urine",
    ("urine", "bubbly"): "foamy urine",
    ("sputum", "blood"): "hemoptysis",
}


def _topic(sentences: list[Sentence], s: Sentence, upto: int, blood: bool = False) -> str | None:
    """The stool, urine or sputum last talked of, in ``s`` before ``upto`` or the three sentences before. A bare
    "no blood" answers the blood just asked of ("any blood in the urine, black stools?" "no blood"), if any."""
    texts = [r.low for r in sentences[max(0, s.index - 3) : s.index]] + [s.low[:upto]]
    best = None
    for k, text in enumerate(texts):
        for name, pattern in _TOPICS:
            for m in pattern.finditer(text):
                asked_blood = blood and "blood" in text[max(0, m.start() - 20) : m.start()]  # "blood in the urine"
                if best is None or (asked_blood, k, m.start()) > best[0]:
                    best = ((asked_blood, k, m.start()), name)
    return best[1] if best else None


def referred_mentions(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Symptoms told of "it" when "it" is the stool, urine or phlegm just talked of: "Have you noticed any blood
    in it, or has it been black?" (blood in stool, black stools), "It's quite dark." (dark urine after "when did
    you last have a wee?"), "okay no blood in it" (hemoptysis, after the morning phlegm)."""
    out = []
    for m in _BLOOD_IN_IT.finditer(s.low):
        a = m.start(1) if m.group(1) else m.start()  # "no blood": the word alone, its "no" left to negate it
        if (topic := _topic(sentences, s, a, blood=True)) and (name := _NAMES.get((topic, "blood"))):
            out.append((a, m.end(), Concept(name, "", "")))
    for m in _COLOURED.finditer(s.low):
        k = 1 if m.group(1) else 2  # the colour word alone: "no black" must leave its "no" to negate it
        if (topic := _topic(sentences, s, m.start())) and (name := _NAMES.get((topic, m.group(k)))):
            out.append((m.start(k), m.end(k), Concept(name, "", "")))
    # ... and "it" (or the part alone) told of a body part: "I laid on my finger and it's been hurting"
    return out + part_pain_mentions(sentences, s)


# The clinician's "no fever" said with the vital signs is the exam's "afebrile", not a denial asked.
_VITALS = re.compile(r"\bvital(?:s| signs?)\b|\btemperature\b")


def after_vitals(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the clinician's sentence follows their own words about the vital signs."""
    prev = sentences[s.index - 1] if s.index > 0 else None
    return bool(
        prev
        and s.segment.speaker not in ("patient", None)
        and prev.segment.speaker == s.segment.speaker
        and _VITALS.search(prev.low)
    )


# "so you're here for the cough and the fever", "you've been having headaches and nausea": told, to be confirmed
_TOLD_YOU = re.compile(r"\byou(?:'re| are|'ve| have| had| were|'ve been| have been| get| still)\b")


def told_and_confirmed(q: Sentence) -> bool:
    """Whether the clinician's sentence tells the patient's symptoms back (a statement, no question in it, the
    items joined by "and"): a "yeah" confirms every one, where to "fevers or chills?" it says nothing."""
    return (
        q.segment.speaker not in ("patient", None)
        and not any(is_q for _, _, is_q in q.clauses)
        and not q.low.rstrip().endswith("?")
        and bool(_TOLD_YOU.search(q.low))
        and not re.search(r"\b(?:or|any|no|not|never|without|denies)\b|n't\b", q.low)  # a denial told back
    )


_EFFECTS = re.compile(
    r"\bside[- ]effects?\b|\bwhat (?:does|will|would) it do\b|\banything (?:i|we) should (?:know|watch)\b"
)
_YOURS = re.compile(r"\byou(?:'ve| have| had| mentioned| said| told| get| got)\b|\byour\b")


def effects_explained(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the clinician's statement at ``a`` tells a drug's possible effects, asked about just before ("Are
    there side effects?" "Some tingling in the fingers, and it can make you a bit foggy."): not the clinician's
    own "Any side effects? Any diarrhoea?", which asks, nor "your tingling", which the patient has."""
    if s.segment.speaker in ("patient", None) or s.question_at(a) or _YOURS.search(s.low[s.clause_start(a) : a]):
        return False
    before = sentences[max(0, s.index - 2) : s.index + 1]
    return any(
        _EFFECTS.search(r.low[: a if r is s else None]) and (r.segment.speaker == "patient" or not r.is_question)
        for r in before
    )


# Someone the patient knows, named in their sentence just before: "My friend has the implant. She says she
# bleeds on and off." (a relative's symptoms are family_history.relative_told_of's)
_ACQUAINTANCE = re.compile(
    r"\bmy (?:friend|friends|coworker|co-worker|colleague|neighbou?r|roommate|flatmate|classmate|boss)\b"
)
_THIRD_PERSON = re.compile(r"^(?:[^.;?!]*?\b)?(?:she|he|they)\b(?:(?!\b(?:i|i'm|i've|me|my)\b)[^.;?!])*$")


def acquaintance_told_of(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the patient tells the symptom at ``a`` of a friend or colleague named in their sentence just
    before, by "she", "he" or "they" (an interpreter's "she says ..." of the patient names no friend)."""
    prev = sentences[s.index - 1] if s.index > 0 else None
    return bool(
        s.segment.speaker == "patient"
        and prev is not None
        and prev.segment.id == s.segment.id
        and _ACQUAINTANCE.search(prev.low)
        and _THIRD_PERSON.match(s.low[s.clause_start(a) : a])
    )


def advice(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether the clinician names the symptom at ``a`` in advice, not as one the patient has or is asked
    about: safety-netting, a treatment's expected effects, a drug's possible side effects; or the patient
    tells it of a friend."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return (
        safety_net(s, a, nxt)
        or predicted(s, a)
        or effects_explained(sentences, s, a)
        or acquaintance_told_of(sentences, s, a)
    )
