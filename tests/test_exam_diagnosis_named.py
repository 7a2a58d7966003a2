"""Naming the diagnosis to the patient ("what we call diabetic neuropathy", "that's called vaginal atrophy")
or adding a drug ("I'm also going to add ...") ends what a sentence examines, and a short sentence that names
the diagnosis states no finding: its symptom words are explaining. Teaching the word for a finding ("a little
fluid, we call that effusion") examines on."""

from engine.clinical.exam_stretch import ends
from tests.fact_readers import findings


def test_a_diagnosis_named_ends_the_exam():
    assert ends("you have some tingling from the sugar, what we call peripheral neuropathy")
    assert ends("that's called plantar fasciitis")
    assert ends("i'm also going to add a water pill")


def test_the_word_for_a_finding_does_not():
    assert not ends("there is a little fluid in the joint, we call that effusion")


def test_symptom_words_in_the_explaining_are_no_findings():
    got = findings(
        "Let me examine you. Heart is regular, lungs are clear.",
        "So the burning in your feet is from the sugar, what we call neuropathy, and the weakness will improve.",
    )
    assert not any("weakness" in name for name, *_ in got)
    assert any(name == "clear" for name, *_ in got)
