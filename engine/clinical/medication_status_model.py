"""A learned second opinion on each medication's status (active, started, stopped, changed).

The rules read a status from the words around each mention; a multinomial logistic regression trained on the
dev visits (scripts/train_medication_status.py; artifact ``medication_status.json`` beside this file) reads the
same mentions as a bag of features and replaces the rules' status where its probability clears the threshold
chosen on the calibration visits. On visits neither had seen it was right more often than the rules
(docs/extraction.md, "A learned medication status model"). Names and uncertain drugs are never touched, nor
doses, but for one case: a change the model undoes gives back the dose the rules had filed as the old one
(``dose_source: previous``, a review item). A status it changed is marked ``status_source: model`` so the
review can tell; it never stops a drug whose only stop words are negated or the drug's own doing.

No scikit-learn and no numpy at run time: the features of one fact and ``StatusModel``, which reads the JSON.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from engine.types import Fact, FactKind, Transcript

MODEL_PATH = Path(__file__).with_name("medication_status.json")

WINDOW = 6  # words each side of a mention
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# the cue classes the brief of the model names; each is a feature per speaker
CUES = {
    "start": r"\b(?:start\w*|begin|new)\b",
    "stop": r"\b(?:stop\w*|quit|discontinu\w*|off)\b",
    "increase": r"\b(?:increas\w*|up|bump\w*|raise|double)\b",
    "decrease": r"\b(?:decreas\w*|lower\w*|down|cut|reduc\w*|half)\b",
    "taper": r"\btaper\w*\b",
    "instead": r"\b(?:instead|switch\w*|change\w*)\b",
    "keep": r"\b(?:keep|stay|same)\b",
    "continue": r"\bcontinu\w*\b",
    "prescribe": r"\b(?:prescri\w*|send|sent|refill\w*|pharmacy)\b",
    "try": r"\b(?:try|trial)\b",
    "use": r"\b(?:use|using)\b",
    "take": r"\b(?:take|taking|takes|took)\b",
    "if": r"\b(?:if|when|as needed)\b",
    "past": r"\b(?:used to|was on|were on|had|ago|last (?:year|month|week))\b",
    "still": r"\b(?:still|been|already|currently)\b",
    "will": r"\b(?:i'll|we'll|let's|going to|gonna|want you to|would like)\b",
}
CUE_PATTERNS = {k: re.compile(v) for k, v in CUES.items()}


def sentence_of(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(words before, the span, words after) within the sentence of ``text`` holding [start, end)."""
    lo = 0
    for m in SENTENCE_END.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return text[lo:start], text[start:end], text[end : m.start()]
    return text[lo:start], text[start:end], text[end:]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def role_of(speaker: str | None) -> str:
    return "patient" if speaker in {"patient", "other"} else "clinician"


def bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def features(fact: Fact, transcript: Transcript, cues: dict[str, re.Pattern] | None = None) -> list[str]:
    """The binary features of one fact (sorted, no duplicates): the words around each of its mentions, who said
    them, where, and which ``cues`` (by default the medication cue classes) stand near them."""
    cues = CUE_PATTERNS if cues is None else cues
    segs = {s.id: s for s in transcript.segments}
    n_seg = max(1, len(transcript.segments))
    out = {f"rule={fact.attributes.get('status', 'active')}"}
    for attr in ("dose", "frequency", "duration", "regimen", "previous_dose", "route"):
        out.add(f"has_{attr}" if attr in fact.attributes else f"no_{attr}")
    ev = sorted((e for e in fact.evidence if e.segment_id in segs), key=lambda e: (e.segment_id, e.char_start))
    mentions = sorted({e.segment_id for e in ev})
    out.add(f"mentions={min(len(mentions), 3)}")
    if not ev:
        return sorted(out)
    roles = [role_of(segs[i].speaker) for i in mentions]
    out |= {f"first_by={roles[0]}", f"last_by={roles[-1]}"}
    out |= {f"said_by={r}" for r in roles}
    out.add(f"first_pos={bucket(mentions[0] / n_seg, (0.25, 0.5, 0.75))}")
    out.add(f"last_pos={bucket(mentions[-1] / n_seg, (0.5, 0.75, 0.9))}")
    last_seg = mentions[-1]
    for e in ev:
        seg = segs[e.segment_id]
        role = role_of(seg.speaker)
        before, _span, after = sentence_of(seg.text, e.char_start, e.char_end)
        left, right = words(before)[-WINDOW:], words(after)[:WINDOW]
        where = "last" if e.segment_id == last_seg else "early"
        for w in left:
            out |= {f"L:{w}", f"{role}:{w}", f"{where}:{w}"}
        for w in right:
            out |= {f"R:{w}", f"{role}:{w}", f"{where}:{w}"}
        window = " ".join(left + ["_"] + right)
        for name, cue in cues.items():
            if cue.search(window):
                out |= {f"cue:{name}", f"cue:{name}:{role}", f"cue:{name}:{where}"}
        if "?" in seg.text[e.char_end : e.char_end + 40]:
            out.add(f"asked:{role}")
        # the clinician's question a patient's mention answers ("Are you still taking ...?")
        prev = segs.get(e.segment_id - 1)
        if role == "patient" and prev is not None and prev.text.rstrip().endswith("?"):
            out |= {f"Q:{w}" for w in words(SENTENCE_END.split(prev.text.strip())[-1])[-8:]}
    return sorted(out)


