"""A recogniser drops most question marks: a verbless piece after the clinician's question, and a question
that lost its mark, still ask, and the patient's "No." answers them all."""

from tests.fact_readers import heard_facts, symptoms

C, P = "clinician", "patient"


def test_a_verbless_piece_after_a_heard_question_is_asked_not_reported():
    got = symptoms(
        heard_facts(
            (C, "Any palpitations."),
            (C, "Feeling your heart racing or thumping."),
            (C, "Any dizziness or blackouts."),
            (P, "No."),
        )
    )
    assert got.get("palpitations") == "absent"
    assert got.get("dizziness") == "absent"


def test_a_question_heard_without_its_mark_keeps_the_earlier_ones_waiting():
    got = symptoms(
        heard_facts(
            (C, "Any swelling in your ankles?"),
            (C, "Any problem with your waterworks."),
            (P, "No, nothing like that."),
        )
    )
    assert got.get("ankle swelling", got.get("swelling")) == "absent"


def test_the_clinician_telling_with_a_verb_is_no_question_piece():
    got = symptoms(
        heard_facts(
            (C, "Any fever?"),
            (P, "No."),
            (C, "Any cough?"),
            (C, "You have had a cough for two weeks, you said."),
            (P, "Yes."),
        )
    )
    assert got.get("fever") == "absent"
    assert got.get("cough") == "present"
