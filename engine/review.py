"""Review before signing: what the clinician must resolve or acknowledge, and edits to a draft.

Edits are the clinician's words and stay in the note, but they still go through the verifier: a dose or
number the transcript never mentions is flagged so that a typo (50 mg for 5 mg) is seen before signing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import select

from engine.clinical.drug_certainty import DRUG_CERTAINTY, candidates_of, drug_phrase, is_uncertain
from engine.draft.verify import GroundTruth, check
from engine.errors import ChartsideError

# How items read to people lives in engine/review_display.py; callers keep importing those names from here.
from engine.review_display import (  # noqa: F401 - re-exported
    FACT_CHOICES,
    FLAG_LABELS,
    MEDICATION_STATUSES,
    NEGATABLE,
    UNIT_WORDS,
    attribute_label,
    editable_text,
    fact_display,
    flag_label,
    section_copy_text,
)
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import DraftRecord, FactRecord, Note, now
from engine.types import Draft, DraftSentence, Evidence, Fact, FactKind, PipelineResult, SentenceStatus


class ReviewError(ChartsideError):
    exit_code = 6


@dataclass(frozen=True)
class Flag:
    """One thing the clinician must look at before signing."""

    id: str
    kind: str  # unsupported | omission | notice | edit | fact | uncertain-drug | dose
    text: str
    detail: str = ""


# Kinds an acknowledgement does not clear: only correcting the fact does (a plausible wrong drug is the most
# dangerous thing a scribe can write, and a tick box is too easy to tick).
MUST_RESOLVE = frozenset({"uncertain-drug"})


def _fid(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


def flags(draft: Draft, facts: list[Fact] | None = None) -> list[Flag]:
    """Unsupported statements the verifier removed, omissions, notices, edits with unverified content,
    and facts the clinician changed (the note text may still say the old value)."""
    out = [Flag(_fid("unsupported", s.text), "unsupported", s.text, "; ".join(s.problems)) for s in draft.removed]
    # Omissions are one item (not one per word), and what the note now says (the clinician added it) is gone.
    said = draft.render_text().lower()
    missing = list(dict.fromkeys(o for o in draft.omissions if o.strip() and o.lower() not in said))
    if missing:
        out.append(
            Flag(
                _fid("omission", *missing),
                "omission",
                "The visit mentioned " + ", ".join(missing) + ", which the note does not.",
                "Add what matters to the note, or tick to say it can stay out.",
            )
        )
    # a notice about a moment ("a dose was said at 56 s") is resolved by a fact the clinician added there
    out += [Flag(_fid("notice", n), "notice", n) for n in draft.notes if not _added_at(n, facts or [])]
    for sec in draft.sections:
        for s in sec.sentences:
            if s.source == "clinician" and s.problems:
                out.append(Flag(_fid("edit", sec.key, s.text), "edit", s.text, "; ".join(s.problems)))
    for f in facts or []:
        if is_uncertain(f):
            out.append(uncertain_drug_flag(f))
        if (
            f.kind == FactKind.medication
            and f.attributes.get("unclear_dose")
            and f.attributes.get("edited") != "clinician"
        ):
            out.append(unclear_dose_flag(f))
        if f.attributes.get("edited") == "clinician" and not note_says(draft, f):
            out.append(
                Flag(
                    _fid("fact", f.kind, f.label()),
                    "fact",
                    f"You changed {f.kind.value}: {f.label()}",
                    "Check that the note says the same, or re-draft.",
                )
            )
    return out


def _added_at(note: str, facts: list[Fact]) -> bool:
    """Whether the clinician added a fact from the moment a notice names ("at 56 s")."""
    import re

    m = re.search(r"\bat (\d+(?:\.\d+)?) ?s\b", note)
    at = float(m.group(1)) if m else None
    return at is not None and any(
        e.start_s - 1.0 <= at <= e.end_s + 1.0
        for f in facts
        if f.attributes.get("added") == "clinician"
        for e in f.evidence
    )


def add_fact(
    facts: list[Fact], kind: str, name: str, attributes: dict[str, str], evidence: list[Evidence]
) -> list[Fact]:
    """The facts with one the clinician added (e.g. the medication whose dose was heard without a name),
    resting on the moment of the recording it was added from, and marked as the clinician's."""
    if not name.strip():
        raise ReviewError("A fact needs a name; type it, or cancel.")
    try:
        fact_kind = FactKind(kind)
    except ValueError:
        raise ReviewError(
            f"There is no kind of fact called {kind!r}; choose a medication, allergy or problem."
        ) from None
    attrs = {k: v.strip() for k, v in attributes.items() if v and v.strip()} | {
        "added": "clinician",
        "edited": "clinician",
    }
    return [*facts, Fact(kind=fact_kind, name=name.strip().lower(), attributes=attrs, evidence=evidence)]


