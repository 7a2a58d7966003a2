"""Bugs found reviewing the session-9 change (b79ad7d..144fec1); every sentence here is written for the test."""

from fact_readers import facts, history, symptoms


def test_a_yes_after_a_denied_symptom_does_not_make_it_present():
    # the "yes" answers the next symptom; "no" directly before "chest pain" denies it
    got = symptoms(facts("Any chest pain or a cough?", "No chest pain, yes I have a cough."))
    assert got.get("chest pain") == "absent"
    assert symptoms(facts("So no chest pain?", "No chest pain, yes, that's right.")) == {"chest pain": "absent"}
    # a per-symptom answer still reads as one
    assert symptoms(facts("Nausea? Vomiting?", "Nausea yes, vomiting no.")) == {
        "nausea": "present",
        "vomiting": "absent",
    }


def test_an_operation_doubted_before_i_had_is_not_charted():
    # "I had" opens the clause only after a bare answer; after "I don't think" the doubt reaches it
    assert not history(facts("Any operations?", "I don't think I had my appendix out."), "past_surgical")
    assert not history(facts("Any operations?", "I can't recall that I had my gallbladder removed."), "past_surgical")
    assert history(facts("Any operations?", "no never i had my tonsils out"), "past_surgical") == {
        ("tonsillectomy", "")
    }