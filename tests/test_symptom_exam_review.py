"""Review of the symptom / problem / history / exam extraction changes (sentences written for this review).

Every test here demonstrates a defect found in review: the comment says what is wrong and what a clinician
would chart. Most are wrong polarity (denied as present or the reverse), a relative's or a parent's condition
filed as the patient's, or a normal finding / side recorded for an abnormal one.
"""

from fact_readers import exam, facts, history, problems, symptoms

C, P = "clinician", "patient"


# --- symptoms: polarity ---


def test_no_then_but_reporting_the_second_symptom_asked():
    # "No, I've had a fever though." denies the cough and REPORTS the fever. We chart fever ABSENT
    # (symptoms(): no_and_same treats the leading "no" as answering every symptom asked, and ConText's
    # "no" scope reaches the fever). Right: cough absent, fever present.
    fs = facts((C, "Any cough or fever?"), (P, "No, I've had a fever though."))
    assert symptoms(fs) == {"cough": "absent", "fever": "present"}


def test_oh_no_dismay_is_not_a_denial_in_the_answer():
    # "Oh no, it's terrible." is dismay that confirms the headache; we chart headache ABSENT (FILLER allows
    # "oh" before NO, and only _answered(), not the pending-question path, checks _DISMAY). Right: present.
    fs = facts((C, "Any headache?"), (P, "Oh no, it's terrible."))
    assert symptoms(fs).get("headache") == "present"


def test_still_there_question_answered_no_is_gone():
    # "Is the headache still there?" "No." -> the headache has gone. We chart it PRESENT
    # (about_known()/gone_by_answer() take "still there" as presupposing it and ignore the "no").
    fs = facts((C, "Is the headache still there?"), (P, "No."))
    assert symptoms(fs).get("headache") == "absent"


def test_does_it_still_hurt_answered_no_is_gone():
    # "Does your knee still hurt?" "No." -> knee pain resolved; we chart knee pain PRESENT. Right: absent.
    fs = facts((C, "does your knee still hurt"), (P, "no"))
    assert symptoms(fs).get("knee pain") == "absent"


def test_stopped_symptom_is_not_present():
    # "My headaches have stopped since I started the new medicine." -> headache resolved (absent / not a
    # current symptom). We chart headache PRESENT (no "stopped" cue in context.py). Right: absent.
    fs = facts((P, "My headaches have stopped since I started the new medicine."))
    assert symptoms(fs).get("headache") != "present"


def test_had_a_cough_but_gone_now():
    # "I had a cough but that's gone now." -> no current cough. We chart cough PRESENT
    # ("gone" is only a cue as "is gone"; "that's gone now" after "but" is cut off). Right: absent.
    fs = facts((P, "I had a cough but that's gone now."))
    assert symptoms(fs).get("cough") != "present"


def test_never_had_a_fever_this_high_is_a_fever():
    # "I've never had a fever this high before." -> the worst fever yet, i.e. fever PRESENT. We chart it
    # ABSENT: _NEVER_THIS knows "this bad/severe/..." but not "this high" (or "this long"). Right: present.
    fs = facts((P, "I've never had a fever this high before."))
    assert symptoms(fs).get("fever") == "present"


def test_never_without_a_headache_is_a_headache():
    # "I'm never without a headache these days." -> constant headache, PRESENT. We chart ABSENT
    # (ConText's "never" + "without" negate). Right: present.
    fs = facts((P, "I'm never without a headache these days."))
    assert symptoms(fs).get("headache") == "present"


def test_mixed_answer_yes_no_per_symptom():
    # "Nausea yes, vomiting no." -> nausea present, vomiting absent. We chart vomiting PRESENT
    # (a trailing "no" after the symptom is not read as its denial). Right: vomiting absent.
    fs = facts((C, "Any nausea or vomiting?"), (P, "Nausea yes, vomiting no."))
    assert symptoms(fs) == {"nausea": "present", "vomiting": "absent"}


