"""The review page's lists: what needs the clinician's review (each item plays its moment of the recording
when clicked, or with Enter) and the facts (each reachable with Tab; the pencil corrects it)."""

from __future__ import annotations

from collections.abc import Callable

from nicegui import ui

from engine.clinical.drug_certainty import is_uncertain
from engine.review_display import fact_display, flag_label
from engine.review_flags import MUST_RESOLVE, flag_evidence, flags, uncertain_drug_flag
from engine.types import Evidence, FactKind, PipelineResult
from ui.frame import labelled

FACT_TITLES = {
    FactKind.medication: "Medications",
    FactKind.allergy: "Allergies",
    FactKind.vital: "Vitals",
    FactKind.problem: "Problems (ICD-10-CM)",
    FactKind.symptom: "Symptoms",
}


def review_list(
    result: PipelineResult,
    signed: bool,
    acknowledged: set[str],
    show: Callable[[list[Evidence]], None],
    edit_fact: Callable[[int], None],
    add_fact: Callable[[list[Evidence]], None] | None = None,
) -> None:
    """The "Needs your review" card; a notice about a moment ("a dose was said at 56 s ...") can add the
    medication from there (``add_fact`` with that moment's evidence)."""
    items = flags(result.draft, result.facts)
    fact_of_flag = {uncertain_drug_flag(f).id: i for i, f in enumerate(result.facts) if is_uncertain(f)}
    with ui.card().classes("w-full bg-amber-1").props("data-testid=flags").mark("flags"):
        heading = "Looked at before signing" if signed else "Needs your review"
        ui.label(f"{heading} ({len(items)})" if items else "Nothing marked for review").classes("text-subtitle1").props(
            'role=heading aria-level="2"'
        )
        if items:
            ui.label("Click an item (or press Enter on it) to hear its moment of the recording.").classes(
                "text-caption text-grey-9"
            )
        for f in items:
            title = f"{flag_label(f.kind)}: {f.text}"
            with ui.row().classes("items-start no-wrap w-full").props(f"data-kind={f.kind}"):
                if f.kind in MUST_RESOLVE:  # no tick box: only naming the drug clears it
                    labelled(
                        ui.button(icon="medication", on_click=lambda fid=f.id: edit_fact(fact_of_flag[fid])),
                        "Pick or type the drug that was said",
                    ).props(f"flat dense round color=negative data-testid=resolve-{f.id}").mark("resolve").tooltip(
                        "Pick or type the drug"
                    )
                else:
                    box = labelled(ui.checkbox(value=f.id in acknowledged or signed), f"Looked at: {title}")
                    box.props(f"data-testid=ack-{f.id}").mark("ack")
                    box.set_enabled(not signed)
                    box.on_value_change(
                        lambda e, fid=f.id: acknowledged.add(fid) if e.value else acknowledged.discard(fid)
                    )
                evidence = flag_evidence(f, result)
                with ui.column().classes("gap-0"):
                    lab = ui.label(title).classes("text-body2 review-item")
                    if evidence:
                        lab.classes("cursor-pointer hover:bg-blue-1 rounded").props("tabindex=0 role=button")
                        lab.on("click", lambda _e, ev=evidence: show(ev))
                        lab.on("keydown.enter", lambda _e, ev=evidence: show(ev))
                    if f.detail:
                        ui.label(f.detail).classes("text-caption text-grey-9")
                    if f.kind == "notice" and evidence and add_fact and not signed:
                        ui.button("Add the medication", on_click=lambda ev=evidence: add_fact(ev)).props(
                            f"outline dense data-testid=add-fact-{f.id}"
                        ).mark("add-fact")


def fact_list(
    result: PipelineResult,
    signed: bool,
    show: Callable[[list[Evidence]], None],
    edit_fact: Callable[[int], None],
) -> None:
    """The facts card: each fact shows its evidence on click or Enter."""
    with ui.card().classes("w-full").props("data-testid=facts").mark("facts"):
        for kind, title in FACT_TITLES.items():
            items = [f for f in result.facts if f.kind == kind]
            if not items:
                continue
            ui.label(title).classes("text-subtitle2").props('role=heading aria-level="3"')
            for f in items:
                label = fact_display(f)
                with ui.row().classes("items-center no-wrap gap-1"):
                    lab = (
                        ui.label(label)
                        .classes("fact cursor-pointer hover:bg-blue-1 rounded px-1")
                        .props(f"tabindex=0 role=button data-kind={kind.value}")
                        .mark("fact")
                    )
                    lab.on("click", lambda _e, ev=f.evidence: show(ev))
                    lab.on("keydown.enter", lambda _e, ev=f.evidence: show(ev))
                    if f.attributes.get("edited") == "clinician":
                        ui.icon("person", size="xs").props('aria-label="changed by you"').tooltip(
                            "changed by the clinician"
                        )
                    if is_uncertain(f):
                        ui.icon("help", size="xs", color="negative").props(
                            'aria-label="the drug name is uncertain"'
                        ).tooltip("the drug name is uncertain: pick or type it before signing")
                    if not signed:
                        idx = result.facts.index(f)
                        labelled(ui.button(icon="edit", on_click=lambda i=idx: edit_fact(i)), f"Correct {label}").props(
                            "flat dense round size=sm"
                        ).mark("edit-fact")