def uncertain_drug_flag(f: Fact) -> Flag:
    """The review item of a drug name the recogniser was not sure of."""
    a = f.attributes
    when = min((e.start_s for e in f.evidence), default=None)
    at = f" at {when:.0f} s" if when is not None else ""
    what = "allergy" if f.kind.value == "allergy" else "medication"
    text = (
        f"Which drug? The {what}{at} is {drug_phrase(f)}: pick or type the drug in the facts list "
        "(an acknowledgement is not enough)."
    )
    detail = [f"First heard as '{a.get('heard_as', '')}'."]
    if a.get("implausible"):
        detail.append(f"The transcript says '{a['implausible']}', which has no form for the dose said.")
    elif f.name not in candidates_of(f):
        detail.append(f"The transcript says '{f.name}'.")
    return Flag(_fid("uncertain-drug", f.kind, f.name, a.get("heard_as", "")), "uncertain-drug", text, " ".join(detail))


def unclear_dose_flag(f: Fact) -> Flag:
    """The review item of a medication whose dose, as read from the visit, no product of the drug has."""
    dose = f.attributes["unclear_dose"]
    text = (
        f"Check the dose of {f.name}: the visit gives {dose}, which no {f.name} product has (the dose may belong "
        "to another drug). Correct it in the facts list, or tick to leave the dose out of the note."
    )
    return Flag(_fid("dose", f.name, dose), "dose", text)


def flag_evidence(flag: Flag, result: PipelineResult) -> list[Evidence]:
    """Where in the recording a review item's moment is, so that the review can play it: a removed sentence's
    or a fact's own evidence, the time a notice names ("at 56 s"), or where an omitted word was said."""
    import re

    segments = result.transcript.segments

    def whole(seg) -> Evidence:
        return Evidence(
            segment_id=seg.id, char_start=0, char_end=len(seg.text), start_s=seg.start, end_s=seg.end, quote=seg.text
        )

    if flag.kind == "unsupported":
        return next((list(s.evidence) for s in result.draft.removed if s.text == flag.text), [])
    if flag.kind in ("uncertain-drug", "fact", "dose"):
        for f in result.facts:
            if (
                (flag.kind == "fact" and flag.text.endswith(f.label()))
                or (flag.kind == "uncertain-drug" and is_uncertain(f) and uncertain_drug_flag(f).id == flag.id)
                or (flag.kind == "dose" and f.attributes.get("unclear_dose") and unclear_dose_flag(f).id == flag.id)
            ):
                return list(f.evidence)
        return []
    if flag.kind == "notice" and (m := re.search(r"\bat (\d+(?:\.\d+)?) ?s\b", flag.text)):
        at = float(m.group(1))
        seg = next((g for g in segments if g.start <= at <= g.end + 0.5), None)
        return [whole(seg)] if seg else []
    if flag.kind == "omission":
        for word in result.draft.omissions:
            for seg in segments:
                i = seg.text.lower().find(word.lower())
                if word.strip() and i >= 0:
                    return [
                        Evidence(
                            segment_id=seg.id,
                            char_start=i,
                            char_end=i + len(word),
                            start_s=seg.start,
                            end_s=seg.end,
                            quote=seg.text[i : i + len(word)],
                        )
                    ]
    return []


