"""Misreadings a review found in the sixteenth session's rules, each with the reading a clinician expects."""

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _facts(*turns, kind="medication"):
    lines = [["clinician" if who == "C" else "patient", text] for who, text in turns]
    return [f for f in extract(text_transcript(lines)) if f.kind.value == kind]


def _meds(*turns):
    return {f.name: f.attributes.get("status") for f in _facts(*turns)}


def test_weaned_off_the_next_drug_does_not_stop_this_one():
    meds = _meds(("P", "I take sertraline 100 daily, and I weaned myself off the prednisone last month."))
    assert meds["sertraline"] == "active"


def test_the_clinicians_doubt_about_the_next_drug_keeps_this_one():
    meds = _meds(("C", "Keep taking your aspirin every day, I'd rather you didn't take ibuprofen for the knee."))
    assert meds["aspirin"] == "active"
    meds = _meds(("C", "Continue the metformin 500 twice a day, we decided against adding insulin for now."))
    assert meds["metformin"] == "active"
    meds = _meds(("C", "Carry on with the lisinopril 10 mg daily, I'd rather you not have your pressure creep up."))
    assert meds["lisinopril"] == "active"


def test_rather_than_a_time_does_not_stop_the_next_drug():
    said = "You take your insulin at night rather than in the morning, and metformin 500 twice a day."
    assert _meds(("C", said))["metformin"] == "active"


def test_before_meals_is_no_past_course():
    assert _meds(("P", "I was taking metformin before meals, twice a day."))["metformin"] == "active"


def test_increases_and_literal_phrases_are_no_stops():
    assert _meds(("P", "I take sertraline every day and she jacked it up to a hundred."))["sertraline"] != "stopped"
    assert _meds(("P", "I take naproxen and I packed it in to my bag for work."))["naproxen"] == "active"
    said = "I take metformin for the sugar and I gave it up to the pharmacist to check the dose."
    assert _meds(("P", said))["metformin"] == "active"
    said = "Lisinopril every morning but I haven't had it in weeks because the pharmacy was shut, I'm back on it now."
    assert _meds(("P", said))["lisinopril"] == "active"


def test_a_potassium_reading_is_not_a_potassium_tablet():
    meds = _meds(("P", "The potassium in the morning was five point nine so they stopped my lisinopril."))
    assert "potassium chloride" not in meds


def test_you_can_give_a_drug_the_child_already_has_is_not_a_start():
    meds = _meds(("C", "For the gout pain, you can give him the colchicine he already has."))
    assert meds["colchicine"] == "active"


def test_low_mood_after_up_and_down_is_still_low_mood():
    said = "Up and down, honestly, mostly down lately, I've thought about ending it."
    got = {f.label() for f in _facts(("C", "How's your mood?"), ("P", said), kind="symptom")}
    assert "depressed mood" in got
    got = {f.label() for f in _facts(("C", "How's your mood?"), ("P", "Up and down, honestly."), kind="symptom")}
    assert "mood swings" in got


def _labels(*lines, kinds=("problem",)):
    got = extract(text_transcript([list(x) for x in lines]))
    return {f.label() for f in got if f.kind.value in kinds}


def test_an_unchecked_temperature_leaves_a_told_fever_present():
    said = "I didn't take my temperature, but I've had a fever and chills all week."
    assert "fever" in _labels(("clinician", "Any fever?"), ("patient", said), kinds=("symptom",))
    said = "I haven't checked my sugars, but I've been vomiting since yesterday."
    assert "vomiting" in _labels(("clinician", "How are you?"), ("patient", said), kinds=("symptom",))


def test_a_problem_told_after_denying_surgery_is_current():
    said = "No surgeries. But I have asthma and I use the inhaler every day."
    assert any("asthma" in x for x in _labels(("clinician", "Any surgeries?"), ("patient", said)))
    said = "Never had surgery. I do have diabetes though, on metformin."
    assert any("diabetes" in x for x in _labels(("clinician", "Any surgeries?"), ("patient", said)))


