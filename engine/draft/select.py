"""Learned content selection: which transcript sentences each note section says, in note register.

A light linear model (TF-IDF of the sentence, its speaker, its place in the visit and the sentence before
it; multinomial logistic regression) was trained on ACI-Bench *train* only by
``scripts/train_note_selector.py``: every reference-note sentence was aligned to the transcript
sentences it rests on, and each transcript sentence labelled with the note section it supports (or
``none``). The model ships as JSON (``note_selector.json``: vocabulary, idf, coefficients), so drafting
needs neither scikit-learn nor pickle.

At drafting time every transcript sentence is scored; each section takes its most probable sentences
within a word budget learned from the reference notes, in the order they were said. A chosen sentence is
turned into note register deterministically (fillers and stutters dropped, the patient's "I/my" made
third person, the clinician's "you/your" made "the patient"), never adding content, and then checked by
the grounding verifier like any other sentence: a drug, dose, number, negation or diagnosis that does not
match the facts drops it. Each kept sentence has ``source="transcript"`` and the evidence of the words it
came from.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from engine.clinical.drug_certainty import is_uncertain
from engine.clinical.sentences import Sentence
from engine.draft.verify import GroundTruth, check
from engine.types import DraftSentence, Evidence, FactKind, SentenceStatus

ARTIFACT = Path(__file__).with_name("note_selector.json")
LABELS = ("none", "hpi", "history", "ros", "exam", "results", "assessment", "plan")
# speaker labels (ACI-Bench tags, engine/transcribe/roles.py roles) -> the role the selector knows
_ROLES = {"doctor": "clinician", "clinician": "clinician", "nurse": "clinician", "patient": "patient"}


def role(speaker: str | None) -> str:
    """clinician, patient, other (a relative or guest) or unknown (no label)."""
    return _ROLES.get(speaker or "", "other" if speaker else "unknown")


_TOKEN = re.compile(r"[a-z0-9']+")


# --- features (shared by the training script and drafting, so both see exactly the same tokens) -------


def features(text_low: str, speaker: str | None, index: int, total: int, prev_low: str = "") -> list[str]:
    """The tokens a sentence is described by: words and word pairs, the previous sentence's words,
    speaker, position in the visit (tenths), question, length and digits."""
    words = _TOKEN.findall(text_low)
    toks = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    toks += [f"p:{w}" for w in set(_TOKEN.findall(prev_low))]
    who = role(speaker)
    toks.append(f"_spk:{who}")
    decile = min(9, int(10 * index / max(total, 1)))
    toks.append(f"_pos:{decile}")
    toks.append(f"_spk{who}_pos:{decile}")
    toks.append(f"_len:{min(6, len(words) // 5)}")
    if text_low.rstrip().endswith("?"):
        toks.append("_question")
    if prev_low.rstrip().endswith("?"):
        toks.append("_after_question")
    if any(c.isdigit() for c in text_low):
        toks.append("_digit")
    return toks


def sentence_features(sentences: list[Sentence]) -> list[list[str]]:
    n = len(sentences)
    return [
        features(s.low, s.segment.speaker, i, n, sentences[i - 1].low if i else "") for i, s in enumerate(sentences)
    ]


# --- the model ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selector:
    labels: list[str]
    vocab: dict[str, tuple[float, list[float]]]  # term -> (idf, coefficient per label)
    intercept: list[float]
    budget_words: dict[str, int]  # words per section in the reference notes (median, train)
    min_probability: float

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> Selector:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_dict(cls, data: dict) -> Selector:
        labels = data["labels"]
        vocab = {t: (idf, coefs) for t, idf, coefs in data["terms"]}
        return cls(
            labels=labels,
            vocab=vocab,
            intercept=data["intercept"],
            budget_words=data["budget_words"],
            min_probability=data["min_probability"],
        )

    def probabilities(self, tokens: list[str]) -> dict[str, float]:
        """Softmax over the labels of one sentence's tokens (TF-IDF with sublinear tf, l2-normalised)."""
        counts = Counter(t for t in tokens if t in self.vocab)
        weights = {t: (1.0 + math.log(c)) * self.vocab[t][0] for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = list(self.intercept)
        for t, w in weights.items():
            coefs = self.vocab[t][1]
            for k in range(len(scores)):
                scores[k] += coefs[k] * w / norm
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {lab: e / total for lab, e in zip(self.labels, exp, strict=True)}


@cache
def selector() -> Selector:
    return Selector.load()


def choose(
    sentences: list[Sentence],
    wanted: set[str],
    model: Selector | None = None,
    keep: Callable[[Sentence], DraftSentence | None] | None = None,
) -> dict[str, list[tuple[Sentence, DraftSentence | None]]]:
    """The sentences each wanted label says: most probable first, each sentence used once (by the label it
    is most probable for), until the label's word budget is spent; returned in the order they were said.

    With ``keep`` (rewrite and verify), only sentences it keeps count: one the verifier drops leaves its
    room to the next most probable sentence."""
    model = model or selector()
    probs = [model.probabilities(toks) for toks in sentence_features(sentences)]
    pairs = sorted(
        (
            (p[lab], i, lab)
            for i, p in enumerate(probs)
            for lab in wanted
            if lab in p and p[lab] >= model.min_probability and _candidate(sentences[i])
        ),
        reverse=True,
    )
    used: set[int] = set()
    words = dict.fromkeys(wanted, 0)
    chosen: dict[str, dict[int, DraftSentence | None]] = {lab: {} for lab in wanted}
    for _, i, lab in pairs:
        if i in used or words[lab] >= model.budget_words.get(lab, 0):
            continue
        used.add(i)
        kept = keep(sentences[i]) if keep else None
        if keep and kept is None:
            continue
        chosen[lab][i] = kept
        words[lab] += len(_TOKEN.findall(sentences[i].low))
    return {lab: [(sentences[i], got[i]) for i in sorted(got)] for lab, got in chosen.items()}


def _candidate(s: Sentence) -> bool:
    """A statement of at least three words (a question is never a note sentence)."""
    return not s.asks and len(_TOKEN.findall(s.low)) >= 3


# --- note register ---------------------------------------------------------------------------------

# Words a rewrite may put in that the speaker did not say: pronouns, the verbs they agree with, and the
# words that stand for a contraction ("i'll" -> "will"). Nothing else is ever added.
REWRITE_WORDS = frozenset(
    "the patient patient's their theirs them themselves they is are has have does do doesn't don't was were "
    "hasn't haven't would will clinician clinician's plans to isn't wasn't want wants going".split()
)
_FILLERS = re.compile(r"\b(?:um+|uh+|uhm+|hmm+|mm+|erm|ah|oh|you know|i mean)\b[,.]?\s*", re.I)
_LEAD = re.compile(
    r"^(?:(?:okay|ok|so|well|yeah|yes|alright|all right|and|but|now|right|sure|oh|like|also|then|hi|hey|"
    r"hello)\b[\s,.]*)+",
    re.I,
)
_TAIL = re.compile(r"(?:[\s,]+(?:okay|ok|alright|all right|right|and|but|so|or|that|which|the|a|of|to))+\W*$", re.I)
_REPAIR = re.compile(r"\b[\w']+-(?:\s+|$)")  # a word broken off ("under- out of control")
_STUTTER = re.compile(r"\b([\w']+(?:\s+[\w']+){0,2})(?:(?:\s*[,-]\s*|\s+)\1\b)+", re.I)
_NEXT_SENTENCE = re.compile(r"([.!?] )([a-z])")
_SPLIT_GONNA = re.compile(r"\b(gon|wan) na\b")
_SPLIT_CONTRACTION = re.compile(r"\s+(n't|'m|'s|'re|'ve|'ll|'d)\b")
_SPACE_PUNCT = re.compile(r"\s+([,.;:?!])")
_DOUBLE_PUNCT = re.compile(r"([,.;:])(?:\s*[,.;:])+")

# The patient's first person -> third: "the patient ..." the first time in a sentence, "they ..." after.
_PATIENT = (
    (r"i am|i'm", "the patient is", "they are"),
    (r"i've|i have", "the patient has", "they have"),
    (r"i haven't", "the patient hasn't", "they haven't"),
    (r"i don't", "the patient doesn't", "they don't"),
    (r"i do", "the patient does", "they do"),
    (r"i'd", "the patient would", "they would"),
    (r"i'll", "the patient will", "they will"),
    (r"i was", "the patient was", "they were"),
    (r"i", "the patient", "they"),
    (r"my", "the patient's", "their"),
    (r"mine", "theirs", "theirs"),
    (r"myself", "themselves", "themselves"),
    (r"me", "them", "them"),
)
# The clinician speaking to the patient -> about the patient; the clinician's own plans as plans.
_CLINICIAN = (
    (r"you're|you are", "the patient is", "they are"),
    (r"you've|you have", "the patient has", "they have"),
    (r"you don't", "the patient doesn't", "they don't"),
    (r"you do", "the patient does", "they do"),
    (r"you were", "the patient was", "they were"),
    (r"your", "the patient's", "their"),
    (r"yourself", "themselves", "themselves"),
    (
        r"(?:i'm|i am|we're|we are) (?:going to|gonna)|i'll|we'll|i want to|we want to|let's|let us",
        "plans to",
        "plans to",
    ),
    (r"i'm|i am|we're|we are", "the clinician is", "the clinician is"),
    (r"i've|we've", "the clinician has", "the clinician has"),
    (r"i'd|we'd", "the clinician would", "the clinician would"),
    (r"i|we", "the clinician", "the clinician"),
    (r"my|our", "the clinician's", "the clinician's"),
    (r"me|us", "the clinician", "the clinician"),
    (r"you", "the patient", "the patient"),
)


def _person_rule(table: tuple) -> tuple[re.Pattern, list[tuple[str, str]]]:
    pattern = "|".join(f"(\\b(?:{alts})\\b)" for alts, _, _ in table)
    return re.compile(pattern), [(first, later) for _, first, later in table]


_PATIENT_RULE = _person_rule(_PATIENT)
_CLINICIAN_RULE = _person_rule(_CLINICIAN)
_VERB_S = frozenset(
    "feel think take get go need want use notice know work live like see eat drink smoke walk run play wake "
    "sleep hurt exercise drive stay check keep wear believe remember guess say mean start stop try "
    "recommend suggest agree prescribe order refer plan suspect hear understand appreciate wonder doubt "
    "worry expect hope find love enjoy".split()
)
_AFTER_SUBJECT = re.compile(
    r"\b(the patient|the clinician) ((?:just|really|also|still|usually|always|never|actually|definitely|only|"
    r"sometimes|normally|mostly) )?(\w+(?:'t)?)(?!\w)"
)
# the clinician talking to the dictation system, not about the patient ("show me the vital signs")
# a question that lost its question mark ("how has your weight been.")
_ASKING = re.compile(
    r"^(?:how|what|when|where|why|which|who|do|does|did|is|are|was|were|have|has|can|could|would|will|any)\b"
    r"(?!\s+(?:of|else)\b)"
)
# "hey lawrence, how're you doing": a greeting, not a note sentence
_GREETING = re.compile(r"^\W*(?:hey|hi|hello|good (?:morning|afternoon|evening))\b(?!.{60})")
_COMMAND = re.compile(r"^\W*(?:(?:okay|ok|so|and|now|hey)\W+)*(?:show me|dragon|dax)\b")
_DIALOGUE_LEFT = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|you|you're|your|we|we'll|us|our|let's)\b")


_IRREGULAR = {
    "do": "does",
    "don't": "doesn't",
    "have": "has",
    "haven't": "hasn't",
    "are": "is",
    "aren't": "isn't",
    "were": "was",
    "weren't": "wasn't",
}


def _agree(m: re.Match) -> str:
    subject, adverb, verb = m.group(1), m.group(2) or "", m.group(3)
    if verb in _IRREGULAR:
        verb = _IRREGULAR[verb]
    elif verb in _VERB_S:
        verb = verb[:-1] + "ies" if verb.endswith("y") and verb not in {"stay", "play"} else verb + "s"
    return f"{subject} {adverb}{verb}"


def _third_person(low: str, rule: tuple[re.Pattern, list[tuple[str, str]]]) -> str:
    pattern, forms = rule
    seen = False

    def repl(m: re.Match) -> str:
        nonlocal seen
        first, later = forms[m.lastindex - 1]
        out = later if seen and first.startswith("the ") else first
        seen = seen or first.startswith("the patient")
        return out

    return pattern.sub(repl, low)


def to_note_register(text: str, speaker: str | None) -> str:
    """The sentence as a note would put it: fillers, stutters, broken-off words and dialogue openers gone,
    persons made third person. Only pronouns, their verbs and contractions change; nothing is added.
    May return '' (nothing left worth a sentence)."""
    low = _SPLIT_CONTRACTION.sub(r"\1", text.strip().lower())  # ACI-Bench's "do n't", "i 'm"
    low = _SPLIT_GONNA.sub(lambda m: "going to" if m.group(1) == "gon" else "want to", low)
    low = _FILLERS.sub("", low)
    low = _REPAIR.sub("", low)
    low = _STUTTER.sub(r"\1", low)
    low = _LEAD.sub("", low)
    # a relative's or guest's "I/my" is not the patient's: left as said, so the sentence is not used
    if role(speaker) == "patient":
        low = _third_person(low, _PATIENT_RULE)
    elif role(speaker) == "clinician":
        low = _third_person(low, _CLINICIAN_RULE)
    low = _STUTTER.sub(r"\1", low)
    low = _AFTER_SUBJECT.sub(_agree, low)
    low = _DOUBLE_PUNCT.sub(r"\1", _SPACE_PUNCT.sub(r"\1", low))
    low = _TAIL.sub("", low.rstrip(" .,;:-")).strip(" ,;:-")
    low = re.sub(r"\s{2,}", " ", low)
    if len(_TOKEN.findall(low)) < 3:
        return ""
    low = low.rstrip(",;:. ") + "."
    low = _NEXT_SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), low)
    return low[0].upper() + low[1:]


