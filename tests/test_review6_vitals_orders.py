"""Sixth review of vitals, orders and results: video visits and world-English clinics.

Every line was written for this review. A video visit's numbers come from the patient's own scale, cuff and
pulse oximeter, read aloud while the clinician watches and counts breaths on camera; Indian, Singaporean and
Caribbean clinicians read numbers digit by digit ("one-one-eight"), say a pressure "by" ("one-forty by
ninety"), list tests under a heading ("Tests: ...") and name sugars by the meal ("fasting 154, after food
230"). Each test says what we charted before and what a note would chart (data/encounters/README.md).
"""

from __future__ import annotations

from fact_readers import exam, facts, findings, has

from engine.types import FactKind

C, P, REL = "clinician", "patient", "other"


def of(kind, *turns):
    """name -> attributes of the facts of one kind."""
    return {f.name: f.attributes for f in facts(*turns) if f.kind == kind}


def values(kind, *turns):
    """name -> value of the facts of one kind."""
    return {name: a.get("value") for name, a in of(kind, *turns).items()}


# === numbers said digit by digit, pressures said "by" ==============================================


def test_heart_rate_said_digit_by_digit():
    # was: no heart rate (the oxygen's 97 taken instead); right: 126
    got = values(FactKind.vital, (C, "Pulse is one-two-six, oxygen ninety-seven percent."))
    assert got["heart rate"] == "126"
    assert got["oxygen saturation"] == "97"


def test_temperature_said_digit_by_digit_with_a_decimal():
    assert values(FactKind.vital, (C, "Temperature one-zero-one point four today."))["temperature"] == "101.4"


def test_two_digit_words_joined_by_a_hyphen_stay_words():
    # guard: "a one-two punch" is no number
    assert not of(FactKind.vital, (C, "Heart rate was like a one-two punch, she said."))


def test_pressure_said_by():
    # was: nothing; right: 138/86
    assert values(FactKind.vital, (C, "Your BP is one-thirty-eight by eighty-six."))["blood pressure"] == "138/86"


def test_by_is_no_pressure_without_its_name():
    # guard: a size is no pressure
    assert "blood pressure" not in of(FactKind.vital, (C, "The rash is about 120 by 80 millimetres, heart rate 80."))


def test_fast_pulse_read_as_colloquial_hundreds():
    # was: no heart rate ("1 14"); right: 114
    assert values(FactKind.vital, (C, "Heart rate one fourteen, a bit quick."))["heart rate"] == "114"


# === a video visit's readings ======================================================================


def test_weight_given_in_answer_to_the_weight_question():
    got = values(FactKind.vital, (C, "How much do you weigh now?"), (P, "Two oh four, I checked this morning."))
    assert got["weight"] == "204"


def test_child_weight_with_its_unit_answering_the_question():
    got = values(FactKind.vital, (C, "How much does she weigh?"), (REL, "We put her on the bathroom scale, 38 pounds."))
    assert got["weight"] == "38"


def test_weight_answer_without_unit_below_ninety_is_not_guessed():
    # guard: 70 may be kilograms
    assert "weight" not in of(FactKind.vital, (C, "What do you weigh?"), (P, "About seventy."))


def test_breaths_counted_on_camera():
    got = values(
        FactKind.vital,
        (C, "Can you pull up her top so I can see her breathing?"),
        (REL, "Okay, is that good?"),
        (C, "Great. I count about thirty-two a minute."),
    )
    assert got["respiratory rate"] == "32"


def test_a_pulse_counted_is_no_breathing_rate():
    # guard: beats counted at the wrist
    got = of(
        FactKind.vital,
        (C, "Put two fingers on your wrist, breathe normally."),
        (C, "I count your pulse at 76 a minute."),
    )
    assert "respiratory rate" not in got


def test_saturation_said_as_a_bare_percentage_after_the_oximeter():
    got = values(
        FactKind.vital,
        (C, "Can you put the pulse oximeter on?"),
        (P, "It says ninety-six and seventy-eight."),
        (C, "Ninety-six percent, pulse seventy-eight, good."),
    )
    assert got["oxygen saturation"] == "96"
    assert got["heart rate"] == "78"


