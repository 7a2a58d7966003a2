"""The review items of a draft: what the clinician must resolve or acknowledge before signing.

Unsupported statements the verifier removed, omissions, notices, edits whose content the transcript does not
support, facts the clinician changed that the note may not say yet, drug names the recogniser was unsure of
(MUST_RESOLVE: only correcting the fact clears those) and doses no product has; and where in the recording
each item's moment is. Split from review.py, which edits and stores drafts and facts, so that each module
keeps to one job.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from engine.clinical.drug_certainty import candidates_of, drug_phrase, is_uncertain
from engine.types import Draft, Evidence, Fact, FactKind, PipelineResult, SentenceStatus


@dataclass(frozen=True)
class Flag:
    """One thing the clinician must look at before signing."""

    id: str
    kind: str  # unsupported | omission | notice | edit | fact | uncertain-drug | dose | status
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
        if (
            f.kind == FactKind.medication
            and f.attributes.get("status_source") == "model"
            and (
                "stopped" in (f.attributes.get("status"), f.attributes.get("status_rules"))
                or f.attributes.get("dose_source") == "previous"
            )
            and f.attributes.get("edited") != "clinician"
        ):
            out.append(model_status_flag(f))
        if (
            f.kind == FactKind.medication
            and f.attributes.get("dose_source") == "nearby"
            and f.attributes.get("edited") != "clinician"
        ):
            out.append(nearby_dose_flag(f))
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


def nearby_dose_flag(f: Fact) -> Flag:
    """The review item of a dose said sentences away from its drug and matched to it by the learned dose
    attachment (engine/clinical/dose_attachment.py), not read beside the name."""
    dose = f.attributes["dose"]
    text = (
        f"Check the dose of {f.name}: {dose} was said a few sentences away from the name and matched to it by "
        "the dose model. Correct it in the facts list if it is another drug's, or tick if it is right."
    )
    return Flag(_fid("dose", f.name, dose, "nearby"), "dose", text)


def model_status_flag(f: Fact) -> Flag:
    """The review item of a drug the status model (engine/clinical/medication_status_model.py) moved to or from
    stopped, or out of a change whose old dose it then shows as the dose: a drug wrongly stopped drops off the
    list the patient takes, one wrongly kept stays on it, and an old dose shown as today's is a wrong dose."""
    was, now = f.attributes.get("status_rules", ""), f.attributes["status"]
    dose = (
        f" The dose shown ({f.attributes['dose']}) is the one the words read as the old dose of a change."
        if f.attributes.get("dose_source") == "previous"
        else ""
    )
    text = (
        f"Check the status of {f.name}: the status model reads it as {now} where the words around it read as "
        f"{was}.{dose} Correct it in the facts list, or tick if it is right."
    )
    return Flag(_fid("status", f.name, was, now), "status", text)


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
    if flag.kind in ("uncertain-drug", "fact", "dose", "status"):
        for f in result.facts:
            if (
                (flag.kind == "fact" and flag.text.endswith(f.label()))
                or (flag.kind == "uncertain-drug" and is_uncertain(f) and uncertain_drug_flag(f).id == flag.id)
                or (flag.kind == "dose" and f.attributes.get("unclear_dose") and unclear_dose_flag(f).id == flag.id)
                or (flag.kind == "status" and f.attributes.get("status_source") and model_status_flag(f).id == flag.id)
            ):
                return list(f.evidence)
            nearby = f.attributes.get("dose_source") == "nearby"
            if flag.kind == "dose" and nearby and nearby_dose_flag(f).id == flag.id:
                return list(f.evidence[-1:])  # the dose's own span, added last by dose_attachment.py
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
