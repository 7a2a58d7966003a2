"""Review 6: symptoms, problems and history as world English and US telehealth visits say them.

Indian, Singaporean, Nigerian and Caribbean English ("running nose", "burning while passing urine", "sugar is
there", "I left it", "one-two pegs", "I working as a ..."), a parent answering for a child ("his daddy got
asthma"), and advice that names symptoms nobody has ("..., that's the ER"; "Sweating, shaking. If that
happens, ..."). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.fact_readers import facts, family, history, problems, social, state, symptoms

OTHER = "other"


@pytest.mark.parametrize(
    ("turns", "names", "want"),
    [
        # world-English words for common symptoms
        (("Any cold symptoms?", "Yes, running nose since yesterday."), ("runny nose",), "present"),
        (("Any burning while passing urine?", "No."), ("painful urination",), "absent"),
        (("Are you getting up at night for urine?", "Yes, three times."), ("nocturia",), "present"),
        (("How is the thirst?", "Thirst is more these days, doctor."), ("excessive thirst",), "present"),
        (("Any nausea?", "I does feel to vomit after eating."), ("nausea",), "present"),
        (("Swelling of the feet?", "No."), ("foot swelling",), "absent"),
        (("Any pain with sex?", "No."), ("dyspareunia",), "absent"),
        (("Any bleeding between periods?", "Nah."), ("intermenstrual bleeding",), "absent"),
        (("Any trouble talking?", "No, nothing like that."), ("difficulty speaking",), "absent"),
        (("Have her lips turned blue, lips turning blue?", "No."), ("cyanosis",), "absent"),
        (("Tell me what happens.", "My heart starts pounding and I sweat."), ("palpitations",), "present"),
        (("Any vaginal discharge?", "No."), ("vaginal discharge",), "absent"),
        # "Does your tummy hurt?" "No.": the part is the subject, so the no denies the pain
        (("Does your tummy hurt?", "No."), ("abdominal pain",), "absent"),
        (("Does your throat hurt?", "No."), ("sore throat",), "absent"),
        (("Does your throat hurt?", "Yes, when I swallow."), ("sore throat",), "present"),
    ],
)
def test_world_words_for_symptoms(turns, names, want):
    assert state(facts(*turns), names) == want


def test_a_denial_is_not_undone_by_the_red_flags_the_clinician_lists():
    got = symptoms(
        facts(
            "Any chest pain?",
            "No.",
            "Bad headache with chest pain or weakness, that's the ER. Otherwise send me a message.",
            "Okay.",
        )
    )
    assert got.get("chest pain") == "absent"
    assert "weakness" not in got


def test_signs_listed_before_if_that_happens_are_advice():
    got = symptoms(facts("Sometimes sugar goes low. Sweating, shaking, giddiness. If that happens, eat sugar.", "Ok."))
    assert "sweating" not in got and "tremor" not in got


def test_no_worries_is_no_denial_and_coming_back_up_is_a_posture():
    got = symptoms(facts("Go ahead and come back up. No worries, take your time.", "Thanks."))
    assert "regurgitation" not in got and "worries" not in got


def test_a_childs_daddy_is_a_relative():
    fs = facts("Any asthma in him?", (OTHER, "No asthma. But his daddy got asthma."))
    assert "asthma" not in problems(fs)
    assert ("asthma", "father") in family(fs)


def test_an_answer_naming_its_own_condition_does_not_take_the_questions_last():
    fs = facts("Anybody in your family had a blood clot or a stroke?", "My mother had a clot in her leg.")
    got = family(fs)
    assert ("deep vein thrombosis", "mother") in got
    assert not any(name == "cerebral infarction" for name, _ in got)


def test_a_screen_offered_names_no_diagnosis():
    fs = facts("I'd like to offer you a screen, HIV, syphilis, and hepatitis.", "Sure.")
    assert not problems(fs) & {"hiv", "neurosyphilis", "syphilis"}


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("Sugar is there, and BP also is there.", {"type 2 diabetes", "hypertension"}),
        ("I am having sugar for ten years.", {"type 2 diabetes"}),
        ("Only the BP tablet, doctor.", {"hypertension"}),
    ],
)
def test_sugar_and_bp_as_indian_english_says_them(answer, want):
    assert want <= problems(facts("Any other problems?", answer))


def test_sugar_in_the_tea_is_no_diabetes():
    assert "type 2 diabetes" not in problems(facts("Any sweets?", "Sugar is in the tea, two spoons."))


def test_left_it_is_a_former_smoker():
    assert social(facts("Smoking?", "I left it. Five years back I stopped."))["tobacco"] == "former"


def test_pegs_at_functions_are_alcohol():
    assert social(facts("Drinking?", "Only in functions, one-two pegs."))["alcohol"] == "one-two pegs"


def test_a_peg_tube_is_no_drink():
    assert "alcohol" not in social(facts("How is he fed?", "Through the PEG tube, doctor."))


def test_working_as_without_am_is_an_occupation():
    assert social(facts("What you doing for work?", "I working as a cashier in a supermarket."))["occupation"] == (
        "cashier"
    )


def test_a_friends_symptom_told_by_she_is_not_the_patients():
    got = symptoms(facts("Any worries about it?", "My friend has the implant. She says she bleeds on and off."))
    assert "bleeding" not in got


def test_an_interpreters_she_says_is_still_the_patient():
    got = symptoms(facts("Any fever?", (OTHER, "She says she has had a fever for two days.")))
    assert got.get("fever") == "present"


def test_a_childhood_condition_said_when_baby_is_past_history():
    fs = facts("Any medical problems before?", (OTHER, "When baby he got eczema, now okay already."))
    assert {name for name, _ in history(fs, "past_medical")} == {"dermatitis"}


def test_a_head_said_once_for_two_places():
    got = symptoms(facts("Any bleeding from the gums or nose?", "No."))
    assert got.get("bleeding gums") == "absent" and got.get("nosebleeds") == "absent"
    got = symptoms(facts("Any bleeding between periods or after sex?", "No."))
    assert got.get("postcoital bleeding") == "absent"


def test_had_since_is_an_illness_still_going():
    assert "upper respiratory infection" in problems(facts("What's wrong?", "I had a cold since Thursday."))
    assert "upper respiratory infection" not in problems(facts("Anything before?", "I had a cold last month."))


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("Headache is not there, only fever is there.", {"headache": "absent", "fever": "present"}),
        ("Fever is there, cough is not there.", {"fever": "present", "cough": "absent"}),
        ("Cough is also not there.", {"cough": "absent"}),
        ("Loose motions are there, headache is not there.", {"diarrhea": "present", "headache": "absent"}),
    ],
)
def test_is_there_and_is_not_there(answer, want):
    got = symptoms(facts("Any fever, cough, headache or loose motions?", answer))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("turns", "names", "want"),
    [
        (("Any chest pain?", (OTHER, "She says no.")), ("chest pain",), "absent"),
        (("Any fever?", (OTHER, "He is saying yes.")), ("fever",), "present"),
        (("Any fever?", (OTHER, "Fever she is not having.")), ("fever",), "absent"),
        (("Any fever?", (OTHER, "She is not having fever.")), ("fever",), "absent"),
        (("Giddiness?", "Giddiness is there when I get up."), ("dizziness",), "present"),
        (("Breathing problem?", "Breathing problem is not there."), ("shortness of breath",), "absent"),
        (("Urine?", "I am passing urine many times."), ("frequent urination",), "present"),
    ],
)
def test_relayed_answers_and_object_first_denials(turns, names, want):
    assert state(facts(*turns), names) == want


def test_no_smoking_no_drinking_denies_both():
    got = social(facts("Smoking, drinking?", "No smoking, no drinking, doctor."))
    assert got["tobacco"] == "never" and got["alcohol"] == "denies"


def test_a_relatives_sugar_and_bp():
    assert {("type 2 diabetes", "father"), ("hypertension", "father")} <= family(
        facts("Anyone in the family with illness?", "My father is having sugar and BP.")
    )


@pytest.mark.parametrize(
    ("answer", "job"), [("I am a tailor.", "tailor"), ("I am doing business, I have a shop.", "business")]
)
def test_work_asked_as_what_work(answer, job):
    assert social(facts("What work you do?", answer))["occupation"] == job


def test_a_question_put_through_an_interpreter():
    got = symptoms(facts("Can you ask her about fever?", (OTHER, "She says she doesn't have any fever.")))
    assert got.get("fever") == "absent"
    assert state(facts("Ask him about chest pain.", (OTHER, "He says no.")), ("chest pain",)) == "absent"
    assert social(facts("Does she smoke?", (OTHER, "She says no, never.")))["tobacco"] == "never"