def test_a_saturation_limit_is_no_reading():
    # was: oxygen saturation 90; right: nothing (a threshold to act on)
    got = of(FactKind.vital, (C, "If the oxygen saturation drops below ninety, call 911."))
    assert "oxygen saturation" not in got


def test_smartwatch_heart_rate_is_a_result_not_a_vital():
    # was: a heart rate vital of 150; right: a result, the reading the watch took during the episode
    fs = facts((P, "My watch flagged it. Heart rate one fifty."), (C, "When was that?"))
    assert "heart rate" not in {f.name for f in fs if f.kind == FactKind.vital}
    assert {f.name: f.attributes["value"] for f in fs if f.kind == FactKind.result}["smartwatch heart rate"] == "150"


# === orders ========================================================================================


def test_i_want_a_test_orders_it():
    got = of(FactKind.order, (C, "Given the palpitations, I want an echocardiogram and a TSH."))
    assert "echocardiogram" in got and "tsh" in got


def test_tests_listed_under_a_heading():
    got = of(FactKind.order, (C, "Investigations: lipid profile, serum creatinine, and urine microalbumin."))
    assert {"lipid profile", "creatinine", "microalbumin"} <= set(got)


def test_panel_parts_said_as_what_it_covers_are_not_orders_of_their_own():
    got = of(FactKind.order, (C, "I want a basic metabolic panel next week, kidneys and potassium."))
    assert "basic metabolic panel" in got and "potassium" not in got


def test_screen_offered_as_a_list_of_infections():
    got = of(
        FactKind.order,
        (C, "I'd like to offer you a screen, HIV, syphilis, and a urine test for gonorrhoea and chlamydia."),
    )
    assert {"hiv test", "syphilis test", "urine test for chlamydia and gonorrhea"} <= set(got)
    assert "urinalysis" not in got


def test_dengue_test_ordered():
    got = of(FactKind.order, (C, "I'll send a full blood count and a dengue NS1 today."))
    assert {"full blood count", "dengue ns1 antigen test"} <= set(got)


def test_referral_to_the_eye_hospital_is_ophthalmology():
    got = of(FactKind.order, (C, "I am referring you to the eye hospital for a retina check-up."))
    assert "referral to ophthalmology" in got


def test_for_review_is_a_visit_not_a_result():
    # was: a complete blood count result with no value; right: none
    fs = facts((C, "Come back on Monday for review, and we'll repeat the blood count if the fever stays."))
    assert not [f for f in fs if f.kind == FactKind.result]


def test_a_check_reported_is_a_result_not_an_order():
    # was: a TSH order; right: the TSH result of 2.3
    fs = facts((C, "Your thyroid check last year was fine, TSH was two point three."))
    assert "tsh" not in {f.name for f in fs if f.kind == FactKind.order}
    assert (
        values(FactKind.result, (C, "Your thyroid check last year was fine, TSH was two point three."))["tsh"] == "2.3"
    )


# === results said away from the test's name ========================================================


def test_value_given_in_answer_to_the_test_named_in_a_question():
    got = values(FactKind.result, (C, "And your HbA1c from the lab?"), (REL, "Seven point nine, it is written here."))
    assert got["hemoglobin a1c"] == "7.9"


def test_a_time_in_the_answer_is_no_value():
    # guard
    got = of(FactKind.result, (C, "When was your last A1c?"), (P, "About four months ago."))
    assert "hemoglobin a1c" not in got


def test_sugars_named_by_the_meal():
    got = values(
        FactKind.result,
        (C, "Did you check your sugar at the lab?"),
        (P, "Yes, fasting was one-five-four and after food two-thirty."),
    )
    assert got["fasting blood sugar"] == "154"
    assert got["post-prandial blood sugar"] == "230"


def test_sugar_in_mmol_named_by_the_meal():
    got = values(FactKind.result, (P, "My sugar this week, fasting was 7.8 most days."))
    assert got["fasting blood sugar"] == "7.8"


def test_fasting_without_sugar_talk_is_no_result():
    # guard: a fast before a procedure
    assert not of(FactKind.result, (C, "Come fasting, 12 hours before the scan."))


