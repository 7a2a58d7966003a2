"""A learned last resort for a drug the rules left without a dose: which dose said nearby is this drug's.

The readers in medications.py and late_doses.py attach a dose said next to its drug or a breath later in the
same turn. On visits nobody tuned rules for, the commonest medication miss is still a drug found with the
right status but no dose (the dose said two turns on, after a question, or before the name). Here every dose
said within a few sentences of the drug's mentions is a candidate, and a logistic regression trained on the
dev visits (scripts/train_dose_attachment.py; artifact ``dose_attachment.json`` beside this file) scores how
likely each is the drug's. The best candidate is attached only when its probability clears the threshold
chosen on the calibration visits (data/encounters/primary/calibration), and only if it is a dose this drug comes in
(``possible_dose``): a learned guess can never give a drug a dose no product of it has.

A fact that already has a dose, an unclear dose or an uncertain name is never touched. The dose keeps its
evidence span, and ``dose_source: nearby`` tells the review that the dose was matched to the drug by the
model, not read beside the name.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from engine.clinical import lexicon
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, daily_limit, lab_value
from engine.clinical.drug_forms import FORMS
from engine.clinical.late_doses import BOUND_BEFORE, OF_SOMETHING
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_phrases import NEW_DRUG, possible_dose
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

MODEL_PATH = Path(__file__).with_name("dose_attachment.json")
# sentences before and after a mention of the drug in which a dose may be its own
BEFORE, AFTER = 3, 6
# a number said with no unit ("the 300", "12.5 yes"): a strength when the forms table says the drug comes in it
_NUMBER = re.compile(r"(?<![\d.])(?:the )?(\d+(?:\.\d+)?)(?![\d.]*\d)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")
# a question between a drug and a dose that asks for the dose ("Do you know the strength?"), not about another thing
_DOSE_QUESTION = re.compile(
    r"\b(?:dose|doses|strength|how much|how many|milligrams?|mg|micrograms?|units?|which one)\b"
)
_CUES = {
    "change": re.compile(r"\b(?:increas\w*|decreas\w*|up to|down to|bump\w*|rais\w*|lower\w*|cut|double|half)\b"),
    "start": re.compile(r"\b(?:start\w*|begin|prescri\w*|try|trial|new)\b"),
    "take": re.compile(r"\b(?:take|taking|takes|took|on|use|using)\b"),
    "stop": re.compile(r"\b(?:stop\w*|quit|off|discontinu\w*)\b"),
    "number_q": re.compile(r"\b(?:what dose|how much|how many|which strength|what strength|milligrams?\?)"),
}


@dataclass
class Candidate:
    """A dose said near a drug, with where it was said and its features for the model."""

    dose: str
    sentence: Sentence
    start: int
    end: int
    features: list[str]


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _mentions(name: str, sentences: list[Sentence]) -> list[tuple[Sentence, int, int]]:
    """Where the drug ``name`` is named in the visit (by any of its names the lexicon knows)."""
    return [(s, a, b) for s in sentences for a, b, g in find_drugs(s.low) if g == name]


def candidates(fact: Fact, sentences: list[Sentence]) -> list[Candidate]:
    """Every plausible dose of ``fact``'s drug said within BEFORE/AFTER sentences of one of its mentions."""
    mentions = _mentions(fact.name, sentences)
    if not mentions:
        return []
    seen: dict[tuple[int, int], Candidate] = {}
    # a change said with no number keeps the old dose as previous_dose (medication_merge.py): never its new one
    old = fact.attributes.get("previous_dose")
    for s, _, b in mentions:
        for t in sentences[max(0, s.index - BEFORE) : s.index + AFTER + 1]:
            for m in DOSE.finditer(t.low):
                if (t.index, m.start()) in seen or lab_value(t.low, m) or daily_limit(t.low, m):
                    continue
                if not _own(fact.name, t, m.start(), m.end()) or _broken(sentences, s, b, t, m.start()):
                    continue
                dose = f"{m.group(1)} {UNIT_NORMAL[m.group(2)]}"
                if not possible_dose(fact.name, dose) or dose == old:
                    continue
                seen[(t.index, m.start())] = Candidate(dose, t, m.start(), m.end(), [])
            # a number with no unit is a strength only in the drug's own sentence or as the answer to a question
            # ("Do you know the strength?" "25, I think."); elsewhere it is an age, a reading or a score
            if t.index != s.index and not (t.index and sentences[t.index - 1].asks):
                continue
            for m in _NUMBER.finditer(t.low):
                if (t.index, m.start(1)) in seen or DOSE.match(t.low, m.start(1)):
                    continue
                if not _own(fact.name, t, m.start(1), m.end(1)) or _broken(sentences, s, b, t, m.start(1)):
                    continue
                dose = bare_strength(fact.name, " " + t.low[m.start() :])
                if dose and possible_dose(fact.name, dose) and dose != old:
                    seen[(t.index, m.start(1))] = Candidate(dose, t, m.start(1), m.end(1), ["bare"])
    found = sorted(seen.values(), key=lambda c: (c.sentence.index, c.start))
    for c in found:
        c.features = c.features + _features(fact, c, found, mentions, sentences)
    return found


