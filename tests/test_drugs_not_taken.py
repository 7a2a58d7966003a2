"""Drugs said in a visit that this patient does not take: considered for later, offered as options, warned
against, taken by a relative, reacted to (an allergy), measured as a level, or asked about and denied.
None of them may reach the note as this patient's medication: a drug the patient never took, shown as
certain, is the most dangerous thing a scribe can write (sentences written for these tests)."""

import pytest
from fact_readers import facts

from engine.name_matching import same_drug
from engine.types import FactKind

C, P, OTHER = "clinician", "patient", "other"


def taken(turns) -> list[str]:
    """The medications shown as this patient's (not negated)."""
    fs = facts(*turns)
    return [f.name for f in fs if f.kind == FactKind.medication and not f.negated]


CASES = [
    # considered for later
    ([(C, "If your sugars stay this high, we may need to add insulin down the road.")], "insulin"),
    ([(C, "we could think about a steroid cream if it spreads but for now just moisturize")], "hydrocortisone"),
    ([(C, "Down the line, if the pressure doesn't come down, amlodipine would be the next step.")], "amlodipine"),
    ([(C, "eventually we might talk about something like donepezil but not today")], "donepezil"),
    # options named, another chosen
    (
        [(C, "Options would be hydrochlorothiazide or amlodipine, but I'd rather stick with the lisinopril.")],
        "hydrochlorothiazide",
    ),
    # warned against
    ([(C, "With your kidneys, please avoid ibuprofen, Advil, Aleve, all of those.")], "ibuprofen"),
    ([(C, "don't take it with any nsaids like naproxen okay")], "naproxen"),
    # asked about and denied
    ([(C, "Are you taking any folic acid?"), (P, "No, not yet.")], "folic acid"),
    ([(C, "have you ever been on metformin"), (P, "no never")], "metformin"),
    ([(C, "Any blood thinners, like Eliquis or warfarin?"), (P, "No, none of those.")], "apixaban"),
    ([(C, "Do you use any inhalers?"), (P, "Nope.")], "albuterol"),
    ([(P, "I'm not taking anything for it, not even Tylenol.")], "acetaminophen"),
    # a relative's drug
    ([(P, "My mom was on estrogen for years after her hysterectomy.")], "estrogen"),
    ([(P, "My husband takes Eliquis for his heart.")], "apixaban"),
    ([(OTHER, "i'm his wife, i take the metformin, he doesn't"), (C, "got it")], "metformin"),
    # an allergy, not a medication
    ([(P, "I broke out in hives from the contrast dye at my last CT.")], "iodinated contrast"),
    ([(C, "Any allergies?"), (P, "Penicillin, I get a rash.")], "penicillin"),
    # a level or a test, not a dose
    ([(C, "Your vitamin D level came back at 18, which is low.")], "vitamin d"),
    ([(C, "your b12 was normal at 450")], "cyanocobalamin"),
    # never started
    ([(P, "The Ozempic wasn't covered, so I never started it.")], "semaglutide"),
    ([(P, "They gave me a prescription for gabapentin but I never filled it.")], "gabapentin"),
    ([(P, "The pharmacist suggested melatonin, but I haven't tried it.")], "melatonin"),
    # a start put off
    (
        [
            (C, "Last time we talked about starting a statin and you wanted to wait."),
            (P, "Yeah, I'd still rather wait."),
        ],
        "atorvastatin",
    ),
    ([(C, "I'd like to hold off on the prednisone for now and see how you do.")], "prednisone"),
    ([(C, "antibiotics won't help a virus so no amoxicillin this time")], "amoxicillin"),
    ([(C, "Tamiflu only helps in the first two days, so it won't do much for you now.")], "oseltamivir"),
    # an option named and set aside
    (
        [
            (
                C,
                "Propranolol is one choice, but with your asthma I'd rather not. Let's try topiramate, 25 mg.",
            )
        ],
        "propranolol",
    ),
    # names asked as a list after a question, answered no
    ([(C, "Anything over the counter? Advil, Motrin, Aleve?"), (P, "No.")], "ibuprofen"),
    ([(C, "Anything over the counter? Advil, Tylenol?"), (P, "Yeah, Advil sometimes.")], "acetaminophen"),
    # a drug introduced by name while explaining what exists, not started
    (
        [
            (
                C,
                "There is a medicine called clonazepam that doctors sometimes use for this, but it can cause "
                "falls at your age, so I'd rather not start it.",
            )
        ],
        "clonazepam",
    ),
    ([(C, "there's also a medicine called entacapone we could add down the road but not yet")], "entacapone"),
    ([(C, "There's a drug named varenicline, Chantix, if the patches aren't enough.")], "varenicline"),
    # a blood test the drug dictionary also lists as a substance
    ([(C, "Today I'm ordering a sedimentation rate and C-reactive protein.")], "c-reactive protein"),
    ([(C, "your PSA came back normal, the prostate specific antigen")], "prostate-specific antigen"),
    # a conditional plan said with "we'd" or "we could", the drug before or after the cue
    ([(C, "if your cholesterol is still up in three months we'd talk about adding ezetimibe")], "ezetimibe"),
    ([(C, "If the flare doesn't settle in a fortnight, we'd start mesalamine enemas.")], "mesalamine"),
    ([(C, "Doxycycline is something we could think about if the spots carry on.")], "doxycycline"),
    ([(C, "there's also a cream called metronidazole gel we could add later on")], "metronidazole"),
    ([(C, "Ezetimibe is a second cholesterol pill, but not today.")], "ezetimibe"),
    # examples of what exists, another plan chosen
    (
        [(C, "There are tablets for migraine, such as sumatriptan or rizatriptan, but let's try the diary first.")],
        "rizatriptan",
    ),
    # asked about another doctor's drug and denied
    (
        [(C, "did the cardiologist ever put you on a beta blocker like metoprolol"), (P, "uh no he didn't")],
        "metoprolol",
    ),
]


