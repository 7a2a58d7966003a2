"""An activity asked as one the patient can do, answered no, is the difficulty charted; a yes charts nothing."""

from fact_readers import facts, symptoms


def test_unable_to_concentrate():
    got = symptoms(facts("Are you able to concentrate at work?", "Not really, I lose my place all the time."))
    assert got.get("difficulty concentrating") == "present"


def test_a_child_who_cannot_bear_weight():
    got = symptoms(facts(("clinician", "Can he stand on that foot?"), ("other", "No, he hops everywhere.")))
    assert got.get("inability to bear weight") == "present"


def test_stairs_managed_only_slowly():
    got = symptoms(facts("Have you been able to get up the stairs?", "Only slowly, one at a time."))
    assert got.get("difficulty climbing stairs") == "present"


def test_a_yes_charts_nothing():
    assert symptoms(facts("Can you walk all right?", "Yes, fine.")) == {}


def test_a_child_refusing_food_has_lost_her_appetite():
    got = symptoms(facts(("clinician", "Is she eating?"), ("other", "She refuses most food.")))
    assert got.get("loss of appetite") == "present"
