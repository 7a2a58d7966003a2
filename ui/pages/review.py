"""Review: the note on the left (ui/pages/note_editor.py) with what needs review below it
(ui/pages/review_items.py), facts, the recording and the transcript on the right. Clicking (or pressing
Enter on) a statement, a fact or a review item highlights its evidence and plays that moment; transcript
lines seek the whole-recording player. Everything marked must be looked at before signing; after signing,
changes are amendments."""

from __future__ import annotations

from html import escape

from nicegui import ui

from engine.clinical.drug_certainty import uncertain_spans
from engine.errors import ChartsideError
from engine.export.pdf import template_title
from engine.review_display import section_copy_text
from engine.transcribe.roles import display_role
from engine.types import Evidence, Fact, FactKind
from ui.frame import allowed, frame, status_badge
from ui.jobs import start_job
from ui.pages.fact_form import open_fact_form
from ui.pages.note_editor import note_sections
from ui.pages.review_items import fact_list, review_list
from ui.state import AppState


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


# While the whole recording plays, the line being heard is marked and kept in view.
FOLLOW_JS = """
<style>.transcript-line.playing { background: #fef3c7; box-shadow: inset 3px 0 0 #b45309; }</style>
<script>
document.addEventListener('timeupdate', (e) => {
  const a = e.target;
  if (!a.matches || !a.matches('[data-testid=whole-recording]')) return;
  let now = null;
  for (const line of document.querySelectorAll('.transcript-line[data-start]')) {
    if (parseFloat(line.dataset.start) <= a.currentTime) now = line;
  }
  const was = document.querySelector('.transcript-line.playing');
  if (was === now) return;
  if (was) was.classList.remove('playing');
  if (now) { now.classList.add('playing'); now.scrollIntoView({block: 'nearest'}); }
}, true);
</script>
"""


def register(state: AppState) -> None:
    services = state.services

    @ui.page("/review/{note_id}", language="en-US")
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
        duration = result.transcript.duration_s

        with frame(state, f"Visit — {row.patient if row and row.patient else 'no patient'}"):
            with ui.row().classes("items-center gap-3 w-full"):
                status_badge(row.status if row else "draft")
                ui.label(f"{result.source_name} · {duration / 60:.1f} min · {template_title(result.draft.template)}")
                if signed:
                    ui.label(f"Signed by {note.signed_by} at {services.clinic_time(note.signed_at)}").props(
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
                if signed:
                    ui.button("Amend", icon="post_add", on_click=lambda: amend_dialog.open()).props(
                        "outline data-testid=amend"
                    ).mark("amend")
                ui.button("Export PDF", icon="picture_as_pdf", on_click=lambda: export()).props(
                    "data-testid=export"
                ).mark("export")
                ui.button("Copy note", icon="content_copy", on_click=lambda: copy()).props("outline")
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
                    ui.badge(t, color="grey-8")

            with ui.row().classes("w-full no-wrap items-start gap-4"):
                with ui.column().classes("w-7/12 gap-2"):
                    # what needs review first, above the fold; then the note
                    review_list(
                        result,
                        signed,
                        acknowledged,
                        lambda ev: show(ev),
                        lambda i: edit_fact(i),
                        lambda ev: add_fact(ev),
                    )
                    note_sections(
                        result, signed, lambda ev: show(ev), lambda k, t: save(k, t), lambda c: copy_section(c)
                    )
                    for a in services.amendments(note_id) if signed else []:
                        with ui.card().classes("w-full bg-blue-1").props("data-testid=amendment"):
                            ui.label(f"Amendment by {a.author}, {services.clinic_time(a.created_at)}").classes(
                                "text-subtitle2"
                            )
                            ui.label(a.text).classes("whitespace-pre-line")
                            ui.label(f"Reason: {a.reason}").classes("text-caption text-grey-9")

                with ui.column().classes("w-5/12 gap-2"):
                    fact_list(result, signed, lambda ev: show(ev), lambda i: edit_fact(i))
                    with ui.card().classes("w-full gap-1"):
                        ui.label("The moment you picked").classes("text-caption text-grey-9")
                        player = ui.audio("").props("data-testid=player").mark("player").classes("w-full")
                        player.set_visibility(False)
                        ui.label("Whole recording (click a transcript line to jump there)").classes(
                            "text-caption text-grey-9"
                        )
                        (
                            ui.audio(f"/audio/{result.visit_id}/0/{duration + 1:.2f}", autoplay=False)
                            .props('data-testid=whole-recording preload=none aria-label="The whole recording"')
                            .mark("whole-recording")
                            .classes("w-full")
                        )
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
                line = (
                    ui.html(
                        f'<span class="text-grey-9">{int(seg.start // 60)}:{int(seg.start % 60):02d}</span> '
                        f"{role}{html}"
                    )
                    .props(f"id=seg-{seg.id} tabindex=0 role=button data-start={seg.start:.2f}")
                    .classes("transcript-line text-body2 cursor-pointer hover:bg-blue-1 rounded")
                )
                line.on("click", lambda _e, at=seg.start: seek(at))
                line.on("keydown.enter", lambda _e, at=seg.start: seek(at))

        with transcript_box:
            transcript_view()
        ui.add_body_html(FOLLOW_JS)  # the transcript follows the whole-recording player

        def seek(at: float) -> None:
            state.touch()
            ui.run_javascript(
                f"(() => {{ const a = document.querySelector('[data-testid=whole-recording]'); "
                f"if (!a) return; a.currentTime = {at:.2f}; a.play(); }})()"
            )

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
            def store(name: str, attributes: dict[str, str], negated: bool, delete: bool) -> None:
                services.edit_fact(note_id, index, name, attributes, negated, delete)

            open_fact_form(result.facts[index], store)

        def add_fact(evidence: list) -> None:
            def store(name: str, attributes: dict[str, str], _negated: bool, _delete: bool) -> None:
                services.add_fact(note_id, "medication", name, attributes, evidence)

            blank = Fact(
                kind=FactKind.medication, name="", attributes={"dose": "", "frequency": "", "status": "active"}
            )
            open_fact_form(blank, store, adding=True)

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

        def copy_section(sec) -> None:
            ui.clipboard.write(section_copy_text(sec))
            ui.notify(f"{sec.title} is on the clipboard.")

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

        with ui.dialog() as amend_dialog, ui.card().classes("w-[32rem]"):
            ui.label("Amend this signed note").classes("text-h6")
            ui.label("The signed note stays as it is; the amendment is added beside it and sent too.").classes(
                "text-caption"
            )
            amend_text = ui.textarea("Amendment").classes("w-full").props("autogrow data-testid=amend-text")
            amend_reason = ui.input("Reason").classes("w-full").props("data-testid=amend-reason")
            amend_err = ui.label("").classes("text-negative")

            def do_amend() -> None:
                try:
                    services.amend(note_id, amend_text.value, amend_reason.value, state.user.username)
                except ChartsideError as exc:
                    amend_err.set_text(str(exc))
                    return
                if state.sync is not None:
                    state.sync.kick()
                amend_dialog.close()
                ui.navigate.reload()

            with ui.row():
                ui.button("Add amendment", on_click=do_amend).props("color=primary data-testid=amend-confirm")
                ui.button("Cancel", on_click=amend_dialog.close).props("flat")

        ui.keyboard(
            on_key=lambda e: (
                sign_dialog.open()
                if e.modifiers.ctrl and e.key == "Enter" and e.action.keydown and not signed
                else None
            )
        )
        ui.timer(5.0, lambda: sync_label.set_text(services.note_sync_status(note_id)))