def must_resolve(flag_list: list[Flag]) -> list[Flag]:
    """The flags that block signing whatever is acknowledged."""
    return [f for f in flag_list if f.kind in MUST_RESOLVE]


def unresolved(draft: Draft, acknowledged: set[str], facts: list[Fact] | None = None) -> list[Flag]:
    """The flags signing still waits for: each one not acknowledged, and every one that must be resolved."""
    return [f for f in flags(draft, facts) if f.id not in acknowledged or f.kind in MUST_RESOLVE]


def edit_fact(
    facts: list[Fact], index: int, name: str, attributes: dict[str, str], negated: bool, delete: bool = False
) -> list[Fact]:
    """The facts with one corrected (or deleted); a corrected fact keeps its evidence and says who changed it."""
    if not 0 <= index < len(facts):
        raise ReviewError("That fact is no longer in this note; reload the page.")
    if delete:
        return facts[:index] + facts[index + 1 :]
    if not name.strip():
        raise ReviewError("A fact needs a name; type it, or delete the fact.")
    attrs = {k: v.strip() for k, v in attributes.items() if v and v.strip()} | {"edited": "clinician"}
    old = facts[index].attributes
    if old.get("certainty") in DRUG_CERTAINTY:
        # The clinician has now named the drug: it is confirmed, and what was first heard stays on record.
        attrs = {k: v for k, v in attrs.items() if k not in {"candidates", "implausible"}}
        attrs |= {"certainty": "confirmed", "heard_as": old.get("heard_as", "")}
    # the clinician has seen the fact and set it as it should be (the dose field says the dose, or none): the
    # unclear dose is answered, so the note no longer says "(dose unclear ...)" behind a cleared flag
    attrs.pop("unclear_dose", None)
    fixed = facts[index].model_copy(update={"name": name.strip(), "attributes": attrs, "negated": negated})
    return facts[:index] + [fixed] + facts[index + 1 :]


def note_says(draft: Draft, fact: Fact) -> bool:
    """Whether one statement of the note names the fact with its dose (so a corrected fact needs no check)."""
    wanted = [fact.name, fact.attributes.get("dose", ""), fact.attributes.get("value", "")]
    wanted = [w.lower() for w in wanted if w]
    return any(
        all(w in s.text.lower() for w in wanted)
        for sec in draft.sections
        for s in sec.sentences
        if s.status == SentenceStatus.supported
    )


def rewrite_for_fact(draft: Draft, old: Fact, new: Fact | None) -> Draft:
    """The note after one fact was corrected: the drafted statements that named the old fact say the new
    values (name, dose, frequency...). What the clinician typed is never rewritten; a deleted fact changes
    nothing here (the clinician decides what the note says about it)."""
    import re

    if new is None:
        return draft
    pairs = [(old.name, new.name)] + [
        (v, new.attributes.get(k, ""))
        for k, v in old.attributes.items()
        if k not in {"edited", "heard_as", "candidates", "implausible", "certainty"}
        and v
        and new.attributes.get(k, "")
        and new.attributes.get(k) != v
    ]
    pairs = [(a, b) for a, b in pairs if a and b and a != b]
    if not pairs:
        return draft
    sections = []
    for sec in draft.sections:
        sentences = []
        for s in sec.sentences:
            if s.source != "clinician" and old.name and old.name.lower() in s.text.lower():
                text_ = s.text
                for a, b in pairs:
                    text_ = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, text_, flags=re.IGNORECASE)
                s = s.model_copy(update={"text": text_})
            sentences.append(s)
        sections.append(sec.model_copy(update={"sentences": sentences}))
    return draft.model_copy(update={"sections": sections})


def save_facts(store: Store, visit_id: str, note_id: str, facts: list[Fact], actor: str) -> None:
    """Replace a visit's facts in one transaction (refused once its note is signed)."""
    from sqlalchemy import delete

    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None or note.signed_at is not None:
            raise ReviewError("This note is signed; its facts cannot change — add an amendment instead.")
        s.exec(delete(FactRecord).where(FactRecord.visit_id == visit_id))
        for f in facts:
            s.add(
                FactRecord(
                    visit_id=visit_id, kind=f.kind.value, name=f.name, negated=f.negated, fact_json=f.model_dump_json()
                )
            )
        audit.append(s, actor, "edit_facts", "note", note_id)


