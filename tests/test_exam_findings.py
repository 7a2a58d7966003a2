"""Examination findings: how clinicians dictate an exam, normal and abnormal, with site and side.

Every sentence here was written for these tests (none is copied from the annotated encounters).
"""

from __future__ import annotations

import pytest

from engine.clinical.exam import exam_sentences, findings
from engine.clinical.sentences import split
from engine.types import Segment, Transcript


def exam(*turns):
    """Exam findings of a dialogue; a bare string is the clinician's, a (speaker, text) pair anyone's."""
    turns = [t if isinstance(t, tuple) else ("clinician", t) for t in turns]
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, text=t, speaker=who) for i, (who, t) in enumerate(turns)]
    sentences = split(Transcript(segments=segs, duration_s=len(segs) * 5.0))
    return findings(sentences, exam_sentences(sentences))


def triples(fs):
    return {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs}


def normal(fs):
    return {f.name: f.attributes["normal"] for f in fs}


def test_a_normal_heart_and_lung_exam():
    fs = exam(
        "On physical examination, your heart is a regular rate and rhythm, no murmurs, rubs or gallops. "
        "Your lungs are clear to auscultation bilaterally."
    )
    got = triples(fs)
    assert {("regular rate and rhythm", "heart", ""), ("no murmurs", "heart", ""), ("no gallops", "heart", "")} <= got
    assert ("clear to auscultation bilaterally", "lungs", "bilateral") in got
    assert set(normal(fs).values()) == {"yes"}


def test_an_abdomen_soft_and_nontender_without_rebound_or_guarding():
    fs = exam("Let me examine your belly. Your abdomen is soft and nontender, with no rebound or guarding.")
    got = triples(fs)
    assert {("soft", "abdomen", ""), ("no rebound", "abdomen", ""), ("no guarding", "abdomen", "")} <= got
    assert normal(fs)["no rebound"] == "yes"


def test_tenderness_over_a_part_takes_the_side_of_the_limb_it_lies_on():
    fs = exam("On exam there is tenderness to palpation over the medial joint line of the left knee.")
    assert ("tenderness to palpation", "medial joint line", "left") in triples(fs)
    assert normal(fs)["tenderness to palpation"] == "no"


def test_denied_edema_of_the_legs_is_a_normal_finding_of_both_sides():
    fs = exam("On exam, I see no edema in the lower extremities.")
    assert ("no edema", "lower extremities", "bilateral") in triples(fs)
    assert normal(fs)["no edema"] == "yes"


def test_range_of_motion_strength_and_reflexes():
    fs = exam(
        "On exam she has full range of motion of the right shoulder. Strength is 5 out of 5. Reflexes are symmetric."
    )
    got = triples(fs)
    assert ("full range of motion", "shoulder", "right") in got
    assert {"strength 5 out of 5", "reflexes symmetric"} <= {n for n, _, _ in got}
    assert set(normal(fs).values()) == {"yes"}


def test_what_the_clinician_appreciates_is_present():
    fs = exam("Let me take a look at that foot. I do appreciate some swelling over the right ankle.")
    assert ("swelling", "ankle", "right") in triples(fs)


def test_an_unsided_limb_takes_the_side_the_patient_complained_of():
    fs = exam(
        "What brings you in?",
        ("patient", "My left elbow has been hurting."),
        "Let me examine it. There is pain with flexion of the elbow.",
    )
    assert ("pain with flexion", "elbow", "left") in triples(fs)


def test_named_tests_positive_and_negative():
    fs = exam("On exam you have a positive Lachman test on the right. The McMurray test is negative.")
    got = normal(fs)
    assert got["positive lachman test"] == "no" and got["negative mcmurray test"] == "yes"
    assert ("positive lachman test", "", "right") in triples(fs)


def test_sensation_intact_in_both_feet():
    fs = exam("On your neurologic exam, sensation is intact to light touch in both feet.")
    assert ("sensation intact", "feet", "bilateral") in triples(fs)


