"""Re-listen to doses whose drug name was not understood.

A small Whisper model mishears drug names ("start this April 10 milligrams" for "start lisinopril 10
milligrams"). A dose with no known drug before it is the tell. For each such spot we pick the few drugs
that sound most like what was heard (metaphone + edit distance over common drugs), then decode just that
clip again with those names as hotwords. Only if the model, hearing the audio again, says one of them
followed by the same dose number do we replace the words, and the word keeps what was first heard
(``Word.heard_as``), which keeps the drug uncertain until the clinician confirms it
(engine/clinical/drug_certainty.py). Nothing is inserted that the audio does not support on a second
listen, and no drug is proposed that has no form fitting the dose said ("400 milligrams per 5
milliliters" is an 80 mg/mL liquid: engine/clinical/drug_forms.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import jellyfish
import numpy as np
from rapidfuzz.distance import Levenshtein

from engine.clinical.drug_forms import plausible, said_in
from engine.clinical.lexicon import BRAND_TO_GENERIC, CORE_DRUGS
from engine.clinical.numbers import normalise
from engine.clinical.world_brands import LOCAL_BRANDS
from engine.types import Segment, Word

SR = 16_000
CANDIDATES = 5
MIN_SCORE = 0.45
LEADS_S = (1.0, 0.5)
ROUNDS = 3
_UNITS = re.compile(r"^(?:milligrams?|mg|micrograms?|mcg|grams?|units?|puffs?|milliliters?|ml|tablets?)[,.;]?$", re.I)
_NUMBER = re.compile(
    r"^(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|point)[,.]?$",
    re.I,
)
# A span of misheard words never starts with these: they are the sentence around the drug name.
_NOT_START = frozenset(
    "start starting take taking use using stop stopping the a an on of and to with also i'm im going give "
    "prescribe prescribing continue you your my her his their some is are was be about".split()
)
KnownDrug = Callable[[str], bool]


@dataclass(frozen=True)
class Suspect:
    first_word: int  # index of the first word that may be a misheard drug name
    dose_word: int  # index of the first word of the dose number
    unit_word: int  # index of the unit ("milligrams")
    dose: str  # the dose number as digits
    heard: str


def letters(text: str) -> str:
    """Only the letters of ``text``, lower case."""
    return re.sub(r"[^a-z]", "", text.lower())


def sound_score(heard: str, drug: str) -> float:
    """Similarity of what was heard to a drug name, from metaphone codes and spelling, 0..1."""
    a, b = letters(heard), letters(drug)
    if not a:
        return 0.0
    phon = Levenshtein.normalized_similarity(jellyfish.metaphone(a), jellyfish.metaphone(b))
    return 0.6 * phon + 0.4 * Levenshtein.normalized_similarity(a, b)


def vocabulary() -> list[str]:
    """Generic names the re-listening pass may propose."""
    # a local brand's combination ("pantoprazole/domperidone") is read where said as written, never proposed
    # for an unclear word: the pool stays the drugs said across most clinics
    return sorted(CORE_DRUGS | {g for b, g in BRAND_TO_GENERIC.items() if b not in LOCAL_BRANDS})


def find_suspects(segment: Segment, known: KnownDrug) -> list[Suspect]:
    """Doses ("N milligrams") with no known drug name in the four words before them."""
    out = []
    words = segment.words
    for u in range(2, len(words)):
        if not (_UNITS.match(words[u].text) and _NUMBER.match(words[u - 1].text)):
            continue
        k = u - 1
        while k > 0 and _NUMBER.match(words[k - 1].text):
            k -= 1  # "one thousand milligrams": the dose starts at its first number word
        if known(" ".join(w.text for w in words[max(0, k - 4) : k])):
            continue
        first = k
        for j in range(k - 1, max(-1, k - 5), -1):
            bare = re.sub(r"[^a-z']", "", words[j].text.lower())
            if bare in _NOT_START or words[j].text.endswith((".", "?", "!")):
                break
            first = j
        if first < k:
            dose = normalise(" ".join(w.text.rstrip(",.") for w in words[k:u])).text
            out.append(Suspect(first, k, u, dose, " ".join(w.text for w in words[first:k])))
    return out


def candidates(heard: str, vocab: list[str], n: int = CANDIDATES) -> list[str]:
    """The ``n`` drugs that sound most like any run of words of what was heard."""
    words = heard.split()
    tails = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    scored = sorted(((max(sound_score(t, d) for t in tails), d) for d in vocab), reverse=True)
    return [d for s, d in scored[:n] if s >= MIN_SCORE]


def relisten(
    model,
    pcm: np.ndarray,
    offset_s: float,
    segments: list[Segment],
    known: KnownDrug,
    listens: int = ROUNDS * len(LEADS_S),
    budget: int | None = None,
) -> tuple[list[Segment], int]:
    """``segments`` with re-heard drug names substituted where a second listen confirms them, and the
    number of decodes used: at most ``listens`` per misheard name and ``budget`` in all (each decode runs
    the encoder over a padded 30-second window, about a quarter of the time a 30-second stretch takes)."""
    vocab = vocabulary()
    out = list(segments)
    cap = budget if budget is not None else 10**9
    left = cap
    for si, seg in enumerate(segments):
        for sus in reversed(find_suspects(seg, known)):
            if left <= 0:
                return out, cap  # the rest stay as heard: a dose with no drug name is flagged for the clinician
            out[si], used = _confirm(model, pcm, offset_s, out[si], sus, vocab, min(listens, left))
            left -= used
    return out, cap - left


def _listen(model, clip: np.ndarray, hotwords: list[str]) -> str:
    again, _ = model.transcribe(
        clip,
        language="en",
        beam_size=5,
        vad_filter=False,
        word_timestamps=False,
        condition_on_previous_text=False,
        hotwords=", ".join(hotwords),
    )
    return " ".join(s.text for s in again).lower()


def _confirm(
    model, pcm: np.ndarray, offset_s: float, seg: Segment, sus: Suspect, vocab: list[str], listens: int
) -> tuple[Segment, int]:
    """Listen again, at most ROUNDS times: with the drugs that sound like what was heard as hotwords (or
    all common drugs when nothing sounds close), widening the shortlist with what each listen heard.
    Accept a drug only when a listen says it, from the shortlist, followed by the same dose number."""
    words = seg.words
    dose = sus.dose
    end = min(pcm.size, int((words[sus.unit_word].end - offset_s + 0.3) * SR))
    before_dose = re.compile(rf"((?:[a-z'\-]+\W+){{1,3}}?){re.escape(dose)}\b")
    # Only drugs that exist in the dose and form said may be heard again: a hotword biases the model
    # towards itself, so an impossible drug must not even be suggested.
    form = said_in(" ".join(w.text for w in words[sus.dose_word : sus.unit_word + 6]))
    vocab = [d for d in vocab if plausible(d, form)]
    if not vocab:
        return seg, 0
    first = candidates(sus.heard, vocab)
    shortlist = list(first)
    said: dict[str, int] = {}
    drug = None
    left = listens
    for _round in range(ROUNDS):
        hot = shortlist or vocab
        heard_now: list[str] = []
        # Different lead-ins: a tiny model drops a word at a clip's very start, or loses it with too
        # much context; hearing the name with the same dose once is enough.
        for lead in LEADS_S:
            start = max(0, int((words[sus.first_word].start - offset_s - lead) * SR))
            if end - start < SR // 4 or left == 0:
                continue
            left -= 1
            text = normalise(_listen(model, pcm[start:end], hot)).text
            for d in shortlist:
                if re.search(rf"\b{re.escape(d)}\b\W+{re.escape(dose)}\b", text):
                    said[d] = said.get(d, 0) + 1
            # A name that sounds like the first hearing needs one confirming listen; any other needs two,
            # so that a hotword alone never puts a drug into the record.
            drug = next((d for d, n in said.items() if d in first or n >= 2), None)
            if drug:
                break
            m = before_dose.search(text)
            if m:
                heard_now.append(m.group(1))
        if drug:
            break
        wider = list(dict.fromkeys(shortlist + [c for h in heard_now for c in candidates(h, vocab)]))
        if wider == shortlist:
            break
        shortlist = wider
    used = listens - left
    if drug is None or not plausible(drug, form):
        return seg, used  # keep what was heard; the dose with no drug name is flagged for the clinician
    span = words[sus.first_word : sus.dose_word]
    tail = re.sub(r"^.*?([,.;:]?)$", r"\1", span[-1].text)
    fixed = Word(
        start=span[0].start,
        end=span[-1].end,
        text=drug + tail,
        probability=min(w.probability for w in span),
        heard_as=sus.heard,
    )
    new_words = words[: sus.first_word] + [fixed] + words[sus.dose_word :]
    return seg.model_copy(update={"words": new_words, "text": " ".join(w.text for w in new_words)}), used
