"""Session 10, second round: past operations, past illnesses and problems only guessed or ruled out, said the
ways batch 13 (Scottish and Appalachian general practice, West and East African clinics) says them. Every
sentence here is written for the test."""

import pytest
from fact_readers import facts, history, problems, surgical


@pytest.mark.parametrize(
    "answer",
    [
        "Just the gallbladder from way back.",
        "Only my gallbladder, ages ago.",
        "The gallbladder, a long time ago.",
        "Just the gall bladder from when I was forty.",
    ],
)
def test_an_organ_named_with_when_answers_the_operations_question(answer):
    assert "cholecystectomy" in surgical(facts("Any operations?", answer))


@pytest.mark.parametrize(
    "answer",
    ["Two sections, with both bairns.", "I had a section with my first.", "Both my kids were sections."],
)
def test_a_bare_section_with_a_birth_is_a_caesarean(answer):
    assert "cesarean section" in surgical(facts("Any operations?", answer))


@pytest.mark.parametrize(
    "said",
    ["My mum had two sections.", "No, but I'll need a section with this baby.", "I read that section of the leaflet."],
)
def test_a_section_not_the_patients_or_not_an_operation(said):
    assert "cesarean section" not in surgical(facts("Any operations?", said))


@pytest.mark.parametrize(
    "answer",
    [
        "two c-sections and they tied my tubes after the last one",
        "Yeah, they clipped my tubes after my youngest.",
        "Had my tubes tied in 2010.",
    ],
)
def test_tubes_tied_in_every_order(answer):
    assert "tubal ligation" in surgical(facts("Have you had any surgeries?", answer))


@pytest.mark.parametrize(
    "said",
    [
        "if the cut were any deeper we would have had to do a bigger surgery.",
        "he didn't wanna do surgery, he gave me an injection instead.",
        "the surgeon said if it was worse he would've done a knee replacement.",
    ],
)
def test_an_operation_only_imagined_is_no_past_surgery(said):
    assert not surgical(facts("What did they say?", said))


@pytest.mark.parametrize(
    "answer",
    [
        "Last year, at the district hospital, with pneumonia.",
        "In 2019, a bad bout of pneumonia.",
        "Two years back, pneumonia, they kept me a week.",
    ],
)
def test_an_illness_dated_first_without_a_verb_is_past_history(answer):
    fs = facts("Have you been admitted before?", answer)
    assert ("pneumonia", "") in history(fs, "past_medical")
    assert "pneumonia" not in problems(fs)


def test_a_disease_diagnosed_last_year_stays_a_problem():
    assert "type 2 diabetes" in problems(facts("Any illnesses?", "Last year I was diagnosed with diabetes."))


@pytest.mark.parametrize(
    "said,denied",
    [
        ("Last month the lab said I have pneumonia.", "Those tests mislead. I don't think pneumonia is your problem."),
        ("I'm sure it's the shingles again.", "This isn't shingles, it's a contact rash."),
        ("The other clinic told me I have bronchitis.", "Your chest is clear. It's not bronchitis."),
    ],
)
def test_a_diagnosis_the_clinician_rules_out_is_dropped(said, denied):
    fs = facts("What happened?", said, denied)
    assert not problems(fs) & {"pneumonia", "shingles", "bronchitis"}


@pytest.mark.parametrize(
    "said",
    [
        "Don't use the inhaler for this, it's for wheezing, not croup.",
        "Antibiotics don't help croup.",
        "Stop the amoxicillin, it's not for croup.",
    ],
)
def test_a_drug_not_for_the_disease_leaves_the_disease(said):
    assert "croup" in problems(facts("So this is croup.", "Okay.", said))


@pytest.mark.parametrize(
    "said",
    [
        "I thought it was pneumonia, so I bought some antibiotics.",
        "We were treating it as bronchitis at home.",
        "My neighbour said it's shingles.",
    ],
)
def test_the_familys_own_guess_is_no_diagnosis(said):
    assert not problems(facts("What have you tried?", said)) & {"pneumonia", "bronchitis", "shingles"}


@pytest.mark.parametrize(
    "said",
    ["There was a dengue outbreak near us.", "Dengue is common now in the rainy season.", "I took dengue pills."],
)
def test_a_fever_of_the_place_or_its_drug_is_no_diagnosis(said):
    assert "dengue fever" not in problems(facts("Any contacts?", said))


def test_a_dengue_fever_the_clinician_finds_is_a_problem():
    fs = facts("What brings you in?", "Fever four days.", "The NS1 test is positive. This is dengue fever.")
    assert "dengue fever" in problems(fs)
