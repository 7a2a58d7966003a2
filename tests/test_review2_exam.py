"""Second exam review: findings as a primary-care clinician says them aloud, normal and abnormal.

Every line was written for these tests. Finding names may vary as a note words them, so names are checked
against a set of acceptable words; site, side and normal/abnormal are the strict part, as the scorer
(engine/evaluation.py) matches them.
"""

from __future__ import annotations

import pytest
from fact_readers import findings, has

# --- ENT -------------------------------------------------------------------------------------------


def test_no_pus_after_a_red_throat_is_no_exudate():
    # we output only erythema (throat); right: also no exudate/pus of the throat, normal
    got = findings("Let me look at your throat. Your throat looks red but there's no pus.")
    assert has(got, ("no pus", "no exudate"), site=("throat", "pharynx"), normal="yes")


def test_pus_not_seen_on_the_tonsils():
    # we output only swelling (tonsils); right: no pus/exudate on the tonsils, normal
    got = findings("Let me look at your throat. Your tonsils are a little swollen but I don't see any pus on them.")
    assert has(got, ("no pus", "no exudate"), site="tonsil", normal="yes")


def test_boggy_turbinates():
    # we output only swelling (turbinates); right: boggy turbinates too, abnormal
    got = findings("Let me look in your nose. The turbinates are swollen and boggy.")
    assert has(got, "bogg", site="turbinate", normal="no")


def test_swollen_pale_nasal_mucosa():
    # we output nothing of the mucosa; right: swelling and pallor of the nasal mucosa, abnormal
    got = findings("Let me look at your nose. The nasal mucosa is swollen and pale.")
    assert has(got, ("swell", "swollen"), site=("nasal mucosa", "nose"), normal="no")
    assert has(got, ("pale", "pallor"), site=("nasal mucosa", "nose"), normal="no")


def test_wax_in_both_ears():
    # we output nothing; right: cerumen in both ears, abnormal
    got = findings("Let me look at your ears. There's wax in both ears, I can't see the eardrums well.")
    assert has(got, ("cerumen", "wax"), site="ear", side="bilateral", normal="no")


def test_red_swollen_right_ear_canal():
    # we output nothing; right: erythema and swelling of the right ear canal, abnormal
    got = findings("Let me look in your ears. The right ear canal is red and swollen with some debris.")
    assert has(got, ("erythema", "red"), site="canal", side="right", normal="no")
    assert has(got, ("swell", "swollen"), site="canal", side="right", normal="no")


def test_dry_mucous_membranes():
    # we output nothing; right: dry mucous membranes, abnormal
    got = findings("Looking in your mouth, your tongue is dry, your mucous membranes look dry.")
    assert has(got, "dry", site=("mucous membranes", "mouth", "tongue"), normal="no")


def test_white_patches_on_the_tongue():
    # we output nothing; right: white patches on the tongue, abnormal
    got = findings("Let me look in your mouth. There are white patches on your tongue that scrape off.")
    assert has(got, ("white patch", "plaque", "thrush"), site="tongue", normal="no")


# --- lymph nodes -----------------------------------------------------------------------------------


def test_no_swollen_glands_in_the_neck():
    # we output nothing; right: no lymphadenopathy (neck), normal
    got = findings("Let me feel your neck. No swollen glands in the neck.")
    assert has(got, ("no lymphadenopathy", "no swollen glands", "no swollen lymph nodes"), normal="yes")


def test_no_lymph_nodes_in_the_neck():
    # we output nothing; right: no lymphadenopathy (neck), normal
    got = findings("On exam, throat is a little red, no lymph nodes in the neck.")
    assert has(got, ("no lymphadenopathy", "no lymph nodes"), site=("neck", ""), normal="yes")


def test_swollen_tender_nodes_on_the_right_side_of_the_neck():
    # we output swelling (neck, right); right: lymphadenopathy of the right neck, tender, abnormal
    got = findings(
        "Let me examine your neck. Your lymph nodes are a bit swollen on the right side of your neck, "
        "and they're tender."
    )
    assert has(got, ("lymphadenopathy", "lymph node", "nodes"), site="neck", side="right", normal="no")
    assert not has(got, ("swelling",), site="neck", side="right")


# --- chest and heart -------------------------------------------------------------------------------


