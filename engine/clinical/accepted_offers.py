"""A drug the clinician offers as a question and the patient accepts is started, with the dose said with it.

"Would you try the nicotine lozenges? The four milligram, one every hour or two." "I'll try 'em.": the
rules read a drug in a question as one asked about (taken if the answer is yes, else nothing), so an offer
accepted came out as a drug already taken without its dose, or as nothing. This pass reads the offer, the
acceptance in the next turn, and the dose the clinician gives with it or right after, and charts the drug
started. An offer turned down, put off or answered with a question stays uncharted.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.answers import NO
from engine.clinical.dose_words import dose_said_at
from engine.clinical.dosing import dose_in, frequency
from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Evidence, Fact, FactKind

# the offer of a drug itself: "would you try sertraline", "how about we start you on amitriptyline" (not "try
# stopping the amlodipine", "try taking the metformin with food", "do you try to take it": a change or a habit,
# and "try ... again": one taken before)
_OFFER = re.compile(
    r"\b(?:would|will) you (?:be )?(?:willing to |open to |like to |want to |consider )?(?:try|trying|start|starting)"
    r"|\bdo you want to (?:try|start)\b|\bare you (?:willing|happy|ok|okay) to (?:try|start)\b"
    r"|\bhow about (?:we )?(?:try|trying|start|starting)\b|\b(?:shall|can|could) we (?:try|start)\b"
)
# what may stand between the offer and the drug: "you on", "a", "the", "some" (nothing that is a verb of its own)
_TO_DRUG = re.compile(r"^\s*(?:(?:you|her|him|them)\s+)?(?:on\s+)?(?:(?:a|an|the|some|low[- ]dose|a low dose of)\s+)*$")
_AGAIN = re.compile(r"\b(?:again|back on)\b")
# an answer that takes the offer ("I'll try", "He'll try. Won't you?", "Okay, let's do it")
_ACCEPT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|sure|ok|okay|alright|all right|fine|absolutely|definitely|go on then)\b(?!\W+but\b)"
    r"|(?:i|he|she|we)(?:'ll| will| would|'d| can| could) (?:try|give it a (?:go|try|shot)|do (?:it|that))\b"
    r"|let's (?:do it|try it|try)\b|sounds good\b|i'm willing\b)"
)
# an acceptance that is not one after all ("okay, but I'd rather not", "I tried it years ago", "I do that already",
# "Okay, what are the side effects?", read apart: a question back leaves it undecided)
_NOT_TAKEN = re.compile(r"\b(?:rather not|think about it|not sure|don't (?:want|like)|can't|won't|no thanks|why not)\b")
# an answer about the drug as one already known ("I tried it years ago", "I do that already"): neither taken now
# nor turned down, so the rules' reading stands
_KNOWN = re.compile(r"\b(?:tried|already|used to|was on|didn't work|before)\b")


def _offered_drug(s: Sentence) -> tuple[str, int] | None:
    """(generic, end of its name) of the one drug the clinician's question ``s`` offers, or None."""
    if s.segment.speaker != "clinician" or not s.asks or not (offer := _OFFER.search(s.low)):
        return None
    rest = s.low[offer.end() :]
    drugs = [d for d in find_drugs(rest) if not lexicon.is_drug_class(d[2])]
    if len({g for _, _, g in drugs}) != 1 or re.search(r"\bor\b", rest) or _AGAIN.search(rest):
        return None  # "would you try the patch or the gum?": which one is the patient's to say
    if not _TO_DRUG.match(rest[: drugs[0][0]]) or re.search(r"\b(?:your|his|her|my)\s+\w+\s*$", rest[: drugs[0][0]]):
        return None  # "try stopping the amlodipine", "try giving your mum the lactulose"
    return drugs[0][2], offer.end() + drugs[0][1]


