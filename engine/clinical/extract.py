"""Deterministic fact extraction: every fact carries the evidence spans it was read from.

Nothing here is generated: a fact exists only because words in the transcript say it. The draft and
the verifier build on these facts, which is what keeps the tiny local model from inventing medicine.
"""

from __future__ import annotations

import threading

from engine.clinical import lexicon
from engine.clinical.accepted_offers import start_accepted_offers
from engine.clinical.allergen_certainty import mark_unlisted_allergens
from engine.clinical.allergies import allergies
from engine.clinical.dose_attachment import attach_doses
from engine.clinical.dose_plausibility import mark_impossible_doses
from engine.clinical.drug_certainty import mark_uncertain_drugs
from engine.clinical.drug_nicknames import with_definitions
from engine.clinical.drugs_not_taken import drop_drugs_not_taken
from engine.clinical.exam import exam_sentences, findings
from engine.clinical.felt_problems import felt_problems
from engine.clinical.follow_up import follow_up
from engine.clinical.history import family_and_past, family_by_reference, social, surgeries
from engine.clinical.medication_status_model import with_statuses
from engine.clinical.medications import medications
from engine.clinical.orders import orders_and_results
from engine.clinical.problems import problems
from engine.clinical.release_switches import split_release_switches
from engine.clinical.sentences import split
from engine.clinical.symptoms import symptoms
from engine.clinical.vitals import vitals
from engine.clinical.vitamin_letters import mark_letter_vitamins
from engine.types import Evidence, Fact, Transcript


def extract(transcript: Transcript, *, learned: bool = True) -> list[Fact]:
    """All facts in the transcript, each with evidence, in a stable order (by kind, then first mention).

    ``learned=False`` leaves out the learned steps (dose_attachment.py, medication_status_model.py): their
    training reads the rules' facts.
    """
    warm_extraction()  # waits for a warm-up another thread began: half-built vocabularies find nothing
    sentences = split(transcript)
    allergy_facts = allergies(sentences)
    allergens = {f.name for f in allergy_facts}
    exam = exam_sentences(sentences)
    problem_facts, mentions = problems(sentences, exam)
    symptom_facts = symptoms(sentences, exam)
    problem_facts += felt_problems(symptom_facts, problem_facts, transcript)
    orders, results = orders_and_results(sentences)
    facts = (
        start_accepted_offers(split_release_switches(medications(sentences, allergens), sentences), sentences)
        + allergy_facts
        + vitals(sentences)
        + symptom_facts
        + problem_facts
        + orders
        + results
        + findings(sentences, exam)
        + _dedupe(family_and_past(mentions) + family_by_reference(sentences, mentions))
        + surgeries(sentences)
        + social(sentences)
        + follow_up(sentences)
    )
    facts = with_definitions(drop_drugs_not_taken(facts, sentences), sentences)
    # A drug name heard with low confidence or re-heard stays visibly uncertain (issue 17), and so does an
    # allergen no list knows that came from audio (a misheard drug: "allergic to hammock"). A dose none of
    # the drug's products has (one read onto the wrong name: "insulin 100 mg") is kept only as unclear.
    # A vitamin heard only as a letter is uncertain too: letters rhyme ("vitamin D" heard as "vitamin B").
    facts = mark_impossible_doses(mark_uncertain_drugs(mark_letter_vitamins(facts, transcript), transcript))
    if learned:
        # a dose said a few sentences from a drug the rules left without one, and a second opinion on each
        # medication's status. Both run after the marking above, so that an uncertain name is seen as one,
        # and both read the facts exactly as extract(learned=False) gives them: what they were trained on
        rules_facts = facts
        facts = with_statuses(attach_doses(facts, sentences), rules_facts, transcript)
    return mark_unlisted_allergens(facts, transcript)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, name, relation): two routes to the same family history are one entry. The more
    specific relative stands for the less: an "aunt" told again as the "maternal aunt" is the maternal aunt,
    and "diabetes runs in my family. My mom had it" is the mother's (not also the whole family's)."""
    seen: dict[tuple, Fact] = {}
    for f in facts:
        seen.setdefault((f.kind, f.name, f.attributes.get("category"), f.attributes.get("relation")), f)
    sided = {(k[:3], k[3].split(" ", 1)[1]) for k in seen if k[3] and k[3].startswith(("maternal ", "paternal "))}
    # "family" is family_history.FAMILY, the relation written when nobody in particular is named
    named = {k[:3] for k in seen if k[3] and k[3] != "family"}
    return [f for k, f in seen.items() if (k[:3], k[3]) not in sided and not (k[3] == "family" and k[:3] in named)]


# The recorder warms extraction in a background thread while the visit is recorded. The loaders are cached
# but not locked: a note made while they were still loading (a short visit, a disk full at 8 s) read a
# vocabulary of 2,439 phrases instead of 21,169 and crashed. One lock makes the second caller wait.
_WARMING = threading.Lock()


def warm_extraction() -> None:
    """Load the drug dictionary, the ICD-10-CM vocabularies and ConText now (a few seconds, once; instant
    after that). Safe to call from several threads: the later callers wait for the first."""
    from engine.clinical import context, heard_drugs, vocabulary

    with _WARMING:
        lexicon.drug_dictionary()
        heard_drugs.warm()
        vocabulary.warm()
        context.warm()


def first_evidence(fact: Fact) -> Evidence | None:
    """The earliest evidence span of a fact, for display."""
    return min(fact.evidence, key=lambda e: (e.start_s, e.segment_id)) if fact.evidence else None