def test_normal_heart_sounds_s1_s2():
    # we output only no murmurs; right: normal heart sounds too
    got = findings("Let me examine you. Heart sounds are normal, S1 S2, no murmurs.")
    assert has(got, ("normal heart sounds", "heart sounds normal"), site=("heart", ""), normal="yes")


def test_left_lung_wheezes_but_no_crackles():
    # we output no crackles (lungs, bilateral); right: no crackles of the left lung
    got = findings(
        "Deep breaths for me. There are crackles at the right base. The left lung has some scattered wheezes "
        "but no crackles."
    )
    assert has(got, "no crackles", site="lung", side="left", normal="yes")
    assert not has(got, "no crackles", side="bilateral")


def test_wheezing_last_visit_asked_back_is_not_todays_finding():
    # we output wheezing (lungs, bilateral) as found today; right: only the clear lungs
    got = findings(
        "Let me take a listen. Your lungs sound clear. Now the last time you were here you had some wheezing "
        "in both lungs, right?"
    )
    assert not has(got, "wheez", normal="no")


def test_murmur_another_doctor_heard_is_not_found_today():
    # we output murmur (heart, abnormal); right: no abnormal murmur (it is not heard today)
    got = findings("On exam today, heart regular. Your cardiologist mentioned a murmur last year but I don't hear one.")
    assert not has(got, "murmur", normal="no")


# --- abdomen ---------------------------------------------------------------------------------------


def test_tender_in_the_right_lower_belly_has_its_side():
    # we output tenderness (abdomen, no side); right: tenderness on the right (lower quadrant)
    got = findings(
        ("clinician", "Let me feel your belly. Does that hurt?"),
        ("patient", "Yeah, right there."),
        ("clinician", "Okay, so you're tender in the right lower part of your belly."),
    )
    assert has(got, "tender", side="right", normal="no")


def test_yes_here_on_the_left_to_any_tenderness():
    # we output nothing; right: tenderness of the abdomen on the left, abnormal
    got = findings(
        ("clinician", "Let me press on your belly. Any tenderness?"),
        ("patient", "Ow, yes, down here on the left."),
        ("clinician", "Okay."),
    )
    assert has(got, "tender", site="abdomen", side="left", normal="no")


# --- skin ------------------------------------------------------------------------------------------


def test_rash_on_the_left_chest_wrapping_to_the_back():
    # we output rash (back, left); right: rash of the left chest
    got = findings(
        "Let me look at your back. There's a rash with blisters on the left side of your chest wrapping "
        "around to your back."
    )
    assert has(got, "rash", site="chest", side="left", normal="no")


def test_vesicles_along_a_dermatome():
    # we output nothing; right: vesicles on the right, along the T6 dermatome, abnormal
    got = findings("Let me see the rash. There are vesicles in a dermatomal distribution along the right T6 dermatome.")
    assert has(got, "vesicle", side="right", normal="no")


def test_irregular_mole_on_the_upper_back():
    # we output "irregular" (upper back); right: an (irregular) mole of the upper back, abnormal
    got = findings("On exam there's a mole on your upper back that's irregular in shape, about 8 millimeters.")
    assert has(got, "mole", site="upper back", normal="no")


def test_scaly_red_patch_on_the_right_elbow():
    # we output nothing; right: a scaly (red) patch of the right elbow, abnormal
    got = findings("Let me look at your skin. There's a scaly red patch on your right elbow.")
    assert has(got, ("patch", "plaque"), site="elbow", side="right", normal="no")


def test_pearly_bump_on_the_nose():
    # we output "lesion" with no site; right: the lesion is on the nose
    got = findings(
        "Let me look at the lesion. It's a pearly bump on your nose with some small blood vessels on it, "
        "about 5 millimeters."
    )
    assert has(got, ("bump", "papule", "lesion", "nodule"), site="nose", normal="no")


def test_healing_well_incision_is_normal():
    # we output well healed incision as abnormal; right: well healed incision, normal
    got = findings("Let me look. Your incision is healing well, no redness, no drainage.")
    assert has(got, ("healed", "healing"), normal="yes")
    assert not has(got, ("healed", "healing"), normal="no")


