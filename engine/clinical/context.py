"""Clinical context of a mention: negated, hedged, historical, hypothetical or about a relative.

medSpaCy's ConText (Chapman et al.; the rule set clinical NLP papers measure negation with) decides the
context of each mention we found, instead of a hand-written NegEx scope. We add a few conversational
cues its defaults (written for dictated notes) lack: "haven't had", "used to", "quit", "maybe a little",
"my mom has". Only the ConText component runs, on one sentence at a time: no statistical model, no
sentence splitter, nothing downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_RELATIVES = "father mother brother sister brothers sisters parents aunt uncle cousin grandma grandpa siblings".split()
# Conversational cues missing from ConText's default rules (written for notes, not speech).
_EXTRA_RULES: list[tuple[str, str, str]] = [
    # (literal, category, direction)
    ("haven't had", "NEGATED_EXISTENCE", "FORWARD"),
    ("have not had", "NEGATED_EXISTENCE", "FORWARD"),
    ("hasn't had", "NEGATED_EXISTENCE", "FORWARD"),
    ("don't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("doesn't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("didn't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("haven't noticed", "NEGATED_EXISTENCE", "FORWARD"),
    ("haven't been", "NEGATED_EXISTENCE", "FORWARD"),
    ("not having", "NEGATED_EXISTENCE", "FORWARD"),
    ("no more", "NEGATED_EXISTENCE", "FORWARD"),
    ("nothing like", "NEGATED_EXISTENCE", "FORWARD"),
    ("never had", "NEGATED_EXISTENCE", "FORWARD"),
    ("not really", "NEGATED_EXISTENCE", "FORWARD"),
    ("negative", "NEGATED_EXISTENCE", "BACKWARD"),
    ("is gone", "NEGATED_EXISTENCE", "BACKWARD"),
    ("went away", "NEGATED_EXISTENCE", "BACKWARD"),
    ("resolved", "NEGATED_EXISTENCE", "BACKWARD"),
    # Gone now: "my headaches have stopped", "the rash has cleared up", "the cough is gone now".
    *(
        (f"{verb} {gone}", "NEGATED_EXISTENCE", "BACKWARD")
        for verb in ("have", "has", "are")
        for gone in ("stopped", "gone", "gone away", "cleared up", "resolved")
    ),
    ("gone now", "NEGATED_EXISTENCE", "BACKWARD"),
    # Nobody has it: "nobody in my family has diabetes", "no one has had cancer".
    ("nobody", "NEGATED_EXISTENCE", "FORWARD"),
    ("no one", "NEGATED_EXISTENCE", "FORWARD"),
    ("used to", "HISTORICAL", "FORWARD"),
    ("quit", "HISTORICAL", "FORWARD"),
    ("years ago", "HISTORICAL", "BACKWARD"),
    ("as a kid", "HISTORICAL", "BACKWARD"),
    ("as a child", "HISTORICAL", "BACKWARD"),
    # A past episode anchored in time ("pneumonia last year", "a heart attack in 2019") is history.
    ("last year", "HISTORICAL", "BACKWARD"),
    ("years back", "HISTORICAL", "BACKWARD"),
    ("in the past", "HISTORICAL", "BIDIRECTIONAL"),
    # Childhood and long-ago episodes; not "last month" or "two weeks ago", which date a current symptom's onset.
    ("when i was a kid", "HISTORICAL", "BACKWARD"),
    ("when i was younger", "HISTORICAL", "BACKWARD"),
    ("when i was little", "HISTORICAL", "BACKWARD"),
    ("as a teenager", "HISTORICAL", "BACKWARD"),
    ("in high school", "HISTORICAL", "BACKWARD"),
    ("in college", "HISTORICAL", "BACKWARD"),
    ("growing up", "HISTORICAL", "BACKWARD"),
    ("a while back", "HISTORICAL", "BACKWARD"),
    ("years earlier", "HISTORICAL", "BACKWARD"),
    # A past date that tells the onset of what is still there: "started last year and it's gotten worse".
    *(
        (f"{verb} {when}", "PSEUDO", "PSEUDO")
        for verb in ("started", "began", "start", "since", "starting")
        for when in ("last year", "years ago", "a while back", "years back")
    ),
    # "for a while back and forth": on and off, not long ago.
    ("back and forth", "PSEUDO", "PSEUDO"),
    ("while back and forth", "PSEUDO", "PSEUDO"),  # longer than "a while back", so it wins
    ("maybe", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("i think", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("kind of", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("sort of", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("a little bit", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("not sure", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("don't know if", "POSSIBLE_EXISTENCE", "FORWARD"),  # "I don't know if I had a fever": unsure, not denied
    ("do not know if", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("thought i was", "HYPOTHETICAL", "FORWARD"),  # "I thought I was having a heart attack"
    ("thought it was", "HYPOTHETICAL", "FORWARD"),
    ("if you", "HYPOTHETICAL", "FORWARD"),
    ("if she", "HYPOTHETICAL", "FORWARD"),
    ("if he", "HYPOTHETICAL", "FORWARD"),
    ("if it", "HYPOTHETICAL", "FORWARD"),
    ("in case", "HYPOTHETICAL", "FORWARD"),
    ("watch for", "HYPOTHETICAL", "FORWARD"),
    ("watch out for", "HYPOTHETICAL", "FORWARD"),
    # Teaching, warnings and fears name conditions nobody has: "things like chest pain, call 911",
    # "signs of infection like redness", "people with asthma", "I was worried it was a heart attack".
    ("things like", "HYPOTHETICAL", "FORWARD"),
    ("signs of", "HYPOTHETICAL", "FORWARD"),
    ("symptoms of", "HYPOTHETICAL", "FORWARD"),
    ("call 911", "HYPOTHETICAL", "BACKWARD"),
    ("people with", "HYPOTHETICAL", "FORWARD"),
    ("avoid", "HYPOTHETICAL", "FORWARD"),
    ("worried it was", "HYPOTHETICAL", "FORWARD"),
    ("worried it might be", "HYPOTHETICAL", "FORWARD"),
    ("afraid it was", "HYPOTHETICAL", "FORWARD"),
    ("scared it was", "HYPOTHETICAL", "FORWARD"),
    ("look out for", "HYPOTHETICAL", "FORWARD"),
    ("can cause", "HYPOTHETICAL", "FORWARD"),
    ("may cause", "HYPOTHETICAL", "FORWARD"),
    ("side effects", "HYPOTHETICAL", "FORWARD"),
    ("side effect", "HYPOTHETICAL", "FORWARD"),
    ("some people", "HYPOTHETICAL", "FORWARD"),
    ("people get", "HYPOTHETICAL", "FORWARD"),
    ("you may get", "HYPOTHETICAL", "FORWARD"),
    ("you might get", "HYPOTHETICAL", "FORWARD"),
    ("could cause", "HYPOTHETICAL", "FORWARD"),
    ("go to the er", "HYPOTHETICAL", "BACKWARD"),
    ("call us", "HYPOTHETICAL", "BACKWARD"),
    ("rule out", "HYPOTHETICAL", "FORWARD"),
    ("make sure", "HYPOTHETICAL", "FORWARD"),
    # A relative named as the subject: "my father has high blood pressure", "my sister gets migraines".
    # Not "my son"/"my daughter": a parent telling of their child is usually telling of the patient.
    *((f"{owner} {rel}", "FAMILY", "FORWARD") for owner in ("my", "her", "his") for rel in _RELATIVES),
    ("my mom", "FAMILY", "FORWARD"),
    ("my dad", "FAMILY", "FORWARD"),
    ("her mom", "FAMILY", "FORWARD"),
    ("his dad", "FAMILY", "FORWARD"),
    ("grandmother", "FAMILY", "BIDIRECTIONAL"),
    # Not family, but not the patient either: their conditions are nobody's history here.
    ("my friend", "FAMILY", "FORWARD"),
    ("my husband", "FAMILY", "FORWARD"),
    ("my wife", "FAMILY", "FORWARD"),
    ("my partner", "FAMILY", "FORWARD"),
    ("my coworker", "FAMILY", "FORWARD"),
    ("my roommate", "FAMILY", "FORWARD"),
    ("my neighbor", "FAMILY", "FORWARD"),
    ("grandfather", "FAMILY", "BIDIRECTIONAL"),
    ("runs in the family", "FAMILY", "BACKWARD"),
    ("runs in my family", "FAMILY", "BACKWARD"),
    ("in my family", "FAMILY", "BACKWARD"),
    ("in the family", "FAMILY", "BACKWARD"),
    ("family history", "FAMILY", "FORWARD"),
    # "High blood pressure runs on my dad's side", "diabetes on my mother's side of the family".
    ("runs on", "FAMILY", "BACKWARD"),
    ("side of the family", "FAMILY", "BACKWARD"),
    *((f"on my {rel}'s side", "FAMILY", "BIDIRECTIONAL") for rel in ("mom", "dad", "mother", "father")),
    ("but", "TERMINATE", "TERMINATE"),
    ("except", "TERMINATE", "TERMINATE"),
    ("although", "TERMINATE", "TERMINATE"),
    ("and i have", "TERMINATE", "TERMINATE"),
    ("and i've", "TERMINATE", "TERMINATE"),
    # A new clause that reports what is there ends a denial: "denies chest pain, reports dizziness",
    # "no fever and i'm coughing", "no nausea, however the pain is worse".
    ("and i", "TERMINATE", "TERMINATE"),
    ("and you", "TERMINATE", "TERMINATE"),  # "your father has hypertension, and you have diabetes"
    # A new clause naming what is there: "no, it's this rash on my arm", "no fever, it's my stomach".
    # (Not "I have a": "I don't think I have a fever" is a denial.)
    ("it's this", "TERMINATE", "TERMINATE"),
    ("it's my", "TERMINATE", "TERMINATE"),
    ("more like", "TERMINATE", "TERMINATE"),  # "just the blood pressure, and I had my gallbladder out in 2010"
    ("and i'm", "TERMINATE", "TERMINATE"),
    ("and i am", "TERMINATE", "TERMINATE"),
    ("reports", "TERMINATE", "TERMINATE"),
    ("endorses", "TERMINATE", "TERMINATE"),
    ("complains of", "TERMINATE", "TERMINATE"),
    ("positive for", "TERMINATE", "TERMINATE"),
    ("admits to", "TERMINATE", "TERMINATE"),
    ("however", "TERMINATE", "TERMINATE"),
    ("though", "TERMINATE", "TERMINATE"),
    ("just", "TERMINATE", "TERMINATE"),
    ("no change", "PSEUDO", "PSEUDO"),
    # The second half of a return precaution: "if it's not better in ten days, or you get a high fever, ..."
    ("or you get", "HYPOTHETICAL", "FORWARD"),
    ("or you develop", "HYPOTHETICAL", "FORWARD"),
    ("or you have", "HYPOTHETICAL", "FORWARD"),
    ("sooner if", "HYPOTHETICAL", "FORWARD"),
    # "I'm constipated, which is not me, and my hair is falling out": out of character, not a denial.
    ("not me", "PSEUDO", "PSEUDO"),
    # A "no" before a possessive answers or corrects; it does not negate what that person has:
    # "grandma, no, her mother had a stroke", "no my dad had it".
    ("no my", "PSEUDO", "PSEUDO"),
    ("no her", "PSEUDO", "PSEUDO"),
    ("no his", "PSEUDO", "PSEUDO"),
    ("is not me", "PSEUDO", "PSEUDO"),  # longer than ConText's own "is not", so it wins
    ("is not like me", "PSEUDO", "PSEUDO"),
    ("not like me", "PSEUDO", "PSEUDO"),
    ("not like him", "PSEUDO", "PSEUDO"),
    ("not like her", "PSEUDO", "PSEUDO"),
    # A complaint told with a negative that is not a denial: "I don't know, I've had this chest pain",
    # "I can't get rid of this cough", "no matter what I do my knee hurts", "I'm not feeling well, I have ...".
    *(
        (lit, "PSEUDO", "PSEUDO")
        for lit in (
            "don't know",
            "do not know",
            "can't get rid of",
            "cannot get rid of",
            "can't shake",
            "can't stop",
            "cannot stop",
            "won't go away",
            "won't stop",
            "not going away",
            "isn't going away",
            "doesn't go away",
            "hasn't gone away",
            "not getting better",
            "not improving",
            "no better",
            "no matter",
            "no relief",
            "not feeling well",
            "not feeling good",
            "not feeling great",
            "not doing well",
            "not doing great",
            "not well",
            "not great",
            "not good",
        )
    ),
    # Less of it is still some: "I don't have quite as much shortness of breath" is present, improving.
    ("not as much", "PSEUDO", "PSEUDO"),
    ("not as bad", "PSEUDO", "PSEUDO"),
    ("not quite as", "PSEUDO", "PSEUDO"),
    ("don't have as much", "PSEUDO", "PSEUDO"),
    ("don't have quite as much", "PSEUDO", "PSEUDO"),
    ("do not have as much", "PSEUDO", "PSEUDO"),
    ("do not have quite as much", "PSEUDO", "PSEUDO"),
    ("not having as much", "PSEUDO", "PSEUDO"),
    # "Your exam and history sound like carpal tunnel": the clinician's history-taking, not a past condition.
    ("exam and history", "PSEUDO", "PSEUDO"),
    ("history and exam", "PSEUDO", "PSEUDO"),
    ("history and physical", "PSEUDO", "PSEUDO"),
    ("history sounds", "PSEUDO", "PSEUDO"),
    ("history sound", "PSEUDO", "PSEUDO"),
    ("not only", "PSEUDO", "PSEUDO"),
    # More than usual, always there: "I'm not used to this much pain", "never without a headache".
    ("not used to", "PSEUDO", "PSEUDO"),
    ("never without", "PSEUDO", "PSEUDO"),
    ("not without", "PSEUDO", "PSEUDO"),
    # "No, I've had a fever though": the answer's "no" is spent; what the patient has had follows.
    *(
        (f"no{comma} {had}", "PSEUDO", "PSEUDO")
        for comma in (",", "")
        for had in ("i've had", "i have had", "i've been having", "i've been getting")
    ),
    ("no problem", "PSEUDO", "PSEUDO"),
    ("not sure if", "PSEUDO", "PSEUDO"),
]


MAX_SCOPE = 10


@dataclass(frozen=True)
class Context:
    """What ConText says about one mention."""

    negated: bool = False
    possible: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False

    @property
    def about_patient_now(self) -> bool:
        """Said of the patient, as a present (or hedged) fact: not a relative's, not an if."""
        return not (self.family or self.hypothetical)


