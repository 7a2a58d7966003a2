"""Build a draft from a template: fact sentences rendered deterministically, plus short model prose
that the verifier checks before a clinician sees it."""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.clinical.drug_certainty import display_label, drug_phrase
from engine.clinical.extract import extract
from engine.clinical.problem_certainty import problem_line
from engine.clinical.sentences import Sentence
from engine.clinical.unattributed_doses import unattributed_doses
from engine.draft.llm import LocalLLM, TokenSink
from engine.draft.select import select_sentences
from engine.draft.structure import (
    BY_PROBLEM_KINDS,
    PLAN_STATUSES,
    by_problem,
    chief_complaint,
    complaints,
    follow_up_text,
    medication_plan,
    visit_length,
)
from engine.draft.templates import SectionSpec, Template
from engine.draft.verify import GroundTruth, verify_sentence
from engine.types import Draft, DraftSection, DraftSentence, Fact, FactKind, SentenceStatus, Transcript

# an item is about the problem discussed within this share of the visit (at least a minute) before it
PROBLEM_WINDOW = 0.25
SYSTEM = (
    "You answer a question about a clinic visit transcript, for one section of the clinical note. Write in "
    "the third person, in short note style, never as dialogue. Use only what the transcript says; never add "
    "drugs, doses, numbers or diagnoses. If the transcript does not answer the question, return no sentences. "
    'Answer as JSON: {"sentences": [...]}.'
)
OUTPUT_TOKENS = 200
SectionHook = Callable[[str], None]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _fact_sentence(text: str, facts: list[Fact]) -> DraftSentence:
    evidence = [e for f in facts for e in f.evidence]
    return DraftSentence(text=text, source="facts", evidence=evidence)


PLAIN_FREQ = {
    "once daily": "once a day",
    "twice daily": "twice a day",
    "three times daily": "three times a day",
    "four times daily": "four times a day",
    "nightly": "every night",
    "as needed": "when you need it",
}


def render_plain(section: SectionSpec, facts: list[Fact]) -> list[DraftSentence]:
    """The same facts in words a patient understands (patient-instruction templates)."""
    chosen = [f for f in facts if any(sel.matches(f) for sel in section.facts)]
    out: list[DraftSentence] = []
    for f in chosen:
        a = f.attributes
        if f.kind == FactKind.medication:
            how = " ".join(
                x for x in (f.dose_text(), PLAIN_FREQ.get(a.get("frequency", ""), a.get("frequency", ""))) if x
            )
            if a.get("duration"):
                how += f" for {a['duration']}"
            name = drug_phrase(f)  # an unsure drug name is never stated as certain
            text = {
                "started": f"Start taking {name} {how}.",
                "stopped": f"Stop taking {name}.",
                "changed": f"Change how you take {name}: {how}.",
            }.get(a.get("status", ""), f"Keep taking {name} {how}.")
            out.append(_fact_sentence(" ".join(text.split()), [f]))
        elif f.kind == FactKind.allergy:
            out.append(
                _fact_sentence(
                    "No known allergies to medicines." if f.negated else f"You are allergic to {drug_phrase(f)}.", [f]
                )
            )
        elif f.kind == FactKind.order:
            out.append(_fact_sentence(f"We will do a {f.name}.", [f]))
        elif f.kind == FactKind.follow_up:
            out.append(_fact_sentence(f"Come back in {a['interval']}.", [f]))
    return out


