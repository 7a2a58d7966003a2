"""A drug name written as a word nobody uses ("resubistatin") is kept, but only as an uncertain drug."""

import pytest

from engine.clinical.drug_certainty import display_label, is_uncertain
from engine.clinical.extract import extract
from engine.clinical.heard_drugs import sound_alike_drugs
from engine.types import Segment, Transcript


def _transcript(*lines: tuple[str, str]) -> Transcript:
    segs = [Segment(id=i, start=5.0 * i, end=5.0 * i + 4, text=t, speaker=r) for i, (r, t) in enumerate(lines)]
    return Transcript(segments=segs, duration_s=5.0 * len(segs))


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        ("i take resubistatin every night.", "rosuvastatin"),
        ("i am on omaprazol 20 milligrams daily.", "omeprazole"),
        ("start gabapentine 300 mg at night.", "gabapentin"),
    ],
)
def test_a_drug_heard_as_no_english_word_is_proposed(sentence, generic):
    [hit] = sound_alike_drugs(sentence, [])
    assert hit.generic == generic and hit.candidates[0] == generic
    assert sentence[hit.start : hit.end] == hit.heard


@pytest.mark.parametrize(
    "sentence",
    [
        "keep taking the basics every day.",  # an English word, however drug-like it sounds to a recogniser
        "we did an echocardiogram and a colonoscopy last year.",  # rare words, not about medicines
        "resubistatin is a word in a sentence about nothing.",  # no medication talk around it
    ],
)
def test_english_words_and_other_talk_are_left_alone(sentence):
    assert sound_alike_drugs(sentence, []) == []


def test_a_drug_the_lexicon_found_is_not_proposed_again():
    low = "i take resubistatin every night."
    a = low.index("resubistatin")
    assert sound_alike_drugs(low, [(a, a + len("resubistatin"))]) == []


def test_the_fact_is_uncertain_and_the_note_says_what_was_heard():
    facts = extract(_transcript(("patient", "I take resubistatin 10 milligrams every night.")))
    [med] = [f for f in facts if f.kind.value == "medication"]
    assert med.name == "rosuvastatin" and is_uncertain(med)
    assert med.attributes["heard_as"] == "resubistatin" and med.attributes.get("dose") == "10 mg"
    assert "rosuvastatin" in med.attributes["candidates"].split("|")
    assert "sounded like 'resubistatin'" in display_label(med)


def test_the_transcript_marks_the_heard_word():
    from engine.clinical.drug_certainty import marked_text

    t = _transcript(("patient", "I take resubistatin every night."))
    assert marked_text(t.segments[0]) == "I take resubistatin[?sounds like rosuvastatin / pravastatin] every night."


def test_an_allergy_or_a_drug_also_said_clearly_gives_no_uncertain_medication():
    allergy = extract(_transcript(("patient", "I'm allergic to amoxicilin, I took it once and broke out in hives.")))
    assert not [f for f in allergy if f.kind.value == "medication"]
    both = extract(_transcript(("patient", "I take rosuvastatin, the resubistatin, 10 mg daily.")))
    meds = [f for f in both if f.kind.value == "medication"]
    assert [(f.name, is_uncertain(f)) for f in meds] == [("rosuvastatin", False)]


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        # the real-speech mishearings: a name split into common words, right before the dose
        ("for my sugar i take the net forming 500 twice a day.", "metformin"),
        ("and some of the statin at night.", "simvastatin"),
        # a drug of the forms table that re-listening never proposes
        ("i am on ramapro 5 milligrams in the morning.", "ramipril"),
    ],
)
def test_a_drug_heard_as_common_words_before_a_dose_is_proposed(sentence, generic):
    hits = sound_alike_drugs(sentence, [])
    assert [h.generic for h in hits] == [generic]
    assert sentence[hits[0].start : hits[0].end] == hits[0].heard


@pytest.mark.parametrize(
    "sentence",
    [
        "i take 2 tablets twice a day.",
        "the blood pressure one at night.",
        "my water pill 40 in the morning.",
        "we will recheck it in 2 weeks and take it 3 times a day.",
    ],
)
def test_ordinary_words_before_a_dose_are_no_drug(sentence):
    assert sound_alike_drugs(sentence, []) == []


def test_a_split_name_stays_uncertain_in_the_facts():
    fs = extract(_transcript(("clinician", "What do you take?"), ("patient", "the net forming 500 twice a day.")))
    [med] = [f for f in fs if f.name == "metformin"]
    assert is_uncertain(med) and "net forming" in display_label(med)


def test_a_name_assembled_from_pieces_is_a_heard_drug():
    """tiny.en wrote valacyclovir as "while a cyclovir": joining "a cyclovir" gives acyclovir, a real
    and plausible drug, so it must stay uncertain, with valacyclovir among the candidates."""
    fs = extract(_transcript(("clinician", "I'm starting while a cyclovir, one gram three times a day.")))
    [med] = [f for f in fs if f.name == "acyclovir"]
    assert is_uncertain(med)
    assert "valacyclovir" in med.attributes["candidates"].split("|")


def test_a_name_of_several_words_is_no_guess():
    fs = extract(_transcript(("patient", "I take insulin glargine 20 units at night.")))
    [med] = [f for f in fs if f.name == "insulin glargine"]
    assert not is_uncertain(med)


def test_serotonin_syndrome_is_no_drug():
    fs = extract(_transcript(("clinician", "Together they can cause serotonin syndrome, so stop the tramadol.")))
    assert "serotonin" not in {f.name for f in fs}


def test_a_split_name_with_an_uncommon_word_before_a_unit_dose_is_heard_uncertain():
    from engine.clinical.extract import extract
    from engine.evaluation import text_transcript

    def meds(said):
        lines = [["clinician", "what medications do you take"], ["patient", said]]
        return [f for f in extract(text_transcript(lines)) if f.kind.value == "medication"]

    (fact,) = meds("tams who are in 0.4 milligrams at night")
    assert fact.attributes["certainty"] == "uncertain" and fact.attributes["candidates"].startswith("tamsulosin")
    # common words only, however alike, are no drug
    assert not meds("just rule 10 milligrams a day")
    assert not meds("I take not be one 50 milligrams")