@lru_cache(maxsize=1)
def _nlp():
    # Imported here: spaCy costs about a second to import, and only extraction needs it.
    import spacy
    from medspacy.context import ConTextRule

    nlp = spacy.blank("en")
    # A cue reaches at most 10 tokens: unpunctuated speech runs many clauses into one "sentence", and
    # one "no" must not negate everything after it.
    context = nlp.add_pipe(
        "medspacy_context", config={"rules": "default", "span_attrs": "default", "max_scope": MAX_SCOPE}
    )
    context.add([ConTextRule(lit, cat, direction=d) for lit, cat, d in _EXTRA_RULES])
    # "in 2019", "back in 2015": a year said after the condition dates it.
    # "the breast cancer, that was 2005" dates it too.
    year = [{"LOWER": {"IN": ["in", "back", "was"]}}, {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}]
    context.add([ConTextRule("in <year>", "HISTORICAL", direction="BACKWARD", pattern=year)])
    return nlp


def contract(text: str) -> str:
    """ "do n't" (tokenised transcripts) as "do not", the same length: every offset stays where it was."""
    return _SPLIT_NOT.sub(r"\1 not", text)


_SPLIT_NOT = re.compile(r"(\w) n't\b")
# "I used to get migraines but now I get them every day": the past said, then the present.
_NOW_AGAIN = re.compile(
    r"[^.;?!]{0,40}?\bbut now\b(?![^.;?!]*\b(?:not|no|never|don't|doesn't|fine|gone|better|okay|ok|stopped)\b)"
)
_LABEL_NO = re.compile(r":(?=\s*(?:no|denies|negative for)\s+[a-z])")