def render_facts(section: SectionSpec, facts: list[Fact]) -> list[DraftSentence]:
    """Plain sentences that state the selected facts, each linked to the facts' evidence."""
    chosen = [f for f in facts if any(sel.matches(f) for sel in section.facts)]
    out: list[DraftSentence] = []
    by_kind: dict[FactKind, list[Fact]] = {}
    for f in chosen:
        by_kind.setdefault(f.kind, []).append(f)

    symptoms = by_kind.get(FactKind.symptom, [])
    # hedged ones last: "Reports sore throat and possible runny nose", never "possible runny nose and sore throat"
    present = sorted((f for f in symptoms if not f.negated), key=lambda f: "certainty" in f.attributes)
    absent = [f for f in symptoms if f.negated]
    if present:
        out.append(_fact_sentence(f"Reports {_join([f.label() for f in present])}.", present))
    if absent:
        out.append(_fact_sentence(f"Denies {_join([f.name for f in absent])}.", absent))

    meds = by_kind.get(FactKind.medication, [])
    if section.key == "plan" or all(f.attributes.get("status") in {"started", "stopped", "changed"} for f in meds):
        out += [_fact_sentence(medication_plan(f), [f]) for f in meds]
    elif meds:
        out.append(_fact_sentence("Medications: " + "; ".join(display_label(f) for f in meds) + ".", meds))

    allergies = by_kind.get(FactKind.allergy, [])
    if allergies:
        if all(f.negated for f in allergies):
            out.append(_fact_sentence("No known drug allergies.", allergies))
        else:
            out.append(
                _fact_sentence(
                    "Allergies: " + "; ".join(display_label(f) for f in allergies if not f.negated) + ".", allergies
                )
            )
    units = {"degF": "°F", "Cel": "°C", "%": "%"}
    for f in by_kind.get(FactKind.vital, []):
        unit = units.get(f.attributes.get("unit", ""), " " + f.attributes.get("unit", ""))
        out.append(_fact_sentence(f"{f.name.capitalize()} {f.attributes['value']}{unit}.", [f]))
    for f in by_kind.get(FactKind.problem, []):
        out.append(_fact_sentence(problem_line(f), [f]))  # "Possible bronchitis (J20.9; differential: ...)."
    orders = by_kind.get(FactKind.order, [])
    if orders:
        out.append(_fact_sentence(f"Ordered: {_join([f.name for f in orders])}.", orders))
    for f in by_kind.get(FactKind.follow_up, []):
        out.append(_fact_sentence(follow_up_text(f.attributes["interval"]), [f]))
    out += _history_exam_results(by_kind)
    return out


_HISTORY = (
    ("past_medical", "Past medical history"),
    ("past_surgical", "Past surgical history"),
    ("family", "Family history"),
    ("social", "Social history"),
)


def _history_exam_results(by_kind: dict[FactKind, list[Fact]]) -> list[DraftSentence]:
    """History by category, examination findings and results: one line each, every item with evidence."""
    out: list[DraftSentence] = []
    history = by_kind.get(FactKind.history, [])
    for category, title in _HISTORY:
        items = [f for f in history if f.attributes.get("category") == category]
        if items:
            out.append(_fact_sentence(f"{title}: " + "; ".join(f.label() for f in items) + ".", items))
    exam = by_kind.get(FactKind.exam, [])
    if exam:
        out.append(_fact_sentence("Examination: " + "; ".join(f.label() for f in exam) + ".", exam))
    results = by_kind.get(FactKind.result, [])
    if results:
        out.append(_fact_sentence("Results: " + "; ".join(f.label() for f in results) + ".", results))
    return out


_DURATION_WORDS = re.compile(
    r"\b(?:for (?:about |almost |over |the (?:past|last) )?\d+|since|started|began|"
    r"(?:days?|weeks?|months?|years?) ago|every (?:day|morning|night)|worse|better)\b"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|we'll|let's|i'm going to|i'll)\b")


