"""Visits: today's and recent visits with status, full-text search, filters and tags; interrupted
recordings are announced at the top with what was kept."""

from __future__ import annotations

from datetime import datetime, timedelta

from nicegui import ui

from engine.errors import ChartsideError
from ui.frame import allowed, frame, status_badge
from ui.jobs import progress_words, running_jobs, start_job
from ui.state import AppState

STATUSES = ["recording", "draft", "signed", "sent", "failed"]


def snippet_html(snippet: str) -> str:
    """A search snippet with its hits ("[headache]") shown as marked words."""
    import re
    from html import escape

    return re.sub(r"\[([^\[\]]+)\]", r"<mark>\1</mark>", escape(snippet))


def register(state: AppState) -> None:
    @ui.page("/", language="en-US")
    def visits() -> None:
        if not allowed(state):
            return
        services = state.services
        with frame(state, "Visits"):
            for item in services.interrupted_recordings():
                with ui.card().classes("w-full bg-amber-1").props("data-testid=interrupted").mark("interrupted"):
                    ui.label(item.message())

                    def recover(visit_id=item.visit_id) -> None:
                        state.jobs[visit_id] = start_job(
                            "Making the note", lambda job: services.recover_recording(visit_id, hooks=job.hooks())
                        )
                        ui.navigate.to(f"/working/{visit_id}")

                    ui.button("Make the note", on_click=recover).props("data-testid=recover").mark("recover")

            running = running_jobs(state.jobs)
            if running:
                with ui.card().classes("w-full bg-blue-1").props("data-testid=running-jobs").mark("running-jobs"):
                    ui.label("In progress").classes("text-subtitle1")
                    for key, job in running:
                        with ui.row().classes("items-center gap-3"):
                            ui.label(f"{job.title}{' — ' + job.detail if job.detail else ''}: {progress_words(job)}")
                            ui.button("Show", on_click=lambda k=key: ui.navigate.to(f"/working/{k}")).props(
                                "flat dense"
                            )

            with ui.row().classes("w-full items-end gap-4"):
                words = (
                    ui.input("Search notes and transcripts", on_change=lambda: table.refresh())
                    .props("clearable debounce=300 data-testid=search")
                    .mark("search")
                    .classes("w-96")
                )
                status = ui.select(
                    ["all", *STATUSES], value="all", label="Status", on_change=lambda: table.refresh()
                ).classes("w-36")
                period = ui.select(
                    {"today": "Today", "week": "Last 7 days", "all": "All"},
                    value="all",
                    label="When",
                    on_change=lambda: table.refresh(),
                ).classes("w-36")
                tag = ui.input("Tag", on_change=lambda: table.refresh()).props("clearable debounce=300")
                ui.button("New visit (R)", on_click=lambda: ui.navigate.to("/record")).props("color=primary")

            @ui.refreshable
            def table() -> None:
                since = None
                if period.value == "today":
                    since = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
                elif period.value == "week":
                    since = datetime.now() - timedelta(days=7)
                try:
                    rows = services.visit_rows(
                        words.value or "",
                        status=None if status.value == "all" else status.value,
                        tag_=tag.value or None,
                        since=since,
                    )
                except ChartsideError as exc:
                    ui.label(str(exc)).classes("text-negative")
                    return
                if not rows:
                    ui.label("No visits match.").classes("text-grey-9")
                    return
                with ui.list().props("bordered separator").classes("w-full"):
                    for r in rows:
                        target = f"/review/{r.note_id}" if r.note_id else f"/record?visit={r.visit_id}"
                        with ui.item(on_click=lambda t=target: ui.navigate.to(t)).props(
                            f"clickable data-testid=visit-{r.visit_id}"
                        ):
                            with ui.item_section():
                                ui.item_label(f"{r.patient or 'No patient'} · {services.clinic_time(r.created_at)}")
                                if r.snippet:  # the words found, marked (not in raw [brackets])
                                    ui.html(snippet_html(r.snippet)).classes("text-caption text-grey-9")
                                else:
                                    ui.item_label(r.source_name).props("caption")
                            with ui.item_section().props("side"), ui.row().classes("gap-1"):
                                for t in r.tags:
                                    ui.badge(t, color="grey-6")
                                status_badge(r.status)

            table()
            ui.keyboard(
                on_key=lambda e: ui.navigate.to("/record") if e.key.name.lower() == "r" and e.action.keydown else None
            )
