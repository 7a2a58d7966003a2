"""Misreadings the session-15 review found in that session's rules, each checked the safe way round."""

from tests.fact_readers import facts

HISTORY = (
    "What brings you in today?",
    "My knee has been hurting for a month.",
    "Any swelling?",
    "A little, in the evenings.",
    "Any other medical problems?",
    "Diabetes and cholesterol.",
    "Any allergies?",
    "None.",
)


def _labels(found, kind):
    return sorted(f.label() for f in found if f.kind.value == kind)


def test_just_the_x_answered_by_denying_x_denies_it():
    found = _labels(
        facts("Is it only the cough, or do you have fever as well?", "No cough at all, just the fever."), "symptom"
    )
    assert "no cough" in found and "cough" not in found


def test_a_list_read_back_late_in_the_visit_is_not_started():
    found = facts(
        *HISTORY,
        "Let's go over your list now. Metformin 500 mg twice a day, atorvastatin 20 mg at night.",
        "Yes that's right.",
    )
    assert all(f.attributes["status"] == "active" for f in found if f.kind.value == "medication")


def test_arvs_as_prep_or_pep_are_no_hiv():
    found = facts(
        "Your HIV test today is negative. So you're on antiretrovirals as PrEP, one tablet daily, keep taking it.",
        "Okay.",
    )
    assert not any(f.name == "hiv" for f in found if f.kind.value == "problem")
    found = facts("After the needlestick you're taking the antiretrovirals for 28 days as PEP.", "Yes.")
    assert not any(f.name == "hiv" for f in found if f.kind.value == "problem")


def test_weeks_late_or_into_a_course_is_no_pregnancy():
    found = facts("Is there any chance of pregnancy?", "No, I'm two weeks late but I did a test and it was negative.")
    assert "pregnancy" not in {f.name for f in found}
    found = facts(
        "Any chance you could be pregnant?",
        "No.",
        "How's the chest?",
        "I'm two weeks into the antibiotics and still coughing.",
    )
    assert "pregnancy" not in {f.name for f in found}


def test_a_grandfather_is_no_headache_powder():
    found = facts("Anyone in the family with diabetes?", "My grand-pa had it.")
    assert _labels(found, "medication") == []


def test_a_conditional_trial_or_a_past_commencing_is_no_start():
    found = facts("If the physio doesn't help, we can trial amitriptyline 10 mg at night.", "Okay.")
    assert [f.attributes["status"] for f in found if f.kind.value == "medication"] != ["started"]
    found = facts("Since commencing the metformin, have you had any diarrhea?", "A bit.")
    assert [f.attributes.get("status") for f in found if f.kind.value == "medication"] != ["started"]


def test_a_request_that_is_not_for_the_current_list_makes_no_drug_taken():
    found = facts(
        "Let me know if the medicines cause any problems.", "My neighbour gave me some tramadol, I haven't taken it."
    )
    assert _labels(found, "medication") == []
    found = facts(
        "Tell me what medicines you've tried for the pain before.",
        "Ibuprofen and naproxen, neither helped, I stopped them.",
    )
    assert "ibuprofen (active)" not in _labels(found, "medication")


def test_a_night_count_of_the_past_after_no_is_denied():
    found = _labels(
        facts("Are you thirsty? Up at night to wee?", "No, no. Before I got up 2 times a night but not now."), "symptom"
    )
    assert "nocturia" not in found


def test_a_weight_goal_is_no_weight_loss():
    found = _labels(facts("I'd like to get your weight down 5 kilos over the next year.", "Okay."), "symptom")
    assert "weight loss" not in found


def test_a_part_that_begins_its_own_clause_is_not_the_pains():
    found = _labels(facts("Where's the pain?", "I have pain in my back and my feet are numb."), "symptom")
    assert "foot pain" not in found and "back pain" in found


def test_a_test_due_later_is_not_ordered_today():
    found = _labels(facts("Your mammogram is due later this year, we can book it then.", "Okay."), "order")
    assert found == []


def test_a_range_or_an_earlier_fetal_heart_rate_is_no_finding_today():
    for said in (
        "A baby heart rate of 110 to 160 is normal, we'll listen next time.",
        "Last visit the baby's heart rate was 150.",
    ):
        assert _labels(facts(said, "Okay."), "exam") == [], said


def test_boils_after_and_are_boils():
    found = _labels(facts("Any skin problems?", "I've had fevers and boils in my armpit for a week."), "problem")
    assert any("boil" in x for x in found)


def test_a_procedure_booked_elsewhere_is_no_order():
    found = _labels(
        facts("Did you have your colonoscopy?", "No, I go for the colonoscopy in March, they booked it."), "order"
    )
    assert found == []


def test_a_strength_each_is_not_taken_as_the_total():
    # two tablets of 500 mg each is 1000 mg a dose; "that's 500 milligrams each" must not make the dose 500 mg
    found = _labels(facts("What do you take?", "Tylenol, two tablets, that's 500 milligrams each."), "medication")
    assert found == ["acetaminophen 1000 mg (active)"]


def test_a_well_before_a_drug_carries_no_earlier_stop():
    found = _labels(
        facts("Anything else?", "I stopped the aspirin. Well... lisinopril, 10 mg every day."), "medication"
    )
    assert "lisinopril 10 mg once daily (active)" in found


def test_a_narrowed_place_with_its_own_side_keeps_the_part_as_said():
    found = _labels(
        facts("There is tenderness over the right lumbar spine, in the paraspinal muscles on the left.", "Ow."), "exam"
    )
    assert not any("right lumbar paraspinal" in x for x in found)


# third review (the fourth round's rules)


def test_a_count_after_point_five_is_no_digit_of_the_strength():
    found = _labels(facts("What do you take?", "The Xanax point five one at bedtime."), "medication")
    assert found == ["alprazolam 0.5 mg nightly (active)"]


def test_a_relatives_fall_is_not_the_patients():
    found = _labels(
        facts("Your husband has dementia now. Did he fall down at home?", "Yes, twice this month."), "symptom"
    )
    assert "falls" not in found


def test_no_to_a_closed_question_of_the_good_state_tells_the_bad_one():
    assert "fatigue" in _labels(facts("How's your energy? Is it okay?", "Not really."), "symptom")


def test_a_dipstick_talked_of_conditionally_is_no_result():
    said = "If the urine dip is positive for protein, we'll send you to the kidney doctor."
    assert _labels(facts(said, "Okay."), "result") == []


def test_a_time_is_no_earlier_value():
    found = _labels(
        facts("Your A1c today is 8.6.", "Hmm.", "The last time, it was about 3 months ago.", "Okay."), "result"
    )
    assert not any(x.endswith(": 3") for x in found)


def test_heart_disease_stays_beside_a_pulmonary_embolism():
    found = _labels(facts("You have heart disease and now a pulmonary embolism.", "Okay."), "problem")
    assert any(x.startswith("heart disease") for x in found)


def test_an_approved_test_is_still_an_order():
    said = "We did get the MRI approved by your insurance, so it's booked for Tuesday."
    assert _labels(facts(said, "Great."), "order") != []


def test_a_resolved_heading_is_no_problem():
    found = _labels(facts("Your other problem, the back pain, has completely resolved.", "Yes it has."), "problem")
    assert not any("back pain" in x for x in found)
