"""Word error rate as the transcription benchmark reports it, with the normalisation spelled out.

Both sides (reference and hypothesis) are normalised the same way: lower case; curly apostrophes made
straight; thousands separators dropped ("1,000" -> "1000"); "%" read as "percent"; hyphens, slashes and
every other punctuation mark become spaces, except a decimal point between digits ("98.4") and an
apostrophe inside a word ("don't"); fillers (um, uh, erm, hmm, mm, uhm, ah) dropped. Number words are
NOT turned into digits: "two" against "2" counts as an error, on both pipelines alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.transcribe.filters import FILLERS

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_KEEP = re.compile(r"[^a-z0-9'\u2024 ]+")


def normalise(text: str) -> list[str]:
    """The words scored, after the normalisation described in the module docstring."""
    t = text.lower().replace("\u2019", "'").replace("%", " percent ")
    t = _THOUSANDS.sub("", t)
    t = _DECIMAL.sub("\u2024", t)  # protect decimal points from the punctuation sweep
    t = _KEEP.sub(" ", t).replace("\u2024", ".")
    words = (w.strip("'") for w in t.split())
    return [w for w in words if w and w not in FILLERS]


@dataclass(frozen=True)
class Score:
    """Edit counts of one hypothesis against one reference (normalised words)."""

    ref_words: int
    substitutions: int
    deletions: int
    insertions: int

    @property
    def errors(self) -> int:
        return self.substitutions + self.deletions + self.insertions

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.ref_words)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.ref_words + other.ref_words,
            self.substitutions + other.substitutions,
            self.deletions + other.deletions,
            self.insertions + other.insertions,
        )


def score(reference: str, hypothesis: str) -> Score:
    """Levenshtein alignment over normalised words, counting substitutions, deletions and insertions."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    # dp[j] = (cost, subs, dels, ins) aligning ref[:i] with hyp[:j]
    prev = [(j, 0, 0, j) for j in range(len(hyp) + 1)]
    for i in range(1, len(ref) + 1):
        cur = [(i, 0, i, 0)]
        for j in range(1, len(hyp) + 1):
            same = ref[i - 1] == hyp[j - 1]
            d = prev[j - 1]
            options = [
                (d[0] + (0 if same else 1), d[1] + (0 if same else 1), d[2], d[3]),
                (prev[j][0] + 1, prev[j][1], prev[j][2] + 1, prev[j][3]),  # deletion
                (cur[j - 1][0] + 1, cur[j - 1][1], cur[j - 1][2], cur[j - 1][3] + 1),  # insertion
            ]
            cur.append(min(options))
        prev = cur
    _, s, d, n = prev[-1]
    return Score(len(ref), s, d, n)
