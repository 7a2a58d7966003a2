"""A vitamin named only by a letter, heard from audio, is never shown as certain.

Through audio, "vitamin D" was heard as "vitamin B" and charted as vitamin B complex, plain and certain:
letter names rhyme. Transcripts are built by hand with word probabilities, as the recogniser leaves them
(as in tests/test_drug_certainty.py); a typed transcript (no words) is read as written.
"""

from __future__ import annotations

import pytest

from engine.clinical.drug_certainty import candidates_of, drug_phrase, is_uncertain, marked_text
from engine.clinical.extract import extract
from engine.clinical.lexicon import find_drugs
from engine.clinical.vitamin_letters import VITAMIN
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.evaluation import text_transcript
from engine.review_flags import MUST_RESOLVE, flags, unresolved
from engine.types import FactKind, Segment, Transcript, Word

CLEAR = 0.95  # the letter was heard clearly: a rhyming letter is still as likely as not what was said


def segment(seg_id: int, start: float, text: str, speaker: str) -> Segment:
    """A segment recognised from audio: every word carries timings and a (high) probability."""
    out, t = [], start
    for w in text.split():
        out.append(Word(start=t, end=t + 0.3, text=w, probability=CLEAR))
        t += 0.35
    return Segment(id=seg_id, start=start, end=t, text=" ".join(w.text for w in out), words=out, speaker=speaker)


def heard(answer: str) -> Transcript:
    return Transcript(
        segments=[
            segment(0, 0.0, "Are you taking any medicines or supplements?", "clinician"),
            segment(1, 4.0, answer, "patient"),
        ],
        duration_s=12.0,
    )


def typed(answer: str) -> Transcript:
    return text_transcript([("clinician", "Are you taking any medicines or supplements?"), ("patient", answer)])


def meds(t: Transcript) -> dict[str, object]:
    return {f.name: f for f in extract(t) if f.kind == FactKind.medication}


def test_the_letter_table_names_vitamins_as_the_lexicon_does():
    for letter, generic in VITAMIN.items():
        assert find_drugs(f"vitamin {letter}")[0][2] == generic


@pytest.mark.parametrize(
    ("said", "name", "first"),
    [
        ("I take vitamin B every morning.", "vitamin b complex", "vitamin b complex"),
        ("I take vitamin D every morning.", "ergocalciferol", "ergocalciferol"),
        ("I take vitamin E every morning.", "vitamin e", "vitamin e"),
        ("I take vitamin C 500 milligrams a day.", "ascorbic acid", "ascorbic acid"),
    ],
)
def test_a_heard_letter_vitamin_is_uncertain_with_the_rhyming_vitamins(said, name, first):
    fact = meds(heard(said))[name]
    assert is_uncertain(fact)
    assert fact.attributes["heard_as"].lower() == "vitamin " + said.split()[3][0].lower()
    options = candidates_of(fact)
    assert options[0] == first
    assert {"vitamin b complex", "ergocalciferol", "vitamin e"} <= set(options)  # B, D and E rhyme
    assert name in options


def test_a_dose_in_units_puts_vitamin_d_first_but_does_not_pick_it():
    fact = meds(heard("I take vitamin B 2000 units a day."))["vitamin b complex"]
    assert is_uncertain(fact)
    assert candidates_of(fact)[:1] == ["ergocalciferol"] and "vitamin b complex" in candidates_of(fact)
    d3 = meds(heard("I take vitamin D3 1000 units daily."))["cholecalciferol"]
    # B3 (niacin) exists too: D3 stays uncertain, vitamin D first, E (also dosed in units) before B and C
    assert is_uncertain(d3) and d3.attributes["heard_as"] == "vitamin D3"
    assert candidates_of(d3)[:2] == ["ergocalciferol", "vitamin e"]


def test_a_number_only_one_vitamin_has_or_a_fuller_name_stays_certain():
    got = meds(heard("I take vitamin B12 1000 micrograms, vitamin B complex, a multivitamin and folic acid."))
    for name in ("cyanocobalamin", "vitamin b complex", "multivitamin", "folic acid"):
        assert not is_uncertain(got[name]) and "certainty" not in got[name].attributes, name
    assert not is_uncertain(meds(heard("I take vitamin B 12 and calcium with vitamin D."))["calcium-vitamin d"])
    # no vitamin is D12: B12 misheard, and never charted as vitamin D
    d12 = meds(heard("I take vitamin D12 1000 micrograms."))["ergocalciferol"]
    assert is_uncertain(d12) and candidates_of(d12)[0] == "cyanocobalamin"


