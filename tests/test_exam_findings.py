"""Examination findings: how clinicians dictate an exam, normal and abnormal, with site and side.

Every sentence here was written for these tests (none is copied from the annotated encounters).
"""

from __future__ import annotations

import pytest
from fact_readers import exam_of as exam
from fact_readers import normal, triples


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


# --- Primary-care phrasing: positioning, lists of states, dictation without punctuation or verbs ---


def test_placing_the_patient_starts_the_exam():
    fs = exam("Okay, let me have you lie back on the table. There's tenderness below the right ribs.")
    assert "tenderness" in {n for n, _, _ in triples(fs)}


def test_several_states_of_one_part_are_each_a_finding():
    fs = exam("On exam the left wrist is swollen, warm and a little tender.")
    assert {("swelling", "wrist", "left"), ("warmth", "wrist", "left"), ("tenderness", "wrist", "left")} <= triples(fs)


def test_a_state_after_but_keeps_its_own_polarity():
    fs = exam("Let me listen. Her heart is a bit fast but regular.")
    # one finding, as a note writes it: a regular rhythm at a fast rate is abnormal
    assert {"regular, fast": "no"}.items() <= normal(fs).items()


def test_a_contracted_denial_of_a_state_reads_not():
    fs = exam("Let me look in your mouth. The tonsils aren't swollen.")
    assert ("not swollen", "tonsils", "bilateral") in triples(fs)
    assert normal(fs)["not swollen"] == "yes"


def test_verbless_dictation_of_a_part_and_its_state():
    fs = exam("let me examine your belly abdomen soft bowel sounds normal no masses")
    got = triples(fs)
    assert ("soft", "abdomen", "") in got and ("normal bowel sounds", "abdomen", "") in got


def test_a_part_said_without_the_starts_a_new_finding_in_unpunctuated_speech():
    fs = exam("let me feel your neck thyroid is normal size no nodules skin is a bit pale")
    got = triples(fs)
    assert ("no nodules", "thyroid", "") in got and ("pale", "skin", "") in got


def test_a_named_test_said_as_a_raise_or_without_the_word_test():
    fs = exam("On exam, straight leg raise is negative on the left. Lachman's is negative too.")
    assert ("negative straight leg raise", "", "left") in triples(fs)
    assert "negative lachman's" in normal(fs)


def test_it_and_there_point_back_to_the_part_named_last():
    fs = exam("let me look at your hand so the second finger joint is swollen and it is tender no bruising there")
    got = triples(fs)
    assert ("tenderness", "second finger joint", "") in got and ("no bruising", "second finger joint", "") in got


def test_an_abbreviated_joint_is_named_in_full_and_keeps_the_side_said_before():
    fs = exam("let me look at the foot the left big toe the mtp joint is warm")
    assert ("warmth", "metatarsophalangeal joint", "left") in triples(fs)


def test_an_eardrum_is_the_tympanic_membrane():
    fs = exam("Let me look in the ears. The left eardrum is dull and bulging.")
    assert {("dull", "tympanic membrane", "left"), ("bulging", "tympanic membrane", "left")} <= triples(fs)


def test_the_mental_status_exam():
    fs = exam("On exam today your mood seems low and your affect is blunted, but you're thinking clearly.")
    got = normal(fs)
    assert got["depressed mood"] == "no" and got["blunted affect"] == "no" and got["clear thought process"] == "yes"
    assert all(f.attributes["site"] == "" and f.attributes["laterality"] == "" for f in fs)


def test_two_grades_of_one_motion_are_two_findings():
    fs = exam("On exam the left shoulder has painful and limited external rotation.")
    assert {("painful external rotation", "shoulder", "left"), ("limited external rotation", "shoulder", "left")} <= (
        triples(fs)
    )


def test_forward_bending_is_forward_flexion():
    fs = exam("Let me have you stand up. Bending forward is limited by pain.")
    assert "limited forward flexion" in normal(fs)


def test_two_normal_grades_of_one_function_are_one_finding():
    fs = exam("On exam, reflexes are brisk and symmetric at the ankles.")
    assert [n for n, _, _ in triples(fs)] == ["reflexes brisk"]


def test_a_measured_range_said_in_words():
    fs = exam("let me examine the right elbow range of motion is ten to one thirty")
    assert "range of motion 10 to 130" in {n for n, _, _ in triples(fs)}


def test_a_test_result_said_of_it_is_no_finding():
    fs = exam("Let me look at your throat. We did a strep swab earlier and it was negative.")
    assert "negative" not in {n for n, _, _ in triples(fs)}


def test_a_denial_of_something_else_does_not_deny_the_finding():
    fs = exam("let me listen there's a murmur that i didn't know about irregular rhythm")
    assert normal(fs).get("irregular rhythm") == "no"


