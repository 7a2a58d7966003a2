"""Review: the draft on the left (sections editable), facts and the transcript on the right. Clicking a
sentence or a fact highlights its evidence in the transcript and plays that stretch of the recording.
Everything the verifier marked must be looked at before the note can be signed."""

from __future__ import annotations

from html import escape

from nicegui import ui

from engine.clinical.drug_certainty import (
    DRUG_CERTAINTY,
    candidates_of,
    display_label,
    is_uncertain,
    uncertain_spans,
)
from engine.errors import ChartsideError
from engine.review import MUST_RESOLVE, flags, uncertain_drug_flag
from engine.transcribe.roles import display_role
from engine.types import Evidence, FactKind, SentenceStatus
from ui.frame import allowed, frame, status_badge
from ui.jobs import start_job
from ui.state import AppState

FACT_TITLES = {
    FactKind.medication: "Medications",
    FactKind.allergy: "Allergies",
    FactKind.vital: "Vitals",
    FactKind.problem: "Problems (ICD-10-CM)",
    FactKind.symptom: "Symptoms",
}

KIND_TITLES = {"uncertain-drug": "Uncertain drug", "unsupported": "Removed", "omission": "Not in the draft"}
# Attributes the review keeps for itself: not typed by the clinician in the fact editor (a drug's
# certainty too; the extractor's own "certainty", e.g. a hedged symptom's "possible", stays editable).
_HIDDEN_ATTRIBUTES = {"edited", "heard_as", "candidates", "implausible"}


def _highlighted(text: str, spans: list[tuple[int, int]], unsure: list[tuple[int, int, str]] = ()) -> str:
    """The segment's text as HTML: evidence spans highlighted, and after each unsure drug name a visible
    mark of what was first heard (e.g. "[?heard 'ceiling']")."""
    cuts = sorted({0, len(text), *(p for a, b in spans for p in (a, b)), *(p for a, b, _ in unsure for p in (a, b))})
    notes = {b: note for _a, b, note in unsure}
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        if any(x <= a and b <= y for x, y, _ in unsure):
            piece = f'<span class="uncertain-drug text-negative text-weight-bold">{piece}</span>'
        if any(x <= a and b <= y for x, y in spans):
            piece = f'<mark class="evidence">{piece}</mark>'
        out.append(piece)
        if b in notes:
            out.append(f'<span class="text-negative text-caption">[?{escape(notes.pop(b))}]</span>')
    return "".join(out)


