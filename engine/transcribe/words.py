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
    return _said_readings(out)


_RATE = re.compile(r"^1\.(\d\d)(\W?)$")  # "heart rate 1.18,": Whisper's "one eighteen"
_HUNDRED_AND = re.compile(r"^(\d)\.(\d)(\W?)$")  # "temperature is 100 and 1.4": "a hundred and one point four"
_SPLIT_WEIGHT = re.compile(r"^([1-3])\.(\d\d)(\W?)$")  # "your 1.96 pounds on our scale": "one ninety-six"
_WEIGHT_NEXT = re.compile(r"^(?:pounds|lbs?)\b|^on (?:the|our) scales?\b")
_SYSTOLIC_HEAD = re.compile(r"^([12]),?$")  # "1, 62 over 98": "one sixty-two over ninety-eight"
# What names each reading just before it. A rate is the pulse only when said as such ("basal rate 1.15 units"
# and "for your heart 1.25 milligrams" are doses); a weight is the person's ("you're", "your", "weigh"), never a
# change ("lost 2.50 pounds"); a temperature or a pressure by its name.
_PULSE_NAMED = re.compile(r"(?:\bheart rate|\bpulse(?: rate)?|\bhr)(?: is| was| of)?$")
_WEIGHT_NAMED = frozenset({"weigh", "weighs", "weight", "weighed", "youre", "your", "scale", "hes", "shes"})
_WEIGHT_CHANGE = frozenset({"lost", "gained", "down", "up", "lose", "gain", "put", "dropped", "birth"})
_TEMPERATURE_NAMED = frozenset({"temperature", "temp", "fever", "temperatures"})
_PRESSURE_NAMED = frozenset({"pressure", "bp", "pressures"})
_UNIT_OR_TIME = re.compile(r"^(?:mg|milligrams?|mcg|micrograms?|units?|ml|mls|cc|grams?|g|hours?|minutes?|days?)\b")


def _before(words: list[Word], i: int, n: int = 3) -> set[str]:
    return {re.sub(r"\W", "", w.text.lower()) for w in words[max(0, i - n) : i]}


def _said_before(words: list[Word], i: int, n: int = 3) -> str:
    return " ".join(re.sub(r"[^\w ]", "", w.text.lower()) for w in words[max(0, i - n) : i])


def _unit_next(words: list[Word], i: int) -> bool:
    return i + 1 < len(words) and bool(_UNIT_OR_TIME.match(words[i + 1].text.lower()))


def _said_readings(words: list[Word]) -> list[Word]:
    """Vital readings Whisper wrote as times or in pieces, made whole where the reading is named just before
    them: "heart rate 1.18" -> "118" (no pulse is 1.18), "you're 1.96 pounds" -> "196", "temperature 100 and
    1.4" -> "101.4", "blood pressure 1, 62 over 98" -> "162 over 98". A number with no reading named before it,
    a dose ("basal rate 1.15 units") or a change ("lost 2.50 pounds") is left as heard."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        if (m := _RATE.match(w.text)) and _PULSE_NAMED.search(_said_before(words, i)) and not _unit_next(words, i):
            out.append(w.model_copy(update={"text": f"1{m.group(1)}{m.group(2)}"}))
            i += 1
            continue
        nxt = words[i + 1 : i + 3]
        if (
            (m := _SPLIT_WEIGHT.match(w.text))
            and _WEIGHT_NEXT.match(" ".join(x.text for x in words[i + 1 : i + 4]).lower())
            and _before(words, i) & _WEIGHT_NAMED
            and not _before(words, i, 4) & _WEIGHT_CHANGE
        ):
            out.append(w.model_copy(update={"text": m.group(1) + m.group(2) + m.group(3)}))  # "1.96 pounds": 196
            i += 1
            continue
        if (
            w.text == "100"
            and len(nxt) == 2
            and nxt[0].text.lower() == "and"
            and (m := _HUNDRED_AND.match(nxt[1].text))
            and _before(words, i, 4) & _TEMPERATURE_NAMED
            and not _unit_next(words, i + 2)
        ):
            out.append(_joined(w, nxt[1], f"10{m.group(1)}.{m.group(2)}{m.group(3)}"))
            i += 3
            continue
        if (
            (m := _SYSTOLIC_HEAD.match(w.text))
            and len(words) > i + 3
            and re.fullmatch(r"\d\d", words[i + 1].text)
            and words[i + 2].text.lower() == "over"
            and _DIASTOLIC.match(words[i + 3].text)
            and _before(words, i, 4) & _PRESSURE_NAMED
        ):
            out.append(_joined(w, words[i + 1], m.group(1) + words[i + 1].text))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def _joined(first: Word, last: Word, text: str) -> Word:
    """One word in place of ``first`` .. ``last``: their span, the weaker probability."""
    return first.model_copy(
        update={"text": text, "end": last.end, "probability": min(first.probability, last.probability)}
    )
