"""A drug name the recogniser was not sure of is never shown as certain.

Two tells mark a name as unsure: the re-listening pass put it there (``Word.heard_as`` keeps what was
heard first), or the recogniser gave its words a low probability. A medication or allergy fact named by
such words gets ``certainty="uncertain"``, ``heard_as`` (what was heard) and ``candidates`` ("a|b": drugs
that sound like it and exist in the dose and form that were said, engine/clinical/drug_forms.py). The
note then names no single drug ("a drug that sounded like 'ceiling' (amoxicillin?)"), and signing waits
until the clinician picks or types the drug (engine/review.py): an acknowledgement is not enough.

In the incident this guards against, a child's "amoxicillin, 400 milligrams per 5 milliliters" became
"ciprofloxacin 400 mg" (first heard as "ceiling", probability 0.10), stored as a plain, certain fact.
"""

from __future__ import annotations

import re

from engine.clinical.brand_names import REGIONAL_BRANDS
from engine.clinical.drug_forms import FORMS, Said, plausible, said_in
from engine.clinical.heard_drugs import MAX_CANDIDATES, sound_alike_drugs, sounds_like
from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import word_offsets
from engine.transcribe.relisten import letters
from engine.types import Fact, FactKind, Segment, Transcript, Word

# faster-whisper's word probability is the mean probability of the word's tokens. Below 0.5 the model
# gave the word it wrote less than even odds: another reading was as likely as not. The incident's word
# was at 0.10. Probability alone does not separate right from wrong names on the bundled tiny.en: on six
# synthetic visits (scripts/wrong_drug_rate.py prints them) correctly heard drug names ranged 0.06-0.92,
# most under 0.5, and a drug not in the visit scored 0.72. So the threshold is "less than even odds", not
# a tuned value: a name below it costs the clinician one pick, a wrong name above it needs the other tell
# (re-listening) or the plausibility check to be caught.
LOW_PROBABILITY = 0.5
# The values this module gives ``certainty`` (the extractor may give others, e.g. "possible" when hedged;
# an unsure drug name overrides those, being the stronger warning).
DRUG_CERTAINTY = frozenset({"uncertain", "confirmed"})
_KINDS = (FactKind.medication, FactKind.allergy)
_TRAIL = re.compile(r"[\s,.;:!?]+$")


def _name_spans(segment: Segment) -> list[tuple[int, int, list[Word], str]]:
    """Drug names in a segment: (char start, char end, their words, generic name); re-heard words count
    even when the lexicon does not know them."""
    offsets = word_offsets(segment)
    pairs = list(zip(segment.words, offsets, strict=True))
    out = []
    for a, b, generic in find_drugs(segment.text.lower()):
        words = [w for w, (x, y) in pairs if x < b and y > a]
        if words:
            out.append((a, b, words, generic))
    covered = {id(w) for *_, ws, _ in out for w in ws}
    for w, (x, y) in pairs:
        if w.heard_as and id(w) not in covered:
            out.append((x, y, [w], letters(w.text)))
    return sorted(out, key=lambda t: t[0])


def _mentions(fact: Fact, transcript: Transcript) -> list[tuple[list[Word], str]]:
    """The words that name ``fact``'s drug under each of its evidence spans, with the text said after them."""
    seen, out = set(), []
    for ev in fact.evidence:
        try:
            seg = transcript.segment(ev.segment_id)
        except KeyError:
            continue
        spans = [s for s in _name_spans(seg) if s[0] < ev.char_end and s[1] > ev.char_start]
        named = [s for s in spans if s[3] == fact.name] or [s for s in spans if any(w.heard_as for w in s[2])]
        for a, b, words, _ in named:
            if (seg.id, a) not in seen:
                seen.add((seg.id, a))
                out.append((words, seg.text[b : b + 80]))
    return out


def _said(fact: Fact, mentions: list[tuple[list[Word], str]]) -> Said:
    """What was said about dose and form: from the words after the name, else from the fact's own dose."""
    for _, after in mentions:
        said = said_in(after)
        if said.unit:
            return said
    return said_in(" ".join(fact.attributes.get(k, "") for k in ("dose", "unclear_dose", "route")))