def test_unsure_answer_is_hedged_not_denied():
    # "I don't think so, maybe." is unsure; we chart fever ABSENT (NO matches "i don't think so" first).
    # Right: fever possible (present, certainty possible), or at least not a firm denial.
    fs = facts((C, "Do you have a fever?"), (P, "I don't think so, maybe."))
    assert symptoms(fs).get("fever") != "absent"


# --- problems and history: whose, and when ---


def test_nobody_in_family_has_it_is_not_the_patients_problem():
    # "Nobody in my family has diabetes." -> negative family history. We file type 2 diabetes as the
    # PATIENT'S PROBLEM (problems(): "nobody" is no negation cue and "in my family" is not read). Right:
    # no problem, no family history (or a denied family history).
    fs = facts((P, "Nobody in my family has diabetes."))
    assert "type 2 diabetes" not in problems(fs)


def test_relatives_cancer_not_the_patients_surgery():
    # "My mother had breast cancer and I had a lump removed." We add a PATIENT past-surgical
    # "breast cancer removal" (the mother's cancer joined to the patient's "removed"). Right: family
    # history breast cancer (mother) and the patient's lump removal only.
    fs = facts((P, "My mother had breast cancer and I had a lump removed."))
    assert ("breast cancer removal", "") not in history(fs, "past_surgical")


def test_parent_speaking_of_own_asthma_is_not_the_childs_problem():
    # The mother (third speaker) says "I have asthma": her condition. We file asthma as the PATIENT'S
    # (the child's) PROBLEM as well as family history (mother). Right: family history only.
    fs = facts(("other", "Hi, I'm his mom. He's had a cough for a week. I have asthma."))
    assert "asthma" not in problems(fs)
    assert ("asthma", "mother") in history(fs, "family")


# --- social history ---


def test_dont_smoke_anymore_is_former_not_never():
    # "I don't smoke anymore." -> former smoker. We chart tobacco "never" (a lifelong non-smoker). Right: former.
    fs = facts((P, "I don't smoke anymore."))
    assert history(fs, "social") >= {("tobacco", "former")}


def test_current_smoker_who_used_to_smoke_more_is_current():
    # "I smoke about half a pack a day, I used to smoke two packs." -> CURRENT smoker (cut down). We chart
    # "former". Right: current (e.g. value with "half a pack a day"), never "former".
    fs = facts((P, "I smoke about half a pack a day, I used to smoke two packs."))
    assert ("tobacco", "former") not in history(fs, "social")
    assert any(name == "tobacco" for name, _ in history(fs, "social"))


# --- exam ---


def test_with_an_effusion_after_without_is_abnormal():
    # "the right knee without effusion and the left knee with a moderate effusion": we chart the LEFT knee
    # "no moderate effusion", normal (the "without" reaches past "and ... with"). Right: left knee moderate
    # effusion, abnormal; right knee no effusion, normal.
    fs = facts((C, "Exam shows the right knee without effusion and the left knee with a moderate effusion."))
    left = [e for e in exam(fs) if e[1] == "knee" and e[2] == "left"]
    assert left and all(e[3] == "no" and not e[0].startswith("no ") for e in left)


def test_unpunctuated_with_after_without_keeps_sides():
    # "right ankle without tenderness left ankle with tenderness": we chart left ankle "no tenderness"
    # (normal) and a second siteless "no tenderness". Right: right ankle non-tender (normal), left ankle
    # tenderness (abnormal).
    fs = facts((C, "on exam right ankle without tenderness left ankle with tenderness"))
    got = {(e[2], e[3]) for e in exam(fs) if "tender" in e[0]}
    assert ("left", "no") in got and ("right", "yes") in got


def test_no_lymphadenopathy_is_not_a_present_symptom():
    # "Neck: no lymphadenopathy." -> normal exam. We chart the SYMPTOM "generalized enlarged lymph nodes"
    # PRESENT (the vocabulary concept's span swallows or misses the "no"). Right: exam no lymphadenopathy,
    # normal; certainly never a present symptom.
    fs = facts((C, "Neck: no lymphadenopathy."))
    assert symptoms(fs).get("generalized enlarged lymph nodes") != "present"