def test_no_surrounding_redness_is_of_the_ulcers_foot():
    # we output no redness (no site, right); right: no redness of the right foot
    got = findings(
        "On exam, I can see a small ulcer on the bottom of your right foot, about half a centimeter, "
        "no surrounding redness."
    )
    assert has(got, ("no redness", "no erythema"), site="foot", side="right", normal="yes")


def test_smooth_mobile_lump_under_the_right_arm():
    # we output only nontender (no site); right: a mass/lump of the right axilla, abnormal
    got = findings("On exam you have a smooth, nontender, mobile lump under your right arm about 2 centimeters.")
    assert has(got, ("lump", "mass", "nodule"), site=("axilla", "arm"), side="right", normal="no")


# --- eyes ------------------------------------------------------------------------------------------


def test_discharge_from_the_right_eye():
    # we output only erythema (eyes); right: discharge of the right eye, abnormal
    got = findings("Let me take a look. Your eyes look a little red. The right eye has some discharge.")
    assert has(got, "discharge", site="eye", side="right", normal="no")


def test_extraocular_movements_intact():
    # we output only pupils and nystagmus; right: extraocular movements intact, normal
    got = findings("On exam, pupils are equal and reactive, extraocular movements are intact, no nystagmus.")
    assert has(got, ("extraocular", "eom"), normal="yes")


# --- neuro -----------------------------------------------------------------------------------------


def test_absent_ankle_jerks():
    # we output nothing of the ankles; right: absent ankle reflexes, bilateral, abnormal
    got = findings("Let me check your reflexes. Reflexes are 2 plus at both knees and the ankle jerks are absent.")
    assert has(got, "absent", side="bilateral", normal="no")


# --- musculoskeletal -------------------------------------------------------------------------------


def test_pain_with_internal_rotation_of_the_hip_and_negative_faber():
    # we output nothing; right: pain with internal rotation (right hip, abnormal), negative FABER (normal)
    got = findings("Let me look at your hip. Pain with internal rotation of the right hip, negative FABER.")
    assert has(got, "pain with internal rotation", site="hip", side="right", normal="no")
    assert has(got, "faber", normal="yes")


def test_pain_with_ulnar_deviation_of_the_wrist():
    # we output only swelling; right: pain with ulnar deviation of the left wrist, abnormal
    got = findings(
        "Let me look at your wrist. There's swelling over the dorsal aspect of the left wrist and pain with "
        "ulnar deviation."
    )
    assert has(got, "pain with ulnar deviation", site="wrist", side="left", normal="no")


def test_pain_at_the_kneecap_when_squatting():
    # we output nothing; right: pain at the right patella, abnormal
    got = findings("Let me see you squat. Your right knee clicks and there's pain at the kneecap.")
    assert has(got, ("pain", "tender"), site=("patella", "kneecap"), side="right", normal="no")


def test_no_swelling_of_the_calf_said_after_its_tenderness():
    # we output no swelling with no site; right: no swelling of the calf
    got = findings("On exam your calf is not tender and there's no swelling, Homans sign is negative.")
    assert has(got, "no swelling", site="calf", normal="yes")


# --- edema said as swelling --------------------------------------------------------------------------


def test_no_swelling_in_the_legs_is_no_edema():
    # we output no swelling (legs); right: no edema of the legs, as a note writes it
    got = findings("Let me listen to your lungs. Heart sounds regular. No swelling in your legs.")
    assert has(got, "no edema", site="leg", side="bilateral", normal="yes")


def test_no_swelling_in_the_ankles_both_sides_is_no_edema():
    # we output no swelling (ankles); right: no edema of both ankles
    got = findings("Let me listen. Lungs are clear, no murmur, no swelling in the ankles both sides.")
    assert has(got, "no edema", site="ankle", side="bilateral", normal="yes")


# --- not exam findings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        [("clinician", "We'll check your reflexes next time, and I'd like to listen to your heart again then.")],
        [("clinician", "If you notice any swelling or redness around the incision, call us.")],
        [("clinician", "When you had the rash last month, was it itchy?"), ("patient", "Yes, very itchy.")],
        # (guards for words this review taught the exam: a drug patch, a lump recalled, a bruise's future)
        [("clinician", "Let me take a look at your ears. I'm going to start you on a nicotine patch.")],
        [("clinician", "Let me look at your throat. The lump you felt last week was probably a lymph node.")],
        [("clinician", "Let me feel your belly. The bruise from the injection should fade.")],
        [("clinician", "Let me examine your neck. Let's bump up the lisinopril to 20.")],
        [("clinician", "Let me feel the lymph nodes in your neck, and let me check your glands.")],
    ],
)
def test_plans_and_history_are_no_exam_findings(turns):
    # right: nothing on exam
    assert findings(*turns) == []