def test_a_typed_transcript_keeps_vitamin_d_certain():
    said = "I take vitamin D 2000 units every morning and vitamin B."
    for fact in meds(typed(said)).values():
        assert not is_uncertain(fact) and "certainty" not in fact.attributes
    assert {f.name: f.attributes.get("certainty") for f in meds(heard(said)).values()} == {
        "ergocalciferol": "uncertain",
        "vitamin b complex": "uncertain",
    }


def test_the_note_and_the_review_show_a_heard_vitamin_letter_as_uncertain():
    t = heard("I take vitamin B every morning.")
    facts = extract(t)
    [fact] = [f for f in facts if f.kind == FactKind.medication]
    assert drug_phrase(fact).startswith("a drug that sounded like 'vitamin B' (vitamin b complex? ergocalciferol?")
    draft = build_draft(templates.load("soap"), t, facts, llm=None)
    text = draft.render_text()
    assert "sounded like 'vitamin B'" in text
    assert "vitamin b complex" not in text.lower().replace("(vitamin b complex?", "")  # never stated as the drug
    [flag] = [f for f in flags(draft, facts) if f.kind == "uncertain-drug"]
    assert flag.kind in MUST_RESOLVE and "vitamin B" in flag.text
    assert flag in unresolved(draft, {flag.id}, facts)  # acknowledging does not clear it
    assert "vitamin B[?heard 'vitamin B'" in marked_text(t.segments[1])
    assert marked_text(typed("I take vitamin B.").segments[1]) == "I take vitamin B."


@pytest.mark.parametrize(
    "said, drug",
    [
        ("vitamin b6", "pyridoxine"),
        ("vitamin b-6", "pyridoxine"),
        ("vitamin b 6", "pyridoxine"),
        ("vitamin b1", "thiamine"),
        ("vitamin b12", "cyanocobalamin"),
        ("vitamin b-12", "cyanocobalamin"),
        ("vitamin b twelve", "cyanocobalamin"),
        ("vitamin d3", "cholecalciferol"),
        ("vitamin d-3", "cholecalciferol"),
        ("vitamin d three", "cholecalciferol"),
        ("vitamin d2", "ergocalciferol"),
        # a count or a dose after a space is not the vitamin's number
        ("vitamin b, 1 tablet", "vitamin b complex"),
        ("vitamin b 1 tablet", "vitamin b complex"),
        ("vitamin d 1000 units", "ergocalciferol"),
        ("vitamin b 12.5", "vitamin b complex"),
    ],
)
def test_a_letter_and_its_number_name_one_vitamin_in_any_transcript(said, drug):
    from engine.clinical.lexicon import find_drugs

    assert [d for _, _, d in find_drugs(f"i take {said} every day")] == [drug]


@pytest.mark.parametrize(
    "said, dose",
    [("Vitamin D 2000 IU every morning.", "2000 units"), ("Vitamin E, 400 international units a day.", "400 units")],
)
def test_international_units_are_the_dose(said, dose):
    got = meds(typed(said))
    assert [f.attributes.get("dose") for f in got.values()] == [dose]


def test_a_lab_value_in_international_units_per_litre_is_no_dose():
    got = typed("Your ALT was 45 IU/L, a bit high.")
    assert not meds(got)


@pytest.mark.parametrize(
    "said, drug",
    [
        ("vitamin b 6 days a week", "vitamin b complex"),  # a span of time, not B6
        ("vitamin k 2 days ago", "vitamin k"),
        ("vitamin b 12 every month", "cyanocobalamin"),  # B 12 is the vitamin whatever follows
    ],
)
def test_a_span_of_time_after_a_letter_vitamin_is_not_its_number(said, drug):
    from engine.clinical.lexicon import find_drugs

    assert [d for _, _, d in find_drugs(f"she had {said}")] == [drug]
