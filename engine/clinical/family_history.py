"""Family history, and the past medical history filed from the same problem mentions.

A relative's condition is family history, never the patient's problem. The relative can be named in the
sentence ("my mom had breast cancer"), before it ("on my dad's side, diabetes"), only in the question
("What about your father?" "He has high blood pressure."), or not at all ("diabetes runs in my family").
A relative and a condition told in different places ("My dad had them a lot") are family_reference.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from engine.clinical.context import Context
from engine.clinical.history_fact import history_fact as _fact
from engine.clinical.past_medical import history_of, told_as_past
from engine.clinical.relative_words import HE as _HE
from engine.clinical.relative_words import RELATION, RELATION_NAME
from engine.clinical.relative_words import SHE as _SHE
from engine.clinical.sentences import Sentence
from engine.clinical.text_caches import visit_cache
from engine.clinical.vocabulary import Concept, find_problems
from engine.types import Fact

# "He has", "she had", "they both have": a pronoun subject telling a condition, with no "I" in between.
_PRONOUN_TELLS = re.compile(
    r"\b(he|she|they|both of them|both)(?:'s| has| had| have| was| were| got| is| gets| also| too| both| actually|"
    r" passed| died| developed| ended up)\b"
    r"(?:(?!\b(?:i|i'm|i've|me|my)\b)[^.;?]){0,60}$"
)
_SPOUSE = re.compile(r"\b(?:my|her|his) (husband|wife)\b")
# The whole family, no one named: "diabetes runs in my family", "a lot of heart disease in the family".
_WHOLE_FAMILY = re.compile(r"\b(?:runs? in (?:my|the|our|her|his) family|in (?:my|the|our|her|his) family)\b")
FAMILY = "family"  # the relation written when nobody in particular is named
_ASKS_FAMILY = re.compile(r"\b(?:anyone|anybody|any one|who)\b[^.?]{0,20}\bin (?:the|your) family\b")
# The patient named again between the relative and the condition: "my dad and I both", "your father has
# hypertension, and you have diabetes" (but "you know" is a filler, not the patient).
_PATIENT_BETWEEN = re.compile(r"\b(?:i|i've|i'm|me)\b|\byou(?:'ve| have| had| are|'re| were)\b")


def _relatives(low: str, rels: list[re.Match]) -> list[re.Match]:
    """The relatives a condition is said of, from those named before it: "my grandfather on my dad's
    side" is the grandfather; "my mother and father both" is both."""
    k = len(rels) - 1
    while k > 0 and re.search(r"\bon (?:my|her|his|the) $", low[rels[k - 1].end() : rels[k].start()]):
        k -= 1  # "on my dad's side" says which side, not who
    picked = [rels[k]]
    while k > 0 and re.fullmatch(
        r"(?:'s)?\s*(?:,|and|&)\s*(?:my |her |his )?", low[rels[k - 1].end() : rels[k].start()]
    ):
        k -= 1
        picked.append(rels[k])
    return picked


# A relative word with none of these before it, and no verb after, is someone spoken to: "hi mom", "the
# lumpectomy, mom, for the breast cancer" (a daughter reminding her mother, the patient).
# ("mi" is Jamaican "my" only opening its clause: "Mi father, pressure."; elsewhere it is often an MI)
_OWNED = re.compile(r"(?:\b(?:my|me|her|his|your|our|the|a|an|both|and|or|of|whose)|'s|^\W*mi|[,;.] (?:and )?mi)\s+$")
_TELLS = re.compile(r"\s*(?:'s|had|has|have|was|were|is|died|passed|got|gets|did|does|and|or|too|also|side|with)\b")


@visit_cache
@lru_cache(maxsize=256)
def _named(low: str) -> tuple[re.Match, ...]:
    """Relatives named in ``low``; "their parents" in an explanation is nobody's family, "hi mom" is the
    person spoken to. (Asked once per sentence for every mention in it, so kept: a long unpunctuated turn was
    read whole once per condition named in it.)"""
    # (the words before a relative are read from a short window: the patterns look at the last word only,
    # and reading the whole prefix for every relative made a long unpunctuated turn quadratic)
    found = [
        r
        for r in RELATION.finditer(low)
        if not re.search(r"\btheir $", low[max(0, r.start() - 40) : r.start()])
        and (_OWNED.search(low[max(0, r.start() - 40) : r.start()]) or _TELLS.match(low, r.end()))
    ]
    # "my mom's sister" is one relative (an aunt): the mom only says whose; "my grandma on my mom's side" is
    # the grandmother, the mom only the side
    return tuple(
        r
        for k, r in enumerate(found)
        if not _POSSESSOR.match(low, r.end())
        and not (k and _SIDE_ONLY.search(low[max(0, r.start() - 40) : r.start()]) and _SIDE_AFTER.match(low, r.end()))
    )


