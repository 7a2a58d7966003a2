"""Drugs a visit names that the patient is not on: a plain "no" to a drug asked about, a drug the clinician weighs
and sets aside in the same breath, and the examples of an open question answered with another drug. Each, read
as taken or started, is a drug the patient never had. The cases are written for this test, in the shapes the
primary-care calibration visits showed; none is a visit's own text."""

import pytest
from fact_readers import facts

from engine.types import FactKind


def _meds(*turns):
    return {f.name: f.attributes.get("status") for f in facts(*turns) if f.kind == FactKind.medication}


@pytest.mark.parametrize(
    "answer",
    [
        "Not Advil. You told me not to with the blood thinner. I take a Tylenol now and then.",
        "No, no Advil, you told me before. Tylenol sometimes for my knee.",
        "No Advil, just the Tylenol.",
        "No Advil or Aleve either. Tylenol sometimes.",
    ],
)
def test_a_plain_no_to_a_drug_asked_about_is_no_drug_taken(answer):
    got = _meds(("clinician", "Anything over the counter? Advil, Aleve, anything like that?"), ("patient", answer))
    assert "ibuprofen" not in got and "naproxen" not in got
    assert got.get("acetaminophen") == "active"


def test_a_no_list_of_two_drugs_said_back():
    got = _meds(
        ("clinician", "Singulair can help, but I'd rather not start there."),
        ("other", "Okay, no Singulair no Flovent for now."),
    )
    assert got == {}


@pytest.mark.parametrize(
    "said",
    [
        "Lots of people ask about pregabalin or gabapentin, but they make you drowsy, so I'm not going to start that.",
        "So Singulair can help, but it has a warning about mood changes, so I'd rather not start there.",
        "Option one is to add a second kind of diuretic, metolazone, which is very strong, but it needs labs every"
        " couple of days. I don't think we need that yet.",
        "I'm not gonna push Ozempic, I think the insulin is the better choice.",
        "Okay, so that takes Bactrim off the table. We're not gonna use that on you.",
        "Your blood type came back O positive, so you don't need the Rhogam shot.",
        "Another option would be adding a different pill, amlodipine, but it can make the ankles swell.",
    ],
)
def test_a_drug_the_clinician_sets_aside_is_not_started(said):
    got = _meds(("clinician", said))
    assert not set(got) & {
        "pregabalin",
        "gabapentin",
        "montelukast",
        "metolazone",
        "semaglutide",
        "trimethoprim/sulfamethoxazole",
        "rho(d) immune globulin",
        "amlodipine",
    }


def test_the_examples_of_an_open_question_answered_with_another_drug():
    got = _meds(("clinician", "Ibuprofen, Aleve, anything over the counter?"), ("patient", "Tylenol."))
    assert got == {"acetaminophen": "active"}
    # ... but a yes to the examples keeps the one named
    got = _meds(("clinician", "Advil, Aleve, anything like that?"), ("patient", "Yeah, Advil sometimes, and Tylenol."))
    assert got.get("ibuprofen") == "active" and "naproxen" not in got


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        ((("patient", "Not Tylenol, I take the Advil, two at night."),), "ibuprofen"),
        ((("patient", "I take ibuprofen 400 for my back, no Tylenol though."),), "ibuprofen"),
        ((("clinician", "Your lisinopril 10 mg, I'm not going to change that."),), "lisinopril"),
        (
            (("clinician", "I'm going to start atorvastatin 20 mg at night. I'm not going to start anything else."),),
            "atorvastatin",
        ),
        ((("clinician", "Keep taking the amlodipine 5 mg. We're not going to add anything."),), "amlodipine"),
        ((("clinician", "So let's start metformin 500 mg twice a day. I don't want to start insulin."),), "metformin"),
        (
            (
                ("clinician", "Option one is to add amlodipine 5 mg. Option two is to increase the lisinopril."),
                ("patient", "Let's go with option one."),
            ),
            "amlodipine",
        ),
        ((("patient", "No, the metformin, I take it at night, 500."),), "metformin"),
        ((("clinician", "You're on metformin and lisinopril."), ("patient", "That's right.")), "lisinopril"),
    ],
)
def test_drugs_taken_or_chosen_stay(turns, kept):
    assert kept in _meds(*turns)


