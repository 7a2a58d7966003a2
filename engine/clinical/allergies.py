"""Allergies: drugs and other substances the patient reacts to, the reaction, or none known.

"Any allergies?" is answered in the next turn or two ("No drug allergies, but I'm allergic to latex",
"Codeine makes me throw up"); a drug with a dose said after the question is a prescription, not an
allergy.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dosing import DOSE, status_cue
from engine.clinical.lexicon import find_drugs, find_phrases
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# "Penicillin gives me hives", "Morphine, it makes me itch": the drug, then what it does.
_REACTS = re.compile(
    r"\s*(?:,\s*)?(?:it |that |they |which )?(?:makes?|made|gives?|gave|causes?|caused|upsets?) (?:me|her|him|my)\b"
)
_NKA = re.compile(
    r"\b(?:no known (?:drug )?allergies|nkda|not allergic|no allergies|no drug allergies|"
    r"(?:not|none) that (?:we|i)(?:'m| am| are|'re)? (?:know|aware) of|"
    # "not to any medications", "nothing to medicines": no drug allergy, whatever else they react to
    r"(?:not|none|nothing|no allergies)(?: that i know of)? to (?:any )?(?:medications?|medicines?|meds|drugs?))\b|"
    r"^\s*(?:no|none|nope)\b"
)
# Everyday intolerances the shared reaction list lacks: "ibuprofen upsets my stomach".
_MORE_REACTIONS = {
    "upsets my stomach": "stomach upset",
    "upset my stomach": "stomach upset",
    "seeing things": "hallucinations",
    "saw things": "hallucinations",
    "hallucinations": "hallucinations",
    "hallucinating": "hallucinations",
    "sneeze": "sneezing",
    "sneezing": "sneezing",
    "itchy eyes": "itchy eyes",
    "watery eyes": "watery eyes",
}
_REACTIONS = (*lexicon.REACTIONS, *_MORE_REACTIONS)
_REACTION_NAMES = {**lexicon.REACTION_NAMES, **_MORE_REACTIONS}
# Things in the air and animals: an allergy only when said to be one ("I'm allergic to ragweed"; "we have
# cats" is no allergy).
_ENVIRONMENTAL = {
    w: w.rstrip("s") if w in ("cats", "dogs") else w
    for w in ("ragweed", "pollen", "grass", "cats", "cat", "dogs", "dog", "dust mites", "dust", "mold")
}
# The clinician asking what an allergy does: "What happens with latex?", "What kind of reaction?"
_WHAT_HAPPENS = re.compile(
    r"\bwhat (?:happens|happened|kind of reaction|sort of reaction|reaction|does it do|did it do|did that do)\b|"
    r"\bhow do you react\b"
)


_EXPLICIT = re.compile(
    r"\ballergic to\b|\ballerg(?:y|ies) to\b|\ballergies\b[^.?!]{0,25}?,|"
    r"\b(?:makes?|made|gives?|gave) (?:me|her|him) (?:throw up|sick|hives|a rash|break out|itch|diarrhea|nause)|"
    r"\bupsets? my stomach\b|"
    r"\b(?:can't|cannot|can not|couldn't) (?:take|tolerate)\b|\bintolerant (?:of|to)\b|\b(?:bad )?reaction to\b"
)
# What makes a cue no allergy of the patient's: "never had a reaction to penicillin", "my sister had a bad
# reaction to sulfa", a side effect of a drug still taken ("makes me nauseous but I still take it"), and
# "can't take" for a reason that is no reaction ("I couldn't take my metformin because I was fasting").
_NOT_HERS = re.compile(
    r"\b(?:never|no|not|n't|without)\b[^.;]{0,25}$|"
    rf"\bmy (?:{lexicon.OTHER_PERSON})\b[^.;]*$"
)
_STILL_TAKES = re.compile(
    r"\bstill (?:take|taking|on|use|using)\b|\bit's (?:fine|okay|ok|better) now\b|\bat first\b|"
    r"\b(?:with )?no problems?\b|\btolerated\b|\bused to be on my (?:chart|list|record)\b|"
    r"\b(?:i|she|he) take (?:it|them)\b|\btwice a day\b|\bevery day\b|\bdaily\b"
)


def _explicit(low: str) -> re.Match | None:
    """The words saying the patient reacts to a substance, unless they say it of someone else, deny it,
    or describe a drug still taken; "can't take" counts only with a reaction said."""
    m = _EXPLICIT.search(low)
    if m is None or _NOT_HERS.search(low[: m.start()]) or _STILL_TAKES.search(low):
        return None
    if re.match(r"(?:can't|cannot|can not|couldn't)", m.group()) and not find_phrases(low, _REACTIONS):
        return None
    return m


def _ends_turn(sentences: list[Sentence], s: Sentence) -> bool:
    """A clinician's unpunctuated "... and allergies to medicines" that ends the turn asks the question."""
    low = s.low
    if s.segment.speaker in ("patient", "other") or s.index + 1 >= len(sentences):
        return False
    at = low.rindex("allerg")  # "... not an allergy but ... any allergies to medicines": the last one asks
    if re.search(r"\b(?:for|seasonal|my|her|his|your|an|not)\s+$", low[:at]):
        return False  # "the Zyrtec ... for allergies" names what a drug is for, it asks nothing
    nxt = sentences[s.index + 1]
    tail = low[at:]
    return nxt.segment.speaker not in (None, s.segment.speaker) and not find_drugs(tail) and len(tail) < 40