def assess(text: str, spans: list[tuple[int, int]]) -> list[Context]:
    """The context of each ``(start, end)`` character span of ``text`` (one sentence, lower case)."""
    if not spans:
        return []
    nlp = _nlp()
    # Each mention is masked to one neutral token: a cue inside it ("can't sleep", "no energy") must
    # not negate it, and ConText's rules never look inside their targets anyway.
    # "Constitutional: no fever.": a section label's colon before a "no" is not the "fever: no" answer that
    # ConText's default ": no" rule reads backward; the "no" negates what follows it.
    chars = list(_LABEL_NO.sub(lambda m: "," + m.group(0)[1:], contract(text)))
    for a, b in spans:
        chars[a:b] = "x" * (b - a)
    doc = nlp.make_doc("".join(chars))
    for k, token in enumerate(doc):  # the caller gives one sentence: ConText's scope ends with it
        token.is_sent_start = k == 0
    ents, index = [], []
    for i, (a, b) in enumerate(spans):
        span = doc.char_span(a, b, label="TARGET", alignment_mode="expand")
        if span is None:
            continue
        if any(span.start < e.end and e.start < span.end for e in ents):
            continue  # overlapping mentions share one span: judged once, copied below
        ents.append(span)
        index.append(i)
    doc.ents = sorted(ents, key=lambda e: e.start)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    by_start = {e.start_char: e for e in doc.ents}
    out = [Context()] * len(spans)
    for i, span in zip(index, ents, strict=True):
        e = by_start[span.start_char]
        out[i] = Context(
            negated=e._.is_negated and not _cut_off(doc, e, "NEGATED_EXISTENCE"),
            possible=e._.is_uncertain,
            historical=e._.is_historical
            and not _cut_off(doc, e, "HISTORICAL")
            and not _NOW_AGAIN.match(text, e.end_char),
            hypothetical=e._.is_hypothetical and not _cut_off(doc, e, "HYPOTHETICAL"),
            family=e._.is_family and not _cut_off(doc, e, "FAMILY"),
        )
    for i, (a, _b) in enumerate(spans):
        if i not in index:
            twin = next((j for j, s in zip(index, ents, strict=True) if s.start_char <= a < s.end_char), None)
            if twin is not None:
                out[i] = out[twin]
    return out


