"""Results said the many ways clinicians and patients report them (session 12 probe): British spellings and
abbreviations, a level reported by how it came out ("my iron was low"), where a level moved to, decades and
bounds as values, what a culture grew; and what is no result of this patient's: a relative's, a target, one
still to come, one imagined after "if"."""

import pytest
from fact_readers import facts

from engine.fact_scoring import same_value
from engine.types import FactKind

P = "patient"


def results(fs):
    """result name -> value."""
    return {f.name: f.attributes.get("value", "") for f in fs if f.kind == FactKind.result}


@pytest.mark.parametrize(
    ("turns", "name", "value"),
    [
        # British and Commonwealth spellings and abbreviations
        (["Your haemoglobin was 98."], "hemoglobin", "98"),
        (["ok so your hb is 9.2 which is on the low side"], "hemoglobin", "9.2"),
        (["Your haemoglobin A1c is 7.1."], "hemoglobin a1c", "7.1"),
        (["your vit d was very low at 12"], "vitamin d", "12"),
        # a level reported by how it came out, even where its name is also a drug's or a diet word
        ([(P, "The hospital said my iron was low.")], "iron", "low"),
        ([(P, "they said my vitamin d was really low")], "vitamin d", "low"),
        (["The cholesterol's a bit high at six."], "cholesterol", "6"),
        (["Your iron studies show you're low in iron."], "iron studies", "low"),
        # what it came to, as a decade, a bound or a movement
        (["Your eGFR is in the fifties."], "egfr", "50"),
        ([(P, "the er said my sugar was over 400")], "glucose", "400"),
        (["your cholesterol's come down to five point one"], "cholesterol", "5.1"),
        ([(P, "they said my potassium dropped to 2.9 in hospital")], "potassium", "2.9"),
        (["A1c's come down to 6.9, well done."], "hemoglobin a1c", "6.9"),
        # "raised", "up", and a verbless "fine"
        (["The CRP was raised."], "crp", "raised"),
        (["Your ESR is raised at 60 and the CRP is up too."], "crp", "up"),
        (["Blood count fine."], "blood count", "normal"),
        # what a culture grew; a genus written short does not end the sentence
        (["Urine culture grew E. coli."], "urine culture", "e. coli"),
        (["Your sputum culture grew pseudomonas."], "sputum culture", "pseudomonas"),
        (["Your H. pylori breath test was positive."], "h. pylori breath test", "positive"),
    ],
)
def test_a_result_said_many_ways(turns, name, value):
    got = results(facts(*turns))
    assert any(name in n and same_value(value, v) for n, v in got.items()), got


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # a relative's
        ([(P, "My mum's cholesterol was 8.")], "cholesterol"),
        ([(P, "My sister's A1c was 9.")], "a1c"),
        (["Your dad's PSA was high, so we'll check yours."], "psa"),
        # a target
        (["The target INR is 2 to 3."], "inr"),
        (["Your goal A1c is seven."], "a1c"),
        (["Your A1c should be under 7."], "a1c"),
        # still to come, or imagined
        (["The results of the ultrasound should be back next week."], "ultrasound"),
        (["If the CRP is raised we'll think about antibiotics."], "crp"),
        (["If your sugar is over 300 call us."], "glucose"),
        # a drug, not a level
        (["Iron tablets, one a day, can make your stool dark."], "iron"),
        (["Iron 200 milligrams once a day with orange juice."], "iron"),
        (["Vitamin D can be low in winter."], "vitamin d"),
    ],
)
def test_no_result_of_this_patients(turns, name):
    assert not any(name in n for n in results(facts(*turns)))


@pytest.mark.parametrize(
    ("turns", "name", "value"),
    [
        # reviewer (fix 15): an "if" that asks whether the listener heard, a pending test before "but", and a
        # test "had" this high before are no reason to drop the value reported
        (["I'm not sure if you heard but your potassium was 6.2 on the bloods this morning."], "potassium", "6.2"),
        (["The urine culture is still pending but your potassium came back at 6.1."], "potassium", "6.1"),
        (["We haven't had a potassium this high before, it was 6.5."], "potassium", "6.5"),
        # variants
        (["I wonder whether you know your potassium was 6.4 yesterday."], "potassium", "6.4"),
        (["We're waiting on the culture, your potassium was 5.9."], "potassium", "5.9"),
    ],
)
def test_a_result_after_if_or_pending_elsewhere(turns, name, value):
    got = results(facts(*turns))
    assert any(name in n and same_value(value, v) for n, v in got.items()), got


@pytest.mark.parametrize(
    "turns",
    [
        ["We'll see whether the potassium is low."],
        ["We're still waiting on the potassium, it should be back tomorrow."],
        ["If your potassium is over 6 we'll call you."],
    ],
)
def test_still_imagined_or_pending(turns):
    assert not any("potassium" in n for n in results(facts(*turns)))