def test_labelled_knee_exam_is_an_exam_finding():
    # "Left knee: swelling, no effusion." (dictated exam) -> exam: left knee swelling (abnormal), no effusion
    # (normal). We chart a patient SYMPTOM "swelling" and drop the effusion. Right: exam findings.
    fs = facts((C, "Left knee: swelling, no effusion."))
    got = exam(fs)
    assert ("swelling", "knee", "left", "no") in got
    assert "swelling" not in symptoms(fs)


def test_side_not_carried_to_next_sentence_part():
    # "Right knee is tender along the medial joint line. The ankle looks normal." We chart the ankle as
    # RIGHT; nothing says which ankle. Right: ankle normal with no laterality (or not "right" guessed).
    fs = facts((C, "Let me examine you. Right knee is tender along the medial joint line. The ankle looks normal."))
    ankle = [e for e in exam(fs) if e[1] == "ankle"]
    assert ankle and all(e[2] == "" for e in ankle)


def test_other_ear_abnormal_finding_not_dropped():
    # "the left ear is normal, the right has fluid behind the drum" -> right ear effusion (abnormal). We
    # chart only the left ear normal; the abnormal right ear is lost. Right: a right-ear abnormal finding.
    fs = facts((C, "On exam the left ear is normal, the right has fluid behind the drum."))
    assert any(e[2] == "right" and e[3] == "no" for e in exam(fs))


# --- round two: relatives' operations, parents' own history, unpunctuated answers ---


def test_mothers_hysterectomy_is_not_the_patients_surgery():
    # "My mom had a hysterectomy." We file a PATIENT past-surgical "mom had a hysterectomy" (surgeries():
    # the _SURGERY match starts at "mom", so _relative_before() looks left of it and finds nothing).
    # Right: no patient surgery (family history at most).
    fs = facts((P, "My mom had a hysterectomy."))
    assert history(fs, "past_surgical") == set()


def test_sisters_appendix_out_is_not_the_patients_surgery():
    # "my sister had her appendix out last year" -> the sister's operation. We file a PATIENT appendectomy
    # (surgeries(): the _TAKEN_OUT loop never calls _relative_before()). Right: no patient surgery.
    fs = facts((P, "my sister had her appendix out last year"))
    assert ("appendectomy", "") not in history(fs, "past_surgical")


def test_fathers_bypass_is_not_the_patients_surgery():
    # "Any surgeries in the past?" "My dad had bypass surgery." We file a PATIENT past-surgical
    # "dad had bypass". Right: no patient surgery (father's CABG is family history at most).
    fs = facts((C, "Any surgeries in the past?"), (P, "My dad had bypass surgery."))
    assert history(fs, "past_surgical") == set()


def test_childhood_seizures_answer_is_past_history_not_a_current_symptom():
    # "Any family history of seizures?" "Yes, I had them as a child." We chart seizures as a PRESENT,
    # current symptom. Right: the patient's past medical history (childhood seizures), no current symptom.
    fs = facts((C, "Any family history of seizures?"), (P, "Yes, I had them as a child."))
    assert symptoms(fs).get("seizures") != "present"


def test_used_to_but_now_every_day_is_current():
    # "I used to get migraines but now I get them every day." -> migraines are CURRENT (worse). We file
    # only past-medical migraine (the "used to" wins over "now ... every day"). Right: a current
    # migraine/headache problem or symptom.
    fs = facts((P, "I used to get migraines but now I get them every day."))
    assert (
        "migraine" in problems(fs)
        or symptoms(fs).get("migraine") == "present"
        or symptoms(fs).get("headache") == "present"
    )


def test_unpunctuated_no_no_then_yes_keeps_the_yes():
    # Transcript style: "any fever chills cough" / "no fever no chills cough yes". We chart cough ABSENT
    # (the second "no" reaches "cough"; the trailing "yes" is ignored). Right: fever absent, chills absent,
    # cough PRESENT.
    fs = facts((C, "any fever chills cough"), (P, "no fever no chills cough yes"))
    assert symptoms(fs) == {"fever": "absent", "chills": "absent", "cough": "present"}


