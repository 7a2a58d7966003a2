"""Typed records passed between pipeline stages.

Data flows one way: audio -> Transcript -> Fact -> Draft -> Note. Each stage takes and returns these
records only, so the UI, the CLI, tests and benchmarks all consume the same shapes.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class Word(BaseModel):
    """One recognised word with its time span in seconds from the start of the recording."""

    start: float
    end: float
    text: str
    probability: float = 1.0
    heard_as: str | None = None  # set when the drug-name re-listening pass replaced what was first heard


class Segment(BaseModel):
    """A stretch of speech; ``id`` is stable within a transcript and is what evidence points at."""

    id: int
    start: float
    end: float
    text: str
    words: list[Word] = Field(default_factory=list)
    speaker: str | None = None
    # how sure the role labeller was of ``speaker`` (engine/transcribe/roles.py); None when a person or the
    # written dialogue gave the label, or when no role was assigned
    speaker_confidence: float | None = None
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    recovered: bool = False  # decoded again from speech the first pass skipped (engine/transcribe/gaps.py)
    # a summary of the voice (engine/transcribe/voices.py) for the role labeller; never stored or shown
    voice: list[float] | None = Field(default=None, exclude=True, repr=False)


class Transcript(BaseModel):
    """A whole transcript: the segments in time order plus what produced them."""

    segments: list[Segment]
    duration_s: float
    language: str = "en"
    model: str = ""
    warnings: list[str] = Field(default_factory=list)
    # Spoken in another language (a multilingual model): ``segments`` are Whisper's English translation,
    # marked by ``translated_from``; ``original_segments`` keep what was said, as it was said.
    translated_from: str | None = None
    original_segments: list[Segment] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    def segment(self, segment_id: int) -> Segment:
        for s in self.segments:
            if s.id == segment_id:
                return s
        raise KeyError(segment_id)


class Evidence(BaseModel):
    """Where in the conversation something came from: a character span of one segment and its times."""

    segment_id: int
    char_start: int
    char_end: int
    start_s: float
    end_s: float
    quote: str


class FactKind(StrEnum):
    medication = "medication"
    allergy = "allergy"
    vital = "vital"
    symptom = "symptom"
    problem = "problem"
    order = "order"
    follow_up = "follow_up"
    result = "result"  # a lab or imaging result said in the visit (never an order)
    exam = "exam"  # a finding the clinician states on examination, normal or abnormal
    history = "history"  # past medical/surgical, family or social history (attributes["category"])


class Fact(BaseModel):
    """One clinical fact with the evidence that supports it.

    ``attributes`` holds the kind-specific fields (dose, unit, frequency, status, value, ...), all as
    normalised strings so that facts compare and serialise the same way everywhere.
    """

    kind: FactKind
    name: str
    attributes: dict[str, str] = Field(default_factory=dict)
    negated: bool = False
    evidence: list[Evidence] = Field(default_factory=list)

    def dose_text(self) -> str:
        """A medication's dose as the note may state it: an impossible one the visit gave (``unclear_dose``,
        engine/clinical/dose_plausibility.py) is shown as unclear with its words, never as the dose."""
        a = self.attributes
        if a.get("dose"):
            return a.get("dose_range") or a["dose"]  # "1-2 puffs" as said, not its top alone
        return f"(dose unclear: the visit says {a['unclear_dose']})" if a.get("unclear_dose") else ""

    def label(self) -> str:
        """A short human line, e.g. ``lisinopril 10 mg once daily (started)``."""
        a = self.attributes
        if self.kind == FactKind.medication:
            bits = [self.name, self.dose_text(), a.get("frequency", "")]
            line = " ".join(b for b in bits if b)
            return f"{line} ({a['status']})" if a.get("status") else line
        if self.kind == FactKind.vital:
            return f"{self.name} {a.get('value', '')} {a.get('unit', '')}".strip()
        if self.kind == FactKind.allergy:
            reaction = a.get("reaction")
            return f"{self.name} ({reaction})" if reaction else self.name
        if self.kind == FactKind.symptom:
            if self.negated:
                return f"no {self.name}"
            # a hedged answer ("maybe a little runny nose") stays hedged wherever the fact is written
            return f"possible {self.name}" if a.get("certainty") == "possible" else self.name
        if self.kind == FactKind.problem and a.get("icd10"):
            return f"{self.name} ({a['icd10']})"
        if self.kind == FactKind.follow_up:
            return f"follow up in {a.get('interval', self.name)}"
        if self.kind == FactKind.result:
            if not a.get("value"):
                return self.name
            # an earlier value said beside today's is never shown as today's ("... 7.9 (earlier: last time)")
            if a.get("earlier"):
                return f"{self.name}: {a['value']} (earlier: {a['earlier']})"
            was = f" (previously {a['previous']})" if a.get("previous") else ""
            return f"{self.name}: {a['value']}{was}"
        if self.kind == FactKind.exam:
            where = " ".join(x for x in (a.get("laterality", ""), a.get("site", "")) if x)
            line = f"{self.name} ({where})" if where and where not in self.name else self.name
            return f"no {line}" if self.negated else line
        if self.kind == FactKind.history:
            if a.get("category") == "family":
                return f"{a.get('relation', 'family')}: {self.name}"
            if a.get("category") == "social":
                return f"{self.name}: {a['value']}" if a.get("value") else self.name
            return self.name
        return self.name


class SentenceStatus(StrEnum):
    supported = "supported"
    unsupported = "unsupported"


class DraftSentence(BaseModel):
    """One sentence of a draft, with the facts it rests on and the verifier's verdict."""

    text: str
    source: str  # "facts" (rendered from extracted facts) or "model" (written by the LLM)
    evidence: list[Evidence] = Field(default_factory=list)
    status: SentenceStatus = SentenceStatus.supported
    problems: list[str] = Field(default_factory=list)


class DraftSection(BaseModel):
    key: str
    title: str
    sentences: list[DraftSentence] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences if s.status == SentenceStatus.supported)


class Draft(BaseModel):
    """A note draft: template sections, the verifier's findings and the model that wrote the prose."""

    template: str
    sections: list[DraftSection]
    removed: list[DraftSentence] = Field(default_factory=list)
    omissions: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    model: str = ""

    def render_text(self) -> str:
        """The note as signed, printed and sent: supported sentences only.

        What the verifier removed, omissions and notices are for the reviewing clinician and live beside
        the note (``engine/review.py`` flags, the review panel, the audit trail), never in its text, PDF
        or FHIR resources.
        """
        out: list[str] = []
        for sec in self.sections:
            out.append(sec.title.upper())
            lines = [s.text for s in sec.sentences if s.status == SentenceStatus.supported]
            out.extend(lines or ["(nothing recorded)"])
            out.append("")
        return "\n".join(out).strip() + "\n"


class PipelineResult(BaseModel):
    """Everything one run of the pipeline produced, as stored and as written by ``--json``."""

    visit_id: str
    note_id: str
    source_name: str
    transcript: Transcript
    facts: list[Fact]
    draft: Draft
    timings_s: dict[str, float] = Field(default_factory=dict)
