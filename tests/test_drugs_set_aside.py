"""A drug the clinician names and sets aside ("rather than gabapentin", "I'd rather you didn't take it", "we
decided against it") is not the patient's medication; the same words about a drug the patient takes make a
switch, and "I'd rather you didn't stop it" keeps it."""

from engine.clinical.extract import extract
from engine.evaluation import text_transcript


def _meds(*turns):
    lines = [["clinician" if who == "C" else "patient", text] for who, text in turns]
    return {f.name: f.attributes.get("status") for f in extract(text_transcript(lines)) if f.kind.value == "medication"}


def test_option_set_aside_by_the_clinician_is_not_charted():
    assert "meloxicam" not in _meds(("C", "There's meloxicam, but I'd rather you didn't take it with your kidneys."))
    assert "amiodarone" not in _meds(("C", "The cardiologist wanted to start amiodarone but we decided against it."))


def test_rather_than_a_drug_never_taken_is_not_charted():
    meds = _meds(("C", "Rather than gabapentin, let's try duloxetine 30 mg daily."), ("P", "Okay."))
    assert "gabapentin" not in meds and meds["duloxetine"] == "started"


def test_rather_than_a_drug_taken_is_a_switch():
    meds = _meds(
        ("P", "I take gabapentin 300 mg at night."),
        ("C", "Rather than the gabapentin, let's try duloxetine 30 mg daily."),
    )
    assert meds == {"gabapentin": "stopped", "duloxetine": "started"}


def test_rather_you_did_not_stop_keeps_the_drug():
    meds = _meds(("C", "Keep taking the metformin 500 mg twice a day, I'd rather you didn't stop it."))
    assert meds["metformin"] == "active"


def test_local_anaesthetic_for_a_procedure_is_not_a_medication():
    assert "lidocaine" not in _meds(("C", "I will inject some lidocaine and then take the sample."))
    assert "procaine" not in _meds(("C", "Did the dentist use Novocaine?"), ("P", "Yes, and I felt my heart race."))
    # a patch is something the patient goes home with
    assert _meds(("C", "We'll use lidocaine patches for the back, 5%, 12 hours on."))["lidocaine"] == "started"


def test_a_kind_of_treatment_explained_is_not_taken():
    assert "estrogen" not in _meds(("C", "Estrogen therapy carries a small risk of clots."), ("P", "Okay."))
    assert "estrogen" not in _meds(("C", "The combined pill has estrogen and progestin."), ("P", "Okay."))
    # ... but what the patient's own pill holds is what she takes
    meds = _meds(("C", "Your pill has ethinyl estradiol and levonorgestrel, one a day."), ("P", "Yes."))
    assert "levonorgestrel" in meds


def test_a_drug_given_for_a_complaint_in_the_plan_is_started():
    history = [("C", "How are the feet?"), ("P", "Burning at night."), ("C", "Any other problem?"), ("P", "No.")]
    plan = ("C", "okay and for the burning feet pregabalin seventy five one at night it may give little drowsiness")
    assert _meds(*history, plan)["pregabalin"] == "started"
    # ... not a drug the patient named, nor one said to be theirs
    taken = [("P", "I take pregabalin 75 at night."), *history[1:]]
    assert _meds(*taken, plan)["pregabalin"] == "active"


def test_a_drug_given_up_in_everyday_words_is_stopped():
    asked = ("C", "Anything for the flushes?")
    for said in (
        "I tried some black cohosh from the health shop, didn't do a thing, so I packed it in a few weeks ago.",
        "I had black cohosh but I gave it up last month.",
        "I was on black cohosh, but I binned it.",
        "I was on black cohosh but I weaned myself off.",
        "Black cohosh, but I haven't touched it in months.",
    ):
        assert _meds(asked, ("P", said)) == {"black cohosh": "stopped"}, said
    # a stop denied is no stop
    assert _meds(("P", "I take naproxen 500 mg twice a day and I never stopped it."))["naproxen"] != "stopped"


def test_you_can_give_a_child_a_drug_is_a_start_and_your_own_drug_is_not():
    assert _meds(("C", "You can give him Calpol, 5 ml four times a day."))["acetaminophen"] == "started"
    assert _meds(("C", "You can take your metformin with food."), ("P", "Okay."))["metformin"] == "active"


