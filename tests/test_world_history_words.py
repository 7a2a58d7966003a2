"""History told in Caribbean, South African and Indian English: a relative's lay disease ("my father, pressure",
"she has BP and sugar"), a birth told as its caesarean ("that one was a caesar"), and a habit left with its
when ("i left ten years back"). Each with the case that must not be charted."""

from engine.types import FactKind
from tests.fact_readers import facts


def _history(found, category):
    return {
        (f.attributes.get("relation"), f.name) if category == "family" else (f.name, f.attributes.get("value"))
        for f in found
        if f.kind == FactKind.history and f.attributes.get("category") == category
    }


def _problems(found):
    return {f.name for f in found if f.kind == FactKind.problem}


def test_relative_lay_diseases_are_family_history():
    found = facts("Anyone in the family with high blood pressure?", "My mother, she has BP and sugar.")
    assert {("mother", "hypertension"), ("mother", "type 2 diabetes")} <= _history(found, "family")
    found = facts("Anybody sick in the family?", "And mi mother did have sugar. Mi father, pressure.")
    assert ("father", "hypertension") in _history(found, "family")
    found = facts("Anybody have sugar in the family?", "My mother has sugar. And my father have pressure.")
    assert ("father", "hypertension") in _history(found, "family")


def test_relative_lay_disease_is_never_the_patients():
    found = facts("Anyone in the family with high blood pressure?", "My father, pressure. Me, nothing.")
    assert "hypertension" not in _problems(found)


def test_pressure_felt_is_no_hypertension():
    found = facts("Any headaches?", "My father has pressure on his chest sometimes.")
    assert not _history(found, "family")
    found = facts("Any headaches?", "I have pressure, here in the head.")
    assert "hypertension" not in _problems(found)


def test_birth_told_as_its_caesarean():
    found = facts("Your first baby, how was the delivery?", "That one was a caesar. The baby was too big.")
    assert "cesarean section" in {n for n, _ in _history(found, "past_surgical")}
    found = facts(
        "and this is your third baby",
        "third yeah the first two were fine i didnt have sugar with them the second one was a c-section though",
    )
    assert "cesarean section" in {n for n, _ in _history(found, "past_surgical")}


def test_caesarean_planned_or_denied_or_a_relatives_is_not_history():
    for turns in (
        ("This baby is big. She may need a c-section, we will see.", "Okay."),
        ("And this is your second baby?", "Yes, the last one wasn't a c-section, it was normal."),
        ("How was your sister's delivery?", "My sister was a c-section."),
    ):
        assert "cesarean section" not in {n for n, _ in _history(facts(*turns), "past_surgical")}


def test_habit_left_with_its_when_is_former():
    assert ("tobacco", "former") in _history(facts("smoking", "no doctor i left ten years back"), "social")
    assert ("tobacco", "former") in _history(facts("You smoke?", "Mi stop from two thousand and five."), "social")


def test_leaving_a_job_is_no_habit_given_up():
    found = facts("You smoke?", "No, never.", "Work?", "I left the job two years back.")
    assert ("tobacco", "never") in _history(found, "social")


def test_scorer_reads_caesarean_in_either_spelling():
    from engine.name_matching import same_name

    assert same_name("caesarean section", "cesarean section")
    assert not same_name("caesarean section", "hernia repair")


def test_caesarean_named_whole_is_charted_once():
    found = facts("Any operations?", "I had an emergency caesarean section, the baby was born by caesarean in 2015.")
    names = [n for n, _ in _history(found, "past_surgical")]
    assert len([n for n in names if "section" in n]) == 1
