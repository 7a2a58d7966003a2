"""Word timings without changing how faster-whisper walks through the audio.

With ``word_timestamps=True`` faster-whisper (like OpenAI's Whisper) starts each next 30-second window at
the last *word* it aligned instead of the last *timestamp token* the model wrote. That one departure
from a plain decode cost words: on varied synthetic speech it turned raw faster-whisper's 34.8 % WER on
one clip into 40.2 % and made our path worse than raw on 3 of 12 clips (docs/performance.md). The
evidence needs word times, the windowing does not, so we keep the first and undo the second.

``get_end`` (faster_whisper.utils) finds where to seek by iterating the last segment's words in reverse
and taking the first word's end. Alignment has by then moved each segment's end to its last word, so
``WordsKept`` remembers the end the model's timestamp token gave (or, for a segment the model never
closed, the window's end, where a plain decode goes on) and is the only thing reverse iteration
yields: ``get_end`` returns that end — exactly where a decode without word timings seeks — while every
forward use (building the ``Word`` objects of our segments) sees all the aligned words. It depends on
faster-whisper's internals, so ``tests/test_transcribe.py`` checks that the text equals a decode without
word timings on the same audio: if a new faster-whisper changes this, that test says so.
"""

from __future__ import annotations

from functools import cache


class WordsKept(list):
    """A segment's aligned words; reverse iteration yields only the timestamp-token end (see above)."""

    def __init__(self, words: list[dict], token_end: float):
        super().__init__(words)
        self.token_end = token_end

    def __reversed__(self):
        return iter(({"end": self.token_end},))


def _seek_end(model, seg: dict, tokenizer, num_frames: int | None) -> float:
    """Where a plain decode goes on after this segment: its closing timestamp token, or, when the model
    wrote none (one unclosed segment: a plain decode then skips the whole window), the window's end."""
    tokens = seg.get("tokens") or []
    if tokenizer is None or num_frames is None or (tokens and tokens[-1] >= tokenizer.timestamp_begin):
        return seg["end"]
    return (seg["seek"] + num_frames) / model.frames_per_second


@cache
def model_class():
    """A ``WhisperModel`` whose word alignment leaves the seek position to the timestamp tokens when its
    ``raw_seek`` attribute is true (the default), and behaves exactly as the library when it is false."""
    from faster_whisper import WhisperModel  # heavy import, only when a model is loaded

    class RawSeekWhisperModel(WhisperModel):
        raw_seek = True

        def add_word_timestamps(self, segments, *args, **kwargs):
            tokenizer = kwargs.get("tokenizer", args[0] if args else None)
            num_frames = kwargs.get("num_frames", args[2] if len(args) > 2 else None)
            token_ends = [[_seek_end(self, seg, tokenizer, num_frames) for seg in window] for window in segments]
            last = super().add_word_timestamps(segments, *args, **kwargs)
            if self.raw_seek:
                for window, ends in zip(segments, token_ends, strict=True):
                    for seg, end in zip(window, ends, strict=True):
                        seg["words"] = WordsKept(seg.get("words", []), end)
            return last

    return RawSeekWhisperModel
