"""Orders, results and follow-up as ACI-Bench-style dictation says them (session 11).

Sentences written for these tests, not taken from the visits. The dictation is tokenised: a full stop stands
apart from the word before it ("was 8.1 . your ldl"), as ACI-Bench transcripts write it.
"""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind

C, P = "clinician", "patient"


def _facts(*turns):
    return extract(text_transcript(list(turns)))


def results(*turns):
    """name -> value of the results charted."""
    return {f.name: f.attributes.get("value") for f in _facts(*turns) if f.kind == FactKind.result}


def orders(*turns):
    """The names of the orders charted."""
    return {f.name for f in _facts(*turns) if f.kind == FactKind.order}


@pytest.mark.parametrize(
    "turn, name, val",
    [
        # a sentence that ends on a number ends there: the next sentence's results are read on their own
        ("we had your labs drawn on 3/2/2022 . your ldl was 162 . your tsh was 3.4 .", "tsh", "3.4"),
        ("your potassium came back at 3.1 . the hemoglobin a1c was normal at 5.4 .", "hemoglobin a1c", "5.4"),
        ("your creatinine was 1.9 . and your blood count was unremarkable .", "complete blood count", "unremarkable"),
        ("her sodium is 131 . her magnesium was low at 1.4 .", "magnesium", "1.4"),
    ],
)
def test_a_sentence_ending_on_a_number_ends(turn, name, val):
    assert results((C, turn)).get(name) == val


def test_a_decimal_with_spaces_is_still_one_number():
    assert results((C, "your a1c came back at 7 . 4 so we will keep going ."), (P, "okay .")).get("hemoglobin a1c") in {
        "7.4",
        "7 . 4",
    }


@pytest.mark.parametrize(
    "turn, name, val",
    [
        ("your bun might be a little bit elevated at 27 .", "bun", "27"),
        # (a level reported by how it came out is the test's: labs._REPORTED_LEVEL)
        ("the alkaline phosphatase was elevated to 156 .", "alkaline phosphatase", "156"),
        ("her alk phos came back high at 140 .", "alkaline phosphatase", "140"),
        ("his creatinine was .9 this time .", "creatinine", "0.9"),
        ("your blood urea nitrogen is 31 .", "bun", "31"),
    ],
)
def test_panel_analytes_and_their_values(turn, name, val):
    assert results((C, turn)).get(name) == val


def test_a_lipid_panel_summed_up_by_its_parts_is_no_result_of_its_own():
    got = results((C, "your lipid panel showed a high ldl of 171 and an hdl of 38 ."))
    assert got.get("ldl") == "171" and "lipid panel" not in got


def test_a_bun_to_eat_is_no_lab():
    assert "bun" not in results((P, "i had a bun at 10 and a coffee ."))


@pytest.mark.parametrize(
    ("turn", "count"),
    [
        ("your alkaline phosphatase was elevated to 156 . his lipid panel showed an ldl of 140 .", 2),
        ("we had your labs drawn on 3/2/2022 . your ldl was 162 .", 2),
        ("temperature was 98 . 7 and pulse 80 .", 1),
    ],
)
def test_a_tokenised_stop_after_a_number_ends_the_sentence(turn, count):
    """The sentence split itself (the reads above also pass when the sentences are glued): before the change
    "156 . his lipid panel" was one sentence; "98 . 7" stays one number."""
    from engine.clinical.sentences import split
    from engine.evaluation import text_transcript

    assert len(split(text_transcript([("clinician", turn)]))) == count
