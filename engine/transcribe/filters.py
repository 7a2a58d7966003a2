"""Drop what Whisper is known to invent: text in silence, subtitle boilerplate, repetition loops,
and spoken fillers that carry no clinical meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from engine.types import Segment, Word

# Phrases Whisper emits over silence or noise, learned from subtitled training data.
HALLUCINATIONS = frozenset(
    {
        "thank you for watching",
        "thanks for watching",
        "please subscribe",
        "like and subscribe",
        "subtitles by the amara org community",
        "thank you",
        "you",
        "bye",
    }
)
FILLERS = frozenset({"um", "uh", "erm", "hmm", "mm", "uhm", "ah"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def _norm(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def is_hallucination(seg: Segment, compression_ratio: float = 1.0) -> bool:
    """Whisper's own no-speech rule, its repetition-loop signal, and boilerplate at low confidence."""
    if seg.no_speech_prob > 0.6 and seg.avg_logprob < -1.0:
        return True
    if compression_ratio > 2.4:
        return True
    return _norm(seg.text) in HALLUCINATIONS and (seg.no_speech_prob > 0.3 or seg.avg_logprob < -0.5)


def strip_fillers(words: list[Word]) -> list[Word]:
    """Remove ``um``/``uh`` and friends; punctuation attached to a filler moves to the previous word."""
    kept: list[Word] = []
    for w in words:
        bare = _norm(w.text)
        if bare in FILLERS:
            trail = w.text.strip()[len(w.text.strip().rstrip(",.?!;:")) :]
            if kept and trail in {".", "?", "!"} and kept[-1].text[-1:] not in ".?!":
                kept[-1] = kept[-1].model_copy(update={"text": kept[-1].text.rstrip(",;:") + trail})
            continue
        kept.append(w)
    return kept


def clean(segments: Iterable[tuple[Segment, float]]) -> Iterator[Segment]:
    """Filter (segment, compression_ratio) pairs and renumber the survivors 0, 1, 2, ...

    Text is rebuilt from the words joined by single spaces, so a character offset in ``Segment.text``
    maps to a word, and so to a time, without any guessing.
    """
    last_norm: str | None = None
    repeats = 0
    next_id = 0
    for seg, ratio in segments:
        if is_hallucination(seg, ratio):
            continue
        words = strip_fillers(seg.words) if seg.words else []
        text = " ".join(w.text for w in words) if words else seg.text.strip()
        if not _norm(text):
            continue
        norm = _norm(text)
        repeats = repeats + 1 if norm == last_norm else 0
        last_norm = norm
        if repeats >= 2:  # the same line a third time in a row is a decoding loop, not speech
            continue
        start = words[0].start if words else seg.start
        end = words[-1].end if words else seg.end
        yield seg.model_copy(update={"id": next_id, "text": text, "words": words, "start": start, "end": end})
        next_id += 1