# --- more of the diabetic foot, eye and neuro exam -----------------------------------------------------


def test_a_bruise_on_the_forearm():
    # we output only tenderness; right: a bruise of the right forearm, abnormal
    got = findings("Let me look at your arm. There's a big bruise on the right forearm, and it's tender.")
    assert has(got, "bruis", site="forearm", side="right", normal="no")


def test_no_retinal_hemorrhages_and_normal_fundi():
    # we output nothing; right: no retinal hemorrhages (normal), normal fundi
    got = findings("Let me look at your eyes with the light. No retinal hemorrhages. Fundi look normal.")
    assert has(got, "no retinal hemorrhage", normal="yes")
    assert has(got, "normal", site=("fundi", "fundus"), normal="yes")


def test_decreased_vibration_sense_at_both_big_toes():
    # we output nothing; right: decreased vibration sense of both great toes, abnormal
    got = findings("Let me check the sensation. Vibration sense is decreased at both big toes.")
    assert has(got, "decreased vibration", site="toe", side="bilateral", normal="no")


def test_thick_yellow_toenail():
    # we output nothing; right: a thick (yellow) left great toenail, abnormal
    got = findings("Let me look at your feet. Your left big toenail is thick and yellow.")
    assert has(got, ("thick", "yellow"), site="toenail", side="left", normal="no")


def test_slow_wide_based_gait():
    # we output nothing; right: an abnormal gait (slow, wide based)
    got = findings("Let me watch you walk. Your gait is slow and wide based.")
    assert has(got, "gait", normal="no")


def test_thighs_not_tender_on_either_side():
    # we output nothing; right: no tenderness of both thighs, normal
    got = findings("On exam, your thighs are not tender on either side.")
    assert has(got, ("no tenderness", "not tender"), site="thigh", side="bilateral", normal="yes")


def test_no_xanthelasma():
    # we output nothing; right: no xanthelasma, normal
    got = findings("Let me look at your eyelids. No xanthelasma.")
    assert has(got, "no xanthelasma", normal="yes")


def test_patellar_reflexes_are_of_both_knees():
    # we output reflexes 2 plus with no site; right: of both knees
    got = findings("Let me check the reflexes. Patellar reflexes are 2 plus and equal on both sides.")
    assert has(got, "reflexes", site="knee", side="bilateral", normal="yes")


def test_unpunctuated_other_lung_has_wheezes_but_no_crackles():
    # we output no crackles (lungs, bilateral); right: no crackles of the right lung
    got = findings(
        "okay deep breaths for me so listening to the lungs there are crackles at the left base the right lung "
        "has a few wheezes but no crackles heart is regular"
    )
    assert has(got, "no crackles", site="lung", side="right", normal="yes")


def test_either_foot_is_both_feet():
    # we output no ulcers (foot, bilateral); right: no ulcers of both feet, as a note writes it
    got = findings("Let me check your feet. No ulcers on either foot.")
    assert has(got, "no ulcers", site="feet", side="bilateral", normal="yes")


def test_no_swelling_in_either_leg_is_no_edema():
    # we output no swelling (leg, bilateral); right: no edema of both legs
    got = findings("On exam lungs are clear. No swelling in either leg.")
    assert has(got, "no edema", site="legs", side="bilateral", normal="yes")


def test_bruits_on_the_right_or_the_left_are_of_both():
    # we output no carotid bruits on the right; right: on both sides
    got = findings("Let me listen to your neck. No carotid bruits on the right or the left.")
    assert has(got, "no carotid bruits", side="bilateral", normal="yes")


def test_a_toenail_after_a_denial_is_not_denied():
    # we output nothing (the feet were never taken as examined); right: thick yellow right toenail, abnormal
    got = findings(
        "so looking at the feet skin is dry on both feet no redness the right big toenail is thick and yellow"
    )
    assert has(got, ("thick", "yellow"), site="toenail", side="right", normal="no")
    assert has(got, "dry", site="feet", side="bilateral", normal="no")
