"""Review of today's extraction changes (medications, allergies, vitals, orders/results, scorer).

Every test here FAILS on the reviewed code and demonstrates one defect. Each carries a comment saying
what we output, why it is wrong, and the clinically right output. Sentences are fresh (not taken from
tests/test_extract_phenomena.py or tests/test_fact_polarity.py).
"""

import pytest
from fact_readers import facts, meds

from engine.types import Fact, FactKind


def of_kind(fs, kind):
    return {f.name: f.attributes for f in fs if f.kind == kind}


C, P = "clinician", "patient"


# --- 1. "changed" keeps the OLD dose -------------------------------------------------------------------
# medications.py medications(): the changed_after() re-pointing of dose_m runs only when status is
# None/active/started; when a cue word ("increase", "decrease", "double") already made the status
# "changed", dose_m stays the FIRST dose after the name, i.e. the old dose.
@pytest.mark.parametrize(
    "text, drug, new_dose",
    [
        # we output metoprolol 50 mg (changed): the old dose. Right: 25 mg, changed.
        ("Let's decrease the metoprolol from 50 milligrams to 25 milligrams.", "metoprolol", "25 mg"),
        # we output lisinopril 10 mg (changed). Right: 20 mg, changed.
        ("increase lisinopril 10 mg to 20 mg", "lisinopril", "20 mg"),
        # we output atorvastatin 20 mg (changed). Right: 40 mg, changed.
        ("Your atorvastatin 20 mg, we'll double it to 40 mg.", "atorvastatin", "40 mg"),
        # we output lisinopril 10 mg (changed). Right: 20 mg, changed.
        ("Increase the lisinopril, you're on 10 mg now, to 20 mg.", "lisinopril", "20 mg"),
    ],
)
def test_changed_status_carries_the_new_dose_not_the_old(text, drug, new_dose):
    m = meds(facts((C, text), (P, "Okay.")))
    assert m[drug]["status"] == "changed"
    assert m[drug].get("dose") == new_dose


def test_changed_without_new_dose_must_not_show_old_dose_as_current():
    # medication_merge.merge(): "increase the lisinopril" with no number keeps the earlier 10 mg, so the
    # note reads "lisinopril 10 mg - changed". Right: status changed with NO dose (or the 10 mg kept only as
    # a prior/unclear dose), never 10 mg presented as the changed dose.
    m = meds(facts((P, "I take lisinopril 10 mg every day."), (C, "We're going to increase the lisinopril.")))
    assert m["lisinopril"]["status"] == "changed"
    assert m["lisinopril"].get("dose") != "10 mg"


# --- 2. Bare strengths that are not doses (dosing.bare_strength / _BARE) -------------------------------
@pytest.mark.parametrize(
    "text, drug",
    [
        # "10 or 12 years": duration. We output atorvastatin 10 mg. Right: no dose.
        ("I've been on atorvastatin 10 or 12 years now.", "atorvastatin"),
        # "15, 16 years": duration. We output lisinopril 15 mg. Right: no dose.
        ("i been on lisinopril 15, 16 years", "lisinopril"),
        # 200 is a blood sugar. We output metformin 200 mg. Right: no dose.
        ("since i started the metformin 200 is the highest my sugar has been", "metformin"),
        # 30 is a pill count. We output atorvastatin 30 mg. Right: no dose.
        ("I only have atorvastatin 30 left in the bottle", "atorvastatin"),
    ],
)
def test_bare_number_after_drug_that_is_not_a_strength(text, drug):
    m = meds(facts((C, "Tell me about your medicines."), (P, text)))
    assert drug in m
    assert "dose" not in m[drug]


# --- 3. Dose attached to the wrong drug in a list (medications.py: `after` runs to the next drug) -------
def test_dose_before_second_drug_is_not_the_first_drugs():
    # we output lisinopril 20 mg and NO atorvastatin. Right: lisinopril (no dose), atorvastatin 20 mg.
    m = meds(facts((C, "What do you take?"), (P, "i take lisinopril and 20 mg of atorvastatin")))
    assert m.get("lisinopril", {}).get("dose") != "20 mg"
    assert m.get("atorvastatin", {}).get("dose") == "20 mg"


def test_bare_strength_beats_a_later_dose_belonging_to_next_drug():
    # we output lisinopril 20 mg and NO atorvastatin. Right: lisinopril 10 mg, atorvastatin 20 mg.
    m = meds(facts((C, "What do you take?"), (P, "I take lisinopril 10, 20 mg of atorvastatin")))
    assert m.get("lisinopril", {}).get("dose") == "10 mg"
    assert m.get("atorvastatin", {}).get("dose") == "20 mg"


# --- 4. A list's status propagated to an item that has its own status (_LIST_NEXT) --------------------
def test_stop_does_not_spread_to_a_drug_said_to_be_fine():
    # we output amlodipine 5 mg STOPPED. Right: ibuprofen stopped, amlodipine active.
    m = meds(facts((C, "We'll stop the ibuprofen, and amlodipine 5 mg daily is fine."), (P, "Okay.")))
    assert m["ibuprofen"]["status"] == "stopped"
    assert m["amlodipine"]["status"] == "active"