def test_a_list_after_no_is_all_denied():
    fs = exam("On exam of the right wrist there is no erythema or warmth.")
    assert {("no erythema", "wrist", "right"), ("no warmth", "wrist", "right")} <= triples(fs)


def test_the_region_being_examined_holds_for_the_next_sentences():
    fs = exam("Now on your right knee exam, there is a small effusion. There is no warmth.")
    assert {("small effusion", "knee", "right"), ("no warmth", "knee", "right")} <= triples(fs)


def test_a_lay_word_explaining_a_term_is_not_a_second_finding():
    fs = exam("On exam there is ecchymosis or bruising over the lateral malleolus.")
    names = {n for n, _, _ in triples(fs)}
    assert "ecchymosis" in names and "bruising" not in names
    assert ("ecchymosis", "lateral malleolus", "") in triples(fs)


def test_sounds_good_after_listening_is_normal_for_what_was_listened_to():
    fs = exam("Let me take a quick listen to your heart and lungs.", ("patient", "Sure."), "Alright, sounds good.")
    assert {("normal", "heart", ""), ("normal", "lungs", "bilateral")} <= triples(fs)


def test_the_patients_words_and_the_plan_are_not_findings():
    fs = exam(
        ("patient", "I have swelling in my ankle."),
        "Okay. On exam, the ankle is mildly swollen.",
        "The ibuprofen will help reduce the swelling, and come back in two weeks.",
    )
    assert [f.name for f in fs] == ["swelling"]


def test_a_question_during_the_exam_is_not_a_finding():
    assert exam("Let me examine your knee. Does it hurt when I press on the knee?") == []


def test_a_murmur_keeps_its_grade_and_has_no_side():
    fs = exam("On your heart exam I hear a 2 out of 6 systolic murmur at the left sternal border.")
    murmur = next(f for f in fs if f.name == "systolic murmur")
    assert murmur.attributes["site"] == "heart" and murmur.attributes["laterality"] == ""
    assert murmur.attributes["grade"] == "2/6"


def test_a_denied_adjective_reads_not():
    fs = exam("On exam your thyroid is not enlarged.")
    assert ("not enlarged", "thyroid", "") in triples(fs)
    assert normal(fs)["not enlarged"] == "yes"


def test_a_site_inside_the_next_finding_is_not_shared():
    fs = exam("On your neck exam I don't appreciate any jugular venous distention or carotid bruits.")
    assert {("no jugular venous distention", "neck", ""), ("no carotid bruits", "", "")} <= triples(fs)


@pytest.mark.parametrize(
    "line",
    [
        "On exam, everything else is normal.",
        "The rest of your physical exam is unremarkable.",
        "Okay, that's good, let me examine you.",
    ],
)
def test_a_whole_exam_summary_names_no_finding(line):
    assert exam(line) == []


def test_the_stretch_ends_at_the_plan():
    fs = exam(
        "On exam there is tenderness of the lower back.",
        ("patient", "Okay."),
        "So my assessment is a back strain, and I'd recommend physical therapy; there is swelling we can ice.",
    )
    assert [f.name for f in fs] == ["tenderness"]


def test_a_yes_to_does_it_hurt_when_i_press_is_tenderness():
    fs = exam(
        "Let me examine your right wrist. Does it hurt when I press on the wrist here?",
        ("patient", "Yes, right there."),
        "And when I bend it back, does that hurt?",
        ("patient", "No."),
    )
    got = {(n, site, side): normal(fs)[n] for n, site, side in triples(fs)}
    assert got[("tenderness to palpation", "wrist", "right")] == "no"
    assert got[("no pain with movement", "wrist", "right")] == "yes"


def test_an_answer_the_clinician_also_states_is_one_finding():
    fs = exam(
        "Let me examine your left knee. Does it hurt when I press here?",
        ("patient", "Yeah."),
        "Okay, so there is tenderness to palpation of the left knee.",
    )
    assert [f.name for f in fs] == ["tenderness to palpation"]


def test_does_it_hurt_outside_the_exam_is_history():
    fs = exam("Does it hurt when you press on it at home?", ("patient", "Yes."))
    assert fs == []
