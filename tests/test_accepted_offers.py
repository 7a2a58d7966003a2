"""A drug offered as a question and accepted is started, with the dose told with the offer; an offer turned
down, put off, or left between two drugs charts nothing."""

import pytest
from fact_readers import CLINICIAN, PATIENT, facts, meds

OTHER = "other"


def test_offer_accepted_by_a_carer_then_the_patient_takes_the_dose_told_after():
    fs = facts(
        "Now, the cigarettes. Would you try the nicotine patches?",
        (OTHER, "He'll try. Won't you?"),
        (PATIENT, "I'll try, doctor."),
        (CLINICIAN, "Fourteen milligram patch, one every morning, a new spot each day."),
    )
    assert meds(fs)["nicotine patch"]["status"] == "started"
    assert meds(fs)["nicotine patch"]["dose"] == "14 mg"


def test_offer_with_its_dose_in_the_same_turn():
    fs = facts(
        "Would you try the nicotine lozenges? The four milligram, one every hour or two when you'd usually dip.",
        "I'll try 'em. No promises.",
    )
    assert meds(fs)["nicotine lozenge"] == {**meds(fs)["nicotine lozenge"], "status": "started", "dose": "4 mg"}


def test_offer_accepted_then_dosed():
    fs = facts("Would you be willing to try sertraline?", "Okay.", "We'll start at 50 milligrams once a day.")
    assert meds(fs)["sertraline"]["status"] == "started"
    assert meds(fs)["sertraline"]["dose"] == "50 mg"


@pytest.mark.parametrize(
    "answer", ["I'd rather not, honestly.", "Can I think about it?", "No thanks.", "Okay, but I'm not sure."]
)
def test_offer_not_taken_charts_nothing(answer):
    assert "sertraline" not in meds(facts("Would you try sertraline?", answer))


def test_a_choice_between_two_drugs_is_not_guessed():
    fs = facts("Would you like to try the nicotine patch or the gum?", "Sure.")
    assert not {"nicotine patch", "nicotine gum"} & set(meds(fs))


def test_a_drug_already_taken_asked_about_stays_active():
    assert meds(facts("Are you still taking the amlodipine?", "Yes."))["amlodipine"]["status"] == "active"


@pytest.mark.parametrize(
    "turns",
    [
        # a review's cases: a stop, a change or a habit offered; the drug taken before; a question answered back;
        # the last question's yes; a relative's drug; the patient's own no after a carer's yes
        ("Could we try stopping the amlodipine to see if the swelling goes?", "Sure."),
        ("Would you try amitriptyline?", "Yeah, I tried it years ago, it didn't work."),
        ("Would you be willing to try sertraline?", "Why not the therapy first?"),
        ("Would you try the nicotine patches? Do you smoke first thing in the morning?", "Yes."),
        ("Would you try giving your mum the lactulose?", "Okay."),
        ("Would you try the amlodipine again? The 10 milligram made your ankles swell.", "Okay."),
        ("Would you like to try stopping the omeprazole?", "Okay."),
        ("Do you try to take your amlodipine in the morning?", "Yes."),
        ("Would you try sertraline?", "Okay, what are the side effects?"),
        ("Would you try ramipril?", (OTHER, "She'll try it."), (PATIENT, "No, I don't want more tablets.")),
    ],
)
def test_no_start_read_from_what_is_not_an_accepted_offer(turns):
    assert all(m.get("status") != "started" for m in meds(facts(*turns)).values())


def test_a_later_dose_of_something_else_is_not_the_offered_drugs():
    fs = facts("Would you try sertraline?", "Okay.", (CLINICIAN, "And your blood pressure tablet stays at 10 mg."))
    assert "dose" not in meds(fs)["sertraline"] and "unclear_dose" not in meds(fs)["sertraline"]


def test_turning_down_a_stop_keeps_the_drug_taken():
    fs = facts("You're on metformin 500 twice a day. Would you be willing to try stopping the metformin?", "No thanks.")
    assert meds(fs)["metformin"]["status"] == "active"