# Words that end a cue's reach. ConText has them as TERMINATE rules, yet a cue sometimes still reaches
# past them ("no vomiting or diarrhea, but I'm a little nauseous"; "just the blood pressure, and I had my
# gallbladder out in 2010"): checked again here, on both sides of the mention.
# "No, just the toe, well the ankle's a little sore": after "just" comes what is there.
_TERMINATORS = frozenset("but however though although except yet just".split())


# "My wife brought me in because I've had chest pain": the patient, named after the relative, owns what follows.
_PATIENT_AGAIN = frozenset("i me because".split())


def _separated(doc, lo: int, hi: int, category: str) -> bool:
    words = [doc[k].lower_ for k in range(lo, hi)]
    if category == "HYPOTHETICAL":  # "some people get headaches but I get them every day"
        return any(w in _TERMINATORS - {"just"} for w in words)
    stops = _TERMINATORS | _PATIENT_AGAIN if category == "FAMILY" else _TERMINATORS
    pairs = list(zip(words, words[1:], strict=False))
    # "and I ...", and a new clause after a comma that names what is there: "no fever, it's my stomach"
    return (
        any(w in stops for w in words)
        or ("and", "i") in pairs
        or ("and", "you") in pairs
        or any(p == ("it", "'s") and k > 0 and words[k - 1] == "," for k, p in enumerate(pairs))
    )


def _cut_off(doc, ent, category: str) -> bool:
    """Whether every ``category`` cue of ``ent`` is cut off from it by a terminating word."""
    cues = [m for m in ent._.modifiers if m.category == category and m.direction != "TERMINATE"]
    for m in cues:
        start, end = m.modifier_span
        between = (end, ent.start) if end <= ent.start else (ent.end, start)
        if not _separated(doc, *between, category):
            return False
    return bool(cues)


def warm() -> None:
    """Load the ConText rules now (about a second) rather than on the first note."""
    _nlp()
