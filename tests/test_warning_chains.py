"""Safety-netting advice cut into short sentences by the recogniser: its red flags are not symptoms."""

from __future__ import annotations

from fact_readers import facts, heard_facts

from engine.clinical import sentences
from engine.clinical.warning_chains import in_warning_chain
from engine.evaluation import text_transcript
from engine.types import FactKind


def _unsure(lines):
    """A transcript whose patient pieces carry a role the labeller was unsure of (0.55), as heard speech."""
    t = text_transcript(lines)
    segs = [s.model_copy(update={"speaker_confidence": 0.55}) if s.speaker == "patient" else s for s in t.segments]
    return t.model_copy(update={"segments": segs})


def _chain(lines, unsure=False):
    ss = sentences.split(_unsure(lines) if unsure else text_transcript(lines))
    return {s.text: in_warning_chain(ss, s) for s in ss}


def test_red_flags_between_an_if_and_its_action_are_advice():
    got = _chain(
        [
            ("clinician", "If her temperature is still high on Friday."),
            ("patient", "Stiff neck."),  # a short piece the labeller gave the wrong role, unsure
            ("clinician", "A rash that doesn't fade. Or she's very sleepy. Bring her straight back."),
        ],
        unsure=True,
    )
    assert got["Stiff neck."] and got["A rash that doesn't fade."] and got["Or she's very sleepy."]
    assert not got["Bring her straight back."]


def test_a_patients_own_report_after_an_if_is_not_advice():
    got = _chain(
        [
            ("clinician", "If the cream doesn't help."),
            ("patient", "I get a rash on my hands too."),
            ("clinician", "Come back and see me."),
        ]
    )
    assert not got["I get a rash on my hands too."]


def test_no_action_or_no_if_means_no_chain():
    assert not any(
        _chain([("clinician", "If you can, walk daily."), ("patient", "Chest pain."), ("clinician", "Okay.")]).values()
    )
    assert not any(
        _chain(
            [("clinician", "How are things."), ("patient", "Chest pain."), ("clinician", "Call us if it's worse.")]
        ).values()
    )


def test_a_long_sentence_breaks_the_chain():
    got = _chain(
        [
            ("clinician", "If you go ahead with the trip."),
            ("clinician", "You had some wheezing on the stairs last week when the pollen was high, you said."),
            ("clinician", "Wheezing. Call us."),
        ]
    )
    assert not got["You had some wheezing on the stairs last week when the pollen was high, you said."]
    assert not got["Wheezing."]


def test_the_red_flags_of_cut_advice_are_not_charted_as_symptoms():
    from engine.clinical.extract import extract

    lines = [
        ("clinician", "If he puts on more than two pounds in a day."),
        ("patient", "Short of breath lying flat."),
        ("clinician", "Chest pain. Or he's muddled. You ring 911."),
    ]
    fs = extract(_unsure(lines))
    assert not [f.name for f in fs if f.kind == FactKind.symptom and not f.negated]


def test_a_question_with_an_if_is_no_advice_and_the_patients_answer_stays():
    # "if you don't mind" in the opening question; the patient's complaint follows (review of the tenth session)
    fs = facts(
        ("clinician", "What brings you in today, if you don't mind me starting there?"),
        ("patient", "Chest pain. Since Tuesday."),
        ("clinician", "Okay. Did you go to the ER?"),
    )
    assert [f.name for f in fs if f.kind == FactKind.symptom and not f.negated] == ["chest pain"]
    heard = heard_facts(
        ("clinician", "what's going on today, if you can tell me"),
        ("patient", "Chest pain."),
        ("patient", "Short of breath."),
        ("clinician", "Okay. Did you call 911?"),
    )
    assert {f.name for f in heard if f.kind == FactKind.symptom and not f.negated} >= {"chest pain"}


def test_a_fragment_given_firmly_to_the_other_speaker_breaks_the_chain():
    got = _chain(
        [
            ("clinician", "If the swelling comes back."),
            ("patient", "Ankle pain."),  # a written (given) role: the patient's own words
            ("clinician", "Come straight back."),
        ]
    )
    assert not got["Ankle pain."]