_POSSESSOR = re.compile(rf"'s\s+{RELATION.pattern}")
_SIDE_ONLY = re.compile(r"\bon (?:my|her|his|the) $")
_SIDE_AFTER = re.compile(r"(?:'s)? side\b")


# "my mom and her sister", "my dad, his brother": "her"/"his" is the parent just listed (not "her mother had a
# stroke and her brother ...", told by a daughter of the patient).
_PARENT_AND_OWN = re.compile(r"\bmy (mother|mom|father|dad)(?:,\s*|\s+and\s+|\s*&\s*)(her|his)\s+$")
_PARENTS_OWN = re.compile(r"\b(mother|mom|father|dad)'s\s+$")
_SIDE = {"mother": "maternal", "mom": "maternal", "father": "paternal", "dad": "paternal"}
# A relative's relative, as the patient's: "my mom and her sister" is an aunt, "my dad's father" a grandfather.
_ONE_UP = {
    "sister": "aunt",
    "brother": "uncle",
    "mother": "grandmother",
    "father": "grandfather",
    "parents": "grandparents",
}


def _expand(relation: str) -> list[str]:
    """ "Parents" is a mother and a father, as a note and the annotation name them."""
    both = {"parents": ["mother", "father"], "grandparents": ["grandmother", "grandfather"]}
    return both.get(relation, [relation])


def relation_names(low: str, r: re.Match, teller: str | None = None) -> list[str]:
    """The relation(s) to the patient of the relative ``r`` names: "her sister" after "my mom" is the
    maternal aunt; told by the patient's parent ``teller`` ("mother"), "my brother" is the maternal uncle.
    The side is kept only where it is worked out here; what the patient names is kept as said."""
    base = RELATION_NAME.get(r.group(1), r.group(1))
    parent = None
    if whose := _PARENTS_OWN.search(low[max(0, r.start() - 12) : r.start()]):
        parent = whose.group(1)  # "my mom's sister", "my father's father"
    elif own := _PARENT_AND_OWN.search(low[max(0, r.start() - 30) : r.start()]):
        parent = own.group(1) if (own.group(2) == "her") == (own.group(1) in ("mother", "mom")) else None
    elif teller in ("mother", "father") and re.search(r"\bmy\s+$", low[max(0, r.start() - 4) : r.start()]):
        parent = teller
    if parent and base in _ONE_UP:
        up = _ONE_UP[base]
        return [f"{_SIDE[parent]} {up}"] if up in ("aunt", "uncle") else _expand(up)
    # "my maternal aunt", "an uncle on my dad's side": the side the speaker names
    side = _SIDE_BEFORE.search(low[max(0, r.start() - 10) : r.start()]) or _SIDE_AFTER_SAID.match(low, r.end())
    if base in ("aunt", "uncle") and side:
        return [f"{_SIDE.get(side.group(1), side.group(1))} {base}"]
    return _expand(base)


_SIDE_BEFORE = re.compile(r"\b(maternal|paternal)\s+$")
_SIDE_AFTER_SAID = re.compile(r"\s+on (?:my|her|his|the) (mother|mom|father|dad)'s side\b")


# A family question just asked: "Any family history?", "Anything run in the family?"
_FAMILY_ASKED = re.compile(r"\bfamily\b|\bruns? in\b|\brelatives?\b|\bblood relatives?\b")
# Between a condition and the relatives told after it: "Colon cancer in my grandfather", "Heart disease, my
# father and his brother".
_THEN_RELATIVE = re.compile(
    r"^(?!.*\b(?:not|no|never|except|but)\b)[^.;?!]{0,12}?(?:\bin|\bfor|,|:|-|\bboth)\s+(?:both\s+)?(?:my|her|his)\s+$"
)


