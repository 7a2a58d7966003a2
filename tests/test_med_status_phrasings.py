"""Medication status and dose phrasings from the thirteenth session (batch 15's dev visits, general forms).

Each case is a class of wording, not one visit: a stop said of "that one" belongs to the drug asked about,
never to the next drug named; a drug as the subject of a plan ("the hydrochlorothiazide stops"); a negated
stop keeps the drug; "stop both" after a list; a form-only sentence between the drug and its dose.
"""

from __future__ import annotations

import pytest

from engine.clinical.extract import extract
from engine.clinical.lexicon import find_drugs
from engine.evaluation import text_transcript


def _meds(*lines: tuple[str, str]) -> dict[str, dict[str, str]]:
    facts = extract(text_transcript([list(line) for line in lines]))
    return {f.name: f.attributes for f in facts if f.kind == "medication"}


def test_the_doctor_stopped_that_one_answers_the_drug_asked_about():
    meds = _meds(
        ("clinician", "And the Plavix, you're still on that or..."),
        ("patient", "No, no, that one the cardiologist stopped last year. Only aspirin is enough, he said."),
    )
    assert meds["clopidogrel"]["status"] == "stopped"
    assert meds.get("aspirin", {}).get("status") != "stopped"


def test_a_stop_said_of_that_one_does_not_carry_to_the_next_drug():
    meds = _meds(("patient", "No, no, that one the cardiologist stopped last year. Only aspirin is enough."))
    assert meds.get("aspirin", {}).get("status") != "stopped"


def test_an_open_or_still_asks():
    meds = _meds(("clinician", "And the Plavix, you're still on that or..."), ("patient", "Yes, every day."))
    assert meds["clopidogrel"]["status"] == "active"


def test_cut_it_to_half_with_the_new_dose_and_not_the_old_time():
    meds = _meds(
        (
            "clinician",
            "The one giving you the lows is the Diamicron, sixty milligram. So during Ramadan we'll cut it to half, "
            "thirty milligram, and you take it at iftar, not in the morning.",
        )
    )
    assert meds["gliclazide"]["status"] == "changed"
    assert meds["gliclazide"]["dose"] == "30 mg"
    assert "morning" not in meds["gliclazide"].get("frequency", "")


@pytest.mark.parametrize(
    "said",
    [
        "So here's my plan: first the hydrochlorothiazide stops, the amlodipine stays.",
        "The hydrochlorothiazide stops. The amlodipine stays.",
        "so first the hydrochlorothiazide stops that's making the pressure drop when you stand the amlodipine stays",
    ],
)
def test_the_drug_as_the_subject_of_the_plan(said):
    meds = _meds(("clinician", said))
    assert meds["hydrochlorothiazide"]["status"] == "stopped"
    assert meds["amlodipine"]["status"] == "active"


def test_a_drug_that_stops_a_symptom_is_not_stopped():
    meds = _meds(("patient", "I take ibuprofen 400 mg. The ibuprofen stops the pain, and it stays in my system."))
    assert meds["ibuprofen"]["status"] != "stopped"


def test_a_negation_said_of_an_earlier_drug_does_not_drop_a_later_one():
    meds = _meds(
        (
            "clinician",
            "i want you to stop the metamizole we dont use it here and stop the nurofen too instead take naproxen "
            "five hundred milligrams twice a day with food and omeprazole twenty milligrams once a day",
        )
    )
    assert meds["ibuprofen"]["status"] == "stopped"
    assert meds["naproxen"]["status"] == "started" and meds["naproxen"]["dose"] == "500 mg"
    assert meds["omeprazole"]["status"] == "started"


def test_nothing_except_one_drug_is_that_drug_taken():
    meds = _meds(("patient", "I don't take anything except aspirin 81 mg."))
    assert meds["aspirin"]["status"] == "active"
    assert not _meds(("patient", "No, I don't take metformin."))


def test_stop_the_other_ones_is_not_the_drug_just_named():
    meds = _meds(
        ("clinician", "Take paracetamol 1000 milligrams four times a day."),
        ("patient", "okay naproxen paracetamol and stop the romanian ones"),
    )
    assert meds["acetaminophen"]["status"] != "stopped"


