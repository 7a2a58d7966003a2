"""What a medicine is for, said beside it: the reason names the patient's problem.

"Flomax, 0.4 milligrams at bedtime, for the prostate", "the cholesterol one, atorvastatin", "I take Advil a
lot for my back", and a medicine list read out and glossed drug by drug ("Lipitor forty at night." "For the
cholesterol."). problems.py adds these hits to the vocabulary's and judges them the same way.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.relative_words import RELATION
from engine.clinical.sentences import Sentence
from engine.clinical.vocabulary import Concept, display, find_problems

# A problem named by what it is about: "Just the blood pressure" answering "What medical problems do you
# have?", "Flomax ... for the prostate", "the cholesterol one, atorvastatin". One table for every route.
TOPICS = {
    "blood pressure": "hypertension",
    "pressure": "hypertension",
    # "Amlodipine five for BP", "the BP one": the short name of Indian, Pakistani, Malaysian and African English
    "bp": "hypertension",
    "high bp": "hypertension",
    "cholesterol": "high cholesterol",
    "sugar": "diabetes",
    "sugars": "diabetes",
    "prostate": "enlarged prostate",
    # "Oroxine, for the thyroid": which way it is wrong the drug tells (_thyroid_by_drug)
    "thyroid": "thyroid disease",
}
TOPIC = "|".join(sorted(TOPICS, key=len, reverse=True))


# "Flomax, 0.4 milligrams at bedtime, for the prostate", "the cholesterol one, atorvastatin": a drug's
# reason names the problem ("for the cholesterol, nothing after midnight" is a fasting test's, no drug near)
_FOR_TOPIC = re.compile(rf"\bfor (?:the |my |your |his |her )?({TOPIC})\b")
# "one" is written as the digit; "blood pressure 1 18 over 74" is a reading
_THE_ONE = re.compile(rf"\bthe ({TOPIC}) 1\b(?![\s,]*\d)(?! (?:over|point)\b)")


# "I take Advil a lot for my back": a pain treated for long enough to be a problem of its own (ICD-10-CM
# files these pains in chapter M; our vocabulary keeps them as symptoms)
_FOR_SITE = re.compile(r"\bfor (?:my|the|your|his|her) (back|knees?|neck|hips?|shoulders?|joints)\b")
_SITE_PAIN = {
    "back": "M54.9",
    "knee": "M25.569",
    "neck": "M54.2",
    "hip": "M25.559",
    "shoulder": "M25.519",
    "joint": "M25.50",
}
# "for my back i take advil": the drug said after its reason
_TAKEN = re.compile(r"\s*,?\s*(?:i|you|he|she|we)(?: \w+)? (?:take|takes|took|use|uses|used)\b")
_PILL = re.compile(r"\b(?:pills?|medicines?|medications?|meds|tablets?)\b")


def pill_reason(low: str) -> list[tuple[int, int, Concept]]:
    """A problem named as what a drug or "the ... one" is for."""
    out = [(m.start(), m.end(), find_problems(TOPICS[m.group(1)])[0][2]) for m in _THE_ONE.finditer(low)]
    for pattern in (_FOR_TOPIC, _FOR_SITE):
        for m in pattern.finditer(low):
            before = low[max(0, m.start() - 60) : m.start()]
            taken_after = _TAKEN.match(low, m.end()) and find_drugs(low[m.end() : m.end() + 40])
            if not (find_drugs(before) or _PILL.search(before) or taken_after):
                continue
            if pattern is _FOR_TOPIC:
                drugs = {d for _, _, d in find_drugs(low[max(0, m.start() - 60) : m.end() + 40])}
                topic = _thyroid_by_drug(drugs) if m.group(1) == "thyroid" else TOPICS[m.group(1)]
                concept = find_problems(topic)[0][2]
            elif not re.match(r"for my\b", low[m.start() :]):
                continue  # the patient's own "for my back"; a plan's "patches for the back" treats a named problem
            else:
                site = m.group(1).rstrip("s")
                code = _SITE_PAIN[site]
                concept = Concept(f"{site} pain", code, display(code))
            out.append((m.start(), m.end(), concept))
    return out


# "Lipitor forty at night." "For the cholesterol.", "Perindopril, blood pressure.", "Metformin and Oroxine."
# "Diabetes and the thyroid.": a medicine list read out and glossed with what each drug is for, in the next
# short sentence or right after the drug. A reading is no gloss ("Lisinopril. Blood pressure today is 130").
_GLOSS_TOPIC = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)(?:(?:yep|yes|yeah|right|okay|ok|good|so|and|that's|thats|that is|it's|its|which is|"
    rf"that one's|that's the one)[\s,.]+)*(?:for\s+)?(?:the |my |your |his |her )?({TOPIC})\b"
    r"(?!'s|'re|\s*(?:\d|medicines?|pills?|tablets?|doctor|is|was|are|were|today|reading|readings|numbers?|"
    r"levels?|checks?|cuff|of|at|looks?|came|went|runs?|running)\b)"
)
_GLOSS_WORDS = 8
_SOMEONE_ELSE = re.compile(rf"{RELATION.pattern}|\b(?:husband|wife|partner|he|she|they)\b")
_SOMEONE_ELSE_ASKED = re.compile(rf"{RELATION.pattern}|\b(?:husband|wife|partner)\b")
_THYROXINE = {"levothyroxine", "liothyronine"}
_ANTITHYROID = {"methimazole", "carbimazole", "propylthiouracil"}


def _thyroid_by_drug(drugs: set[str]) -> str:
    """The thyroid problem a drug is for: replacement for an underactive one, an antithyroid drug for an
    overactive one, else unsaid."""
    if drugs & _THYROXINE:
        return "hypothyroidism"
    return "hyperthyroidism" if drugs & _ANTITHYROID else "thyroid disease"


def _gloss_opens(before: str) -> bool:
    """Whether what comes before a topic leaves the sentence a gloss: nothing but a filler or another
    problem's name ("Diabetes and the thyroid."), not a plan ("Let's check your thyroid and cholesterol")."""
    before = re.sub(r"^\W*(?:(?:yep|yes|yeah|right|okay|ok|good|so|and)\W+)*", "", before).strip(" ,;")
    return not before or any(a == 0 and b == len(before) for a, b, _ in find_problems(before))