def test_a_drug_said_as_the_patients_own_is_taken_but_not_if_it_is_a_condition():
    assert _meds(("clinician", "You're on metformin.")) == {"metformin": "active"}
    assert _meds(("clinician", "If you're on warfarin, avoid it."), ("patient", "I'm not.")) == {}


@pytest.mark.parametrize(
    "turns",
    [
        (
            ("other", "He asked in the hospital about switching to Xarelto because his buddy's on it."),
            (
                "clinician",
                "Xarelto is once a day and works fine too, but Eliquis has less bleeding risk. So I'd stay on"
                " the Eliquis.",
            ),
        ),
        (
            (
                "clinician",
                "Armour thyroid is made from pig thyroid, some people like it, but it's harder to dose, so I'd"
                " really recommend the levothyroxine for you.",
            ),
        ),
        (
            ("other", "My sister uses a cream for her knees, the diclofenac."),
            ("clinician", "That's another option, diclofenac gel. We could try it."),
            ("other", "She says no, it burned her sister's skin. She prefers the pill."),
            ("clinician", "That's fine, we'll stick with the Tylenol."),
        ),
    ],
)
def test_an_alternative_passed_over_for_another_drug_is_not_taken(turns):
    got = _meds(*turns)
    assert not set(got) & {"rivaroxaban", "thyroid", "diclofenac"}


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            (
                ("patient", "I take Advil for my back sometimes."),
                ("clinician", "With your kidneys I'd rather you stick with the Tylenol."),
            ),
            "ibuprofen",
        ),
        (
            (("clinician", "Stop the lisinopril, it's causing the cough. We'll stick with the amlodipine 5 mg."),),
            "lisinopril",
        ),
        (
            (
                ("clinician", "We could try Ozempic or Trulicity."),
                ("patient", "Which is better?"),
                ("clinician", "I'd go with the Ozempic, 0.25 mg weekly."),
            ),
            "semaglutide",
        ),
        (
            (
                ("patient", "I've been on Nexium for years."),
                ("clinician", "Okay, let's stay on the Nexium then, and add Tums when needed."),
            ),
            "esomeprazole",
        ),
    ],
)
def test_a_drug_taken_or_the_one_chosen_stays(turns, kept):
    assert kept in _meds(*turns)


@pytest.mark.parametrize(
    ("turns", "drug", "status"),
    [
        # a "no" that says the drug was stopped, or is unchanged, keeps it
        (
            (
                ("clinician", "Are you still taking the lisinopril?"),
                ("patient", "No lisinopril anymore, Dr Shah stopped it in March."),
            ),
            "lisinopril",
            "stopped",
        ),
        (
            (("clinician", "And the sertraline?"), ("patient", "Not sertraline anymore. I stopped it myself.")),
            "sertraline",
            "stopped",
        ),
        (
            (
                ("clinician", "Any changes to the metoprolol?"),
                ("patient", "No metoprolol, no changes, still 25 twice a day."),
            ),
            "metoprolol",
            "active",
        ),
        (
            (("clinician", "So no change to the amlodipine?"), ("patient", "No amlodipine, still five milligrams.")),
            "amlodipine",
            "active",
        ),
        ((("clinician", "you on aspirin"), ("patient", "no aspirin no i take it every day")), "aspirin", "active"),
        # a limit on a drug started is no start set aside
        (
            (("clinician", "Take ibuprofen 400 as needed with food. I don't think you need it every day though."),),
            "ibuprofen",
            "started",
        ),
        (
            (("clinician", "Let's start sertraline 25. I don't want to push it too high too fast."),),
            "sertraline",
            "started",
        ),
        (
            (("clinician", "We'll start amlodipine 5 milligrams. I'm not going to start it any higher than that."),),
            "amlodipine",
            "started",
        ),
        (
            (("clinician", "Continue the lisinopril 10 daily. I don't think you need it changed today."),),
            "lisinopril",
            "active",
        ),
        (
            (
                (
                    "clinician",
                    "Option one is to add a second kind of diuretic, metolazone. Option two is to increase the"
                    " furosemide.",
                ),
                ("patient", "Option one."),
                ("clinician", "Okay, metolazone 2.5 three times a week."),
            ),
            "metolazone",
            "started",
        ),
    ],
)
def test_review_cases_a_no_or_a_limit_that_keeps_the_drug(turns, drug, status):
    assert _meds(*turns).get(drug) == status