def test_tabs_are_tablets():
    assert _meds(("other", "just the senna two tabs at bedtime nothing else"))["senna"]["dose"] == "2 tablets"


def test_as_needed_made_regular_is_a_change():
    meds = _meds(
        (
            "clinician",
            "for the pain let's make the tylenol scheduled six fifty milligrams three times a day not as needed",
        )
    )
    assert meds["acetaminophen"]["status"] == "changed"
    assert "as needed" not in meds["acetaminophen"].get("frequency", "")


def test_a_form_only_sentence_between_the_drug_and_its_dose():
    meds = _meds(("clinician", "Yes, Augmentin. The syrup, the four hundred. Eight ml two times a day for seven days."))
    assert meds["amoxicillin-clavulanate"]["dose"] == "8 mL"


def test_stop_both_after_a_list():
    meds = _meds(
        ("clinician", "And the Pyralgin and the Ibuprom, I'd like you to stop both. Those are tension headaches.")
    )
    assert meds["dipyrone"]["status"] == meds["ibuprofen"]["status"] == "stopped"


@pytest.mark.parametrize(
    "said",
    [
        "Do not stop the metformin.",
        "I don't want you to stop the metformin.",
        "Don't stop the metformin, keep taking it.",
    ],
)
def test_a_negated_stop_keeps_the_drug(said):
    assert _meds(("clinician", said))["metformin"]["status"] == "active"


def test_a_negated_stop_of_both_stops_neither():
    meds = _meds(("clinician", "Lisinopril and amlodipine, I do not want you to stop both."))
    assert all(m["status"] != "stopped" for m in meds.values())


def test_the_new_amount_after_for_his_weight():
    meds = _meds(
        ("other", "Adol, doc. Five ml, every six hours like that."),
        (
            "clinician",
            "Now the Adol, five ml is too little for his weight. For sixteen kilos, give ten ml every six hours.",
        ),
    )
    assert meds["acetaminophen"]["dose"] == "10 mL"
    assert meds["acetaminophen"]["status"] == "changed"


@pytest.mark.parametrize(
    ("brand", "generic"),
    [("Siofor", "metformin"), ("Algocalmin", "dipyrone"), ("Adol", "acetaminophen"), ("No-Spa", "drotaverine")],
)
def test_brands_families_bring_from_home(brand, generic):
    assert [d[2] for d in find_drugs(f"I take {brand} every day".lower())] == [generic]


def test_ordinary_words_are_no_brand():
    assert not find_drugs("there is no spa near us, give me a card")


def test_the_clinician_asks_to_stop_the_drug_the_patient_just_told_of():
    meds = _meds(
        ("patient", "A friend brought me Xanax from Beirut. The small ones. I take half, maybe three nights a week."),
        (
            "clinician",
            "No judgement, I'm glad you told me. Those can become habit-forming, so I'd like you to stop them.",
        ),
    )
    assert meds["alprazolam"]["status"] == "stopped"


@pytest.mark.parametrize("answer", ["If the stomach gets upset, stop it.", "That's fine. I wouldn't stop it."])
def test_a_conditional_or_negated_stop_in_the_answer_keeps_the_drug(answer):
    meds = _meds(("patient", "I take ibuprofen for my knee."), ("clinician", answer))
    assert meds["ibuprofen"]["status"] == "active"


@pytest.mark.parametrize(
    "said",
    [
        # the new drug's name misheard by the recogniser: its dose and start are not the drug named before
        "even with all that metformin, so I'd like to add one more tablet, see that lifting, 100 mg daily",
        "even with all that metformin, so I'd like to add one more tablet, a hundred milligrams once a day.",
        "the metformin is not enough, so let's start you on something new, 100 milligrams once a day",
    ],
)
def test_a_dose_after_a_new_drug_is_brought_in_is_not_the_old_drugs(said):
    metformin = _meds(("clinician", said)).get("metformin", {})
    assert "dose" not in metformin and metformin.get("status") != "started"


def test_the_new_drug_named_gets_its_dose():
    said = (
        "even with all that metformin, so I'd like to add one more tablet, sitagliptin, a hundred milligrams once a day"
    )
    meds = _meds(("clinician", said))
    assert meds["sitagliptin"]["dose"] == "100 mg" and meds["sitagliptin"]["status"] == "started"
    assert "dose" not in meds["metformin"]