def test_findings_listed_after_a_parts_state_are_of_that_part():
    fs = exam("Let me feel your neck. The thyroid is not enlarged, no tenderness.")
    assert ("no tenderness", "thyroid", "") in triples(fs)


def test_reflexes_tested_while_at_the_neck_are_not_the_necks():
    fs = exam("let me feel your neck thyroid is normal reflexes are normal")
    assert ("normal reflexes", "", "") in triples(fs)


@pytest.mark.parametrize(
    "line, finding",
    [
        ("On exam, skin is warm and dry.", ("warm and dry", "yes")),
        ("On exam the abdomen is mildly distended.", ("distended", "no")),
        ("On exam, bowel sounds are present.", ("bowel sounds present", "yes")),
        ("On exam, the heart is irregularly irregular.", ("irregularly irregular", "no")),
        ("On exam, pupils are equal, round and reactive to light.", ("pupils equal", "yes")),
        ("On exam she is in no acute distress.", ("no acute distress", "yes")),
        ("On exam there is suprapubic tenderness.", ("suprapubic tenderness", "no")),
        ("On exam there is no hepatosplenomegaly.", ("no hepatosplenomegaly", "yes")),
        ("On exam she is able to bear weight.", ("able to bear weight", "yes")),
        ("On exam there is a linear vesicular rash on the forearm.", ("linear vesicular rash", "no")),
        ("On exam, gait is normal.", ("normal gait", "yes")),
        ("On exam the anterior drawer is negative.", ("negative anterior drawer", "yes")),
    ],
)
def test_primary_care_findings(line, finding):
    assert finding in normal(exam(line)).items()


def test_only_the_findings_right_after_a_parts_state_are_of_that_part():
    fs = exam("let me look at your feet the skin is dry there's a callus on the left heel no ulcers pulses are 2 plus")
    sites = {n: site for n, site, _ in triples(fs)}
    # the skin looked at is the feet's, as a note writes it ("Feet: dry skin, no ulcers"); the callus its own part's
    assert sites["dry skin"] == "feet" and sites["no ulcers"] == "feet" and sites["pulses 2 plus"] == "feet"
    assert sites["callus"] == "heel"


def test_fillers_and_repeated_words_are_read_through_and_evidence_quotes_the_speech():
    fs = exam("okay let me have a listen um your lungs are uh clear there's some tenderness over the the left hip")
    assert {("clear", "lungs", "bilateral"), ("tenderness", "hip", "left")} <= triples(fs)
    clear = next(f for f in fs if f.name == "clear")
    assert clear.evidence[0].quote == "clear"


def test_a_side_corrected_in_the_same_breath_is_the_one_kept():
    fs = exam("on exam there's swelling over the left ankle no wait the right ankle")
    assert ("swelling", "ankle", "right") in triples(fs)
    assert not any(side == "left" for _, _, side in triples(fs))


def test_examiner_only_words_need_no_exam_opening():
    fs = exam("Your pressure today is 150 over 90. Heart is regular, no murmurs. Lungs clear.")
    assert {("regular", "heart", ""), ("no murmurs", "heart", ""), ("clear", "lungs", "bilateral")} <= triples(fs)


def test_breathing_advice_does_not_open_an_exam():
    fs = exam(
        "When you feel the panic coming, take some deep breaths. Your ankle is swollen from the heat, that's all."
    )
    assert fs == []


def test_looking_at_the_chart_is_not_the_exam():
    fs = exam("Let me look at your chart. Okay, hives with penicillin, and a rash with sulfa.")
    assert fs == []


def test_dictated_headings_and_split_words():
    fs = exam(
        "let me examine you abdomen is soft non tender extremities no edema skin no rashes mucous membranes moist"
    )
    got = triples(fs)
    assert {("nontender", "abdomen", ""), ("no edema", "extremities", "bilateral"), ("no rashes", "skin", "")} <= got
    assert normal(fs)["moist"] == "yes"


def test_the_examiners_own_hand_is_no_site_and_a_neuro_exam_reads_whole():
    fs = exam("okay follow my finger cranial nerves two through twelve are intact gait is steady no nystagmus")
    assert {("cranial nerves 2 through 12 intact", "", ""), ("steady gait", "", ""), ("no nystagmus", "", "")} <= (
        triples(fs)
    )


def test_an_ear_exam_with_tm_and_a_throat_with_pharyngeal_erythema():
    fs = exam("On exam, the left TM is erythematous and bulging. There's mild pharyngeal erythema.")
    got = triples(fs)
    assert {("erythema", "tympanic membrane", "left"), ("bulging", "tympanic membrane", "left")} <= got
    assert ("mild pharyngeal erythema", "pharynx", "") in got