def test_an_option_list_never_takes_the_drug_the_patient_is_on():
    got = _meds(
        (
            "clinician",
            "There are two options. Option one is to add amlodipine, option two is to increase the lisinopril.",
        ),
        ("patient", "I'd rather take the amlodipine."),
        ("clinician", "Okay, amlodipine five milligrams daily then."),
    )
    assert "lisinopril" in got and "amlodipine" in got


def test_an_open_question_whose_example_is_asked_about_again_keeps_it():
    got = _meds(
        ("clinician", "Ibuprofen, Aleve, anything over the counter?"),
        ("patient", "Tylenol."),
        ("clinician", "And how often do you take the ibuprofen?"),
        ("patient", "Couple times a week."),
    )
    assert "ibuprofen" in got and "naproxen" not in got


def test_you_are_on_in_a_condition_is_no_drug_taken():
    assert _meds(("clinician", "After you're on the insulin for a week, send me your sugars.")) == {}
    assert _meds(("other", "I'm on metformin myself.")) == {}


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        # the second review round: a drug listed, confirmed or started beside the one kept is no alternative
        (
            (
                ("clinician", "What are you taking?"),
                ("patient", "Metformin and atorvastatin."),
                ("clinician", "Okay, we'll keep you on the metformin, and I'd like to check your cholesterol."),
            ),
            "atorvastatin",
        ),
        (
            (
                ("clinician", "Still taking everything?"),
                ("patient", "Yes, the Eliquis, the metoprolol, and the Lasix."),
                ("clinician", "Good. We'll stick with the Lasix at the same dose."),
            ),
            "apixaban",
        ),
        (
            (("clinician", "Let's start atorvastatin for the cholesterol. And we'll keep you on the lisinopril."),),
            "atorvastatin",
        ),
        (
            (
                (
                    "clinician",
                    "I'll prescribe naproxen for the swelling, and we'll stick with the Tylenol for the pain.",
                ),
            ),
            "naproxen",
        ),
        (
            (
                ("clinician", "Glucophage and Zestril?"),
                ("patient", "Yes, both."),
                ("clinician", "Fine, I'd stay on the Zestril."),
            ),
            "metformin",
        ),
        (
            (
                ("clinician", "Another option would be adding amlodipine."),
                ("patient", "I'd rather do that than more lisinopril."),
                ("clinician", "Okay, amlodipine it is."),
            ),
            "amlodipine",
        ),
    ],
)
def test_review_cases_a_drug_beside_the_one_kept_stays(turns, kept):
    assert kept in _meds(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        (
            ("clinician", "We tried Trulicity, which is in the same family."),
            (
                "patient",
                "Yeah, years ago the Trulicity made me throw up every day for a month, I'm not doing that again.",
            ),
        ),
        (("clinician", "You tried sertraline before, right?"), ("patient", "Yes, it didn't help.")),
        (
            ("clinician", "So we have a couple options. One is a weekly shot like Ozempic, it can bring the A1c down."),
            ("clinician", "I'm not gonna push Ozempic, I think the insulin is the better choice."),
        ),
    ],
)
def test_a_drug_tried_once_or_weighed_is_not_on_todays_list(turns):
    assert not set(_meds(*turns)) & {"dulaglutide", "sertraline", "semaglutide"}


def test_a_drug_tried_and_taken_now_stays():
    assert _meds(("patient", "I tried metformin, it made me sick at first but now I'm fine with it.")) == {
        "metformin": "active"
    }
    assert "semaglutide" in _meds(
        ("clinician", "We tried Ozempic."), ("patient", "It made me sick, but I went back on it, 0.5 now.")
    )