def mark_uncertain_drugs(facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """``facts`` with every medication or allergy whose name was re-heard or heard with low probability
    marked ``certainty="uncertain"``, with ``heard_as`` and plausible ``candidates``; others are unchanged.

    A name re-heard anywhere is uncertain (the re-heard mention may be the one that carries the dose); a
    low probability makes it uncertain only when no mention was heard clearly, since a name heard clearly
    once was said. Facts a clinician edited, and facts already marked, are left as they are; facts with no
    word timings (a transcript from text) have nothing to judge and stay as they are.
    """
    out = []
    for fact in facts:
        a = fact.attributes
        done = a.get("certainty") in DRUG_CERTAINTY  # marked already: marking twice changes nothing
        if fact.kind not in _KINDS or fact.negated or a.get("edited") == "clinician" or done:
            out.append(fact)
            continue
        mentions = _mentions(fact, transcript)
        reheard = [w.heard_as for words, _ in mentions for w in words if w.heard_as]
        weakest = [min(w.probability for w in words) for words, _ in mentions]
        # a name heard with a dose no product of it has ("Selen, 500 milligrams" for an antibiotic) was most
        # likely misheard, however sure the recogniser was of the word
        misfit = fact.kind == FactKind.medication and bool(mentions) and not plausible(fact.name, _said(fact, mentions))
        if not reheard and not misfit and (not weakest or max(weakest) >= LOW_PROBABILITY):
            out.append(fact)
            continue
        if reheard:
            heard = _TRAIL.sub("", reheard[0])
        else:
            words = mentions[weakest.index(max(weakest))][0]
            heard = _TRAIL.sub("", " ".join(w.text.strip() for w in words))
        said = _said(fact, mentions)
        alike = sounds_like(heard)
        if fact.kind == FactKind.medication:
            # suggest only drugs whose forms we know fit; a class ("sulfa") is an allergy, never a dose
            alike = [d for d in alike if d in FORMS]
        pool = list(dict.fromkeys([*alike, fact.name]))
        fits = [d for d in pool if plausible(d, said)]
        attrs = {**a, "certainty": "uncertain", "heard_as": heard, "candidates": "|".join(fits[:MAX_CANDIDATES])}
        if fact.name not in fits:
            attrs["implausible"] = fact.name  # e.g. no 400 mg/5 mL ciprofloxacin exists
        out.append(fact.model_copy(update={"attributes": attrs}))
    return out


def is_uncertain(fact: Fact) -> bool:
    """Whether the fact's drug name still waits for the clinician to pick or type it."""
    return fact.attributes.get("certainty") == "uncertain" and fact.attributes.get("edited") != "clinician"


def candidates_of(fact: Fact) -> list[str]:
    """The plausible drugs an uncertain fact may be, best first."""
    return [c for c in fact.attributes.get("candidates", "").split("|") if c]


def drug_phrase(fact: Fact) -> str:
    """The drug as the note may state it: its name, or for an uncertain one the sound and the options,
    e.g. "a drug that sounded like 'ceiling' (amoxicillin?)"."""
    if not is_uncertain(fact):
        return fact.name
    options = " ".join(f"{c}?" for c in candidates_of(fact)) or "name unclear"
    heard = fact.attributes.get("heard_as", "")
    if heard in REGIONAL_BRANDS:  # said clearly, but the brand is a different drug in another country
        return f"{heard.title()} ({options} the brand names different drugs in different countries)"
    # an allergen no list knows may be a food or a misheard drug: it is named for what it might be
    what = "a drug" if fact.kind == FactKind.medication or candidates_of(fact) else "a substance"
    return f"{what} that sounded like '{heard}' ({options})"


def display_label(fact: Fact) -> str:
    """``Fact.label()`` with an uncertain drug shown as uncertain, never as its bare name."""
    if not is_uncertain(fact):
        return fact.label()
    return fact.model_copy(update={"name": drug_phrase(fact)}).label()


def uncertain_spans(segment: Segment) -> list[tuple[int, int, str]]:
    """Where a segment's text names a drug the recogniser was unsure of: (start, end, note), e.g.
    (12, 25, "heard 'ceiling'"), for marking the transcript; trailing punctuation is left outside."""
    out = []
    for a, b, words, _ in _name_spans(segment):
        heard = next((w.heard_as for w in words if w.heard_as), None)
        p = min(w.probability for w in words)
        if heard is None and p >= LOW_PROBABILITY:
            continue
        b = a + len(_TRAIL.sub("", segment.text[a:b]))
        out.append((a, b, f"heard '{_TRAIL.sub('', heard)}'" if heard else f"unclear, p={p:.2f}"))
    # a vitamin heard only as a letter (vitamin_letters.py): letters rhyme, so the letter may be misheard
    from engine.clinical.vitamin_letters import letter_mentions  # imports this module

    for a, b, *_ in letter_mentions(segment):
        if not any(x < b and y > a for x, y, _ in out):
            out.append((a, b, f"heard '{segment.text[a:b]}': letters sound alike"))
    # a word nobody uses that sounds like a drug (heard_drugs.py): the extractor made it an uncertain drug
    low = segment.text.lower()
    if len(low) == len(segment.text):
        taken = [(a, b) for a, b, _ in out]
        for h in sound_alike_drugs(low, taken):
            out.append((h.start, h.end, "sounds like " + " / ".join(h.candidates[:2])))
    return sorted(out)


def marked_text(segment: Segment) -> str:
    """The segment's text with each unsure drug name followed by a mark: "ciprofloxacin[?heard 'ceiling']"."""
    text = segment.text
    for _, b, note in sorted(uncertain_spans(segment), reverse=True):
        text = f"{text[:b]}[?{note}]{text[b:]}"
    return text
