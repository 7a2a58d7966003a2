"""Drug names the recogniser wrote as a word nobody uses: "resubistatin", "omaprazol", "gabapentine".

On real consultations the bundled tiny.en wrote rosuvastatin as "resubistatin" (issue 17): not a drug the
lexicon knows, so the medication was simply missing from the note. A word that English practically never
uses (wordfreq's Zipf frequency under ``RARE_ZIPF``: "resubistatin" 0, "rosuvastatin" itself 1.5,
"basics" 3.8), that sounds much like a drug or a brand (``MIN_SOUND``, the same sound-alike score the
re-listening pass uses), in a sentence that talks about medication, is taken as that drug's mention —
but only ever as an *uncertain* one: the fact carries ``certainty="uncertain"``, what was heard and the
candidates, so the note says "a drug that sounded like 'resubistatin' (rosuvastatin? pravastatin?)" and
signing waits until the clinician picks or types the drug (engine/clinical/drug_certainty.py).

wordfreq (MIT/Apache, data CC BY-SA) replaces a hand-kept English word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.clinical.lexicon import BRAND_TO_GENERIC
from engine.clinical.text_caches import visit_cache
from engine.clinical.world_brands import LOCAL_BRANDS
from engine.transcribe.relisten import MIN_SCORE, letters, sound_score, vocabulary

MAX_CANDIDATES = 4
RARE_ZIPF = 1.0  # about once in a hundred million words, or never
MIN_SOUND = 0.72
_WORD = re.compile(r"\b[a-z]{5,}\b")
# the sentence must be about medicines: these say so whatever the drug
_MED_TALK = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|on|start(?:ed|ing)?|stop(?:ped)?|prescri\w*|pills?|tablets?|capsules?|"
    r"medications?|medicines?|meds|doses?|refills?|inhalers?|milligrams?|mg|micrograms?|units?|daily|"
    r"twice|once a day|a day|at night|in the morning|every (?:morning|night|day))\b"
)


def _score(heard: str, drug: str) -> float:
    """Sound-alike score of ``heard`` to ``drug``, also against the drug's first or last syllables: a small
    model often hears only part of an unfamiliar name ("amoxicillin" -> "a moxie ceiling")."""
    whole = sound_score(heard, drug)
    h, d = letters(heard), letters(drug)
    if len(h) < 5:
        return whole  # short fragments ("in", "sip") match the end of too many names
    sizes = [k for k in range(len(h) - 2, len(h) + 3) if 4 <= k < len(d)]
    part = max((sound_score(h, p) for k in sizes for p in (d[:k], d[-k:])), default=0.0)
    return max(whole, 0.85 * part)  # a part matching is weaker evidence than the whole name


def sounds_like(heard: str, n: int = MAX_CANDIDATES) -> list[str]:
    """The ``n`` drugs (of those re-listening may propose) that sound most like any run of ``heard``'s words."""
    words = heard.split()
    runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)] or [heard]
    scored = sorted(((max(_score(r, d) for r in runs), d) for d in _generics()), key=lambda x: (-x[0], x[1]))
    return [d for s, d in scored[:n] if s >= MIN_SCORE]


@dataclass(frozen=True)
class HeardDrug:
    start: int  # character span of the heard word in the lower-cased sentence
    end: int
    heard: str
    generic: str  # the most likely drug
    candidates: tuple[str, ...]


@cache
def _generics() -> tuple[str, ...]:
    """The drugs a heard name may be: those re-listening may propose and those of the forms table."""
    from engine.clinical.drug_forms import FORMS

    return tuple(sorted({*vocabulary(), *FORMS}))


@cache
def _names() -> dict[str, str]:
    """Every name a drug may be heard as (generic or brand, lower case) -> generic: the drugs re-listening
    may propose, and the common primary-care drugs of the forms table (ramipril, tamsulosin, ...)."""
    names = {g: g for g in _generics()}
    names.update(
        {b.lower(): g for b, g in BRAND_TO_GENERIC.items() if g in names and len(b) >= 5 and b not in LOCAL_BRANDS}
    )
    return names


@visit_cache
@cache
def _zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 0 never seen, 3 a word in a million, 7 "the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _rare(word: str) -> bool:
    return _zipf(word) < RARE_ZIPF


def _uncommon(word: str) -> bool:
    return _zipf(word) < UNCOMMON_ZIPF