def test_the_patients_run_on_list_of_what_they_take_keeps_every_drug():
    asked = ("C", "what are they and did they work at all")
    said = ("P", "yeah i've done some ibuprofen or aleve sometimes some tylenol and that does help")
    assert set(_meds(asked, said)) == {"ibuprofen", "naproxen", "acetaminophen"}
    for denied in (
        "i don't take ibuprofen or aleve, they hurt my stomach",
        "they told me to avoid ibuprofen or aleve sometimes even tylenol",
        "my wife takes ibuprofen or aleve",
        "nothing really, not ibuprofen or aleve or even tylenol",
    ):
        assert not _meds(("C", "any pain meds"), ("P", denied)), denied


def test_was_on_a_drug_before_is_stopped_unless_still_taken():
    asked = ("C", "what medicines are you on")
    assert _meds(asked, ("P", "I was on lisinopril previously.")) == {"lisinopril": "stopped"}
    said = "yes i was also on lisinopril before but with the adjustments yeah those are the ones i'm on"
    assert _meds(asked, ("P", said)) == {"lisinopril": "stopped"}
    assert _meds(asked, ("P", "I was on lisinopril before, and I still am."))["lisinopril"] != "stopped"


def test_a_drug_name_heard_as_words_ending_in_a_class_word_stays_uncertain():
    lines = [["clinician", "what medications do you take"], ["patient", "some of the statin, 40 milligrams at night"]]
    (fact,) = [f for f in extract(text_transcript(lines)) if f.kind.value == "medication"]
    assert fact.attributes["certainty"] == "uncertain" and "simvastatin" in fact.attributes["candidates"]
    # the class word alone is no drug
    assert not _meds(("C", "what medications do you take"), ("P", "I take the statin 40 at night"))


def test_options_explained_are_not_taken():
    said = "There are non-hormonal options too, like venlafaxine or paroxetine, or gabapentin at night."
    assert not _meds(("C", said), ("P", "I'd rather not take an antidepressant."))
    assert not _meds(("C", "Paroxetine at a low dose is approved for hot flashes."), ("P", "Hmm."))
    # ... but a drug said to be safe and kept is taken
    said = "Metformin is safe with your kidneys, so keep taking it, 500 twice a day."
    assert _meds(("C", said), ("P", "Okay."))["metformin"] == "active"


def test_a_drug_read_back_with_what_it_is_for_stays_active():
    history = [("C", "How are the feet?"), ("P", "Burning at night."), ("C", "Any other problem?"), ("P", "No.")]
    read_back = ("C", "Keep it. Omeprazole, twenty milligrams, once a day, for the reflux.")
    assert _meds(*history, read_back)["omeprazole"] == "active"


def test_menopause_options_weighed_are_not_taken():
    said = (
        "the most effective one is hormone therapy estrogen like a patch and because you still have your uterus "
        "you'd need progesterone with it we could try that but with your mom's breast cancer i'd want to talk"
    )
    assert not _meds(("C", said), ("P", "yeah that's what scares me about hormones"))
    said = "there's non hormone options there's an antidepressant in a low dose like venlafaxine or paroxetine"
    assert not _meds(("C", said), ("P", "hmm"))
    said = "There's gabapentin at bedtime which can help the night sweats, but it can make you groggy."
    assert not _meds(("C", said), ("P", "Hmm."))
    # ... a choice made is a start, and a drug kept is kept
    said = "The best option is lisinopril 10 mg once a day, let's start that today."
    assert _meds(("C", said), ("P", "Okay."))["lisinopril"] == "started"
    said = "Keep taking the gabapentin at bedtime which can help the night sweats."
    assert _meds(("C", said), ("P", "Okay."))["gabapentin"] == "active"
    said = "You'd need to keep taking the metformin 500 twice a day."
    assert _meds(("C", said), ("P", "Okay."))["metformin"] == "active"


def test_drugs_asked_together_and_answered_by_one_name_keep_only_that_one():
    asked = ("C", "Anything over the counter? Aleve, Advil, anything for the joints?")
    assert _meds(asked, ("P", "I used to take Aleve for my back.")) == {"naproxen": "stopped"}
    both = _meds(asked, ("P", "I take Advil most days and sometimes Aleve."))
    assert set(both) == {"naproxen", "ibuprofen"}
