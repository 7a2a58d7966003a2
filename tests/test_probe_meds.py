"""Probe 15: how clinicians start, stop, change and keep a drug without the obvious verb, and doses said apart.

Sentences written for these tests, several ways each: starts said as putting or popping someone on a drug, a
script or prescription done for it, getting them a course of it; stops said with everyday verbs right before
the drug ("leave off", "drop", "ditch", "give up"); a new strength said before the drug ("go up to 50 on the
metoprolol", "come down to 20 on your omeprazole"); the dose said a turn later, after the listener's "Okay." or
"What dose?"; tablets named by their strength in the plural ("The 5s."); a drug asked about by what the patient
uses. Negatives: a start refused ("I won't give you tramadol; use a heat pack instead") and a drug named only
as what another is taken with ("take it with your omeprazole"). A half said after the strength ("Metoprolol 50,
but I only take half a tablet") is half the strength.
"""

import pytest
from fact_readers import facts, heard_facts, meds

ASK = "What medicines are you on at the moment?"

STARTS = [
    (["I'm putting you on lisinopril, 10 mg once a day."], "lisinopril", ("10 mg", "started")),
    (["i'll pop you on some omeprazole 20 mg once a day"], "omeprazole", ("20 mg", "started")),
    (["We'll put her onto amoxicillin, 250 milligrams three times a day."], "amoxicillin", ("250 mg", "started")),
    (["Here's a script for naproxen 500 mg twice a day."], "naproxen", ("500 mg", "started")),
    (["I've done you a script for ramipril 2.5 milligrams daily."], "ramipril", ("2.5 mg", "started")),
    (["We'll get you some sertraline, fifty milligrams in the morning."], "sertraline", ("50 mg", "started")),
]


@pytest.mark.parametrize(("turns", "drug", "expected"), STARTS)
def test_started_without_start(turns, drug, expected):
    got = meds(facts(*turns))
    assert (got[drug].get("dose"), got[drug]["status"]) == expected, got


STOPS = [
    (["You can leave off the simvastatin for now, the muscle aches might be from it."], "simvastatin"),
    (["Let's drop the amlodipine since your ankles are swelling."], "amlodipine"),
    (["We'll ditch the tramadol and see how you go."], "tramadol"),
    (["I want you to give up the ibuprofen completely."], "ibuprofen"),
    ([ASK, "I take codeine for my back.", "You can bin the codeine, it's doing more harm than good."], "codeine"),
]


@pytest.mark.parametrize(("turns", "drug"), STOPS)
def test_stopped_with_everyday_verbs(turns, drug):
    assert meds(facts(*turns))[drug]["status"] == "stopped"


def test_drop_the_dose_is_no_stop():
    # "drop the" stops only the drug right after it; a dose dropped is a change
    got = meds(facts("Let's drop the dose of lisinopril to 10 milligrams."))
    assert got["lisinopril"]["status"] != "stopped", got


CHANGES = [
    ([ASK, "Atorvastatin 20 at night.", "We'll go up to 40 on the atorvastatin."], "atorvastatin", "40 mg"),
    ([ASK, "Metoprolol 25 twice a day.", "Let's go up to 50 on the metoprolol."], "metoprolol", "50 mg"),
    ([ASK, "Omeprazole 40.", "we can come down to 20 on your omeprazole now"], "omeprazole", "20 mg"),
]


@pytest.mark.parametrize(("turns", "drug", "dose"), CHANGES)
def test_new_strength_said_before_the_drug(turns, drug, dose):
    got = meds(facts(*turns))
    assert (got[drug].get("dose"), got[drug]["status"]) == (dose, "changed"), got


APART = [
    (
        ["I'll give you a script for some nitrofurantoin.", "Okay.", "It's 100 milligrams twice a day for five days."],
        "nitrofurantoin",
        ("100 mg", "started"),
    ),
    (
        ["Let's try you on some propranolol.", "What dose?", "Ten milligrams, twice a day."],
        "propranolol",
        ("10 mg", "started"),
    ),
    (
        ["We'll start you on gabapentin.", "How much do I take?", "300 milligrams at night to begin with."],
        "gabapentin",
        ("300 mg", "started"),
    ),
    (["Which blood pressure tablet are you on?", "Ramipril.", "What dose?", "The 5s."], "ramipril", ("5 mg", "active")),
    (
        ["Are you on a statin?", "Yes, atorvastatin.", "What strength?", "The 40s, one a day."],
        "atorvastatin",
        ("40 mg", "active"),
    ),
    (
        ["What are you using for the pain?", "Ibuprofen.", "How much?", "Two hundred milligrams, twice a day."],
        "ibuprofen",
        ("200 mg", "active"),
    ),
    (["What do you use for your asthma?", "Just the Ventolin."], "albuterol", (None, "active")),
]


@pytest.mark.parametrize(("turns", "drug", "expected"), APART)
def test_dose_or_drug_said_a_turn_away(turns, drug, expected):
    got = meds(facts(*turns))
    assert (got[drug].get("dose"), got[drug]["status"]) == expected, got


