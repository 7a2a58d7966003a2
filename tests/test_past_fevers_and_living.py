"""Malaria and typhoid of an earlier year are past medical history (never today's problem), and the
household the patient lives in is social history; a denied, recent or relative's fever and a bare yes to
"do you live alone?" are not charted."""

from engine.types import FactKind
from tests.fact_readers import facts


def _history(fs, category):
    return {
        f.name: f.attributes.get("value")
        for f in fs
        if f.kind == FactKind.history and f.attributes.get("category") == category
    }


def _problems(fs):
    return {f.name for f in fs if f.kind == FactKind.problem}


def test_fever_of_an_earlier_year_told_is_past_medical():
    fs = facts("Any illness before?", "Only last year I had typhoid, they admitted me for three days.")
    assert "typhoid fever" in _history(fs, "past_medical")
    assert "typhoid fever" not in _problems(fs)
    fs = facts("Has he been sick before?", ("other", "Last year, at Mukono, with malaria. They gave him blood."))
    assert "malaria" in _history(fs, "past_medical")


def test_fever_confirmed_many_times_is_past_medical():
    fs = facts("Have you had malaria before?", "Ah, many times, since I was small.")
    assert "malaria" in _history(fs, "past_medical")


def test_denied_recent_or_drug_fever_is_not_past_medical():
    assert "malaria" not in _history(facts("Have you had malaria before?", "No, never."), "past_medical")
    assert "malaria" not in _history(facts("Any fever?", "I had malaria last week, I took tablets."), "past_medical")
    assert "malaria" not in _history(facts("Anything taken?", "I took malaria tablets last year."), "past_medical")
    # a parent's own childhood fever is not the child's
    fs = facts("Any illness before?", ("other", "I had typhoid when I was a girl."))
    assert "typhoid fever" not in _history(fs, "past_medical")


def test_household_told_or_answered_is_living():
    assert "living" in _history(facts("And who's at home?", "Husband, two teenagers and the dog."), "social")
    assert "living" in _history(
        facts("How is she?", ("other", "She lives with us now, since my dad passed.")), "social"
    )
    assert "living" in _history(facts("Tell me about home.", "I live with my daughter and her kids."), "social")
    fs = facts("Is she still living with you?", ("other", "Yes, with me and my husband."))
    assert _history(fs, "social")["living"].startswith("lives with me")


def test_no_household_charted_from_a_bare_yes_a_no_or_a_relative_of_their_own():
    assert "living" not in _history(facts("Do you live alone?", "Yes."), "social")
    assert "living" not in _history(facts("Do you live alone?", "No."), "social")
    assert "living" not in _history(facts("Anybody sick at home?", ("other", "His little sister.")), "social")
    # a relative's own household is not the patient's
    assert "living" not in _history(facts("Tell me about home.", ("other", "I live with my sister.")), "social")


def test_an_operation_named_bare_with_its_when_is_past_surgery():
    assert "appendectomy" in _history(
        facts("Any surgeries?", "appendix operation when i was fifteen that's all"), "past_surgical"
    )
    assert "hernia repair" in _history(facts("Any operations?", "Just a hernia operation, 2010."), "past_surgical")


def test_an_operation_wanted_or_asked_about_is_no_past_surgery():
    assert not _history(facts("What are your plans?", "Gallbladder surgery is what they want."), "past_surgical")
    assert not _history(facts("Anything else?", "Gallbladder surgery, when can I have it?"), "past_surgical")