def _own(name: str, t: Sentence, start: int, end: int) -> bool:
    """Whether the dose at [start, end) of ``t`` could be the drug ``name``'s: not an amount of something else
    ("under 2 grams of sodium"), no bound ("up to 40"), and not said after another drug's name with none of this
    drug's between ("cut the gliclazide down to 30 milligrams, and add ozempic": the 30 is the gliclazide's)."""
    if OF_SOMETHING.match(t.low, end) or BOUND_BEFORE.search(t.low[max(0, start - 15) : start]):
        return False
    before = [(y, g) for _, y, g in find_drugs(t.low) if y <= start and not lexicon.is_drug_class(g)]
    return not before or max(before)[1] == name


def _broken(sentences: list[Sentence], s: Sentence, b: int, t: Sentence, start: int) -> bool:
    """Whether something between the mention ending at ``b`` of ``s`` and a dose said later at ``start`` of ``t``
    makes the dose another's: a new drug brought in ("so I'd like to add one more tablet, [a name not heard],
    100 mg") or a question about something else ("Is that safe with my other tablets?" "It's 100 mg.")."""
    if (t.index, start) < (s.index, b):
        return False
    if t.index == s.index:
        text = s.low[b:start]
    else:
        text = " ".join([s.low[b:], *(u.low for u in sentences[s.index + 1 : t.index]), t.low[:start]])
    if NEW_DRUG.search(text):
        return True
    return any(u.asks and not _DOSE_QUESTION.search(u.low) for u in sentences[s.index + 1 : t.index])


def _nearest(c: Candidate, mentions: list[tuple[Sentence, int, int]]) -> tuple[Sentence, int, int]:
    def gap(m: tuple[Sentence, int, int]) -> tuple[int, int]:
        s, a, b = m
        if s.index != c.sentence.index:
            return (abs(s.index - c.sentence.index), 0)
        return (0, c.start - b if c.start >= b else a - c.end)

    return min(mentions, key=gap)


