"""Clinical context of a mention: negated, hedged, historical, hypothetical or about a relative.

medSpaCy's ConText (Chapman et al.; the rule set clinical NLP papers measure negation with) decides the
context of each mention we found, instead of a hand-written NegEx scope. We add a few conversational
cues its defaults (written for dictated notes) lack (engine/clinical/context_cues.py): "haven't had",
"used to", "quit", "maybe a little", "my mom has". Only the ConText component runs, on one sentence at a
time: no statistical model, no sentence splitter, nothing downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.clinical.context_cues import EXTRA_RULES, NEWS_SUBJECTS, RECENTLY

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
    context.add([ConTextRule(lit, cat, direction=d) for lit, cat, d in EXTRA_RULES])
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
            # "my wife made the appointment, it's my face it's red": a part the patient calls "my" is their own
            family=e._.is_family and not _cut_off(doc, e, "FAMILY") and not text.startswith("my ", e.start_char),
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


# "My wife brought me in because I've had chest pain": the patient, named after the relative, owns what follows;
# so does "my" again ("my wife made the appointment, it's my face"; "my sister" is a cue of its own).
_PATIENT_AGAIN = frozenset("i me because my".split())


def _separated(doc, lo: int, hi: int, category: str) -> bool:
    words = [doc[k].lower_ for k in range(lo, hi)]
    if category == "HYPOTHETICAL":  # "some people get headaches but I get them every day"
        return any(w in _TERMINATORS - {"just"} for w in words)
    stops = _TERMINATORS | _PATIENT_AGAIN if category == "FAMILY" else _TERMINATORS
    pairs = list(zip(words, words[1:], strict=False))
    # "and I ...", and a new clause after a comma that names what is there: "no fever, it's my stomach"
    return (
        # "my brother just got diagnosed with": the news is still the brother's
        any(w in stops and not (category == "FAMILY" and _recently(doc, lo + k)) for k, w in enumerate(words))
        or ("and", "i") in pairs
        or ("and", "you") in pairs
        # "no, none of that, well my gums bleed": "well" turns to what is there
        or ("well", "my") in pairs
        or ("well", "i") in pairs
        or any(p == ("it", "'s") and k > 0 and words[k - 1] == "," for k, p in enumerate(pairs))
        # "I haven't been able to go, I'm all bunged up": the patient's new clause tells what is there
        or any(p in _I_HAVE and k > 0 and words[k - 1] == "," for k, p in enumerate(pairs))
        # how much of what is there, in a clause of its own, ends a denial only: "No, a little heartburn", "no
        # chest pain, a bit of a cough" ("my mom had diabetes, a bit of heart disease too" stays the mother's)
        or (
            category == "NEGATED_EXISTENCE"
            and any(p in _AMOUNT and k > 0 and words[k - 1] == "," for k, p in enumerate(pairs))
        )
    )


_AMOUNT = frozenset({("a", "little"), ("a", "bit")})


_I_HAVE = frozenset(("i", w) for w in ("'m", "am", "'ve", "get", "keep", "feel"))


def _recently(doc, k: int) -> bool:
    """Whether the "just" at token ``k`` means "recently": "my brother just got diagnosed"."""
    return (
        doc[k].lower_ == "just"
        and 0 < k < len(doc) - 1
        and doc[k - 1].lower_ in NEWS_SUBJECTS
        and doc[k + 1].lower_ in RECENTLY
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