# === a video visit's exam, and states of a part said world-English ways =============================


def test_video_exam_opens_with_a_camera_request_about_a_part():
    fs = facts(
        (C, "Could you point the camera down at your feet for me?"),
        (P, "Like this?"),
        (C, "Yes. Mild swelling of both feet, no redness."),
    )
    got = exam(fs)
    assert any("swelling" in name and side == "bilateral" for name, _site, side, _n in got)


def test_camera_request_about_a_bottle_opens_no_exam_and_the_plan_is_no_exam():
    # guard: reading a label up to the camera is no examination; a warning later is no finding
    fs = facts(
        (C, "Hold each bottle up to the camera and read me the label."),
        (P, "Lisinopril ten milligrams."),
        (C, "If you get chest pain or weakness, go to the ER."),
    )
    assert not exam(fs)


def test_video_exam_lasts_two_turns():
    fs = facts(
        (C, "Can you turn the camera to your leg?"),
        (P, "Okay."),
        (C, "I see some redness on the shin."),
        (P, "Yeah."),
        (C, "Good."),
        (P, "So what now?"),
        (C, "Chest pain or swelling, that's the ER."),
    )
    assert not any(name in ("pain", "chest pain") for name, *_ in exam(fs))


def test_pulses_felt_are_palpable():
    got = findings("Let me examine your feet.", "Dorsalis pedis pulses are felt on both sides.")
    assert has(got, "palpable", side="bilateral", normal="yes")


def test_capillary_refill_timed():
    got = findings("Let me examine him.", "Capillary refill under two seconds.")
    assert has(got, "capillary refill", normal="yes")


def test_a_degree_after_a_denied_list_says_the_finding_is_there():
    got = findings("Let me look at her breathing.", "No nasal flaring, mild retractions.")
    assert has(got, "flaring", site="nose", normal="yes")
    assert has(got, "retractions", site="chest", normal="no")


def test_or_keeps_the_denial_going():
    # guard: "or" goes on with the "no"
    got = findings("Let me examine you.", "No edema or rash on the legs.")
    assert not has(got, "rash", normal="no")


def test_lay_words_for_retractions_and_a_child_speaking():
    got = findings(
        "Let me watch him breathe.", "There's some pulling in between the ribs.", "He's talking in full sentences."
    )
    assert has(got, "intercostal retractions", site="chest", normal="no")
    assert has(got, "speaking in full sentences", normal="yes")


def test_lips_look_pink():
    assert has(findings("Let me take a look at you.", "Her lips look pink."), "pink", site="lips", normal="yes")


def test_rib_tenderness_keeps_the_ribs():
    # guard
    assert has(findings("Let me examine you.", "Tenderness over the left ribs."), "tender", site="ribs", side="left")


def test_temperature_taken_today_answering_the_fever_question():
    # was: nothing; right: today's 100.2 (a video visit's reading), not last night's
    got = values(
        FactKind.vital,
        (C, "Any fever?"),
        (REL, "Last night it was a hundred and one. Today I checked, a hundred point two."),
    )
    assert got["temperature"] == "100.2"


def test_clinic_temperature_wins_over_one_taken_at_home():
    got = facts((C, "Fevers?"), (P, "This morning at home it was 101.2."), (C, "Temperature here is 99.8."))
    assert {f.name: f.attributes["value"] for f in got if f.kind == FactKind.vital}["temperature"] == "99.8"
    assert {f.name: f.attributes["value"] for f in got if f.kind == FactKind.result}["home temperature"] == "101.2"


def test_a_temperature_recalled_from_days_ago_is_no_vital():
    # guard
    got = of(FactKind.vital, (C, "How high did the fever go?"), (P, "Thirty-nine point four on Monday night."))
    assert "temperature" not in got


def test_supplies_handed_out_by_the_nurse_are_ordered():
    assert "condoms" in of(FactKind.order, (C, "Grab some condoms from the nurse on your way out."))


def test_supplies_picked_up_before_are_not_ordered():
    # guard
    assert "condoms" not in of(FactKind.order, (P, "I got condoms from the nurse last time."))
