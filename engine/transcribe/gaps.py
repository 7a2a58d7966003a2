"""Find speech that Whisper skipped, and transcribe it again.

Whisper decodes in 30-second windows and sometimes jumps over the last seconds of a window: the words
are simply missing (seen here: "Yes, sulfa drugs give me a rash" vanished from a demo visit). In a
clinical record a silent deletion is worse than a misheard word, so after each window we compare where
the voice-activity detector hears speech with where the transcript has words, and decode every
uncovered stretch of speech on its own. Recovered segments are marked so the UI can show them.
"""

from __future__ import annotations

import numpy as np

from engine.transcribe.words import timed_words
from engine.types import Segment

SR = 16_000
MIN_GAP_S = 1.0


def speech_spans(pcm: np.ndarray) -> list[tuple[float, float]]:
    """Speech regions (seconds from the start of ``pcm``) by faster-whisper's bundled Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    return [(t["start"] / SR, t["end"] / SR) for t in get_speech_timestamps(pcm, VadOptions())]


def uncovered(
    spans: list[tuple[float, float]], words: list[tuple[float, float]], min_gap_s: float = MIN_GAP_S
) -> list[tuple[float, float]]:
    """Stretches of speech at least ``min_gap_s`` long that no word covers (all times in one frame)."""
    gaps = []
    words = sorted(words)
    for a, b in spans:
        cur = a
        for ws, we in words:
            if we < cur or ws > b:
                continue
            if ws - cur >= min_gap_s:
                gaps.append((cur, ws))
            cur = max(cur, we)
        if b - cur >= min_gap_s:
            gaps.append((cur, b))
    return gaps


def fill(model, pcm: np.ndarray, offset_s: float, segments: list[Segment], options: dict) -> list[Segment]:
    """``segments`` plus segments decoded from the speech they skipped, in time order."""
    covered = [(w.start - offset_s, w.end - offset_s) for s in segments for w in s.words]
    recovered: list[Segment] = []
    for a, b in uncovered(speech_spans(pcm), covered):
        lo, hi = max(0.0, a - 0.5), min(pcm.size / SR, b + 0.3)
        opts = {**options, "vad_filter": False, "word_timestamps": True}
        again, _ = model.transcribe(pcm[int(lo * SR) : int(hi * SR)], **opts)
        # only words inside the gap: the padding would otherwise repeat the neighbours' last words
        inside = lambda ws, we, lo=lo, a=a, b=b: lo + ws >= a - 0.25 and lo + we <= b + 0.5
        words = [w for s in again for w in timed_words(s.words or [], lo + offset_s, inside)]
        if words:
            recovered.append(
                Segment(
                    id=-1,
                    start=words[0].start,
                    end=words[-1].end,
                    text=" ".join(w.text for w in words),
                    words=words,
                    recovered=True,
                )
            )
    return sorted([*segments, *recovered], key=lambda s: s.start)