def test_having_the_patient_come_back_is_not_the_exam():
    assert exam("Let me have you come back in two weeks. Your knee is swollen from the arthritis.") == []


@pytest.mark.parametrize(
    "line, triple",
    [
        # "red" is written as erythema
        ("Let me look at the leg. The skin over the shin is red.", ("erythema", "shin", "")),
        # the bottom of a part is plantar, a big toe the great toe
        (
            "Let me look at your feet. There's a small blister on the bottom of your left big toe.",
            ("small blister", "plantar great toe", "left"),
        ),
        # a part within the limb examined takes its side
        (
            "let me examine the right knee there's tenderness along the lateral joint line",
            ("tenderness", "lateral joint line", "right"),
        ),
        # a site said after one finding is not the next one's
        (
            "let me examine the left knee there's tenderness along the medial joint line a small effusion",
            ("small effusion", "knee", "left"),
        ),
        (
            "Let me feel your neck. There are two tender lymph nodes on the left side of your neck.",
            ("tender lymph nodes", "neck", "left"),
        ),
        ("On exam there is erythema extending up the right shin.", ("erythema", "shin", "right")),
        (
            "Let me look at the right ankle. There's tenderness over the ATFL.",
            ("tenderness", "anterior talofibular ligament", "right"),
        ),
        # "let me see the <part>" opens the exam; "you're tender over" is tenderness
        (
            "Let me see the wrist. You're tender right over the radial styloid of the right wrist.",
            ("tenderness", "wrist", "right"),
        ),
        ("Let me look at your feet. There's a corn under the ball of the right foot.", ("corn", "foot", "right")),
        # a sign of one organ is that organ's, whatever part was named before it
        ("let me listen there's edema up to the knees jvp is elevated", ("elevated jvp", "neck", "")),
        # the suprapubic area has no side, whatever side the flank had
        (
            "Let me press on your belly. There's tenderness over the left flank. No suprapubic tenderness.",
            ("no suprapubic tenderness", "suprapubic area", ""),
        ),
        # a finding after a state is the next finding, not one more state
        (
            "let me examine you the right knee looks normal full range of motion",
            ("full range of motion", "knee", "right"),
        ),
        # "that area" is the part just named
        (
            "On exam there is bruising over the medial malleolus and some warmth in that area.",
            ("warmth", "medial malleolus", ""),
        ),
    ],
)
def test_where_a_finding_is(line, triple):
    assert triple in triples(exam(line))


def test_a_movement_exam_keeps_each_finding_on_its_side():
    got = triples(
        exam(
            "okay so hold your hands out for me so there's a resting tremor in the right hand mild the left is still "
            "quiet when i move your right wrist there's some cogwheel rigidity the left is a little stiff tap your "
            "fingers for me the right is slower and gets smaller left is okay"
        )
    )
    assert {("resting tremor", "hand", "right"), ("cogwheel rigidity", "wrist", "right")} <= got
    assert ("normal", "fingers", "left") in got
    assert not {t for t in got if t[0] in ("cogwheel rigidity", "resting tremor") and t[2] == "left"}


def test_the_other_side_said_in_the_left():
    got = triples(
        exam(
            "Let me examine you. I'm moving your wrists: cogwheel rigidity in the right wrist, "
            "and mild rigidity in the left."
        )
    )
    assert ("cogwheel rigidity", "wrist", "right") in got
    assert [t for t in got if t[0] == "mild rigidity"] and all(t[2] == "left" for t in got if t[0] == "mild rigidity")


def test_the_other_side_told_unpunctuated():
    got = triples(exam("let me examine your knees the right knee is swollen the left is fine"))
    assert ("swelling", "knee", "right") in got and ("normal", "knee", "left") in got


@pytest.mark.parametrize(
    "line, name, site",
    [
        ("Let me have a look. The right knee has a small effusion, and so does the left.", "small effusion", "knee"),
        ("Let me listen. Crackles at the right base. Same on the left.", "crackles", "lung base"),
        ("Let me have a look. The right knee is swollen, and the left knee is too.", "swelling", "knee"),
        (
            "Let me check. There's tenderness over the right lateral malleolus, and the left is the same.",
            "tenderness",
            "lateral malleolus",
        ),
    ],
)
def test_the_same_finding_said_once_more_for_the_other_side(line, name, site):
    got = triples(exam(line))
    assert {(name, site, "right"), (name, site, "left")} <= got, got


def test_the_other_side_said_normal_is_not_a_copy():
    got = triples(exam("Let me have a look. There's tenderness at the right wrist. The left one is fine."))
    assert ("tenderness", "wrist", "left") not in got and ("tenderness", "wrist", "right") in got
