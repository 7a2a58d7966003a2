"""The dialog that corrects one fact: typed fields (a medication's status is a choice, not free text), no
"does not have it" box where it means nothing (a medication, a vital), and a candidate list for a drug name
the recogniser was unsure of. Saving re-writes the note's statements that named the old fact."""

from __future__ import annotations

from collections.abc import Callable

from nicegui import ui

from engine.clinical.drug_certainty import DRUG_CERTAINTY, candidates_of, is_uncertain
from engine.errors import ChartsideError
from engine.review_display import FACT_CHOICES, NEGATABLE, attribute_label, form_values
from engine.types import Fact

# Attributes the review keeps for itself: not typed by the clinician in the fact editor (a drug's
# certainty too; the extractor's own "certainty", e.g. a hedged symptom's "possible", stays editable).
# where a learned step set a value is not for the clinician to type: their correction makes it theirs
_HIDDEN_ATTRIBUTES = {"edited", "heard_as", "candidates", "implausible", "dose_source", "status_source", "status_rules"}


def open_fact_form(fact: Fact, save: Callable[[str, dict[str, str], bool, bool], None], adding: bool = False) -> None:
    """``save(name, attributes, negated, delete)`` stores the change (it raises ChartsideError when refused);
    ``adding``: a new fact (a blank one is passed), so there is nothing to delete."""
    with ui.dialog() as dialog, ui.card().classes("w-96"):
        ui.label(f"{'Add' if adding else 'Correct'} {fact.kind.value}").classes("text-h6")
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
        fields = {}
        for key, value in form_values(fact).items():
            if key in _HIDDEN_ATTRIBUTES or (key == "certainty" and value in DRUG_CERTAINTY):
                continue
            choices = FACT_CHOICES.get(key)
            if choices:
                options = list(dict.fromkeys([*choices, value]))
                fields[key] = ui.select(options, value=value, label=attribute_label(key)).mark(f"fact-{key}")
            else:
                fields[key] = ui.input(attribute_label(key), value=value).mark(f"fact-{key}")
        negated = None
        if fact.kind.value in NEGATABLE:
            negated = ui.checkbox("The patient does not have this", value=fact.negated).mark("fact-negated")
        error = ui.label("").classes("text-negative")

        def apply(delete: bool = False) -> None:
            try:
                save(
                    name.value,
                    {k: str(f.value or "") for k, f in fields.items()},
                    negated.value if negated is not None else fact.negated,
                    delete,
                )
            except ChartsideError as exc:
                error.set_text(str(exc))
                return
            dialog.close()
            ui.navigate.reload()

        with ui.row():
            ui.button("Save", on_click=lambda: apply()).props("data-testid=fact-save").mark("fact-save")
            ui.button("Cancel", on_click=dialog.close).props("flat")
            if not adding:
                ui.button("Delete fact", on_click=lambda: apply(True)).props("flat color=negative")
    dialog.open()
