"""Medication wordings from South African, Nigerian, Indian and Caribbean clinics (sentences written for
these tests): local brands, acronyms and fixed-dose combinations by their own name; a bare strength followed
by a count and the time of day with no comma or no "in the"; a count of tablets restated as the amount it
makes; a combination spelled out ingredient by ingredient in the next turn, each with its strength."""

from fact_readers import facts, meds


def test_local_brands_are_their_generic():
    got = meds(facts("what do you take for pain ?", "just panado , sometimes allergex for the sneezing ."))
    assert "acetaminophen" in got and "chlorpheniramine" in got


def test_an_hiv_regimen_said_as_its_acronym():
    got = meds(facts("and your arvs ?", "the tld , one every night , i never miss ."))
    assert "tenofovir/lamivudine/dolutegravir" in got


def test_a_fixed_dose_combination_brand_is_the_combination_not_one_drug():
    got = meds(facts("anything for the stomach ?", "pan-d , one tablet before breakfast ."))
    assert "pantoprazole/domperidone" in got
    assert "pantoprazole" not in got  # one ingredient alone would be a wrong drug shown as certain
    got = meds(facts("which sugar tablet ?", "glycomet gp , one in the morning ."))
    assert "metformin/glimepiride" in got and "metformin" not in got


def test_a_bare_strength_then_a_count_and_the_time_of_day():
    got = meds(facts("what tablets ?", "the glucophage , the five hundred , one morning , one evening ."))
    assert got["metformin"]["dose"] == "500 mg"
    got = meds(facts("for the burning feet take pregabalin seventy five one at night .", "okay"))
    assert got["pregabalin"]["dose"] == "75 mg"


def test_a_bare_number_followed_by_years_is_still_no_dose():
    got = meds(facts("how long on it ?", "i've been on metformin 10 years now ."))
    assert "dose" not in got.get("metformin", {})


def test_a_count_restated_as_the_amount_it_makes():
    got = meds(facts("take panado . two tablets , that's one gram , up to four times a day .", "okay"))
    assert got["acetaminophen"]["dose"] == "1000 mg"


def test_a_count_without_a_restatement_stays_a_count():
    got = meds(facts("take panado , two tablets up to four times a day .", "okay"))
    assert got["acetaminophen"]["dose"] == "2 tablets"


def test_a_combination_spelled_out_in_the_next_turn_is_one_drug_with_both_strengths():
    got = meds(
        facts(
            "are you taking the sugar tablets ?",
            "yes glycomet gp two , one in the morning one at night .",
            "that is metformin five hundred with glimepiride two ?",
            "yes",
        )
    )
    assert got["metformin/glimepiride"]["dose"] == "500 mg/2 mg"
    assert "metformin" not in got and "glimepiride" not in got


def test_two_separate_drugs_with_strengths_stay_two_drugs():
    got = meds(facts("take metformin 500 with glimepiride 2 before food .", "okay"))
    assert got["metformin"]["dose"] == "500 mg"
    assert got["glimepiride"]["dose"] == "2 mg"
