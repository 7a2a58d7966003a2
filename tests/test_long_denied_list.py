"""A denial read out as a long list reaches its last items, past ConText's scope; a clause after the list that
tells a symptom keeps it present."""

from fact_readers import facts, symptoms


def test_last_item_of_a_long_denied_list_is_denied():
    fs = facts(
        "On your review of systems form, you indicated that you've not had any recent weight loss or gain, "
        "headaches, bone pain, urinary symptoms, or blood in the stools. But you did indicate some back pain.",
        "Okay.",
    )
    got = symptoms(fs)
    assert got["blood in stool"] == "absent"
    assert got["back pain"] == "present"


def test_a_clause_after_the_list_keeps_its_symptom():
    got = symptoms(facts("How are you?", "No fever or chills for a week now, and the cough is bad."))
    assert got["cough"] == "present"
    assert got["fever"] == "absent"


def test_but_ends_the_denial():
    got = symptoms(facts("How are you?", "I haven't had any fever for a long time at all now, but cough, yes."))
    assert got["cough"] == "present"
