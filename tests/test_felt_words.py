"""Words for what the body feels that the lay lists lacked, and a low mood denied in the patient's words."""

from fact_readers import facts, symptoms


def test_a_flutter_felt_is_palpitations():
    assert symptoms(facts("Anything else?", "Now and then I get a little flutter in my chest.")) == {
        "palpitations": "present"
    }


def test_the_arrhythmia_named_flutter_is_no_symptom():
    got = symptoms(facts(("clinician", "The ECG shows atrial flutter, so we'll talk about a blood thinner."), "Okay."))
    assert "palpitations" not in got


def test_trembly_is_shakiness():
    assert symptoms(facts("When your sugar drops?", "I go all trembly and clammy.")).get("shakiness") == "present"


def test_sores_in_the_mouth_asked_and_denied():
    assert symptoms(facts("Any ulcers in your mouth?", "No.")) == {"mouth sores": "absent"}


def test_leaking_of_urine():
    got = symptoms(facts("Anything with the bladder?", "A bit of leaking of urine when I run."))
    assert got.get("urinary incontinence") == "present"


def test_not_sad_denies_low_mood():
    assert symptoms(facts("How's your mood?", "It's fine. I'm not sad at all.")).get("depressed mood") == "absent"