def test_one_drug_named_twice_is_still_one_drug_for_its_dose():
    said = "So I'm giving you Coartem, that is artemether-lumefantrine. Four tablets now, then four after eight hours."
    meds = _meds(("clinician", said))
    assert meds["artemether and lumefantrine"]["dose"] == "4 tablets"


def test_that_one_before_a_drug_is_no_count():
    meds = _meds(("clinician", "Ah, the Ponstan, that one mefenamic acid. Stop that one okay, no more."))
    assert "dose" not in meds["mefenamic acid"]


def test_a_brand_that_names_different_drugs_in_different_countries_stays_uncertain():
    meds = _meds(("patient", "I take Dolo-Neurobion for my back, one a day."))
    (fact,) = meds.values()
    assert fact["certainty"] == "uncertain" and "diclofenac/vitamin b complex" in fact["candidates"]


def test_one_drug_under_two_names_with_two_fates_is_two_lines():
    facts = extract(
        text_transcript(
            [
                ["patient", "This is Siofor. From Poland. Eight hundred fifty. I take also morning and evening."],
                ["clinician", "First, stop the Siofor. Just keep the metformin from us, one gram twice a day."],
            ]
        )
    )
    metformin = sorted((f.attributes["status"], f.attributes.get("dose")) for f in facts if f.name == "metformin")
    assert metformin == [("active", "1 g"), ("stopped", "850 mg")]


def test_a_stop_taken_back_under_the_same_name_is_not_split():
    meds = [
        f
        for f in extract(text_transcript([["clinician", "Stop the Zocor. I stopped the Zocor."]]))
        if f.kind == "medication"
    ]
    assert len(meds) == 1


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("Stop the lisinopril. Actually no, keep the lisinopril.", "active"),
        ("Keep the lisinopril. Actually no, stop the lisinopril.", "stopped"),
    ],
)
def test_the_last_word_across_two_sentences(said, status):
    assert _meds(("clinician", said))["lisinopril"]["status"] == status


# Reviewer's cases (session 13): each rule above must not misread these.
@pytest.mark.parametrize(
    "lines",
    [
        [
            ("clinician", "Does the ibuprofen help with the pain?"),
            ("patient", "Yes, the ibuprofen stops it for a few hours."),
        ],
        [("patient", "The paracetamol stops that, so I take it most days.")],
        [
            ("patient", "I take aspirin every day for my heart."),
            ("clinician", "Okay. I'd like you to stop smoking. Stop it completely."),
        ],
        [
            ("patient", "I've been taking the omeprazole for the heartburn."),
            ("clinician", "We need to stop that burning. Let's stop it getting worse with some diet changes."),
        ],
        # the clinician's own next sentences, as well as their answer to the patient
        [("clinician", "And the aspirin, you take it every day. I'd like you to stop smoking. Stop it completely.")],
    ],
)
def test_a_drug_that_works_or_a_stop_of_something_else_is_no_stop(lines):
    assert all(m["status"] != "stopped" for m in _meds(*lines).values())


def test_a_stop_then_a_restart_is_not_stopped():
    said = "That one the cardiologist stopped in May, but then he restarted it last month."
    meds = _meds(("clinician", "Are you still on the bisoprolol?"), ("patient", said))
    assert meds.get("bisoprolol", {}).get("status") != "stopped"


def test_a_relatives_stop_of_both_is_not_the_patients():
    meds = _meds(("patient", "The metformin and the gliclazide, my sister stopped both of hers."))
    assert meds.get("metformin", {}).get("status") != "stopped"


def test_another_dose_of_the_same_drug_keeps_the_drug():
    assert _meds(("clinician", "Metformin, let's give another 500 mg in the evening."))["metformin"]["dose"] == "500 mg"


def test_two_fates_under_two_names_in_either_order():
    facts = extract(
        text_transcript([["clinician", "Keep the Glucophage. Stop the metformin from the other pharmacy."]])
    )
    assert sorted(f.attributes["status"] for f in facts if f.name == "metformin") == ["active", "stopped"]


def test_a_question_opening_with_is_and_a_dose_still_asks():
    assert "omeprazole" not in _meds(("clinician", "Is 40 milligrams of the omeprazole what you take?"))