def note_sentence(sentence: Sentence, truth: GroundTruth) -> DraftSentence | None:
    """One chosen transcript sentence in note register, verified; None when it says nothing or fails."""
    if sentence.is_question or _COMMAND.match(sentence.low):
        return None
    if len(sentence.text.split()) > LONG_RUN:
        # an unpunctuated run ("... any pain when I press here okay so the x-ray shows ..."): the
        # statements in it, each in note register, without the questions and commands between them
        parts = [_register(chunk, sentence.segment.speaker) for chunk in _DISCOURSE.split(sentence.text)]
        text = " ".join(p for p in parts if p and len(p.split()) >= 4)
    else:
        text = _register(sentence.text, sentence.segment.speaker)
    return verified(text, sentence, truth) if text else None


LONG_RUN = 35  # words: longer "sentences" are unpunctuated speech, split at its discourse markers
_DISCOURSE = re.compile(
    r"[?]|\b(?:okay|ok|alright|all right|um|uh)\b[,.]?(?=\s+(?:so|now|and|let's|let|i|we|you|then|alright|okay)\b)"
    r"|\b(?:so now|and then|now)\b(?=\s+(?:i|i'm|we|you|let's|let|the|your)\b)"
    # a question asked inside the run starts a new piece (and is then dropped as a question)
    r"|\b(?:so )?(?=(?:do|does|did|can|could|are|have|has) (?:you|it|that|they)\b)",
    re.I,
)


