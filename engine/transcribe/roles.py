"""Who is speaking: a clinician or patient role, with a confidence, for every transcript segment.

Two parts:

* a text model (``roles_model.json``, trained by ``scripts/train_roles.py`` on ACI-Bench train dialogues):
  a logistic regression over TF-IDF word uni- and bigrams of the segment plus a few cues (question mark,
  "you/your" against "i/my", length). It gives P(clinician | words). The JSON holds the vocabulary, idf and
  coefficients, so nothing here imports scikit-learn or unpickles anything.
* turn-taking: a two-state hidden Markov model over the segments, decoded by forward-backward. Consecutive
  segments tend to be the same speaker when the pause between them is short; a question, a long pause,
  and written dialogue (one segment per turn) make a change of speaker likely. The posterior of each
  segment is its confidence.

Only segments whose ``speaker`` is None are filled; an existing label (written dialogue, a human's
correction) is never changed and anchors its neighbours. The text model knows two roles: a parent or
guest ("other") is labelled by whichever of the two they sound like, because nothing in the words alone
tells a mother answering for her child from the child.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from engine.logs import get_logger
from engine.transcribe.asked_fragments import give_question_tails_to_the_clinician
from engine.transcribe.voices import combine
from engine.types import Segment, Transcript

log = get_logger(__name__)

MODEL_PATH = Path(__file__).with_name("roles_model.json")

CLINICIAN, PATIENT, OTHER = "clinician", "patient", "other"
ROLES = (CLINICIAN, PATIENT, OTHER)
# labels other sources write (ACI-Bench tags, older transcripts) -> the role they mean
KNOWN = {
    "clinician": CLINICIAN,
    "doctor": CLINICIAN,
    "nurse": CLINICIAN,
    "patient": PATIENT,
    "other": OTHER,
    "patient_guest": OTHER,
    "guest_family": OTHER,
    "family": OTHER,
}

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")
_SECOND = re.compile(r"\b(?:you|your|you're|yours|yourself)\b")
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself)\b")
# ACI-Bench writes contractions split ("do n't", "i 'm"); a recogniser writes them whole
_SPLIT_CONTRACTION = re.compile(r"\s+(n't|'m|'s|'re|'ve|'ll|'d)\b")


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, contractions joined, so training and run time see one form."""
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPLIT_CONTRACTION.sub(r"\1", low)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text))


def ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams; the TF-IDF analyzer of the model (training passes it to scikit-learn)."""
    toks = tokens(text)
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]


CUES = ("ends_question", "has_question", "second_person", "first_person", "log_words")


def cues(text: str) -> list[float]:
    """Simple cues besides the words themselves, in the order of ``CUES``."""
    low = normalise(text).strip()
    n = max(1, len(tokens(low)))
    return [
        float(low.endswith("?")),
        float("?" in low),
        len(_SECOND.findall(low)) / n,
        len(_FIRST.findall(low)) / n,
        math.log1p(n),
    ]


class RoleModel:
    """The text model read from its JSON artifact: P(clinician | words of one segment)."""

    def __init__(self, data: dict):
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(data["terms"])}
        self.idf: list[float] = data["idf"]
        self.coef: list[float] = data["coef"]
        self.cue_mean: list[float] = data["cue_mean"]
        self.cue_scale: list[float] = data["cue_scale"]
        self.cue_coef: list[float] = data["cue_coef"]
        self.intercept: float = data["intercept"]
        self.hmm: dict = data["hmm"]
        self.meta: dict = data.get("meta", {})

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> RoleModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def logit(self, text: str) -> float:
        counts: dict[int, int] = {}
        for g in ngrams(text):
            i = self.vocab.get(g)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        # sublinear tf * idf, L2-normalised over the vocabulary terms (as TfidfVectorizer does)
        weights = {i: (1.0 + math.log(c)) * self.idf[i] for i, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        z = self.intercept + sum(self.coef[i] * w / norm for i, w in weights.items())
        for x, m, s, c in zip(cues(text), self.cue_mean, self.cue_scale, self.cue_coef, strict=True):
            z += c * (x - m) / s
        return z

    def p_clinician(self, text: str) -> float:
        return _sigmoid(self.logit(text))


@lru_cache(maxsize=1)
def model() -> RoleModel:
    return RoleModel.load()


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def switch_probability(prev: Segment, seg: Segment, hmm: dict) -> float:
    """How likely ``seg`` is spoken by someone else than ``prev``, from the pause and a question."""
    gap = max(0.0, seg.start - prev.end)
    z = hmm["switch_bias"] + hmm["switch_per_s"] * min(gap, hmm["gap_cap_s"])
    if prev.text.rstrip().endswith("?"):
        z += hmm["after_question"]
    elif mid_phrase(prev, seg):
        z += MID_PHRASE
    return _sigmoid(z)


# Whisper also ends a segment in mid-phrase, where its window or a timestamp falls ("I'm short with" / "mum,
# she doesn't deserve it"; "a full blood" / "count, your thyroid"): a segment that stops on a bare word, with
# the next one going on in lower case straight after it, is one speaker's phrase. On rendered visits the
# labeller had given the two halves different roles at 118 of 273 such joins.
MID_PHRASE = -3.0
_MID_PHRASE_GAP_S = 0.15


def mid_phrase(prev: Segment, seg: Segment) -> bool:
    """Whether ``seg`` goes on with the phrase ``prev`` stopped in the middle of."""
    end, start = prev.text.rstrip(), seg.text.lstrip()
    return bool(end and start and end[-1].isalnum() and start[0].islower() and seg.start - prev.end < _MID_PHRASE_GAP_S)


def role_posteriors(
    segments: list[Segment], rm: RoleModel | None = None, p_text: list[float] | None = None
) -> list[float]:
    """P(clinician) for every segment: the text model's evidence smoothed over turn-taking.

    A segment already labelled clinician or patient is treated as known; any other label (a guest) gives
    no evidence either way. ``p_text`` gives the text model's P(clinician) per segment when known."""
    rm = rm or model()
    hmm = rm.hmm
    temp = hmm["temperature"]
    if not segments:
        return []
    # emission likelihoods for (clinician, patient)
    emit: list[tuple[float, float]] = []
    for k, s in enumerate(segments):
        role = KNOWN.get((s.speaker or "").lower()) if s.speaker else None
        if role == CLINICIAN:
            emit.append((1.0, 1e-9))
        elif role == PATIENT:
            emit.append((1e-9, 1.0))
        elif s.speaker:
            emit.append((0.5, 0.5))
        else:
            p = min(max(p_text[k] if p_text else rm.p_clinician(s.text), 1e-6), 1 - 1e-6)
            a, b = p**temp, (1 - p) ** temp
            emit.append((a / (a + b), b / (a + b)))
    sw = [0.0] + [switch_probability(segments[i - 1], segments[i], hmm) for i in range(1, len(segments))]
    first = hmm["first_clinician"]
    # forward (normalised at each step)
    fwd: list[tuple[float, float]] = []
    c, p = first * emit[0][0], (1 - first) * emit[0][1]
    t = c + p
    fwd.append((c / t, p / t))
    for i in range(1, len(segments)):
        pc, pp = fwd[-1]
        s = sw[i]
        c = (pc * (1 - s) + pp * s) * emit[i][0]
        p = (pp * (1 - s) + pc * s) * emit[i][1]
        t = c + p
        fwd.append((c / t, p / t))
    # backward
    bwd: list[tuple[float, float]] = [(1.0, 1.0)] * len(segments)
    for i in range(len(segments) - 2, -1, -1):
        s = sw[i + 1]
        nc, np_ = bwd[i + 1]
        ec, ep = emit[i + 1]
        c = (1 - s) * ec * nc + s * ep * np_
        p = s * ec * nc + (1 - s) * ep * np_
        t = c + p
        bwd[i] = (c / t, p / t)
    out = []
    for (fc, fp), (bc, bp) in zip(fwd, bwd, strict=True):
        c, p = fc * bc, fp * bp
        out.append(c / (c + p))
    return out


def assign_roles(transcript: Transcript, rm: RoleModel | None = None, voices: bool = True) -> Transcript:
    """A copy of ``transcript`` in which every unlabelled segment has a role and a confidence in [0, 1]:
    from the words, from the voices where the audio gave voice prints (engine/transcribe/voices.py),
    and from turn-taking."""
    if all(s.speaker is not None for s in transcript.segments):
        return transcript
    rm = rm or model()
    p_text = [rm.p_clinician(s.text) for s in transcript.segments]
    if voices:
        p_text, info = combine([s.voice for s in transcript.segments], p_text)
        log.info("speaker voices", extra=info)
    post = role_posteriors(transcript.segments, rm, p_text)
    segments = []
    for s, pc in zip(transcript.segments, post, strict=True):
        if s.speaker is None:
            role, conf = (CLINICIAN, pc) if pc >= 0.5 else (PATIENT, 1 - pc)
            s = s.model_copy(update={"speaker": role, "speaker_confidence": round(conf, 3)})
        segments.append(s)
    labelled = [s.speaker is None for s in transcript.segments]
    segments = give_question_tails_to_the_clinician(segments, labelled)
    return transcript.model_copy(update={"segments": segments})


def display_role(segment: Segment, unsure_below: float = 0.6) -> str:
    """The role to show: "Clinician", "Patient?" (a guess under ``unsure_below``), or "" for no speaker."""
    if not segment.speaker:
        return ""
    role = KNOWN.get(segment.speaker.lower(), segment.speaker)
    name = role.replace("_", " ").capitalize()
    if segment.speaker_confidence is not None and segment.speaker_confidence < unsure_below:
        name += "?"
    return name
