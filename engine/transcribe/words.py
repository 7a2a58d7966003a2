"""Whisper's word records turned into ours: on the recording's clock, with split pieces joined."""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.types import Word

_DIGITS = re.compile(r"^\d+$")
_TAIL = re.compile(r"^[.,]\d")  # ".4", ",500": the rest of a number
_SPLIT_SYSTOLIC = re.compile(r"^([12])\.(\d\d)$")  # "1.28" before "over 78": a systolic of 128
_DIASTOLIC = re.compile(r"^\d{2,3}\b")


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
    return whole_numbers(out)


def whole_numbers(words: list[Word]) -> list[Word]:
    """Numbers whole in the transcript text: "8" + ".2" -> "8.2", "1" + ",000" -> "1,000" even when the
    tail came as a word of its own, and a blood pressure heard as "1.28 over 78" -> "128 over 78" (no
    systolic pressure is 1.28, and Whisper writes "one twenty-eight" that way). Nothing else changes."""
    out: list[Word] = []
    for w in words:
        if out and _DIGITS.match(out[-1].text) and _TAIL.match(w.text):
            prev = out[-1]
            out[-1] = prev.model_copy(
                update={"text": prev.text + w.text, "end": w.end, "probability": min(prev.probability, w.probability)}
            )
            continue
        out.append(w)
    for i in range(len(out) - 2):
        m = _SPLIT_SYSTOLIC.match(out[i].text)
        if m and out[i + 1].text.lower() == "over" and _DIASTOLIC.match(out[i + 2].text):
            out[i] = out[i].model_copy(update={"text": m.group(1) + m.group(2)})
    return out