def _register(text: str, speaker: str | None) -> str:
    """``to_note_register``, or '' when what is left is dialogue, a question or a dictation command."""
    if _COMMAND.match(text.lower()) or _GREETING.match(text.lower()):
        return ""
    out = to_note_register(text, speaker)
    if not out or _DIALOGUE_LEFT.search(out.lower()) or _ASKING.match(out.lower()):
        return ""
    return out


def verified(text: str, sentence: Sentence, truth: GroundTruth) -> DraftSentence | None:
    """``text`` (a rewrite of ``sentence``) with the sentence's evidence, or None when the verifier finds a
    drug, dose, number, negation, laterality or diagnosis in it that the visit's facts do not support."""
    problems, _ = check(text, truth)
    if problems:
        return None
    evidence = sentence.evidence(0, len(sentence.low))
    if _touches_uncertain_drug(evidence, truth):
        return None  # a misheard drug name is the clinician's to confirm, never repeated in the note
    return DraftSentence(text=text, source="transcript", evidence=evidence, status=SentenceStatus.supported)


def _touches_uncertain_drug(evidence: list[Evidence], truth: GroundTruth) -> bool:
    for f in truth.facts:
        if f.kind in (FactKind.medication, FactKind.allergy) and is_uncertain(f):
            for e in f.evidence:
                if any(
                    x.segment_id == e.segment_id and x.char_start < e.char_end and e.char_start < x.char_end
                    for x in evidence
                ):
                    return True
    return False


def select_sentences(
    truth: GroundTruth, labels_by_section: dict[str, list[str]], model: Selector | None = None
) -> dict[str, list[DraftSentence]]:
    """For each section key, the verified note sentences its learned labels choose from the transcript."""
    wanted = {lab for labs in labels_by_section.values() for lab in labs}
    if not wanted or not truth.sentences:
        return {key: [] for key in labels_by_section}
    chosen = choose(truth.sentences, wanted, model, keep=lambda s: note_sentence(s, truth))
    out: dict[str, list[DraftSentence]] = {}
    for key, labs in labels_by_section.items():
        picked = sorted((pair for lab in labs for pair in chosen.get(lab, [])), key=lambda pair: pair[0].index)
        out[key] = [d for _, d in picked if d is not None]
    return out
