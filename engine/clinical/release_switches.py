"""A switch to another release form of the same drug: the old product stops, the new one starts.

"Let's stop the regular metformin and switch you to the extended-release", "I'm changing you to the XR, the
slow-release one. One thousand with supper", "switch to metoprolol succinate, the long-acting one, 25 milligrams
once a day". A chart lists two lines (metformin stopped; metformin extended-release 1000 mg started), where one
merged "metformin, changed" would hide that the product changed and leave the pharmacy the old one.
"""

from __future__ import annotations

import re

from engine.clinical.dose_words import dose_said_at
from engine.clinical.dosing import frequency
from engine.clinical.lexicon import find_drugs
from engine.clinical.numbers import normalise
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# the release forms said in full, and the salt that names metoprolol's long-acting product
_LONG_FORM = r"(?:extended|slow|sustained|modified|controlled|prolonged)[- ]release|long[- ]acting|succinate"
# letters that name a release form only right after the drug's name ("metformin ER"), or after "the"
# for the unambiguous ones ("the XR", never "the ER": that is the emergency room)
_LETTERS_AFTER_DRUG = r"xr|er|sr|xl|mr|cr|la"
_LETTERS_ALONE = r"xr|sr|xl"
_SWITCH = re.compile(
    r"\b(?:switch|switching|swap|swapping|change|changing|move|moving|convert|converting)\b[^.;?!]{0,50}?\bto\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?P<drug>[a-z]+)\s+)?"
    rf"(?P<form>{_LONG_FORM}|{_LETTERS_AFTER_DRUG})\b"
)


# a switch not made today: offered ("if the stomach's still bad we could switch you to the XR", "switching might
# help"), put off ("next visit we'll talk about switching"), or refused ("let's not switch you", "don't change to it
# on your own", "there's no need to change you"), anywhere in the sentence
_NOT_MADE = re.compile(
    r"\b(?:if|unless|could|might|may|maybe|perhaps|consider|considering|option|options|alternative|possibly|"
    r"eventually|someday|later on|next (?:time|visit)|talk about|think about|not|no need|rather|won't|don't|"
    r"doesn't|didn't|wouldn't|shouldn't|can't|never)\b|n't\b"
)
# what may follow the form: the end of the clause, the drug, a number, or a word that names the product
# ("the XR version", "the extended-release one"), never another noun ("the XL shirt", "the sustained release gel",
# "the extended release question")
_FORM_ENDS = re.compile(
    r"\s*(?:[.,;:!?)-]|$|\d|(?:version|one|ones|kind|type|form|formulation|tablets?|pills?|capsules?|caplets?|"
    r"preparation|instead|now|today|from|at|with|once|twice|every|each|daily|in)\b)"
)


def _new_name(generic: str, form: str) -> str:
    """The chart name of the product switched to: "metoprolol succinate", else "<drug> extended-release"."""
    return f"{generic} succinate" if form == "succinate" else f"{generic} extended-release"


def _switched_drug(sentences: list[Sentence], s: Sentence, m: re.Match) -> str | None:
    """The generic the switch at ``m`` in ``s`` is of, or None when it is not one made today or its drug is unsure."""
    form = m.group("form")
    if _NOT_MADE.search(s.low):
        return None
    if (following := find_drugs(s.low[m.end() : m.end() + 25])) and following[0][0] < 12:
        # "to the extended-release metformin": the drug named after the form
        return _not_insulin(following[0][2])
    if not _FORM_ENDS.match(s.low, m.end()):
        return None  # "change to the XL shirt", "move on to the extended release question"
    if m.group("drug"):
        named = find_drugs(m.group("drug"))
        if named:
            return _not_insulin(named[0][2])
        if m.group("drug") != "the" and len(form) == 2:
            return None  # "to the new ER": letters not after a drug's name
    elif len(form) == 2 and not re.fullmatch(_LETTERS_ALONE, form):
        return None
    # the one drug named before it in the sentence, else in the sentence before ("I take metoprolol tartrate."
    # "Let's switch to the succinate."); two drugs there leave it unknown ("venlafaxine and lisinopril" "Changing
    # you to the XR": which one is a guess, and a guessed drug is the worst output)
    for text in (s.low[: m.start("form")], sentences[s.index - 1].low if s.index > 0 else ""):
        if drugs := {d[2] for d in find_drugs(text)}:
            return _not_insulin(drugs.pop()) if len(drugs) == 1 else None
    return None