def _answer(sentences: list[Sentence], s: Sentence) -> str | None:
    """Whether the first answer by someone else after ``s`` takes the offer ("yes"), turns it down or puts it
    off ("no"), or neither (None: "I'm already on it" is no answer to the offer)."""
    between = sentences[s.index + 1 : s.index + 4]
    if any(x.asks and not x.other_speaker(s) for x in between[:1]):
        return None  # "Would you try the patches? Do you smoke first thing?" "Yes.": the yes is the last question's
    # every answer until the clinician speaks again: the carer's "She'll try it" and the patient's "No, I don't want
    # more tablets" ("the patient's no stands")
    answers = []
    for x in between:
        if not x.other_speaker(s):
            if answers:
                break
            continue
        answers.append(x)
    if not answers or answers[0].asks or any(_KNOWN.search(x.low) for x in answers):
        return None  # "Okay, what are the side effects?": asked back, not yet taken
    # (a no opens its turn: "No, I don't want more tablets", not "I'll try 'em. No promises.")
    opens = [x for x in answers if x.other_speaker(sentences[x.index - 1])]
    if any(NO.match(x.low) for x in opens) or any(_NOT_TAKEN.search(x.low) for x in answers if not x.asks):
        return "no"
    return "yes" if _ACCEPT.match(answers[0].low) else None


def _only_offered(f: Fact, generic: str, s: Sentence) -> bool:
    """Whether ``f`` is the offered drug's medication fact read from the offer and its answer alone."""
    turn = {p.segment.id for p in s.pieces}
    return (
        f.kind == FactKind.medication
        and f.name == generic
        and f.attributes.get("status") in (None, "active")
        and all(e.segment_id in turn or e.segment_id == max(turn) + 1 for e in f.evidence)
    )


def _dose_told(generic: str, sentences: list[Sentence], s: Sentence, at: int) -> tuple[str | None, list[Sentence]]:
    """The dose said with the offer: after the name in ``s``, or in the clinician's next sentences up to one that
    names another drug ("... the nicotine patches?" "I'll try." "Fourteen milligram patch, one every morning.")."""
    told = [(s, at)]
    for nxt in sentences[s.index + 1 : s.index + 6]:
        if nxt.segment.speaker != "clinician":
            continue
        if any(d[2] != generic for d in find_drugs(nxt.low)) or len(told) == 3:
            break
        told.append((nxt, 0))
    for sent, pos in told:
        named = any(d[2] == generic for d in find_drugs(sent.low))
        if sent is not s and not named and not ((m := dose_in(sent.low)) and m.start() <= 25):
            continue  # "And your blood pressure tablet stays at 10 mg": a dose said later, of something else
        if said := dose_said_at(generic, sentences, sent, pos):
            return said, [sent]
    return None, []


def start_accepted_offers(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """``facts`` with each drug offered and accepted charted started, with the dose told with the offer."""
    for s in sentences:
        if not (offered := _offered_drug(s)) or not (answer := _answer(sentences, s)):
            continue
        generic, end = offered
        if any(generic in {d[2] for d in find_drugs(x.low)} for x in sentences[: s.index]):
            continue  # named before the offer: one the patient takes or took, not one offered now
        if answer == "no":
            # "Would you try sertraline?" "Okay, but I'm not sure.": the rules' yes-to-a-question read it as taken
            facts = [f for f in facts if not _only_offered(f, generic, s)]
            continue
        dose, dose_sentences = _dose_told(generic, sentences, s, end)
        evidence: list[Evidence] = s.evidence(0, len(s.low))
        attrs: dict[str, str] = {"status": "started"}
        for d in dose_sentences:
            evidence += [e for e in d.evidence(0, len(d.low)) if e not in evidence]
            if freq := frequency(d.low if d is not s else d.low[end:]):
                attrs["frequency"] = freq[0]
        if dose:
            attrs["dose"] = dose
        known = next((f for f in facts if f.kind == FactKind.medication and f.name == generic), None)
        if known is None:
            facts = [*facts, Fact(kind=FactKind.medication, name=generic, attributes=attrs, evidence=evidence)]
        elif known.attributes.get("status") in (None, "active") and known.attributes.get("certainty") != "uncertain":
            # the rules read the offer as a question about a drug taken: it is started, and its dose is the one
            # told with the offer when the rules had none
            new_attrs = {**known.attributes, "status": "started"}
            if dose and not known.attributes.get("dose"):
                new_attrs.update({k: v for k, v in attrs.items() if k in ("dose", "frequency")})
            extra = [e for e in evidence if e not in known.evidence]
            facts = [
                f.model_copy(update={"attributes": new_attrs, "evidence": [*f.evidence, *extra]}) if f is known else f
                for f in facts
            ]
    return facts
