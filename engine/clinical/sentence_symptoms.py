"""The symptoms one sentence names, before any question or answer is read: the vocabulary's mentions less those
that are no symptom there ("No worries.", "my hair's falling out" is no fall, a word inside a diagnosis), and a few
that only the speaker or the question tells ("Any pain?", "Anxiety?", a companion's "she can't walk").
Split from symptoms.py, which reads each sentence's mentions against the questions and answers around it.
"""

from __future__ import annotations

import re

from engine.clinical.inability_symptoms import companion_inabilities, names_another
from engine.clinical.mind_symptoms import MIND_SYMPTOMS
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_lists import inside_diagnosis
from engine.clinical.symptom_sites import symptom_mentions
from engine.clinical.vocabulary import Concept

# "Any pain?", "Are you in pain?": a bare pain asked, answered by where it is ("In my right knee").
_ANY_PAIN = re.compile(
    r"\b(?:any|some|having|in) (pain)\b(?! (?:in|when|with|medicines?|medications?|pills?|killers?))"
)

_NOT_SYMPTOM = re.compile(
    r"\bno worries\b|\b(?:go ahead and|you can|now|and) come back up\b(?! (?:into|in|to|my|your|the))"
    # a leaking heart valve, read off the echocardiogram, is no food brought back up
    r"|\b(?:mitral|aortic|tricuspid|pulmonic|pulmonary|pulmonic valve|valve|valvular) regurgitation\b"
)
# what falls that is no fall, read from the word itself: "my hair's falling out", "her jeans are falling off
# her", "I fell asleep", "it falls apart"
_NOT_FALL = re.compile(r"(?:fall|falls|falling|fell|fallen) (?:out|apart|behind|asleep|off (?:me|her|him|them|you))\b")
# a symptom word that names a drug by what it is for: "the heartburn pill", "a nausea tablet", "cough syrup",
# "the sleeping pill", "pain killers" (the patient's drug, not a complaint; its reason is drug_reasons.py's)
_A_DRUGS_NAME = re.compile(
    r"\s+(?:pills?|tablets?|medicines?|medications?|meds|syrups?|drops|sprays?|killers?|relievers?|patch(?:es)?|"
    r"lozenges?|remed(?:y|ies))\b"
)

# "Anxiety?", "Any anxiety, worries you can't turn off?": asked as a symptom in a review of how the patient feels
# (the diagnosis is problems.py's; "How's the anxiety?" asks of one known, "anxiety medicine" is a drug's reason)
_ASKED_ANXIETY = re.compile(
    r"(?:^|[,?.;]\s*|\b(?:any|or|and|about|feeling)\s+)(anxiety)\b"
    r"(?! (?:medicines?|medications?|meds|pills?|questionnaire|score|screen|one|disorder|attacks?|treatments?|"
    r"options?|therapy|therapist|management))"
)

# "How's your mood? Down, depressed, or losing interest?": low mood asked as bare items of a list about mood
_MOOD_ITEM = re.compile(r"(?:^|[,?]\s*)(down|low|depressed|sad|hopeless)(?=\s*(?:,|\?|\bor\b))")
# (a mood word, not a bare "feel": "Where do you feel the pain, high, low, or in the middle?" asks a place)
_MOOD_TOPIC = re.compile(r"\b(?:mood|spirits|depress\w*|sad|hopeless|interest)\b")


def sentence_mentions(s: Sentence) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each symptom the sentence ``s`` names, in order of where it is said."""
    hits = [h for h in symptom_mentions(s.low) if not inside_diagnosis(s.low, *h[:2], h[2].name)]
    # a companion's "she can't lift her arm" is the patient's, unless the turn names another person
    if s.segment.speaker == "other" and not names_another(s.segment.text.lower()):
        hits += [h for h in companion_inabilities(s.low) if not overlaps(h, hits)]
    # "Is your stomach bothering you?" asks something vaguer than pain; only the statement tells the complaint
    # (but "people are against you?" is the persecution asked of, the very thing screened)
    hits = [
        h
        for h in hits
        if not (s.low[: h[1]].endswith(" you") and s.question_at(h[0]) and h[2].name not in MIND_SYMPTOMS)
    ]
    # "No worries." is thanks, not a denied worry; "go ahead and come back up" sits the patient up
    hits = [h for h in hits if not _NOT_SYMPTOM.search(s.low[max(0, h[0] - 20) : h[1] + 1])]
    hits = [h for h in hits if not ("falls" in h[2].name and _NOT_FALL.match(s.low, h[0]))]
    hits = [h for h in hits if not _A_DRUGS_NAME.match(s.low, h[1])]
    for m in _ANY_PAIN.finditer(s.low):
        if s.question_at(m.start()) and not any(a < m.end(1) and m.start(1) < b for a, b, _ in hits):
            hits.append((m.start(1), m.end(1), Concept("pain", "", "")))
    if _MOOD_TOPIC.search(s.low):
        for m in _MOOD_ITEM.finditer(s.low):
            # (a list's first items are clauses of their own: the "?" at its end asks them all)
            if (s.question_at(m.start(1)) or s.low.rstrip().endswith("?")) and not any(
                a < m.end(1) and m.start(1) < b for a, b, _ in hits
            ):
                hits.append((m.start(1), m.end(1), Concept("depressed mood", "", "")))
    for m in _ASKED_ANXIETY.finditer(s.low):
        if s.question_at(m.start(1)) and not any(a < m.end(1) and m.start(1) < b for a, b, _ in hits):
            hits.append((m.start(1), m.end(1), Concept("anxiety symptoms", "", "")))
    return sorted(hits, key=lambda h: h[0])


def overlaps(h: tuple[int, int, object], hits: list[tuple[int, int, object]]) -> bool:
    """Whether the span of ``h`` overlaps that of any of ``hits``."""
    return any(a < h[1] and h[0] < b for a, b, _ in hits)
