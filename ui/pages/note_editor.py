"""The note on the review page: each section as written (line breaks kept), every statement reachable with
Tab (Enter shows its evidence), the verifier's marks written under the statement they concern, and per
section a Copy button (for pasting into an EHR field) and an editor with Save and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from nicegui import ui

from engine.review_display import editable_text
from engine.types import DraftSection, Evidence, PipelineResult, SentenceStatus
from ui.frame import labelled


def note_sections(
    result: PipelineResult,
    signed: bool,
    show: Callable[[list[Evidence]], None],
    save: Callable[[str, str], None],
    copy_section: Callable[[DraftSection], None],
) -> None:
    """One card per section of the draft."""
    for sec in result.draft.sections:
        with ui.card().classes("w-full").props(f"data-testid=section-{sec.key}"):
            with ui.row().classes("items-center w-full"):
                ui.label(sec.title).classes("text-subtitle1 text-weight-bold").props('role=heading aria-level="2"')
                ui.space()
                labelled(
                    ui.button(icon="content_copy", on_click=lambda s=sec: copy_section(s)),
                    f"Copy the {sec.title} section",
                ).props(f"flat dense round data-testid=copy-{sec.key}").mark(f"copy-{sec.key}").tooltip(
                    f"Copy {sec.title}"
                )
            view = ui.column().classes("w-full gap-1")
            with view:
                shown = [s for s in sec.sentences if s.status == SentenceStatus.supported]
                if not shown:
                    ui.label("(nothing recorded)").classes("text-grey-8")
                for s in shown:
                    cls = "sentence cursor-pointer hover:bg-blue-1 rounded px-1 whitespace-pre-line"
                    if s.source == "clinician":
                        cls += " bg-indigo-1"
                    if s.problems:
                        cls += " bg-amber-2"
                    lab = ui.label(s.text).classes(cls).props(f"tabindex=0 role=button data-source={s.source}")
                    lab.on("click", lambda _e, ev=s.evidence: show(ev))
                    lab.on("keydown.enter", lambda _e, ev=s.evidence: show(ev))
                    for problem in s.problems:  # readable without hovering, right where the problem is
                        ui.label(f"⚠ {problem}").classes("verifier-mark text-caption text-orange-10 q-ml-md")
            if signed:
                continue
            with ui.column().classes("w-full") as editor:
                area = (
                    ui.textarea(f"{sec.title} (your text is kept as typed, line breaks included)")
                    .classes("w-full")
                    .props(f"autogrow data-testid=editor-{sec.key}")
                    .mark(f"editor-{sec.key}")
                )
                with ui.row():
                    ui.button("Save section", on_click=lambda k=sec.key, a=area: save(k, a.value)).props(
                        f"dense data-testid=save-{sec.key}"
                    ).mark(f"save-{sec.key}")
                    ui.button("Cancel", on_click=lambda e=editor, v=view: _close(e, v)).props(
                        f"dense flat data-testid=cancel-{sec.key}"
                    ).mark(f"cancel-{sec.key}")
            editor.set_visibility(False)
            with view:
                labelled(
                    ui.button("Edit", icon="edit", on_click=lambda e=editor, v=view, a=area, s=sec: _open(e, v, a, s)),
                    f"Edit the {sec.title} section",
                ).props(f"flat dense no-caps data-testid=edit-{sec.key}").mark(f"edit-{sec.key}")


def _open(editor, view, area, sec: DraftSection) -> None:
    area.set_value(editable_text(sec))  # one statement per line, as printed
    view.set_visibility(False)
    editor.set_visibility(True)
    area.run_method("focus")


def _close(editor, view) -> None:
    editor.set_visibility(False)
    view.set_visibility(True)