# --- 5. "I quit it" / "I stopped it" applied to the wrong thing (stopped_without_name) ---------------
@pytest.mark.parametrize(
    "turns",
    [
        # "it" = the cigarettes. We output lisinopril STOPPED. Right: lisinopril active.
        [(P, "I take lisinopril 10 mg every day."), (C, "And the cigarettes?"), (P, "I quit it last year.")],
        # "it" = the soda. We output lisinopril STOPPED. Right: active.
        [(P, "I'm taking lisinopril 10 mg daily."), (P, "I used to drink a lot of soda but I quit it.")],
        # "it" = the job. We output sertraline STOPPED. Right: active.
        [(P, "I take sertraline 50 mg every morning."), (P, "My job was stressing me so I quit it.")],
        # negated: "never stopped it". We output amlodipine STOPPED. Right: active.
        [(P, "I take amlodipine 5 milligrams."), (P, "I never stopped it, not even once.")],
    ],
)
def test_quit_it_does_not_stop_an_unrelated_or_negated_drug(turns):
    m = meds(facts(*turns))
    drug = next(iter(m))
    assert m[drug]["status"] == "active"


def test_stopped_answer_names_a_different_drug():
    # medication_answers.answered_stopped(): any "I stopped ..." answer stops the drug ASKED about.
    # We output lisinopril STOPPED. Right: lisinopril active, ibuprofen stopped.
    m = meds(facts((C, "How's the lisinopril?"), (P, "I stopped taking the ibuprofen, but the lisinopril is fine.")))
    assert m["lisinopril"]["status"] == "active"


# --- 6. DENIED drops a drug the patient DOES take -------------------------------------------------------
@pytest.mark.parametrize(
    "question, answer, drug",
    [
        # we output NOTHING. Right: amlodipine 5 mg active.
        (
            "Are you taking any medicines for blood pressure?",
            "No, but I take amlodipine 5 mg for my heart.",
            "amlodipine",
        ),
        # we output NOTHING. Right: metformin 500 mg twice daily active.
        ("Do you take any medications?", "No, just the metformin 500 milligrams twice a day.", "metformin"),
        # we output NOTHING. Right: acetaminophen 500 mg as needed.
        ("Are you taking ibuprofen?", "no, tylenol 500 mg when my back hurts", "acetaminophen"),
    ],
)
def test_no_at_start_of_answer_does_not_deny_the_drug_named_after_it(question, answer, drug):
    assert drug in meds(facts((C, question), (P, answer)))


# --- 7. Next-sentence dose that is not a dose (medication_answers.dose_sentence) -----------------------
def test_blood_sugar_in_mg_per_dl_is_not_the_drugs_dose():
    # we output metformin 180 mg. Right: metformin, no dose (180 mg/dL is the glucose).
    m = meds(
        facts((C, "Keep taking your metformin."), (C, "That's 180 milligrams per deciliter for your sugar, too high."))
    )
    assert m["metformin"].get("dose") != "180 mg"


# --- 8. Allergies: negation dropped, intolerance/logistics read as allergy (allergies.py explicit) ------
@pytest.mark.parametrize(
    "turns, drug",
    [
        # negated. We output allergy penicillin. Right: no penicillin allergy (tolerates it).
        ([(C, "Any problems with antibiotics?"), (P, "I've never had a reaction to penicillin.")], "penicillin"),
        (
            [(C, "Tell me about antibiotics."), (P, "no reaction to the amoxicillin last time it worked fine")],
            "amoxicillin",
        ),
        # missed dose for fasting. We output allergy metformin (and drop the medication). Right: no allergy.
        (
            [
                (C, "Did you take your meds?"),
                (P, "I couldn't take my metformin this morning because I was fasting for the blood work."),
            ],
            "metformin",
        ),
        # supply problem. We output allergy lisinopril. Right: no allergy.
        (
            [(C, "Blood pressure meds?"), (P, "I can't take the lisinopril anymore, the pharmacy ran out.")],
            "lisinopril",
        ),
        # a side effect of a drug still taken. We output allergy metformin and drop the medication.
        (
            [(C, "How's the metformin?"), (P, "The metformin makes me nauseous but I still take it twice a day.")],
            "metformin",
        ),
        # a relative's reaction. We output allergy sulfonamide antibiotics for the patient.
        ([(C, "Family history?"), (P, "My sister had a bad reaction to sulfa.")], "sulfonamide antibiotics"),
    ],
)
def test_not_an_allergy(turns, drug):
    allergies = {f.name for f in facts(*turns) if f.kind == FactKind.allergy and not f.negated}
    assert drug not in allergies


def test_side_effect_of_current_drug_keeps_the_medication():
    # we output allergy metformin (diarrhea) and NO medication. Right: metformin 500 twice daily active
    # (the diarrhea at most a noted side effect).
    fs = facts(
        (C, "How's the metformin?"), (P, "The metformin gave me diarrhea at first but it's fine now, 500 twice a day.")
    )
    assert "metformin" in meds(fs)


