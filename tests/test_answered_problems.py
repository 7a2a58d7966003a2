"""Problems named in a history question's list, or told answering a family or surgical history question,
and diseases only defined, expected or named as roofing: none is a current diagnosis of the patient's."""

from fact_readers import facts, problems


def test_an_item_of_a_question_list_is_no_diagnosis():
    fs = facts(
        "Right. Any history of blood clots, in you or in the family? Or breast cancer, strokes?",
        "My mum had a clot in her leg after her hip operation. No breast cancer that I know of. My nan had a stroke.",
    )
    assert "breast cancer" not in problems(fs)


def test_a_known_problem_asked_back_stays():
    # a statement with a tag question, and a drug's reason: not a list asked about
    assert "hypertension" in problems(facts("And BP tablet, Telma forty?", "Yes, one in the morning."))


def test_a_relatives_condition_told_after_the_relative_is_named():
    fs = facts(
        "Anybody in the family with depression after a baby?",
        "My mother, after my sister. A postpartum depression, she was hospitalized for it.",
    )
    assert "postpartum depression" not in problems(fs)


def test_the_patients_own_condition_in_a_family_answer_stays():
    fs = facts("Anybody in the family with diabetes?", "My mother. And I have diabetes too.")
    assert "type 2 diabetes" in problems(fs) or "diabetes" in problems(fs)


def test_an_injury_told_answering_about_surgeries_is_past():
    assert "leg fracture" not in problems(facts("Any surgeries?", "No. I broke my leg skiing, it healed in a cast."))
    assert "uterine fibroids" not in problems(
        facts("Remind me of your surgeries.", "Just the hysterectomy, when I was forty-five. Fibroids.")
    )


def test_a_condition_answering_surgeries_and_illnesses_stays():
    fs = facts("Any operations or other medical problems?", "Wisdom teeth out last year. Apart from the asthma, no.")
    assert "asthma" in problems(fs)


def test_a_disease_defined_or_expected_is_no_diagnosis():
    fs = facts("A cold that lasts more than ten days, that's acute bacterial sinusitis.", "Okay.")
    assert "upper respiratory infection" not in problems(fs)
    fs = facts("Expect some irregular bleeding or spotting for the first three months or so.", "Okay.")
    assert "irregular menstruation" not in problems(fs)
    fs = facts("Sleep apnea is another big driver of atrial flutter and afib.", "Okay.")
    assert "atrial fibrillation" not in problems(fs)


def test_roofing_shingles_are_no_zoster():
    fs = facts("How did it start?", "I scraped it on the trailer hitch saturday loading shingles.")
    assert "shingles" not in problems(fs)
    assert "shingles" in problems(facts("This rash is shingles.", "Oh no."))