def relatives_after(sentences: list[Sentence], s: Sentence, a: int, b: int) -> list[str]:
    """The relatives told right after the condition at ``a``..``b`` when it answers a family question or
    is "in my <relative>": "Any family history?" "Heart disease, my father and his brother." -> father, uncle."""
    later = [r for r in _named(s.low) if r.start() >= b]
    if not later or not _THEN_RELATIVE.search(s.low[b : later[0].start()]):
        return []
    asked = any(
        q.is_question and q.segment.speaker != s.segment.speaker and _FAMILY_ASKED.search(q.low)
        for q in sentences[max(0, s.index - 2) : s.index]
    )
    if not asked and not re.match(r"\s+in\s", s.low[b : later[0].start()]):
        return []
    picked = [later[0]]
    for r in later[1:]:  # "my father and his brother": the list goes on with "and"
        if not re.fullmatch(r"(?:'s)?\s*(?:,|and|&)\s*(?:my |her |his )?", s.low[picked[-1].end() : r.start()]):
            break
        picked.append(r)
    own = s.low[picked[-1].end() : picked[-1].end() + 40]
    if _OWN_CONDITION.match(own):
        return []  # "my mom has diabetes, my dad had a stroke": the dad's own news ("had it too" is kept)
    return [n for r in picked for n in relation_names(s.low, r)]


_OWN_CONDITION = re.compile(
    r"(?:'s)?\s+(?:had|has|have|got|gets|was|is|died|passed)\b"
    r"(?!\s+(?:it|them|that|those|one|the same|too|also|as well)\b)"
)


def _speakers_own(low: str, r: re.Match) -> bool:
    """ "my brother", "my mom": a relative of whoever speaks (not "his dad", said of the patient)."""
    return bool(re.search(r"\bmy\s+$", low[max(0, r.start() - 4) : r.start()]))


def _window(low: str, a: int, size: int = 160) -> str:
    """``low`` from ``a`` for about ``size`` characters, ending at a word's end."""
    if len(low) - a <= size:
        return low[a:]
    cut = low.rfind(" ", a, a + size)
    return low[a : cut if cut > a else a + size]


def relative_told_of(sentences: list[Sentence], s: Sentence, a: int) -> str | None:
    """The relative a pronoun before position ``a`` stands for, when the sentence names none and the
    one or two sentences before do: "What about your father?" "He has high blood pressure." -> father;
    or the first relative told right after the condition ("Colon cancer in my grandfather")."""
    # (a condition's name is short: read it from a window, not the rest of a long turn, for every mention)
    end = next((b for a2, b, _ in find_problems(_window(s.low, a)) if a2 == 0), 0)
    if end and (after := relatives_after(sentences, s, a, a + end)):
        return after[0]
    if _BOTH_SIDES.search(s.low) and _family_asked(sentences, s):
        return FAMILY  # "Any family history?" "Cancer on both sides.": the family, nobody in particular
    said = _PRONOUN_TELLS.search(s.low[max(0, a - 80) : a])
    if said is None:
        return None
    pronoun = "they" if said.group(1).startswith("both") else said.group(1)
    if named := _named(s.low[:a]):
        return _same_sentence(s, named[-1], pronoun, max(0, a - 80) + said.start())
    for prev in sentences[max(0, s.index - 2) : s.index][::-1]:
        rels = _named(prev.low)
        if not rels:
            continue
        word = rels[-1].group(1)
        if word.rstrip("s") in {"son", "daughter"} and prev.segment.speaker != s.segment.speaker:
            return None  # "How's your son?" "He's wheezing.": a parent telling of the child who is the patient
        if re.search(r"\b(?:her|his)\s+$", prev.low[: rels[-1].start()]) or s.segment.speaker == "other":
            return None  # "Does her mom have eczema?" "No, but she has asthma.": "she" is the child, the patient
        fits = (pronoun == "he" and word in _HE) or (pronoun == "she" and word in _SHE) or pronoun == "they"
        return RELATION_NAME.get(word, word) if fits else None
    return None


# the patient turning to themselves: "No, but I do", "And I have high blood pressure myself"
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself)\b")