def _not_insulin(generic: str) -> str | None:
    """The generic, unless an insulin: its long-acting kinds are other drugs (glargine, detemir), not a release
    form of the one taken."""
    return None if "insulin" in generic else generic


def _new_dose(generic: str, sentences: list[Sentence], s: Sentence, at: int) -> tuple[str | None, Sentence]:
    """The dose said after the form: in ``s`` or the speaker's next two sentences ("... to the slow-release
    type. It's kinder on the stomach. Two of the five hundreds together."), and the sentence it is in."""
    told = [(s, at)]
    for nxt in sentences[s.index + 1 : s.index + 3]:
        if nxt.other_speaker(s) or any(d[2] != generic for d in find_drugs(nxt.low)):
            break  # the patient's turn, or another drug's sentence: its dose is not this one's
        told.append((nxt, 0))
    for sent, pos in told:
        if said := dose_said_at(generic, sentences, sent, pos):
            return said, sent
    return None, s


def switches(sentences: list[Sentence]) -> dict[str, tuple[Sentence, re.Match]]:
    """generic -> the clinician's sentence switching it to another release form (the first said)."""
    out: dict[str, tuple[Sentence, re.Match]] = {}
    for s in sentences:
        if s.segment.speaker == "patient" or s.is_question:
            continue
        for m in _SWITCH.finditer(s.low):
            if (generic := _switched_drug(sentences, s, m)) and generic not in out:
                out[generic] = (s, m)
    return out


def split_release_switches(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """Each medication switched to another release form as two facts: the product taken until now, stopped,
    and the new product, started, with the dose said with the switch."""
    said = switches(sentences)
    if not said:
        return facts
    out: list[Fact] = []
    for f in facts:
        certain = f.kind == FactKind.medication and f.attributes.get("certainty") != "uncertain"
        hit = said.get(f.name) if certain else None
        if hit is None:
            out.append(f)
            continue
        s, m = hit
        at = s.evidence(m.start(), m.end())[0]
        named_after = find_drugs(s.low[m.end() : m.end() + 25])
        read_from = m.end() + (named_after[0][1] if named_after and named_after[0][0] < 12 else 0)
        dose, dose_sentence = _new_dose(f.name, sentences, s, read_from)
        attrs = {"status": "started", "switched_from": f.name}
        if dose:
            attrs["dose"] = dose
        tail = dose_sentence.low if dose_sentence is not s else s.low[read_from:]
        if freq := frequency(tail):
            attrs["frequency"] = freq[0]
        evidence = s.evidence(s.clause_start(m.start()), len(s.low))
        if dose_sentence is not s:
            evidence += dose_sentence.evidence(0, len(dose_sentence.low))
        name = _new_name(f.name, m.group("form"))
        new = Fact(kind=FactKind.medication, name=name, attributes=attrs, evidence=evidence)
        before = [e for e in f.evidence if (e.segment_id, e.char_start) < (at.segment_id, at.char_start)]
        if before:
            # the product taken until now: stopped by the switch, with what was said of it before only
            old_attrs = {**f.attributes, "status": "stopped"}
            if previous := old_attrs.pop("previous_dose", None):
                old_attrs["dose"] = previous  # "changing you to the XR": the rules read a change, the old dose is this
            elif f.attributes.get("status") == "changed":
                # the rules read the switch as a change of dose: what the fact holds is the new product's
                for key in ("dose", "dose_range", "frequency"):
                    old_attrs.pop(key, None)
            elif not any(re.search(r"\d", normalise(e.quote).text) for e in before):
                # no number in what was said of the old product: the dose was the new one's ("switch you to the
                # extended-release ... so a thousand milligrams"), and a dose is never shown without its words
                old_attrs.pop("dose", None)
            out.append(f.model_copy(update={"attributes": old_attrs, "evidence": before}))
        out.append(new)
    return out