@pytest.mark.parametrize(("turns", "drug"), CASES, ids=[f"{i}-{d}" for i, (_, d) in enumerate(CASES)])
def test_a_drug_the_patient_does_not_take_is_not_their_medication(turns, drug):
    got = taken(turns)
    assert not any(same_drug(drug, g) for g in got), got


def test_the_drug_chosen_among_options_is_kept():
    got = taken(
        [(P, "I take lisinopril 10 mg."), (C, "Options would be amlodipine, but let's stick with the lisinopril.")]
    )
    assert any(same_drug("lisinopril", g) for g in got) and not any(same_drug("amlodipine", g) for g in got)


KEPT = [
    ([(C, "Take the metformin with food, but don't take it with alcohol.")], "metformin"),
    ([(C, "Let's start amlodipine 5 mg now; down the road we may go up to 10.")], "amlodipine"),
    ([(C, "We may need to add insulin down the road. For now, let's start glipizide 5 mg.")], "glipizide"),
    ([(C, "Avoid ibuprofen with your kidneys, take Tylenol instead.")], "acetaminophen"),
    ([(OTHER, "I give her the amoxicillin twice a day, the pink one.")], "amoxicillin"),
    ([(P, "The pharmacist suggested melatonin and I've been taking it every night.")], "melatonin"),
    ([(P, "I'm on the lisinopril 10 but I haven't started the new dose yet.")], "lisinopril"),
    ([(P, "I take lisinopril 10."), (C, "Let's hold off on increasing the lisinopril for now.")], "lisinopril"),
    ([(C, "Try to avoid taking the ibuprofen on an empty stomach.")], "ibuprofen"),
    (
        [(C, "Propranolol is one choice, but with your asthma I'd rather not. Let's try topiramate 25 mg.")],
        "topiramate",
    ),
    (
        [(C, "Anything over the counter? Advil, Tylenol?"), (P, "Just the Tylenol, a couple times a week.")],
        "acetaminophen",
    ),
    ([(C, "Anything over the counter? Advil, Tylenol?"), (P, "Yeah, Advil sometimes.")], "ibuprofen"),
    # a later option beside drugs taken in the same unpunctuated plan
    (
        [(C, "if it's not better we'd start budesonide for your second problem the depression continue the zoloft")],
        "sertraline",
    ),
    ([(C, "we could add ezetimibe later but today we'll start atorvastatin forty milligrams")], "atorvastatin"),
    # named with "a medicine called" but started, or taken
    ([(C, "I'm going to start you on a medicine called sertraline, 50 milligrams a day.")], "sertraline"),
    ([(P, "I take a medicine called lisinopril, ten milligrams.")], "lisinopril"),
    ([(C, "There's a medicine called metformin that you'll take twice a day, 500 milligrams.")], "metformin"),
]


@pytest.mark.parametrize(("turns", "drug"), KEPT, ids=[f"{i}-{d}" for i, (_, d) in enumerate(KEPT)])
def test_a_drug_the_patient_takes_is_kept_beside_a_warning_or_a_later_plan(turns, drug):
    got = taken(turns)
    assert any(same_drug(drug, g) for g in got), got