def drug_glosses(sentences: list[Sentence], s: Sentence) -> list[tuple[int, int, Concept]]:
    """Problems named as what the drug just read out is for: in a short sentence after one naming a drug (the
    same turn's or the turn before), or right after the drug's name in the same sentence."""
    words = len(s.low.split())
    drugs_here = find_drugs(s.low)
    prev = sentences[s.index - 1] if s.index > 0 else None
    prev_drugs = find_drugs(prev.low) if prev is not None and words <= _GLOSS_WORDS and "?" not in s.low else []
    asked = sentences[s.index - 2].low if s.index > 1 else ""
    if prev_drugs and (_SOMEONE_ELSE.search(prev.low) or _SOMEONE_ELSE_ASKED.search(asked)):
        prev_drugs = []  # "My mom takes Lipitor." "For the cholesterol.": the mother's
    out = []
    for m in _GLOSS_TOPIC.finditer(s.low):
        a, b = m.span(1)
        # the drug this topic glosses: in the sentence before (a short gloss), or just before it here
        near = [d for x, y, d in drugs_here if y <= a and not re.search(r"[.?]", s.low[y:a]) and a - y <= 30]
        named = set(near) or ({d for _, _, d in prev_drugs} if _gloss_opens(s.low[: m.start()]) else set())
        if not named:
            continue
        topic = TOPICS[m.group(1)]
        if m.group(1) == "thyroid":
            topic = _thyroid_by_drug(named | {d for _, _, d in drugs_here})
        found = find_problems(topic)
        out += [(a, b, found[0][2])] if found else []
    return out
