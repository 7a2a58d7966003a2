"""A yes to one of the twin symptoms that adds the other tells both; a yes that rewords it tells one."""

from fact_readers import facts, symptoms


def test_a_yes_that_adds_the_twin_keeps_the_one_asked():
    got = symptoms(facts("Are you getting dizzy spells?", "Yeah, and I go lightheaded as well."))
    assert got == {"dizziness": "present", "lightheadedness": "present"}


def test_the_added_twin_works_the_other_way_round():
    got = symptoms(facts("Feeling lightheaded at all?", "Yes, I get dizzy too."))
    assert got == {"dizziness": "present", "lightheadedness": "present"}


def test_a_yes_that_rewords_the_twin_is_one_complaint():
    got = symptoms(facts("Have you felt dizzy?", "Yes, lightheaded when I get out of bed."))
    assert got == {"lightheadedness": "present"}