def register(state: AppState) -> None:
    services = state.services

    @ui.page("/review/{note_id}")
    def review(note_id: str) -> None:
        if not allowed(state):
            return
        try:
            note, result = services.note_state(note_id)
        except ChartsideError as exc:
            ui.label(str(exc)).classes("text-negative")
            return
        signed = note.signed_at is not None
        acknowledged = state.acknowledged.setdefault(note_id, set())
        row = services.visit_row(result.visit_id)
        selected: dict[str, list[Evidence]] = {"evidence": []}
        editors: dict = {}

        with frame(state, f"Visit — {row.patient if row and row.patient else 'no patient'}"):
            with ui.row().classes("items-center gap-3 w-full"):
                status_badge(row.status if row else "draft")
                ui.label(
                    f"{result.source_name} · {result.transcript.duration_s / 60:.1f} min · {result.draft.template}"
                )
                if signed:
                    ui.label(f"Signed by {note.signed_by} at {note.signed_at:%Y-%m-%d %H:%M} UTC").props(
                        "data-testid=signed"
                    ).mark("signed")
                ui.space()
                tpl = ui.select(
                    services.template_names(), value=result.draft.template.split("@")[0], label="Template"
                ).mark("template")
                tpl.set_enabled(not signed)
                ui.button("Re-draft", on_click=lambda: redraft(tpl.value)).props("outline").set_enabled(not signed)
                sign_btn = (
                    ui.button("Sign (Ctrl+Enter)", icon="draw", on_click=lambda: sign_dialog.open())
                    .props("color=primary data-testid=sign")
                    .mark("sign")
                )
                sign_btn.set_visibility(not signed)
                ui.button("Export PDF", icon="picture_as_pdf", on_click=lambda: export()).props(
                    "data-testid=export"
                ).mark("export")
                ui.button("Copy", icon="content_copy", on_click=lambda: copy()).props("outline")
            with ui.row().classes("items-center gap-2"):
                ui.label("Sync:").classes("text-caption")
                sync_label = (
                    ui.label(services.note_sync_status(note_id))
                    .classes("text-caption")
                    .props("data-testid=sync-status")
                    .mark("sync-status")
                )
                tag_in = ui.input("Add tag").props("dense").classes("w-40")
                ui.button("Tag", on_click=lambda: add_tag()).props("flat dense")
                for t in row.tags if row else []:
                    ui.badge(t, color="grey-6")

            with ui.row().classes("w-full no-wrap items-start gap-4"):
                # -- left: the draft --------------------------------------------------------------
                with ui.column().classes("w-7/12 gap-2"):
                    for sec in result.draft.sections:
                        with ui.card().classes("w-full").props(f"data-testid=section-{sec.key}"):
                            with ui.row().classes("items-center w-full"):
                                ui.label(sec.title).classes("text-subtitle1 text-weight-bold")
                                ui.space()
                                if not signed:
                                    ui.button(
                                        icon="edit", on_click=lambda k=sec.key: editors[k].set_visibility(True)
                                    ).props(f"flat dense round data-testid=edit-{sec.key}").mark(f"edit-{sec.key}")
                            shown = [s for s in sec.sentences if s.status == SentenceStatus.supported]
                            if not shown:
                                ui.label("(nothing recorded)").classes("text-grey")
                            for s in shown:
                                cls = "sentence cursor-pointer hover:bg-blue-1 rounded px-1"
                                if s.source == "clinician":
                                    cls += " bg-indigo-1"
                                if s.problems:
                                    cls += " bg-amber-2"
                                lab = ui.label(s.text).classes(cls).props(f"data-source={s.source}")
                                lab.on("click", lambda _e, ev=s.evidence: show(ev))
                                if s.problems:
                                    lab.tooltip("; ".join(s.problems))
                            if not signed:
                                with ui.column().classes("w-full") as editor:
                                    area = (
                                        ui.textarea(value=sec.text)
                                        .classes("w-full")
                                        .props(f"autogrow data-testid=editor-{sec.key}")
                                        .mark(f"editor-{sec.key}")
                                    )
                                    ui.button(
                                        "Save section", on_click=lambda k=sec.key, a=area: save(k, a.value)
                                    ).props(f"dense data-testid=save-{sec.key}").mark(f"save-{sec.key}")
                                editor.set_visibility(False)
                                editors[sec.key] = editor

                    review_items = flags(result.draft, result.facts)
                    fact_of_flag = {uncertain_drug_flag(f).id: i for i, f in enumerate(result.facts) if is_uncertain(f)}
                    with ui.card().classes("w-full bg-amber-1").props("data-testid=flags").mark("flags"):
                        ui.label(
                            f"Needs your review ({len(review_items)})" if review_items else "Nothing marked for review"
                        ).classes("text-subtitle1")
                        for f in review_items:
                            with ui.row().classes("items-start no-wrap w-full"):
                                if f.kind in MUST_RESOLVE:
                                    # no tick box: only naming the drug clears it
                                    ui.button(
                                        icon="medication",
                                        on_click=lambda fid=f.id: edit_fact(fact_of_flag[fid]),
                                    ).props(f"flat dense round color=negative data-testid=resolve-{f.id}").mark(
                                        "resolve"
                                    ).tooltip("Pick or type the drug")
                                else:
                                    box = (
                                        ui.checkbox(value=f.id in acknowledged or signed)
                                        .props(f"data-testid=ack-{f.id}")
                                        .mark("ack")
                                    )
                                    box.set_enabled(not signed)
                                    box.on_value_change(
                                        lambda e, fid=f.id: (
                                            acknowledged.add(fid) if e.value else acknowledged.discard(fid)
                                        )
                                    )
                                with ui.column().classes("gap-0"):
                                    ui.label(f"{KIND_TITLES.get(f.kind, f.kind)}: {f.text}").classes("text-body2")
                                    if f.detail:
                                        ui.label(f.detail).classes("text-caption text-grey-8")

                # -- right: facts, transcript, audio ---------------------------------------------
                with ui.column().classes("w-5/12 gap-2"):
                    with ui.card().classes("w-full").props("data-testid=facts").mark("facts"):
                        for kind, title in FACT_TITLES.items():
                            items = [f for f in result.facts if f.kind == kind]
                            if not items:
                                continue
                            ui.label(title).classes("text-subtitle2")
                            for f in items:
                                with ui.row().classes("items-center no-wrap gap-1"):
                                    lab = (
                                        ui.label(display_label(f))
                                        .classes("fact cursor-pointer hover:bg-blue-1 rounded px-1")
                                        .props(f"data-kind={kind.value}")
                                        .mark("fact")
                                    )
                                    lab.on("click", lambda _e, ev=f.evidence: show(ev))
                                    if f.attributes.get("edited") == "clinician":
                                        ui.icon("person", size="xs").tooltip("changed by the clinician")
                                    if is_uncertain(f):
                                        ui.icon("help", size="xs", color="negative").tooltip(
                                            "the drug name is uncertain: pick or type it before signing"
                                        )
                                    if not signed:
                                        idx = result.facts.index(f)
                                        ui.button(icon="edit", on_click=lambda i=idx: edit_fact(i)).props(
                                            "flat dense round size=xs"
                                        ).mark("edit-fact")
                    player = ui.audio("").props("data-testid=player").mark("player").classes("w-full")
                    player.set_visibility(False)
                    transcript_box = (
                        ui.column()
                        .classes("w-full gap-1 max-h-[32rem] overflow-auto")
                        .props("data-testid=transcript")
                        .mark("transcript")
                    )

        @ui.refreshable
        def transcript_view() -> None:
            marks: dict[int, list[tuple[int, int]]] = {}
            for ev in selected["evidence"]:
                marks.setdefault(ev.segment_id, []).append((ev.char_start, ev.char_end))
            for seg in result.transcript.segments:
                html = _highlighted(seg.text, marks.get(seg.id, []), uncertain_spans(seg))
                who = display_role(seg)
                role = f'<span class="text-weight-medium">{escape(who)}:</span> ' if who else ""
                ui.html(
                    f'<span class="text-grey-7">{int(seg.start // 60)}:{int(seg.start % 60):02d}</span> {role}{html}'
                ).props(f"id=seg-{seg.id}").classes("text-body2")

        with transcript_box:
            transcript_view()

        def show(evidence: list[Evidence]) -> None:
            state.touch()
            selected["evidence"] = evidence
            transcript_view.refresh()
            if not evidence:
                ui.notify("No evidence: this line is not from the conversation.", type="warning")
                return
            first = evidence[0]
            ui.run_javascript(f"document.getElementById('seg-{first.segment_id}')?.scrollIntoView({{block: 'center'}})")
            start = min(e.start_s for e in evidence)
            end = max(e.end_s for e in evidence)
            player.set_source(f"/audio/{result.visit_id}/{start:.2f}/{end:.2f}")
            player.set_visibility(True)
            player.play()

        def edit_fact(index: int) -> None:
            fact = result.facts[index]
            with ui.dialog() as dialog, ui.card().classes("w-96"):
                ui.label(f"Correct {fact.kind.value}").classes("text-h6")
                unsure = is_uncertain(fact)
                # an unsure drug starts with no name, so that saving means the clinician chose one
                name = ui.input("Name", value="" if unsure else fact.name).mark("fact-name")
                if unsure:
                    ui.label(f"It sounded like '{fact.attributes.get('heard_as', '')}'. Pick or type the drug:")
                    with ui.row().classes("gap-1"):
                        for c in candidates_of(fact):
                            ui.button(c, on_click=lambda c=c: name.set_value(c)).props(
                                "outline dense data-testid=fact-candidate"
                            ).mark("fact-candidate")
                fields = {
                    k: ui.input(k.replace("_", " "), value=v).mark(f"fact-{k}")
                    for k, v in fact.attributes.items()
                    if k not in _HIDDEN_ATTRIBUTES and not (k == "certainty" and v in DRUG_CERTAINTY)
                }
                negated = ui.checkbox("Negated (the patient does not have it)", value=fact.negated)

                def apply(delete: bool = False) -> None:
                    try:
                        services.edit_fact(
                            note_id, index, name.value, {k: f.value for k, f in fields.items()}, negated.value, delete
                        )
                    except ChartsideError as exc:
                        ui.notify(str(exc), type="negative")
                        return
                    dialog.close()
                    ui.navigate.reload()

                with ui.row():
                    ui.button("Save", on_click=lambda: apply()).props("data-testid=fact-save").mark("fact-save")
                    ui.button("Delete fact", on_click=lambda: apply(True)).props("flat color=negative")
            dialog.open()

        def save(key: str, text: str) -> None:
            try:
                services.edit_section(note_id, key, text)
            except ChartsideError as exc:
                ui.notify(str(exc), type="negative")
                return
            ui.notify("Saved.")
            ui.navigate.reload()

        def redraft(template: str) -> None:
            job = start_job("Re-drafting", lambda j: _redraft(template, j))
            state.jobs[note_id] = job
            ui.navigate.to(f"/working/{note_id}")

        def _redraft(template: str, job):
            services.redraft(note_id, template, hooks=job.hooks())
            return result  # same note id: the working page returns here

        def export() -> None:
            try:
                data = services.pdf_bytes(note_id)
            except ChartsideError as exc:
                ui.notify(str(exc), type="negative")
                return
            ui.download.content(data, f"note-{note_id[:8]}.pdf", media_type="application/pdf")

        def copy() -> None:
            ui.clipboard.write(services.note_state(note_id)[0].text)
            ui.notify("The note text is on the clipboard.")

        def add_tag() -> None:
            if tag_in.value.strip():
                services.tag(result.visit_id, tag_in.value, state.user.username)
                ui.navigate.reload()

        with ui.dialog() as sign_dialog, ui.card().classes("w-96"):
            ui.label("Sign this note").classes("text-h6")
            ui.label("Signing freezes the note; later changes are amendments.").classes("text-caption")
            pw = (
                ui.input("Your password", password=True)
                .props("data-testid=sign-password autofocus")
                .mark("sign-password")
            )
            err = ui.label("").classes("text-negative").props("data-testid=sign-error").mark("sign-error")

            def do_sign() -> None:
                try:
                    services.sign_reviewed(note_id, pw.value, acknowledged)
                except ChartsideError as exc:
                    err.set_text(str(exc))
                    pw.set_value("")
                    return
                if state.sync is not None:
                    state.sync.kick()
                sign_dialog.close()
                ui.navigate.reload()

            pw.on("keydown.enter", do_sign)
            ui.button("Sign", on_click=do_sign).props("color=primary data-testid=sign-confirm").mark("sign-confirm")

        ui.keyboard(
            on_key=lambda e: (
                sign_dialog.open()
                if e.modifiers.ctrl and e.key == "Enter" and e.action.keydown and not signed
                else None
            )
        )
        ui.timer(5.0, lambda: sync_label.set_text(services.note_sync_status(note_id)))