def test_drug_taken_every_day_named_after_an_allergy_question_is_not_an_allergy():
    # allergies._ends_turn: we output allergy lisinopril and no medication. Right: lisinopril is a daily
    # medication; the allergy answer is unclear and must not be guessed.
    fs = facts((C, "and allergies to medicines"), (P, "just the lisinopril 10 i take every day"))
    assert "lisinopril" not in of_kind(fs, FactKind.allergy)


# --- 9. Vitals ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # vitals.py _VITALS "breathing": we output respiratory rate 5/4/10. Right: no respiratory rate.
        "I've been breathing hard for 5 days now.",
        "Do the breathing treatments 4 times a day.",
        "trouble breathing since about 10 days ago",
    ],
)
def test_breathing_durations_and_counts_are_not_a_respiratory_rate(text):
    assert "respiratory rate" not in of_kind(facts((P, text)), FactKind.vital)


def test_todays_measured_bp_beats_a_recalled_pharmacy_reading():
    # vitals._when: "was" scores -3, "is" +2, so the pharmacy's usual 120/80 replaces today's 142/90.
    # Right: 142/90 (today's measurement; the pharmacy reading is history).
    fs = facts(
        (C, "The nurse checked your blood pressure and it was 142 over 90."),
        (P, "My pressure at the pharmacy is always 120 over 80."),
    )
    assert of_kind(fs, FactKind.vital)["blood pressure"]["value"] == "142/90"


def test_unitless_weight_is_not_assumed_to_be_pounds_when_it_may_be_kilos():
    # we output weight 82 lb. "82" with no unit (and "down from 85") is as likely kg; right: no unit guessed
    # (leave it out or mark the unit unclear).
    v = of_kind(facts((C, "Your weight is 82 today, down from 85.")), FactKind.vital)
    assert v.get("weight", {}).get("unit") != "lb"


def test_temperature_does_not_join_a_count_after_a_spaced_full_stop():
    # vitals temperature pattern (\s?\.\s?\d): "101 . 3 days" -> 101.3. Right: 101 degF.
    v = of_kind(facts((C, "temp today 101 . 3 days of fever")), FactKind.vital)
    assert v["temperature"]["value"] == "101"


# --- 10. Orders / results ---------------------------------------------------------------------------------
def test_year_after_lab_name_is_not_its_value():
    # orders._BARE_VALUE: we output hemoglobin a1c = 2019. Right: 7.2 (today) or no value.
    r = of_kind(facts((C, "Your a1c 2019 was 9 but now it's 7.2.")), FactKind.result)
    assert r.get("hemoglobin a1c", {}).get("value") != "2019"


def test_a1c_target_is_not_a_result():
    # we output result hemoglobin a1c = 7 (a goal). Right: no result.
    r = of_kind(facts((C, "We want your a1c 7 or below.")), FactKind.result)
    assert "hemoglobin a1c" not in r


def test_not_needed_colonoscopy_is_not_ordered():
    # _NOT_ORDERED misses "don't think you need". We output order colonoscopy. Right: only stool test.
    o = of_kind(facts((C, "I don't think you need a colonoscopy yet, we'll check a stool test.")), FactKind.order)
    assert "colonoscopy" not in o


def test_relatives_procedure_is_not_an_order():
    # treatment_orders._PROCEDURES: we output order hysterectomy for the patient. Right: no order.
    o = of_kind(facts((C, "How is your family?"), (P, "My mom will get a hysterectomy next month.")), FactKind.order)
    assert "hysterectomy" not in o


def test_declined_flu_shot_is_not_ordered():
    # treatment_orders._VACCINE fires on "today" whatever the verb. We output order influenza vaccine. Right: declined.
    o = of_kind(facts((C, "Any vaccines?"), (P, "i don't want the flu shot today")), FactKind.order)
    assert "influenza vaccine" not in o


# --- 11. Scorer ---------------------------------------------------------------------------------------------
def test_scorer_single_ingredient_is_not_the_combination():
    # fact_scoring.same_drug falls back to same_name's word-subset test, so "acetaminophen" matches
    # "hydrocodone/acetaminophen" (the opioid is lost) while "budesonide-formoterol" vs "budesonide" is
    # (correctly) False - inconsistent. Right: False for all of these.
    from engine.name_matching import same_drug

    assert not same_drug("hydrocodone/acetaminophen", "acetaminophen")
    assert not same_drug("fluticasone/salmeterol", "fluticasone")
    assert not same_drug("aspirin and clopidogrel", "aspirin")


def test_scorer_lab_order_words_do_not_excuse_a_wrong_drug():
    # fact_scoring.wrong_drugs adds every word of every gold order to "said", so a potassium chloride or iron
    # medication invented by the extractor is excused by a "potassium level" / "iron studies" order.
    from engine.fact_scoring import wrong_drugs

    fs = [
        Fact(kind=FactKind.medication, name=n, attributes={"status": "active"}, evidence=[])
        for n in ("potassium chloride", "iron", "lithium")
    ]
    wrong, _ = wrong_drugs(fs, {"medications": [], "orders": ["potassium level", "iron studies", "lithium level"]})
    assert set(wrong) == {"potassium chloride", "iron", "lithium"}
