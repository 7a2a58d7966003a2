"""Whisper's word records turned into ours: on the recording's clock, with split pieces joined."""

from __future__ import annotations

from collections.abc import Callable

from engine.types import Word


def timed_words(raw_words, offset_s: float, keep: Callable[[float, float], bool] | None = None) -> list[Word]:
    """faster-whisper's words as ``Word`` records on the recording's clock, pieces glued back together.

    Whisper starts a new "word" at every punctuation token, so "98.4" arrives as "98" + ".4", "4,500" as
    "4" + ",500" and "x-ray" as "x" + "-ray"; joined with spaces they would read "98 .4", which loses the
    number for extraction and shows the clinician a broken transcript. A piece that does not begin with a
    space continues the word before it. ``keep(start, end)`` (window-relative seconds) drops words outside
    a span before joining.
    """
    out: list[Word] = []
    dropped = False  # whether the word this piece would continue was filtered out
    for w in raw_words:
        text = w.word.strip()
        piece = bool(out or dropped) and not w.word[:1].isspace()
        if not text or (keep and not keep(w.start, w.end)) or (piece and dropped):
            dropped = dropped or bool(text)  # a piece of a dropped word goes with it
            continue
        dropped = False
        if piece:
            prev = out[-1]
            out[-1] = prev.model_copy(
                update={
                    "text": prev.text + text,
                    "end": round(w.end + offset_s, 3),
                    "probability": min(prev.probability, round(w.probability, 4)),
                }
            )
            continue
        out.append(
            Word(
                start=round(w.start + offset_s, 3),
                end=round(w.end + offset_s, 3),
                text=text,
                probability=round(w.probability, 4),
            )
        )
    return out