def answered_about_relative(sentences: list[Sentence], s: Sentence) -> str | None:
    """The relative a bare answer is about: "Your father had a heart attack?" "Yes, probably a heart attack."
    (the question names a relative, the answer comes right after it from another speaker and says nothing of
    the speaker's own; two relatives named make it the family's). None for anything else, and for a parent
    asked about their child, the patient."""
    if s.index == 0 or _OWN.search(s.low):
        return None
    q = sentences[s.index - 1]
    asked = q.asks
    if not asked or q.segment.speaker == s.segment.speaker or s.segment.speaker == "other":
        return None
    rels = _named(q.low)
    if not rels:
        return None
    for r in rels:
        if r.group(1).rstrip("s") in {"son", "daughter"} or re.search(r"\b(?:her|his)\s+$", q.low[: r.start()]):
            return None  # "How's your son?" "Wheezing again.": the child is the patient
    word = rels[0].group(1)
    # "What about your mum and dad?" "Diabetes, both of them.": the family, nobody in particular
    return RELATION_NAME.get(word, word) if len(rels) == 1 else FAMILY


_BOTH_SIDES = re.compile(
    r"\b(?:on )?both sides(?: of (?:my|the|our) family)?\b|\bon (?:my|the) (?:mom|dad)'s side and\b"
)


