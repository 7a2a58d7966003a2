"""A spoken restart of an auxiliary ("I do, do notice ...") goes on telling; it does not open a question."""

from fact_readers import facts, symptoms

from engine.clinical.sentences import split
from engine.evaluation import text_transcript


def _clauses(text):
    return [q for _, _, q in split(text_transcript([("patient", text)]))[0].clauses]


def test_a_restarted_auxiliary_goes_on_telling():
    got = symptoms(
        facts(
            "Any nasal congestion or chest pain, shortness of breath, anything?",
            "No. None of those. I do, do notice that I get a little bit of swelling in my ankles.",
        )
    )
    assert got.get("ankle swelling") == "present" and got.get("chest pain") == "absent"


def test_an_auxiliary_before_a_subject_still_asks():
    assert _clauses("i do , do you ?") == [False, True]
    assert _clauses("do you , do you have pain") == [True, True]


def test_a_restart_inside_a_denial_stays_denied():
    got = symptoms(facts("Any chest pain?", "No, I have, have not had any chest pain."))
    assert got.get("chest pain") == "absent"