def patient_quotes(truth: GroundTruth, facts: list[Fact], limit: int) -> list[DraftSentence]:
    """Up to ``limit`` of the patient's own statements about their complaint, quoted verbatim.

    Extractive on purpose: the words are the patient's, with evidence, so nothing can be invented. A
    sentence qualifies when it is an answer (not a question), is not the clinician speaking (speaker
    label, or "you/your" when no label), and mentions a symptom from the facts or how long or how often.
    """
    if limit <= 0:
        return []
    symptom_segments = {e.segment_id for f in facts if f.kind == FactKind.symptom for e in f.evidence}
    scored = []
    for s in truth.sentences:
        speaker = s.segment.speaker
        if speaker and speaker not in {"patient", "guest_family", "family"}:
            continue
        if s.is_question or (not speaker and _SECOND_PERSON.search(s.low)) or len(s.text) < 20:
            continue
        score = (s.segment.id in symptom_segments) * 2 + bool(_DURATION_WORDS.search(s.low))
        if score:
            scored.append((score, s.index, s))
    best = sorted(sorted(scored, key=lambda x: (-x[0], x[1]))[:limit], key=lambda x: x[1])
    return [
        DraftSentence(text=f'Patient: "{s.text.strip()}"', source="transcript", evidence=s.evidence(0, len(s.low)))
        for _, _, s in best
    ]


def excerpt(
    sections: SectionSpec | list[SectionSpec],
    facts: list[Fact],
    truth: GroundTruth,
    llm: LocalLLM,
    budget_tokens: int,
) -> tuple[str, bool]:
    """The transcript sentences the sections' prose may draw on, within a token budget.

    Sentences linked to the sections' facts come first, then the opening of the visit (where the reason
    for the visit usually is), then everything else in order. Returns (text, truncated).
    """
    specs = sections if isinstance(sections, list) else [sections]
    chosen = [f for f in facts if any(sel.matches(f) for spec in specs for sel in spec.facts)]
    seg_ids = {e.segment_id for f in chosen for e in f.evidence}
    sentences = truth.sentences
    linked = [s for s in sentences if s.segment.id in seg_ids]
    order: list[Sentence] = linked + sentences[:8] + sentences
    picked: dict[int, Sentence] = {}
    used = 0
    for s in order:
        if s.index in picked:
            continue
        cost = llm.count_tokens(s.text) + 1
        if used + cost > budget_tokens:
            continue
        picked[s.index] = s
        used += cost
    text = " ".join(picked[i].text for i in sorted(picked))
    return text, len(picked) < len(sentences)


def shared_excerpt(template: Template, facts: list[Fact], truth: GroundTruth, llm: LocalLLM) -> tuple[str, bool]:
    """One transcript excerpt for every prose section of a template: (text, truncated); ("", False) if none.

    The prompts then share their long transcript prefix, which llama.cpp evaluates once (its KV cache keeps
    the common prefix between calls) instead of once per section.
    """
    prose_specs = [spec for spec in template.sections if spec.prose]
    if not prose_specs:
        return "", False
    budget = llm.n_ctx - OUTPUT_TOKENS - max(llm.count_tokens(SYSTEM + s.prose) for s in prose_specs) - 64
    return excerpt(prose_specs, facts, truth, llm, budget)


def prose_prompt(excerpt_text: str, spec: SectionSpec) -> str:
    return f"Transcript:\n{excerpt_text}\n\nSection: {spec.title}\nQuestion: {spec.prose}"


def prefill(template: Template, transcript: Transcript, llm: LocalLLM) -> None:
    """While recording: evaluate the first prose prompt over the transcript so far, so that at Stop the model
    only reads what was said since (the draft's prompts start with the same transcript text)."""
    first = next((spec for spec in template.sections if spec.prose), None)
    if first is None or not transcript.segments:
        return
    facts = extract(transcript)
    text, _ = shared_excerpt(template, facts, GroundTruth.build(transcript, facts), llm)
    llm.prefill(SYSTEM, prose_prompt(text, first))


