"""A parent named bare by the patient ("Daddy died of a heart attack") owns the condition, and a risk told as
what a drug or an injury "can give" / "can also develop" is no diagnosis."""

from fact_readers import facts, problems

from engine.types import FactKind


def _history(fs):
    return {f.label() for f in fs if f.kind == FactKind.history}


def test_bare_parent_condition_is_not_the_patients():
    assert "myocardial infarction" not in problems(facts("Family history?", "Daddy died of a heart attack."))
    assert "osteoporosis" not in problems(facts("Anyone?", "Me mam's got that thin bones, though, osteoporosis."))
    assert "cerebral infarction" not in problems(facts("Family?", "Yep. Mama had a stroke."))
    assert "uterine fibroids" not in problems(facts("Family?", "mommy had fibroids and had a hysterectomy"))


def test_bare_parent_operation_is_not_the_patients():
    fs = facts("Family?", "dad had both knees replaced for arthritis")
    assert not any("knee replacement" in h for h in _history(fs))


def test_patients_own_condition_after_a_parent_stays():
    # the patient's own words after the parent's: "I" breaks the parent's clause
    assert "hypertension" in problems(facts("Any history?", "Dad had diabetes, and I have high blood pressure."))


def test_a_drugs_risk_is_no_diagnosis():
    fs = facts("Keep the area clean because it can give thrush.", "Okay.")
    assert "candidiasis" not in problems(fs)
    fs = facts("You can also develop arthritis in that foot if you don't wear the boot.", "Okay.")
    assert "osteoarthritis" not in problems(fs)


def test_a_told_diagnosis_stays():
    assert "candidiasis" in problems(facts("That's thrush, a yeast infection.", "Okay."))