def test_the_patients_own_condition_after_a_relatives_is_kept():
    said = "My dad had a heart attack at fifty. And my diabetes has been bad lately."
    assert any(
        "diabetes" in x and ":" not in x
        for x in _labels(
            ("clinician", "Does anything run in the family?"), ("patient", said), kinds=("problem", "history")
        )
    )


def test_the_patients_cancer_told_as_what_it_is_is_kept():
    said = "She said it's a lymphoma that tends to come back, so they'll watch it."
    assert any("lymphoma" in x for x in _labels(("clinician", "What did the oncologist say?"), ("patient", said)))
    said = "I'd expect the diabetes to get better with weight loss."
    assert any("diabetes" in x for x in _labels(("clinician", said), ("patient", "Okay.")))


def test_a_value_told_after_until_is_a_result():
    got = _labels(("patient", "It was fine until my A1c came back at 8.5 last spring."), kinds=("result",))
    assert "hemoglobin a1c: 8.5" in got
    said = "Keep going up two units every three days until your fasting sugars are under 130."
    assert not _labels(("clinician", said), ("patient", "Okay."), kinds=("result",))


def test_doses_are_not_home_weights():
    said = "Yes, every morning. I also take my 81 aspirin and 100 of the metoprolol."
    assert not _labels(("clinician", "Have you been weighing yourself?"), ("patient", said), kinds=("result",))


def test_gave_it_up_for_good_is_a_stop():
    assert _meds(("P", "I was on ibuprofen but I gave it up for good."))["ibuprofen"] == "stopped"


def test_a_test_done_elsewhere_negated_or_awaited_is_no_result():
    said = "They did a covid test at urgent care and it was not negative."
    assert not _labels(("clinician", said), ("patient", "Okay."), kinds=("result",))
    said = "They did a strep swab in the ER to see if it was positive, and we're still waiting."
    assert not _labels(("clinician", said), ("patient", "Okay."), kinds=("result",))
    said = "Your kidney function doesn't look stable, so we'll repeat it."
    assert not _labels(("clinician", said), ("patient", "Okay."), kinds=("result",))


def test_a_relatives_part_or_inability_is_not_the_patients():
    said = "My son fell on his wrist last week. It's been hurting him ever since."
    assert "wrist pain" not in _labels(("clinician", "What brings you in?"), ("patient", said), kinds=("symptom",))
    said = "Not great. She can't climb the stairs anymore, so we moved her bed downstairs."
    got = _labels(("clinician", "How's your mum doing?"), ("patient", said), kinds=("symptom",))
    assert "difficulty climbing stairs" not in got


def test_a_pain_told_as_over_is_not_present():
    said = "The ankle was sprained in March. It was really sore for a couple of weeks, all better these days."
    assert "ankle pain" not in _labels(("clinician", "How's the ankle?"), ("patient", said), kinds=("symptom",))


def test_a_count_of_something_else_confirms_no_past_episode():
    said = "He had two kidney infections as a toddler, but never a stone."
    got = _labels(("clinician", "Any previous kidney stones?"), ("patient", said), kinds=("history", "problem"))
    assert not any("stone" in x for x in got)


def test_advice_to_blink_is_no_symptom_and_a_patients_plan_is_no_follow_up():
    said = "Your eyes are dry from screen time. Try to blink more often when you use the computer."
    assert "frequent blinking" not in _labels(("clinician", said), ("patient", "Okay."), kinds=("symptom",))
    said = "I'm going to see Sarah in two weeks, she's my daughter in Leeds."
    assert not _labels(("clinician", "Anything else?"), ("patient", said), kinds=("follow_up",))


def test_a_habit_with_a_current_exception_is_current():
    said = "I haven't smoked in years except the odd cigarette at parties, maybe every weekend."
    assert "tobacco: former" not in _labels(("clinician", "Do you smoke?"), ("patient", said), kinds=("history",))


def test_the_scorer_reads_each_quit_on_its_own():
    from engine.fact_scoring import same_habit

    assert same_habit("smoker, tried to quit several times, finally quit in 2010", "former")
    assert not same_habit("smokes 1 ppd, gave up trying to quit", "former")
