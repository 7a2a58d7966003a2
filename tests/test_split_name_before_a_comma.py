"""A drug name heard as ordinary words stays an uncertain drug when a comma stands before its dose."""

from engine.clinical.heard_drugs import sound_alike_drugs


def test_a_split_name_then_a_comma_then_the_dose():
    # tiny.en wrote losartan as "last arton" on a TTS visit, the comma its guess at a pause
    heard = sound_alike_drugs("and add a different pressure tablet, last arton, 50 milligrams, once a day", [])
    assert [h.generic for h in heard] == ["losartan"]
    assert heard[0].heard == "last arton"


def test_ordinary_words_before_a_comma_and_a_number_are_no_drug():
    assert sound_alike_drugs("take it with your breakfast, 2 tablets a day", []) == []
    assert sound_alike_drugs("the pressure is better now, 130 over 80 on the tablets", []) == []
