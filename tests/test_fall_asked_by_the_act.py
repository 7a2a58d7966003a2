"""A fall asked of by the act ("Did you fall down?") is the fall the annotators chart, present or denied."""

from fact_readers import facts, state

FALLS = ("falls", "fall")


def test_fall_down_denied():
    assert state(facts("Does the knee ever give way? Did you fall down?", "No no, I held on."), FALLS) == "absent"


def test_fall_over_told():
    assert state(facts("Did you fall over?", "Yes, in the kitchen."), FALLS) == "present"


def test_a_relatives_fall_is_not_asked_of_the_patient():
    # "did she fall over?" may ask of a daughter or a grandchild (third review)
    assert state(facts("Did she fall over?", "Yes, in the kitchen."), FALLS) is None


def test_falling_asleep_is_no_fall():
    assert state(facts("Did you fall asleep okay?", "Yes."), FALLS) is None