def allergies(sentences: list[Sentence]) -> list[Fact]:
    """Allergies with their reactions, and "no known drug allergies" when the answer says so."""
    facts: dict[str, Fact] = {}
    asked_at: int | None = None
    for s in sentences:
        low = s.low
        # "and um, do you have any allergies?", "And allergies, still just the sulfa?"
        if "allerg" in low and (
            s.question_at(low.index("allerg")) or low.rstrip().endswith("?") or _ends_turn(sentences, s)
        ):
            asked_at = s.index
            continue
        # the answer comes from someone other than the asker ("Any allergies?" "No." "So antibiotics won't
        # help ..." is the clinician talking on, not a third answer)
        in_answer = (
            asked_at is not None
            and s.index - asked_at <= 2
            and (s.segment.speaker is None or s.segment.speaker != sentences[asked_at].segment.speaker)
        )
        explicit = _explicit(low)
        drugs = [d for d in find_drugs(low) if not explicit or d[0] >= explicit.start() or _REACTS.match(low[d[1] :])]
        drugs = [d for d in drugs if not _someone_elses(low, d[0])]
        if not explicit:  # a class ("antibiotics") is an allergy only when said to be one
            drugs = [d for d in drugs if not lexicon.is_drug_class(d[2])]
        if explicit:
            drugs += [
                (a, b, _ENVIRONMENTAL[w])
                for a, b, w in find_phrases(low, _ENVIRONMENTAL)
                if a >= explicit.start() and not any(x < b and a < y for x, y, _ in drugs)
            ]
        if explicit or in_answer:
            drugs += [
                (a, b, lexicon.NON_DRUG_ALLERGENS[w])
                for a, b, w in find_phrases(low, lexicon.NON_DRUG_ALLERGENS)
                if not any(x < b and a < y for x, y, _ in drugs)
            ]
        nka_said = re.search(r"\bno known (?:drug )?allergies\b|\bnkda\b", low)
        if not (explicit or in_answer or nka_said):  # "I'll note no known drug allergies", whoever says it
            continue
        m = _NKA.search(low)
        # "No drug allergies, but I'm allergic to latex": latex does not contradict the drug answer.
        only_other = (
            drugs
            and all(d[2] in lexicon.NON_DRUG_ALLERGENS.values() or d[2] in _ENVIRONMENTAL.values() for d in drugs)
            and re.search(r"drug|medic|meds", m.group() if m else "")
        )
        if m and (only_other or not drugs):
            facts.setdefault(
                "no known drug allergies",
                Fact(
                    kind=FactKind.allergy,
                    name="no known drug allergies",
                    negated=True,
                    evidence=s.evidence(m.start(), m.end()),
                ),
            )
        if m and not drugs:
            asked_at = None
            continue
        drugs.sort()
        for k, (a, b, generic) in enumerate(drugs):
            stop = drugs[k + 1][0] if k + 1 < len(drugs) else len(low)  # its own reaction, not the next one's
            if (
                in_answer
                and not explicit
                and (DOSE.search(low[b : b + 40]) or status_cue(low[max(0, a - 40) : a]) or _STILL_TAKES.search(low))
            ):
                continue  # "I'll add empagliflozin 10 mg" after the allergy question is a prescription
            ev = s.evidence(a, b)
            attrs = {}
            for nxt in sentences[s.index : s.index + 2]:
                lo, hi = (b, stop) if nxt is s else (0, len(nxt.low))
                if nxt is not s and k + 1 < len(drugs):
                    break
                hits = [h for h in find_phrases(nxt.low, _REACTIONS) if lo <= h[0] < hi]
                if hits:
                    # "I break out in hives": the specific reaction, not the everyday words before it
                    ra, rb, word = _pick(hits)
                    attrs["reaction"] = _REACTION_NAMES.get(word, word)
                    ev = ev + nxt.evidence(ra, rb)
                    break
            known = facts.get(generic)
            if known is None or ("reaction" in attrs and "reaction" not in known.attributes):
                # a later "it made my throat swell" completes an allergy first named without its reaction
                facts[generic] = Fact(kind=FactKind.allergy, name=generic, attributes=attrs, evidence=ev)
        if drugs:
            asked_at = None
    _reactions_asked(sentences, facts)
    return list(facts.values())