@pytest.mark.parametrize(
    "turns",
    [
        (("clinician", "Some doctors would use prednisone for this but I don't think it's needed."),),
        (
            ("patient", "I was reading about Ozempic online, is that something I could try?"),
            ("clinician", "Not with your history of pancreatitis, I'm afraid."),
        ),
        (("clinician", "I'm not prescribing Xanax, it's habit forming."), ("patient", "Okay.")),
        (("clinician", "The steroid cream is stronger than hydrocortisone. It's called triamcinolone."),),
        (("clinician", "We need to bring it near seven, otherwise we will have to think about insulin."),),
    ],
)
def test_a_drug_refused_or_only_compared_is_not_taken(turns):
    assert not set(_meds(*turns)) & {"prednisone", "semaglutide", "alprazolam", "hydrocortisone", "insulin"}


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            (("patient", "I take metformin. Can I take ibuprofen with it?"), ("clinician", "No, better Tylenol.")),
            "metformin",
        ),
        ((("clinician", "I'm not starting you on anything new, keep the lisinopril 10 mg."),), "lisinopril"),
        ((("clinician", "Keep taking the metformin, otherwise your sugars go up."),), "metformin"),
        (
            (("clinician", "Take the amoxicillin 500 three times a day, or else the infection could spread."),),
            "amoxicillin",
        ),
    ],
)
def test_a_drug_beside_a_refusal_or_a_warning_stays(turns, kept):
    assert kept in _meds(*turns)


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        # the third review round: a drug tried and taken since, asked about while taken, or kept beside a "not needed"
        (
            (("clinician", "You tried sertraline before, right?"), ("patient", "Yes, and I'm still on it, 50 mg.")),
            "sertraline",
        ),
        ((("patient", "I tried omeprazole and it didn't help so I doubled it to 40 mg twice a day."),), "omeprazole"),
        (
            (
                ("clinician", "We tried Trulicity."),
                ("patient", "It made me throw up the first few weeks. It's fine now though."),
            ),
            "dulaglutide",
        ),
        (
            (
                ("patient", "I'm on atorvastatin 40. Could I switch to taking it in the morning?"),
                ("clinician", "I don't think that's a problem."),
            ),
            "atorvastatin",
        ),
        (
            (
                ("patient", "I've been taking omeprazole 20 every morning. Is it something I should stop?"),
                ("clinician", "No, keep going."),
            ),
            "omeprazole",
        ),
        (
            (("clinician", "Stay on the amlodipine 5 mg. Increasing it, I don't think that's necessary right now."),),
            "amlodipine",
        ),
        ((("clinician", "Otherwise carry on with the amlodipine 5 mg daily."),), "amlodipine"),
        (
            (
                (
                    "patient",
                    "I tried Zoloft, it didn't help, so my psychiatrist added Wellbutrin 150 to it and I take"
                    " them both.",
                ),
            ),
            "sertraline",
        ),
        ((("patient", "Otherwise I'm on lisinopril 10 mg and metformin 500 twice a day."),), "lisinopril"),
        (
            (
                (
                    "clinician",
                    "I'll give you tramadol 50 mg, it's stronger than the co-codamol, so don't take them together.",
                ),
            ),
            "acetaminophen/codeine",
        ),
    ],
)
def test_review_cases_a_drug_taken_since_or_beside_a_refusal_stays(turns, kept):
    assert kept in _meds(*turns)


def test_a_yes_and_one_more_confirms_the_drugs_asked():
    got = _meds(("clinician", "Do you take metformin and lisinopril?"), ("patient", "Yes, and aspirin."))
    assert got == {"metformin": "active", "lisinopril": "active", "aspirin": "active"}
    # ... but naming one of the drugs asked confirms that one only
    assert _meds(("clinician", "Advil, Tylenol?"), ("patient", "Yeah, Advil sometimes.")) == {"ibuprofen": "active"}


def test_you_are_on_some_insulin_is_the_patients_drug():
    got = _meds(
        ("clinician", "I know that you're a diabetic and you are on some insulin. Have your sugars been okay?"),
        ("patient", "Yeah, they have."),
    )
    assert got == {"insulin": "active"}