def sound_alike_drugs(low: str, taken: list[tuple[int, int]]) -> list[HeardDrug]:
    """Words of a lower-cased sentence that sound like a drug and are no English word, outside the
    ``taken`` spans (drugs the lexicon already found); nothing unless the sentence is about medicines."""
    if not _MED_TALK.search(low):
        return []
    out = []
    for m in _WORD.finditer(low):
        a, b, word = m.start(), m.end(), m.group()
        if any(x < b and y > a for x, y in taken) or not _rare(word):
            continue
        name, score = max(((n, sound_score(word, n)) for n in _names()), key=lambda t: (t[1], t[0]))
        if score < MIN_SOUND:
            continue
        generic = _names()[name]
        alike = [generic] + [d for d in sounds_like(word) if d != generic]
        out.append(HeardDrug(a, b, word, generic, tuple(alike[:MAX_CANDIDATES])))
    spans = [*taken, *((h.start, h.end) for h in out)]
    return out + _split_names(low, spans)


# A drug name split into common words ("net forming" for metformin, "some of the statin" for simvastatin):
# only a run of two to four words said right before a dose or a schedule, sounding very much like one drug
# (not before a time: "see your regular doctor in one week" is no Daktarin).
MIN_SOUND_RUN = 0.73
_RUN = re.compile(
    r"\b[a-z]+(?:\s+[a-z]+){1,3}(?=,?\s+(?:\d(?![\d.]*\s+(?:weeks?|days?|months?|years?|hours?|minutes?)\b)|"
    r"(?:at night|in the morning|at bedtime|once|twice|daily)\b))"
)
# ... or less alike (MIN_SOUND_UNCOMMON) when the dose has its unit and a word of the run is uncommon English:
# "amylipine to 5 milligrams", "tams who are in 0.4 milligrams" (not "just rule 10 milligrams"); on the dev
# halves' TTS transcripts this offered the right drug 2 times and a wrong one never, and matched no dev text
MIN_SOUND_UNCOMMON = 0.6
UNCOMMON_ZIPF = 2.5
_UNIT_DOSE = re.compile(r",?\s+\d+(?:\.\d+)?\s*(?:mg|milligrams?|micrograms?|mcg|units?)\b")
_FUNCTION_WORDS = frozenset(
    "i you he she we they it the a an my your her his our their and or of to in on at for with is are was "
    "were be been take takes taking took have has had do does did just also then so um uh like about".split()
)

_KIND_WORDS = frozenset(
    "medicine medicines medication medications meds pill pills tablet tablets capsule capsules inhaler inhalers "
    "puffer drops cream creams ointment vitamin vitamins supplement supplements shot shots injection".split()
)


def _split_names(low: str, taken: list[tuple[int, int]]) -> list[HeardDrug]:
    """Runs of ordinary words right before a dose that together sound like one drug."""
    out: list[HeardDrug] = []
    for m in _RUN.finditer(low):
        words = list(re.finditer(r"[a-z]+", m.group()))
        best = None
        for i in range(len(words) - 1):  # the run ends at the dose: try its last 2, 3, 4 words
            a, b = m.start() + words[i].start(), m.end()
            run = low[a:b]
            content = [w.group() for w in words[i:] if w.group() not in _FUNCTION_WORDS]
            # fragments ("she's on" -> "s on") are too short to sound like anything
            if not content or min(map(len, content)) < 3 or len(letters(run)) < 6:
                continue
            if any(w in _KIND_WORDS for w in content):
                continue  # "i do take my medicine daily": the word for a drug is no drug's name split apart
            if any(x < b and y > a for x, y in taken) or any(w.group() in _names() for w in words[i:]):
                continue  # (a run holding a drug's own name, "start lisinopril 10 milligrams", is that drug)
            name, score = max(((n, sound_score(run, n)) for n in _names()), key=lambda t: (t[1], t[0]))
            least = MIN_SOUND_RUN
            if _UNIT_DOSE.match(low, b) and any(_uncommon(w) for w in content):
                least = MIN_SOUND_UNCOMMON
            if score >= least and (best is None or score > best[0]):
                best = (score, a, b, run, name)
        if best:
            _, a, b, run, name = best
            generic = _names()[name]
            alike = [generic] + [d for d in sounds_like(run) if d != generic]
            out.append(HeardDrug(a, b, run, generic, tuple(alike[:MAX_CANDIDATES])))
    return out


def pieced_drugs(low: str, drugs: list[tuple[int, int, str]]) -> list[HeardDrug]:
    """Drug names the lexicon assembled from pieces the recogniser wrote apart ("a cyclovir" -> acyclovir,
    when valacyclovir was said): the pieces are a guess at the name, so the drug is a heard one, never a
    certain one. A name that is itself several words ("insulin glargine") is not a guess."""
    from engine.clinical.lexicon import drug_dictionary

    names = drug_dictionary()
    out = []
    for a, b, generic in drugs:
        said = low[a:b]
        if " " in said and said not in names and said.replace(" ", "") in names:
            alike = [generic] + [d for d in sounds_like(said) if d != generic]
            out.append(HeardDrug(a, b, said, generic, tuple(alike[:MAX_CANDIDATES])))
    return out


def warm() -> None:
    """Load the English word frequencies now (once, well under a second)."""
    _rare("warm")
