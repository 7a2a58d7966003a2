"""Streaming transcription while recording: audio is cut into short windows at quiet moments and each
window is transcribed as soon as it is complete, so that at Stop only the last few seconds are left.

The same ``Transcriber.stream_windows`` pipeline as for files (VAD, gap recovery, drug re-listening,
filters, numbering) runs over the live windows; only where the windows come from differs.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator

import numpy as np

from engine.audio.decode import SAMPLE_RATE
from engine.audio.windows import Window, quietest_cut
from engine.types import Segment, Transcript

_END = None


class LiveTranscriber:
    """Feed PCM blocks from any thread; read ``segments`` at any time; ``finish()`` returns the transcript."""

    def __init__(
        self,
        transcriber,
        window_s: float = 10.0,
        search_s: float = 3.0,
        on_window: Callable[[Transcript], None] | None = None,
    ):
        self.transcriber = transcriber
        self._language: dict = {}  # filled by stream_windows: the language heard and, translated, the original
        self.on_window = on_window  # called on the live thread between windows (the draft's pre-fill)
        self.window = int(window_s * SAMPLE_RATE)
        self.search_s = search_s
        self._blocks: queue.Queue[np.ndarray | None] = queue.Queue()
        self._segments: list[Segment] = []
        self._lock = threading.Lock()
        self.samples = 0
        self.done_s = 0.0  # audio transcribed so far (the live view shows how far behind it is)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-transcriber", daemon=True)
        self._thread.start()

    def feed(self, pcm: np.ndarray) -> None:
        self.samples += pcm.size
        self._blocks.put(pcm)

    @property
    def segments(self) -> list[Segment]:
        with self._lock:
            return list(self._segments)

    def _windows(self) -> Iterator[Window]:
        buf: list[np.ndarray] = []
        n = 0
        offset = 0
        while True:
            block = self._blocks.get()
            if block is _END:
                break
            buf.append(block)
            n += block.size
            if n >= self.window:
                if self.on_window is not None and self._segments:
                    self.on_window(self.snapshot())
                joined = np.concatenate(buf)
                cut = quietest_cut(joined, self.search_s)
                yield Window(offset / SAMPLE_RATE, joined[:cut])
                offset += cut
                self.done_s = offset / SAMPLE_RATE
                rest = joined[cut:]
                buf, n = [rest], rest.size
        if n:
            yield Window(offset / SAMPLE_RATE, np.concatenate(buf))

    def _run(self) -> None:
        try:
            for seg in self.transcriber.stream_windows(self._windows(), language=self._language):
                with self._lock:
                    self._segments.append(seg)
        except BaseException as exc:  # re-raised in finish(), on the caller's thread
            self.error = exc

    def snapshot(self) -> Transcript:
        """The transcript of everything transcribed so far."""
        return self.transcriber.make_transcript(self.segments, self.done_s, dict(self._language), [])

    def finish(self, timeout: float | None = None) -> Transcript:
        """Transcribe what is left after Stop and return the whole transcript."""
        self._blocks.put(_END)
        self._thread.join(timeout)
        if self.error is not None:
            raise self.error
        # a visit in another language (multilingual model): marked as translated, the original kept
        return self.transcriber.make_transcript(self.segments, self.samples / SAMPLE_RATE, self._language, [])

    def cancel(self, timeout: float = 30.0) -> None:
        """Stop without a transcript (the journal keeps the audio); waits for the window in progress."""
        self._blocks.put(_END)
        self._thread.join(timeout)