def _section_sentences(
    template: Template,
    spec: SectionSpec,
    facts: list[Fact],
    truth: GroundTruth,
    selected: dict[str, list[DraftSentence]],
    prose: list[DraftSentence],
) -> list[DraftSentence]:
    """One section's sentences, arranged as the template's layout says; every one carries evidence."""
    if spec.layout == "chief_complaint":
        return chief_complaint(facts, truth) or prose[:1]
    if spec.layout == "by_problem":
        chosen = [f for f in facts if any(sel.matches(f) for sel in spec.facts)]
        arranged = by_problem(
            chosen,
            selected.get(spec.key, []) + prose,
            facts,
            fallback=complaints(facts, truth)[:1],
            window=max(60.0, PROBLEM_WINDOW * visit_length(truth)),
            truth=truth,
        )
        placed = {
            id(f)
            for f in chosen
            if f.kind in BY_PROBLEM_KINDS
            and (f.kind != FactKind.medication or f.attributes.get("status") in PLAN_STATUSES)
        }
        return render_facts(spec, [f for f in chosen if id(f) not in placed]) + arranged
    sentences = render_plain(spec, facts) if template.style == "plain" else render_facts(spec, facts)
    return sentences + selected.get(spec.key, []) + patient_quotes(truth, facts, spec.quotes) + prose


def build_draft(
    template: Template,
    transcript: Transcript,
    facts: list[Fact],
    llm: LocalLLM | None,
    on_token: TokenSink | None = None,
    on_section: SectionHook | None = None,
) -> Draft:
    """The whole draft. With ``llm=None`` only fact sentences are written (a safe, fast draft)."""
    truth = GroundTruth.build(transcript, facts)
    sections: list[DraftSection] = []
    removed: list[DraftSentence] = []
    notes: list[str] = []
    shared, truncated = shared_excerpt(template, facts, truth, llm) if llm is not None else ("", False)
    if shared and truncated:
        notes.append(
            "The model's prose saw the parts of this long visit linked to the note's facts, not the whole "
            "transcript (facts were extracted from all of it)."
        )
    # what each section says from the transcript, chosen by the learned selector (trained on ACI-Bench
    # train), in note register and verified sentence by sentence; the plain template has none
    selected = select_sentences(truth, {spec.key: spec.select for spec in template.sections if spec.select})
    for spec in template.sections:
        if on_section:
            on_section(spec.key)
        prose: list[DraftSentence] = []
        if spec.prose and llm is not None:
            user = prose_prompt(shared, spec)
            for line in llm.sentences(SYSTEM, user, on_token=on_token, max_tokens=OUTPUT_TOKENS):
                checked = verify_sentence(line, truth)
                (removed if checked.status == SentenceStatus.unsupported else prose).append(checked)
        sections.append(
            DraftSection(
                key=spec.key,
                title=spec.title,
                sentences=_section_sentences(template, spec, facts, truth, selected, prose),
            )
        )
    # A re-heard or unclear drug name is not a note to the reader: its fact is marked uncertain
    # (engine/clinical/drug_certainty.py) and the review list blocks signing until it is confirmed.
    notes.extend(transcript.warnings)
    for ev in unattributed_doses(truth.sentences):  # the sentences split once, for the verifier
        notes.append(
            f"A dose was said at {ev.start_s:.0f} s ('{ev.quote}') but no drug name was recognised; "
            "listen to the recording and add the medication."
        )
    covered = {id(f) for spec in template.sections for f in facts if any(sel.matches(f) for sel in spec.facts)}
    # A patient handout leaves out the examination and history on purpose; only what the patient must
    # act on (medicines, allergies, tests, follow-up) is an omission there.
    kinds_that_matter = (
        {FactKind.medication, FactKind.allergy, FactKind.order, FactKind.follow_up}
        if template.style == "plain"
        else set(FactKind)
    )
    omissions = [display_label(f) for f in facts if id(f) not in covered and f.kind in kinds_that_matter]
    return Draft(
        template=f"{template.name}@{template.version}",
        sections=sections,
        removed=removed,
        omissions=omissions,
        notes=notes,
        model=llm.name if llm else "",
    )
