"""Whisper's word pieces joined into the words a clinician reads (engine/transcribe/words.py)."""

from collections import namedtuple

from engine.transcribe.words import timed_words

W = namedtuple("W", "word start end probability")


def test_pieces_split_at_punctuation_are_joined():
    raw = [
        W(" temperature", 0.0, 0.5, 0.9),
        W(" 98", 0.6, 0.8, 0.95),
        W(".4", 0.8, 1.0, 0.7),
        W(" and", 1.0, 1.1, 0.99),
        W(" 4", 1.2, 1.3, 0.9),
        W(",500", 1.3, 1.6, 0.8),
        W(" x", 1.7, 1.8, 0.9),
        W("-ray.", 1.8, 2.1, 0.9),
    ]
    words = timed_words(raw, offset_s=10.0)
    assert [w.text for w in words] == ["temperature", "98.4", "and", "4,500", "x-ray."]
    t = words[1]
    assert (t.start, t.end, t.probability) == (10.6, 11.0, 0.7)  # the span of both pieces, the weaker word


def test_a_segment_may_start_without_a_space_and_words_can_be_filtered():
    raw = [W("Yes,", 0.0, 0.2, 0.9), W(" 152", 0.3, 0.6, 0.9), W(" over", 0.6, 0.7, 0.9), W(" 96", 0.8, 1.0, 0.9)]
    assert [w.text for w in timed_words(raw, 0.0)] == ["Yes,", "152", "over", "96"]
    assert [w.text for w in timed_words(raw, 0.0, keep=lambda s, e: s >= 0.5)] == ["over", "96"]


def test_a_piece_of_a_dropped_word_is_dropped_with_it():
    raw = [
        W(" temperature", 0.0, 0.5, 0.9),
        W(" 98", 0.6, 0.8, 0.95),
        W(".4", 0.8, 1.0, 0.7),
        W(" today", 1.1, 1.4, 0.9),
    ]
    kept = timed_words(raw, 0.0, keep=lambda s, e: not 0.55 < s < 0.7)
    assert [w.text for w in kept] == ["temperature", "today"]
