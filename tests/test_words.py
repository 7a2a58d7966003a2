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


def test_numbers_are_whole_in_the_transcript_text():
    from engine.transcribe.filters import clean
    from engine.types import Segment

    raw = [
        W(" blood", 0.0, 0.2, 0.9),
        W(" pressure", 0.2, 0.5, 0.9),
        W(" 1", 0.6, 0.7, 0.9),
        W(".28", 0.7, 0.9, 0.8),
        W(" over", 0.9, 1.0, 0.9),
        W(" 78,", 1.0, 1.2, 0.9),
        W(" A1C", 1.3, 1.5, 0.9),
        W(" 8", 1.5, 1.6, 0.9),
        W(" .2", 1.6, 1.7, 0.6),  # a tail that arrived with a space of its own
        W(" and", 1.7, 1.8, 0.9),
        W(" 1", 1.8, 1.9, 0.9),
        W(" ,000", 1.9, 2.1, 0.9),
        W(" steps,", 2.1, 2.4, 0.9),
        W(" temperature", 2.4, 2.8, 0.9),
        W(" 1.3", 2.8, 3.0, 0.9),  # not before "over": left alone
    ]
    words = timed_words(raw, 0.0)
    seg = Segment(id=0, start=0.0, end=3.0, text="", words=words)
    (out,) = list(clean([(seg, 1.0)]))
    assert out.text == "blood pressure 128 over 78, A1C 8.2 and 1,000 steps, temperature 1.3"
    eight = next(w for w in out.words if w.text == "8.2")
    assert (eight.start, eight.end, eight.probability) == (1.5, 1.7, 0.6)


def _texts(*pieces):
    raw = [W(" " + p, i * 0.3, i * 0.3 + 0.25, 0.9) for i, p in enumerate(pieces)]
    return " ".join(w.text for w in timed_words(raw, 0.0))


def test_readings_written_as_times_are_whole_where_the_reading_is_named():
    assert _texts("heart", "rate", "1.18,", "which") == "heart rate 118, which"
    assert _texts("temperature", "is", "100", "and", "1.4,", "heart") == "temperature is 101.4, heart"
    assert _texts("pressure", "1,", "62", "over", "98,") == "pressure 162 over 98,"
    assert _texts("and", "your", "1.96", "pounds", "on", "our", "scale.") == "and your 196 pounds on our scale."
    assert _texts("your", "2.68", "on", "the", "scale,") == "your 268 on the scale,"


def test_numbers_with_no_reading_named_stay_as_heard():
    assert _texts("it", "costs", "1.18", "dollars") == "it costs 1.18 dollars"
    assert _texts("height", "1.59", "metres") == "height 1.59 metres"
    assert _texts("we", "had", "100", "and", "1.4", "litres") == "we had 100 and 1.4 litres"
    assert _texts("the", "1.59", "train") == "the 1.59 train"


def test_doses_changes_and_unnamed_numbers_are_never_made_readings():
    assert _texts("I've", "lost", "2.50", "pounds", "since") == "I've lost 2.50 pounds since"
    assert _texts("she", "gained", "1.75", "pounds") == "she gained 1.75 pounds"
    assert _texts("the", "baby", "was", "3.25", "pounds", "at", "birth") == "the baby was 3.25 pounds at birth"
    assert _texts("for", "your", "heart", "1.25", "milligrams") == "for your heart 1.25 milligrams"
    assert _texts("pump", "basal", "rate", "1.15", "units") == "pump basal rate 1.15 units"
    assert _texts("infusion", "rate", "1.50", "ml") == "infusion rate 1.50 ml"
    assert _texts("temperature", "was", "100", "and", "2.5", "hours") == "temperature was 100 and 2.5 hours"
    assert _texts("grade", "2,", "50", "over", "100") == "grade 2, 50 over 100"
    assert _texts("the", "pulse", "is", "1.04,") == "the pulse is 104,"