def test_left_side_not_given_to_a_part_named_without_one():
    # "swelling over the left knee and tenderness at the hip": we chart the HIP as LEFT; the hip's side was
    # never said. Right: hip tenderness with no laterality.
    fs = facts((C, "On exam there's swelling over the left knee and tenderness at the hip."))
    hip = [e for e in exam(fs) if e[1] == "hip"]
    assert hip and all(e[2] == "" for e in hip)


def test_no_but_it_hurts_elsewhere_is_not_nontender():
    # "Does it hurt when I press here?" "No, it hurts more up here." -> the abdomen IS tender (just higher).
    # We chart "no tenderness to palpation" (normal) with no site (exam_answers.answered(): a leading "no"
    # is a denial whatever follows). Right: tenderness present (abdomen), or no finding; never normal.
    fs = facts(
        (C, "Let me examine your belly. Does it hurt when I press here?"),
        (P, "No, it hurts more up here."),
    )
    assert not any(e[3] == "yes" for e in exam(fs))


# --- round three: ConText cues from context.py that misfire ---


def test_not_used_to_this_much_pain_is_pain():
    # "I'm not used to having this much knee pain." -> knee pain PRESENT (more than usual). We chart it
    # ABSENT ("not" negates forward; no PSEUDO for "not used to"). Right: present.
    fs = facts((P, "I'm not used to having this much knee pain."))
    assert symptoms(fs).get("knee pain") == "present"


def test_for_a_while_back_and_forth_is_current():
    # "I've had this cough for a while back and forth." -> current cough. We drop it: the new HISTORICAL
    # cue "a while back" matches inside "a while back and forth", and symptoms() skips historical mentions.
    # Right: cough present.
    fs = facts((P, "I've had this cough for a while back and forth."))
    assert symptoms(fs).get("cough") == "present"


def test_started_last_year_and_worse_is_current():
    # "the chest pain started last year and it's gotten worse" -> current, worsening chest pain. We drop it
    # (the "last year" HISTORICAL cue). Right: chest pain present.
    fs = facts((P, "the chest pain started last year and it's gotten worse"))
    assert symptoms(fs).get("chest pain") == "present"


def test_own_symptom_after_some_people_get_is_kept():
    # "Some people get headaches from it but I've been getting headaches every day." -> the patient's
    # headache PRESENT. We chart nothing (the first mention's HYPOTHETICAL "some people" wins for the name).
    fs = facts((P, "Some people get headaches from it but I've been getting headaches every day."))
    assert symptoms(fs).get("headache") == "present"


def test_section_label_colon_no_is_a_denial():
    # Dictated review of systems: "Constitutional: no fever." / "Respiratory: no shortness of breath."
    # We chart fever and shortness of breath PRESENT: medSpaCy's default rule ": no" is a BACKWARD cue
    # ("fever: no"), it swallows the "no" after a section label, and nothing negates forward (assess()).
    # Same for "Neck: no lymphadenopathy." Right: denied.
    fs = facts((C, "Constitutional: no fever. Respiratory: no shortness of breath."))
    assert symptoms(fs) == {"fever": "absent", "shortness of breath": "absent"}


def test_parent_telling_family_history_relations_are_the_childs():
    # The child's mother speaks: "My mother has eczema and my husband has asthma." We file eczema
    # (dermatitis) as relation "mother" and the husband's asthma ALSO as "mother" (family_and_past(): "my
    # husband" is a ConText FAMILY cue, and the relation is the nearest relative word before it, "mother").
    # Right, for the child: eczema in the maternal grandmother; asthma in the FATHER; never asthma-mother.
    fs = facts(
        (C, "Hi mom, what brings Lily in today?"),
        ("other", "She's had a rash. My mother has eczema and my husband has asthma."),
    )
    assert ("asthma", "mother") not in history(fs, "family")
