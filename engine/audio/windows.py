"""Cut a stream of PCM blocks into long windows at quiet moments, so long files transcribe in
bounded memory without cutting a word in half."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from engine.audio.decode import SAMPLE_RATE

_FRAME = SAMPLE_RATE // 10  # 100 ms energy frames


@dataclass(frozen=True)
class Window:
    """A stretch of audio and where it starts in the recording."""

    offset_s: float
    pcm: np.ndarray

    @property
    def duration_s(self) -> float:
        return self.pcm.size / SAMPLE_RATE


def quietest_cut(pcm: np.ndarray, search_s: float = 30.0) -> int:
    """Sample index of the quietest half second within the last ``search_s`` seconds of ``pcm``."""
    search = min(pcm.size, int(search_s * SAMPLE_RATE))
    tail = pcm[pcm.size - search :]
    n = tail.size // _FRAME
    if n < 5:
        return pcm.size
    energy = np.square(tail[: n * _FRAME].reshape(n, _FRAME)).mean(axis=1)
    smooth = np.convolve(energy, np.ones(5), mode="valid")
    best = int(np.argmin(smooth)) + 2  # centre of the 5-frame run
    return pcm.size - search + best * _FRAME


def windows(blocks: Iterable[np.ndarray], window_s: float) -> Iterator[Window]:
    """Group PCM blocks into windows of at most about ``window_s`` seconds, cut at quiet points."""
    limit = int(window_s * SAMPLE_RATE)
    buf: list[np.ndarray] = []
    buf_n = 0
    offset = 0
    for block in blocks:
        buf.append(block)
        buf_n += block.size
        if buf_n >= limit:
            joined = np.concatenate(buf)
            cut = quietest_cut(joined[:limit])
            yield Window(offset / SAMPLE_RATE, joined[:cut])
            offset += cut
            rest = joined[cut:]
            buf, buf_n = [rest], rest.size
    if buf_n:
        yield Window(offset / SAMPLE_RATE, np.concatenate(buf))