def edit_section(result: PipelineResult, key: str, text: str) -> Draft:
    """The draft with one section replaced by the clinician's text (checked, never removed)."""
    truth = GroundTruth.build(result.transcript, result.facts)
    problems, evidence = check(text, truth) if text.strip() else ([], [])
    sections = []
    found = False
    for sec in result.draft.sections:
        if sec.key == key:
            found = True
            sentence = DraftSentence(
                text=text.strip(),
                source="clinician",
                evidence=evidence,
                status=SentenceStatus.supported,
                problems=problems,
            )
            sec = sec.model_copy(update={"sentences": [sentence] if text.strip() else []})
        sections.append(sec)
    if not found:
        raise ReviewError(f"The template has no section '{key}'; reload the note and try again.")
    return result.draft.model_copy(update={"sections": sections})


def save_draft(store: Store, note_id: str, draft: Draft, actor: str, action: str = "edit") -> None:
    """Store a new draft version for an unsigned note and its rendered text, in one transaction."""
    with store.session() as s:
        note = s.get(Note, note_id)
        if note is None:
            raise ReviewError(f"There is no note {note_id}.")
        if note.signed_at is not None:
            raise ReviewError("This note is signed and cannot be edited; add an amendment instead.")
        old = s.get(DraftRecord, note.draft_id)
        version = (old.version if old else 0) + 1
        record = DraftRecord(
            visit_id=note.visit_id,
            version=version,
            template=draft.template,
            model=draft.model,
            draft_json=draft.model_dump_json(),
        )
        s.add(record)
        s.flush()
        note.draft_id, note.text, note.updated_at = record.id, draft.render_text(), now()
        s.add(note)
        # Search finds what the note says now, the clinician's words included (same transaction).
        s.exec(text("DELETE FROM search_index WHERE visit_id = :v AND kind = 'note'"), params={"v": note.visit_id})
        s.exec(
            text("INSERT INTO search_index (body, visit_id, kind) VALUES (:b, :v, 'note')"),
            params={"b": note.text, "v": note.visit_id},
        )
        audit.append(s, actor, action, "note", note_id)


def earlier_drafts(store: Store, visit_id: str) -> list[Draft]:
    """Every stored draft of a visit, newest first (edits are versions: none is ever overwritten)."""
    with store.session() as s:
        rows = s.exec(
            select(DraftRecord)
            .where(DraftRecord.visit_id == visit_id)
            .order_by(DraftRecord.created_at.desc(), DraftRecord.version.desc())
        ).all()
        return [Draft.model_validate_json(r.draft_json) for r in rows]


def carry_edits(new: Draft, earlier: list[Draft]) -> tuple[Draft, list[str]]:
    """The new draft with the clinician's latest edit of each section put back, from the newest earlier
    draft of the same template (name) that has that section edited.

    Re-drafting, or switching to a patient handout and back, must never lose what the clinician typed.
    Returns the draft and the titles of the sections whose edits were carried over.
    """
    name = new.template.split("@")[0]
    kept: list[str] = []
    sections = []
    for sec in new.sections:
        edited = next(
            (
                old_sec
                for d in earlier
                if d.template.split("@")[0] == name
                for old_sec in d.sections
                if old_sec.key == sec.key and any(x.source == "clinician" for x in old_sec.sentences)
            ),
            None,
        )
        if edited is not None:
            sec = sec.model_copy(update={"sentences": edited.sentences})
            kept.append(sec.title)
        sections.append(sec)
    return new.model_copy(update={"sections": sections}), kept


def draft_versions(store: Store, visit_id: str) -> int:
    """How many draft versions a visit has stored."""
    with store.session() as s:
        return len(s.exec(select(DraftRecord.id).where(DraftRecord.visit_id == visit_id)).all())