def _family_asked(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker has just asked about the family (one or two sentences before ``s``)."""
    return any(
        q.is_question and q.segment.speaker != s.segment.speaker and _FAMILY_ASKED.search(q.low)
        for q in sentences[max(0, s.index - 2) : s.index]
    )


def _same_sentence(s: Sentence, rel: re.Match, pronoun: str, at: int) -> str | None:
    """ "Mom is still alive, she has COPD": the pronoun at ``at`` stands for the relative named before it
    in the sentence, when it fits and the patient is not named between."""
    word = rel.group(1)
    if rel.end() > at or _PATIENT_BETWEEN.search(s.low[rel.end() : at]):
        return None
    if word.rstrip("s") in {"son", "daughter"} and s.segment.speaker == "other":
        return None  # a parent telling of their child, who is the patient
    fits = (pronoun == "he" and word in _HE) or (pronoun == "she" and word in _SHE) or pronoun == "they"
    if not fits:
        return None
    names = relation_names(s.low, rel)  # "my mom's parents both had ...": the grandparents
    return {("mother", "father"): "parents", ("grandmother", "grandfather"): "grandparents"}.get(tuple(names), names[0])


def family_and_past(mentions: list[tuple[Sentence, int, int, Concept, Context]]) -> list[Fact]:
    """Relatives' conditions (family) and past diagnoses (past medical) from problem mentions."""
    out: dict[tuple[str, str], Fact] = {}
    for s, a, b, c, ctx in mentions:
        if ctx.negated or ctx.hypothetical:
            continue
        rels = [r for r in _named(s.low) if r.start() < a]  # the relative named nearest before
        later = _named(s.low)
        rel = rels[-1] if rels else (later[0] if later else None)
        spouse = [m for m in _SPOUSE.finditer(s.low, 0, a) if not rels or m.start() > rels[-1].start()]
        if spouse and not _PATIENT_BETWEEN.search(s.low[spouse[-1].end() : a]):
            # "my husband has asthma": a spouse is no blood relative of the patient who speaks; said by the
            # child's parent, the other parent is the child's.
            if s.segment.speaker == "other":
                relation = "father" if spouse[-1].group(1) == "husband" else "mother"
                out.setdefault(
                    ("family", c.name + relation),
                    _fact(c.name, "family", s, spouse[-1].start(), b, relation=relation),
                )
            continue
        if ctx.family or (rel and rel.start() < a and not _PATIENT_BETWEEN.search(s.low[rel.end() : a])):
            if s.segment.speaker == "other" and rel in rels and _speakers_own(s.low, rels[-1]):
                continue  # a parent's "my brother has asthma": family_by_reference knows whose brother that is
            for r in _relatives(s.low, rels) if rel in rels else [rel] if rel else []:
                for relation in _one_of(s.low, r, a) or relation_names(s.low, r):
                    out.setdefault(
                        ("family", c.name + relation),
                        _fact(c.name, "family", s, min(r.start(), a), b, relation=relation),
                    )
            # "anyone in the family with arthritis" asks; it tells nothing
            whole = _WHOLE_FAMILY.search(s.low) if not _ASKS_FAMILY.search(s.low) else None
            if rel is None and whole:
                out.setdefault(
                    ("family", c.name + FAMILY),
                    _fact(c.name, "family", s, min(a, whole.start()), max(b, whole.end()), relation=FAMILY),
                )
        elif s.segment.speaker == "other" and re.search(r"\b(?:i|i've|i'm)\b[^,.;?]*$", s.low[max(0, a - 40) : a]):
            continue  # a parent's "I had asthma as a kid": the speaker's own past, not the patient's
        elif told_as_past(s.low, a, b, c.name, ctx.historical) and not _discussed_later(mentions, s, a, c):
            out.setdefault(("past_medical", c.name), _fact(c.name, "past_medical", s, a, b, icd10=c.code))
    return list(out.values())


# "Both my parents have high blood pressure and one of them had kidney disease": one parent, not saying which
_ONE_OF = re.compile(
    r"\b(?:(?:one|1) of (?:them|the two|my \w+|her \w+|his \w+)|either of them|(?:one|1) or the other)\b"
)
_ONE = {"parents": "parent", "grandparents": "grandparent"}


def _one_of(low: str, r: re.Match, a: int) -> list[str]:
    """["parent"] when the condition at ``a`` is said of one of the ``parents`` (or grandparents) ``r`` names,
    else [] (then relation_names says who)."""
    one = _ONE.get(r.group(1))
    return [one] if one and _ONE_OF.search(low[r.end() : a]) else []


def _discussed_later(mentions: list, s: Sentence, a: int, c: Concept) -> bool:
    """Whether a condition named in "a history of" list is taken up again, as today's, in a later turn: "a
    past medical history of hypertension and depression" followed by "for your hypertension, continue the
    lisinopril" makes it a problem the visit treats, which the note lists under problems, not past history.
    A condition the history names and nobody comes back to stays past medical history."""
    if not history_of(s.low, a):
        return False
    return any(
        c2.name == c.name
        and s2.segment.id != s.segment.id
        and not (ctx2.negated or ctx2.hypothetical or ctx2.family or ctx2.historical)
        and not told_as_past(s2.low, a2, b2, c2.name, False)
        for s2, a2, b2, c2, ctx2 in mentions
    )


def taken_up_later(facts: list[Fact], mentions: list) -> list[Fact]:
    """``facts`` without the past medical history whose "history of" mention the visit goes on to treat as
    today's problem (see ``_discussed_later``): "a history of asthma, right?" "Yes." ... "your asthma"."""
    keep = []
    for f in facts:
        seg = f.evidence[0].segment_id if f.evidence else None
        later = f.attributes.get("category") == "past_medical" and any(
            s.segment.id == seg and c.name == f.name and _discussed_later(mentions, s, a, c)
            for s, a, _b, c, _ctx in mentions
        )
        if not later:
            keep.append(f)
    return keep


# A parent named bare, as the clause's subject, by the patient: "Daddy died of a heart attack", "Mama had a
# stroke", "mommy had fibroids and had to have a hysterectomy", "me mam's got that thin bones, osteoporosis"
# (ConText's family cues need "my"; a patient says a bare "dad" only of their own). A carer's "mom" may be
# the patient, so only the patient's own words count.
_BARE_KIN = re.compile(
    r"(?:^|[.,;:!?]\s*|\b(?:and|but|well|oh|though|yeah|yes|no)\s+)(?:me |our )?"
    r"(?:daddy|dad|mommy|momma|mama|mom|mummy|mum|mother|father|grandma|grandpa|granny|nana)(?:'s)?\b"
    r"(?:(?!\b(?:i|i've|i'm|i'd|me|my|myself|you|your)\b)[^.;?]){1,60}$"
)


def bare_parent_before(s: Sentence, a: int) -> bool:
    """Whether the patient tells the condition or operation at ``a`` of a parent named bare before it in
    the clause ("Daddy died of a heart attack", "dad had both knees replaced")."""
    if s.segment.speaker != "patient" or not _BARE_KIN.search(s.low[:a]):
        return False
    # "Daddy had diabetes and so do I": the patient has it too
    return not _ME_TOO.search(s.low[a : a + 40])


_ME_TOO = re.compile(
    r"^[^.;?]*?\b(?:so do i|so have i|me too|same as me|like me|and i (?:have|had|do)|i have it too)\b"
)