def test_heard_dose_after_okay():
    got = meds(
        heard_facts(
            ("clinician", "i'll give you a script for prednisolone"),
            ("patient", "okay"),
            ("clinician", "its forty milligrams once a day for five days"),
        )
    )
    assert (got["prednisolone"].get("dose"), got["prednisolone"]["status"]) == ("40 mg", "started"), got


def test_a_question_between_still_breaks_a_far_dose():
    # the patient's own question about something else is no aside: the dose after it is not the drug's
    got = meds(
        facts("I'll give you a script for nitrofurantoin.", "Is that safe with my other tablets?", "It's 100 mg.")
    )
    assert got["nitrofurantoin"].get("dose") is None, got


NOT_STARTED = [
    (["I'm not going to prescribe amoxicillin, try rest and fluids first."], "amoxicillin"),
    (["I won't give you tramadol; use a heat pack instead."], "tramadol"),
    (["We won't start metformin today; let's try diet first."], "metformin"),
    (["I don't want to start allopurinol yet, try cutting down on the beer."], "allopurinol"),
]


@pytest.mark.parametrize(("turns", "drug"), NOT_STARTED)
def test_refused_start_is_not_charted(turns, drug):
    assert drug not in meds(facts(*turns))


ALONGSIDE = [
    (["Take the new tablet with the metformin, at breakfast."], "metformin"),
    (["Take it with your omeprazole in the morning."], "omeprazole"),
    (["Take this one after your omeprazole each morning."], "omeprazole"),
]


@pytest.mark.parametrize(("turns", "drug"), ALONGSIDE)
def test_drug_taken_alongside_is_not_started(turns, drug):
    got = meds(facts(*turns))
    assert got.get(drug, {}).get("status") in (None, "active"), got


def test_relative_and_allergy_stay_out():
    assert "warfarin" not in meds(facts("Does anyone in the family take blood thinners?", "My dad's on warfarin."))
    assert "penicillin" not in meds(facts("Any allergies?", "Penicillin, I come out in hives."))


HALVES = [
    ([ASK, "Metoprolol 50, but I only take half a tablet."], "metoprolol", "25 mg"),
    ([ASK, "Amlodipine 10, I cut it in half."], "amlodipine", "5 mg"),
    ([ASK, "Atorvastatin 40 mg, half a tablet at night."], "atorvastatin", "20 mg"),
    ([ASK, "The Lasix 40, I break them in half."], "furosemide", "20 mg"),
]


@pytest.mark.parametrize(("turns", "drug", "dose"), HALVES)
def test_half_said_after_the_strength(turns, drug, dose):
    assert meds(facts(*turns))[drug].get("dose") == dose


def test_half_of_the_next_drug_is_not_this_ones():
    got = meds(facts(ASK, "Atorvastatin 40, and half a tablet of aspirin."))
    assert got["atorvastatin"].get("dose") == "40 mg", got
    got = meds(facts(ASK, "Lisinopril 20, it cut my pressure in half."))
    assert got["lisinopril"].get("dose") == "20 mg", got


# reviewer (session 12): "drop the X" right before a new strength lowers it; it is no stop
LOWERED = [
    (["Let's drop the lisinopril to 10 milligrams."], "lisinopril", ("10 mg", "changed")),
    (["Let's drop the lisinopril down to 10 milligrams."], "lisinopril", ("10 mg", "changed")),
    (["You can bin the codeine down to 15 milligrams."], "codeine", ("15 mg", "changed")),
    (["Cut the metformin down to one a day."], "metformin", (None, "changed")),
]


@pytest.mark.parametrize(("turns", "drug", "expected"), LOWERED)
def test_everyday_stop_verb_with_new_strength_is_a_change(turns, drug, expected):
    got = meds(facts(*turns))
    assert (got[drug].get("dose"), got[drug]["status"]) == expected, got


KEPT = [
    (["Don't give up the metformin."], "metformin"),
    (["Don't leave off the atorvastatin."], "atorvastatin"),
    (["Please do not drop the lisinopril."], "lisinopril"),
]


@pytest.mark.parametrize(("turns", "drug"), KEPT)
def test_everyday_stop_refused_is_kept(turns, drug):
    assert meds(facts(*turns))[drug]["status"] == "active"


HALF_NOT_THE_DOSE = [
    ([ASK, "Warfarin 5, and half a tablet on Mondays."], "warfarin", "5 mg"),
    ([ASK, "Warfarin 5, half a tablet on weekends."], "warfarin", "5 mg"),
    ([ASK, "Warfarin 5, I used to cut it in half, now the whole one."], "warfarin", "5 mg"),
    ([ASK, "Metoprolol 50, I was taking half a tablet before."], "metoprolol", "50 mg"),
    ([ASK, "Warfarin 5 mg, one in the morning and half a tablet at night."], "warfarin", "5 mg"),
]


@pytest.mark.parametrize(("turns", "drug", "dose"), HALF_NOT_THE_DOSE)
def test_half_on_some_days_or_in_the_past_keeps_the_dose(turns, drug, dose):
    assert meds(facts(*turns))[drug].get("dose") == dose