# A clause that tells of someone else: "my daughter is allergic to penicillin (but I'm not ...)".
_OTHERS_CLAUSE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})s?\b(?:(?!\b(?:i|i'm|me|but)\b)[^.;!?])*$")


def _pick(hits: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The reaction a note names: the specific one over everyday words ("I break out in hives" is
    hives), and the noun an adjective describes ("itchy hives" is hives)."""
    specific = [h for h in hits if h[2] not in {"break out", "broke out", "swelled up", "loopy"}] or hits
    first = specific[0]
    if first[2] in {"itchy", "itching"} and len(specific) > 1 and specific[1][0] - first[1] <= 1:
        return specific[1]
    return first


def _someone_elses(low: str, a: int) -> bool:
    """Whether the substance at ``a`` is said of a relative or friend named earlier in its clause."""
    return bool(_OTHERS_CLAUSE.search(low[max(0, a - 60) : a]))


def _reactions_asked(sentences: list[Sentence], facts: dict[str, Fact]) -> None:
    """ "Just latex." "What happens with latex?" "I get itchy hives.": the reaction told in the answer
    to the clinician's question fills in the allergy named just before (or in the question)."""
    for s in sentences:
        if not s.is_question or not _WHAT_HAPPENS.search(s.low):
            continue
        named = [f for f in facts.values() if not f.negated and "reaction" not in f.attributes]
        said = [f for f in named if f.name in s.low or any(e.quote.lower() in s.low for e in f.evidence[:1])]
        earlier = [f for f in named if f.evidence and f.evidence[0].segment_id <= s.segment.id]
        target = (said or earlier[-1:] or [None])[0]
        if target is None:
            continue
        for nxt in sentences[s.index + 1 : s.index + 3]:
            if nxt.segment.speaker == s.segment.speaker:
                break
            hits = find_phrases(nxt.low, _REACTIONS)
            if hits:
                ra, rb, word = _pick(hits)
                target.attributes["reaction"] = _REACTION_NAMES.get(word, word)
                target.evidence = target.evidence + nxt.evidence(ra, rb)
                break
