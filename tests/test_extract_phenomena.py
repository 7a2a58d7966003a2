"""The ways medications, allergies, vitals and follow-up are said in real visits (issue 13's list).

Each case is one exchange as written dialogue and the fact a clinician would write from it.
"""

import pytest

from engine.clinical.extract import extract
from engine.evaluation import text_transcript
from engine.types import FactKind


def facts(*lines):
    turns = [("clinician" if i % 2 == 0 else "patient", t) for i, t in enumerate(lines)]
    return extract(text_transcript(turns))


def meds(fs):
    return {f.name: f.attributes for f in fs if f.kind == FactKind.medication}


@pytest.mark.parametrize(
    "lines, name, dose, status",
    [
        (("Let's increase the lisinopril to 20 milligrams daily.", "Okay."), "lisinopril", "20 mg", "changed"),
        (("Please stop the metformin for now.", "Okay."), "metformin", "", "stopped"),
        (("What do you take?", "Ozempic once a week."), "semaglutide", "", "active"),
        (("What inhalers?", "Spiriva every morning."), "tiotropium", "", "active"),
        (("For pain?", "Tylenol 500 milligrams when I need it."), "acetaminophen", "500 mg", "active"),
        (("Use albuterol, 2 puffs every 4 hours as needed.", "Okay."), "albuterol", "2 puffs", "started"),
        (("Continue levothyroxine 50 micrograms every morning.", "Yes."), "levothyroxine", "50 mcg", "active"),
        (("I'll give you tramadol.", "Okay."), "tramadol", "", "started"),
    ],
)
def test_medication_name_dose_status(lines, name, dose, status):
    got = meds(facts(*lines))
    assert name in got, got
    assert got[name].get("dose", "") == dose and got[name]["status"] == status, got[name]


def test_liquid_dose_keeps_strength_and_amount():
    got = meds(facts("I'm prescribing amoxicillin 400 milligrams per 5 milliliters, 8 milliliters twice a day.", "Ok."))
    a = got["amoxicillin"]
    assert a["dose"] == "8 mL" and a["strength"] == "400 mg/5 mL" and a["frequency"] == "twice daily"


def test_loading_dose_then_daily_is_a_regimen():
    got = meds(facts("Take azithromycin 500 milligrams today then 250 milligrams daily for four days.", "Okay."))
    a = got["azithromycin"]
    assert a["dose"] == "500 mg" and a["regimen"] == "500 mg first, then 250 mg for 4 days"


def test_drug_classes_are_not_medications():
    assert not meds(facts("You can take NSAIDs, and we may need antibiotics.", "Okay."))


@pytest.mark.parametrize(
    "lines, substance, reaction",
    [
        (("Any allergies?", "I'm allergic to latex."), "latex", ""),
        (("Any allergies?", "Codeine makes me throw up."), "codeine", "vomiting"),
        (("Allergies to medicines?", "Penicillin gives me hives."), "penicillin", "hives"),
        (("Any allergies?", "Sulfa drugs, I break out in a rash."), "sulfonamide antibiotics", "rash"),
    ],
)
def test_allergies_with_reactions(lines, substance, reaction):
    got = {f.name: f.attributes.get("reaction", "") for f in facts(*lines) if f.kind == FactKind.allergy}
    assert got.get(substance) == reaction, got


def test_each_allergy_keeps_its_own_reaction():
    got = {
        f.name: f.attributes.get("reaction", "")
        for f in facts("Any allergies?", "I'm allergic to latex, and codeine makes me throw up.")
        if f.kind == FactKind.allergy
    }
    assert got == {"latex": "", "codeine": "vomiting"}


def test_no_drug_allergies():
    fs = facts("Any drug allergies?", "No drug allergies.")
    assert [f.name for f in fs if f.kind == FactKind.allergy and f.negated] == ["no known drug allergies"]


@pytest.mark.parametrize(
    "line, name, value",
    [
        ("Your weight today is 182 pounds.", "weight", "182"),
        ("Blood pressure is 128 over 78.", "blood pressure", "128/78"),
        ("Blood pressure 1 .28 over 78.", "blood pressure", "128/78"),  # how Whisper wrote it
        ("Temperature is 98.6.", "temperature", "98.6"),
    ],
)
def test_vitals_as_said(line, name, value):
    got = {f.name: f.attributes["value"] for f in facts(line, "Okay.") if f.kind == FactKind.vital}
    assert got.get(name) == value, got


@pytest.mark.parametrize(
    "line, interval",
    [
        ("I'd like to see you back in three months.", "3 months"),
        ("Let's follow up in 2 weeks.", "2 weeks"),
        ("I want to see you again in about one to two weeks.", "1-2 weeks"),
        ("Come back and see me in six weeks.", "6 weeks"),
        ("Follow up with me as needed.", "as needed"),
    ],
)
def test_follow_up_said_several_ways(line, interval):
    got = [f.attributes["interval"] for f in facts(line, "Okay.") if f.kind == FactKind.follow_up]
    assert got == [interval]


def test_referral_and_imaging_are_orders():
    fs = facts("I'm going to refer you to cardiology and get an echocardiogram.", "Okay.")
    assert {f.name for f in fs if f.kind == FactKind.order} == {"referral to cardiology", "echocardiogram"}