def _features(
    fact: Fact,
    c: Candidate,
    found: list[Candidate],
    mentions: list[tuple[Sentence, int, int]],
    sentences: list[Sentence],
) -> list[str]:
    """What tells whether the dose ``c`` is the drug's: distance and order, who said it, what comes between."""
    s, a, b = _nearest(c, mentions)
    t = c.sentence
    d = t.index - s.index
    out = [f"dist={max(-2, min(d, 4))}", f"unit={c.dose.split(' ', 1)[1]}"]
    after = d > 0 or (d == 0 and c.start >= b)
    if d == 0:
        gap = c.start - b if after else a - c.end
        out.append(f"chars_{'after' if after else 'before'}={_bucket(gap, (12, 25, 40, 80))}")
    # other drugs named between the mention and the dose
    lo, hi = ((s.index, b), (t.index, c.start)) if after else ((t.index, c.end), (s.index, a))
    between = [
        g
        for u in sentences[lo[0] : hi[0] + 1]
        for x, y, g in find_drugs(u.low)
        if g != fact.name and not lexicon.is_drug_class(g) and lo <= (u.index, x) and (u.index, y) <= hi
    ]
    out.append(f"drugs_between={min(len(between), 2)}")
    other_here = [g for _, _, g in find_drugs(t.low) if g != fact.name and not lexicon.is_drug_class(g)]
    if other_here:
        out.append("other_drug_in_dose_sentence")
        if any(possible_dose(g, c.dose) for g in other_here):
            out.append("dose_fits_other_drug_here")
    if t.index == s.index:
        out.append("same_sentence")
    speakers = {t.segment.speaker, s.segment.speaker}
    out.append("same_speaker" if len(speakers) == 1 else "other_speaker")
    out.append(f"dose_said_by={t.segment.speaker or 'unknown'}")
    turns = sum(
        1
        for u, v in zip(sentences[lo[0] : hi[0]], sentences[lo[0] + 1 : hi[0] + 1], strict=True)
        if u.segment.speaker != v.segment.speaker
    )
    out.append(f"turns={min(turns, 2)}")
    if t.question_at(c.start):
        out.append("dose_in_question")
    if s.asks:
        out.append("mention_asks")
    order = [x for x in found if x.sentence.index >= s.index]
    if order and order[0] is c:
        out.append("first_after_mention")
    same_dose_count = sum(1 for x in found if x.dose == c.dose)
    out.append(f"said_times={min(same_dose_count, 3)}")
    out.append(f"n_candidates={_bucket(len(found), (2, 3, 5))}")
    if fact.name not in FORMS:
        out.append("forms_unknown")
    out.append(f"status={fact.attributes.get('status', 'active')}")
    words = _WORD.findall(t.low[max(0, c.start - 40) : c.start])[-3:]
    out += [f"w-{len(words) - i}={w}" for i, w in enumerate(words)]
    out += [f"w+{i + 1}={w}" for i, w in enumerate(_WORD.findall(t.low[c.end : c.end + 30])[:2])]
    out += [f"cue_{k}" for k, rx in _CUES.items() if rx.search(t.low)]
    return out


class DoseModel:
    """The binary model read from its JSON artifact: P(this dose is the drug's | features)."""

    def __init__(self, data: dict):
        self.vocab: dict[str, int] = {f: i for i, f in enumerate(data["features"])}
        self.coef: list[float] = data["coef"]
        self.intercept: float = data["intercept"]
        self.threshold: float = data["threshold"]

    def probability(self, feats: list[str]) -> float:
        """The probability scikit-learn's predict_proba gives the positive class."""
        z = self.intercept + sum(self.coef[self.vocab[f]] for f in set(feats) if f in self.vocab)
        return 1.0 / (1.0 + math.exp(-z))


@cache
def model() -> DoseModel | None:
    """The shipped artifact, or None where it is absent (then no dose is attached this way)."""
    if not MODEL_PATH.exists():
        return None
    return DoseModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def needs_dose(f: Fact) -> bool:
    """A certain medication fact the rules gave no dose (and no unclear one)."""
    a = f.attributes
    return (
        f.kind == FactKind.medication
        and not f.negated
        and not lexicon.is_drug_class(f.name)
        and "dose" not in a
        and "unclear_dose" not in a
        and a.get("certainty") != "uncertain"
        # a stopped drug's dose adds little to the note and was the commonest wrong guess on the dev visits
        and a.get("status") != "stopped"
    )


def attach_doses(facts: list[Fact], sentences: list[Sentence], m: DoseModel | None = None) -> list[Fact]:
    """``facts`` with each dose-less medication given the nearby dose the model is confident is its own."""
    m = m or model()
    if m is None:
        return facts
    out = []
    for f in facts:
        best = None
        if needs_dose(f):
            scored = [(m.probability(c.features), c) for c in candidates(f, sentences)]
            best = max(scored, key=lambda x: x[0], default=None)
        if best is None or best[0] < m.threshold:
            out.append(f)
            continue
        c = best[1]
        attributes = {**f.attributes, "dose": c.dose, "dose_source": "nearby"}
        out.append(
            f.model_copy(
                update={"attributes": attributes, "evidence": f.evidence + c.sentence.evidence(c.start, c.end)}
            )
        )
    return out
