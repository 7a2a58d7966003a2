"""Cut Whisper's segments where the speech pauses, so that one segment rarely holds two speakers.

Whisper cuts its segments by its 30-second windows and its own punctuation, not by who speaks: on rendered
visits a small model ran a question into its answer ("any chest pain, no, short of breath, no, I'm good")
and the role labeller could give that whole segment one role only. Two people taking turns leave a
pause between them far more often than one person pauses mid-phrase, so each stretch between pauses of at
least ``turn_pause_s`` (setting) becomes a segment of its own, with its own voice print; turn-taking in
engine/transcribe/roles.py then decides, from the words, the pause and the voice, whether the speaker
changed. A stretch cut from one speaker's turn costs little: the labeller keeps the role across a short
pause unless the words say otherwise.
"""

from __future__ import annotations

from engine.types import Word


def pause_pieces(words: list[Word], pause_s: float) -> list[list[Word]]:
    """``words`` cut before every word that starts at least ``pause_s`` after the previous one ended;
    one piece (the words unchanged) when ``pause_s`` is 0 or nothing pauses that long."""
    if pause_s <= 0 or len(words) < 2:
        return [words]
    pieces: list[list[Word]] = [[words[0]]]
    for prev, w in zip(words, words[1:], strict=False):
        if w.start - prev.end >= pause_s:
            pieces.append([])
        pieces[-1].append(w)
    return pieces