class StatusModel:
    """The status model read from its JSON artifact: P(status | features) and the override threshold."""

    def __init__(self, data: dict):
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(data["features"])}
        self.classes: list[str] = data["classes"]
        self.coef: list[list[float]] = data["coef"]  # one row per class, one column per feature
        self.intercept: list[float] = data["intercept"]
        self.threshold: float = data["threshold"]
        self.meta: dict = data.get("meta", {})

    def scores(self, feats: list[str]) -> list[float]:
        """The decision value of each class (as scikit-learn's decision_function)."""
        idx = [self.vocab[f] for f in set(feats) if f in self.vocab]
        return [b + sum(row[i] for i in idx) for row, b in zip(self.coef, self.intercept, strict=True)]

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        z = self.scores(feats)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}


@cache
def model() -> StatusModel | None:
    """The shipped artifact, or None where it is absent (then the rules' statuses stand)."""
    if not MODEL_PATH.exists():
        return None
    return StatusModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


# "I don't want you to stop the metformin", "never stop it on your own": a stop word the model reads as a stop
# (a bag of words cannot see the negation in front of it)
_NEGATED_STOP = re.compile(
    r"\b(?:don't|do not|never|not|won't|shouldn't|should not|mustn't)\s+"
    # only words that keep the negation on the stop: "don't want you to stop", not "don't forget to stop", not
    # "could not tolerate it so I stopped"
    r"(?:(?:want|need|have|going|ever|you|to|just|ask|asking)\s+){0,4}(?:stop\w*|quit|discontinu\w*)\b"
)
# "the paracetamol stops that", "the ibuprofen stops it for a few hours": the drug working, not stopped ("the
# warfarin stops on Friday" is a stop)
_DRUG_STOPS = re.compile(
    r"\W*(?:(?:really|usually|always|just|normally)\s+)?stops\s+(?:it|that|this|them|the|my|her|his|your)\b"
)


def no_stop_said(fact: Fact, transcript: Transcript) -> bool:
    """Whether every stop word in the sentences of ``fact``'s mentions is no stop of the drug: negated ("don't
    stop it") or the drug's own doing ("the paracetamol stops that"). Then the model may not stop the drug,
    whatever its probability: its bag of words cannot tell these from a stop."""
    segs = {s.id: s for s in transcript.segments}
    stops = not_stops = 0
    for e in fact.evidence:
        if e.segment_id not in segs:
            continue
        before, span, after = sentence_of(segs[e.segment_id].text, e.char_start, e.char_end)
        low = (before + span + after).lower().replace("\u2019", "'")
        stops += len(CUE_PATTERNS["stop"].findall(low))
        not_stops += len(_NEGATED_STOP.findall(low)) + bool(_DRUG_STOPS.match(after.lower()))
    return stops > 0 and not_stops >= stops


def with_statuses(facts: list[Fact], rules_facts: list[Fact], transcript: Transcript) -> list[Fact]:
    """``facts`` with each certain medication's status the model's where it is sure enough. The features are
    read from ``rules_facts`` (the same facts, index for index, as the rules made them: what the model was
    trained on), the status is set on ``facts``."""
    sm = model()
    if sm is None or sm.threshold > 1:
        return facts
    out = []
    for f, r in zip(facts, rules_facts, strict=True):
        if f.kind == FactKind.medication and not f.negated and f.attributes.get("certainty") != "uncertain":
            probs = sm.probabilities(features(r, transcript))
            best = max(probs, key=probs.get)
            if best == "stopped" and no_stop_said(r, transcript):
                best = max((c for c in probs if c != "stopped"), key=probs.get)
            if probs[best] >= sm.threshold and best != f.attributes.get("status", "active"):
                old = f.attributes.get("status", "active")
                attributes = {**f.attributes, "status": best, "status_source": "model", "status_rules": old}
                if best == "stopped" and attributes.get("dose_source") == "nearby":
                    # the dose step never gives a stopped drug a dose: nor does it keep one when the drug stops
                    attributes = {k: v for k, v in attributes.items() if k not in {"dose", "dose_source"}}
                undone = old == "changed" and best != "stopped"
                if undone and not attributes.get("dose") and "previous_dose" in attributes:
                    # the rules filed the dose said as the old one of a change; with no change it is the dose
                    # ("Eliquis, five milligrams, twice a day" read as a change had no dose left on the list)
                    dose = attributes.pop("previous_dose")
                    attributes = {**attributes, "dose": dose, "dose_source": "previous"}
                f = f.model_copy(update={"attributes": attributes})
        out.append(f)
    return out
