"""Settings: letterhead, retention, sync endpoint, templates and models, users. Values IT set in the
managed config file are shown locked; secrets are never shown or written here (they live in the keyring)."""

from __future__ import annotations

from nicegui import ui

from engine.config import managed_config_path, managed_values, save_user_settings
from engine.errors import ChartsideError
from models.registry import load_manifest
from ui.frame import allowed, frame
from ui.state import AppState

EDITABLE = [
    ("letterhead", "Letterhead (clinic name, then address lines, on every PDF)", str),
    ("clinic_timezone", "Clinic time zone for printed times (e.g. Europe/Berlin; empty: this computer's)", str),
    ("clinician_name", "Clinician name on printed notes (empty: the signed-in user's name)", str),
    ("clinician_credentials", "Clinician credentials on printed notes (e.g. MD)", str),
    ("audio_retention_days", "Delete audio this many days after signing", int),
    ("idle_lock_minutes", "Lock after this many idle minutes", float),
    ("template", "Default template", str),
    ("sync_url", "FHIR server (sync endpoint)", str),
    ("sync_client_id", "Sync client id", str),
    ("whisper_model", "Transcription model", str),
    ("llm_model", "Drafting model", str),
]
PRINTED = {"letterhead", "clinic_timezone", "clinician_name", "clinician_credentials"}


def register(state: AppState) -> None:
    services = state.services

    @ui.page("/settings", language="en-US")
    def settings() -> None:
        if not allowed(state):
            return
        managed = managed_values()
        current = services.settings
        with frame(state, "Settings"):
            ui.label(
                f"Values with a lock are set by IT in {managed_config_path()} and cannot be changed here."
            ).classes("text-caption text-grey-8")
            inputs = {}
            with ui.grid(columns=2).classes("w-full max-w-3xl items-center"):
                for key, label, kind in EDITABLE:
                    value = getattr(current, key)
                    if key == "template":
                        field = ui.select(services.template_names(), value=value, label=label)
                    elif key in ("whisper_model", "llm_model"):
                        task = "transcribe" if key == "whisper_model" else "draft"
                        names = [m.name for m in load_manifest() if m.task == task]
                        field = ui.select(names or [value], value=value, label=label)
                    elif key == "letterhead":
                        field = ui.textarea(label, value=value or "").props("autogrow")
                    elif kind is str:
                        field = ui.input(label, value=value or "")
                    else:
                        field = ui.number(label, value=value)
                    field.props(f"data-testid=setting-{key}").mark(f"setting-{key}")
                    locked = key in managed
                    field.set_enabled(not locked)
                    ui.label("🔒 set by IT" if locked else "").classes("text-caption")
                    if not locked:
                        inputs[key] = (field, kind)
            message = ui.label("")

            def save() -> None:
                updates = {}
                for key, (field, kind) in inputs.items():
                    value = field.value
                    if value in ("", None):
                        continue
                    updates[key] = kind(value)
                try:
                    path = save_user_settings(updates)
                except ChartsideError as exc:
                    message.set_text(str(exc))
                    return
                for key in PRINTED & set(updates):  # the next PDF uses them; models wait for a restart
                    setattr(services.settings, key, updates[key])
                message.set_text(f"Saved to {path.name}; restart Chartside for model changes to take effect.")

            ui.button("Save settings", on_click=save).props("data-testid=save-settings").mark("save-settings")

            ui.separator()
            ui.label("Models").classes("text-h6")
            rows = [
                {"name": m.name, "task": m.task, "licence": m.licence, "source": m.package or m.path or ""}
                for m in load_manifest()
            ]
            ui.table(
                columns=[{"name": k, "label": k.title(), "field": k} for k in ("name", "task", "licence", "source")],
                rows=rows,
            ).classes("w-full max-w-3xl")
            ui.label("Templates: " + ", ".join(services.template_names())).classes("text-body2")

            if state.user and "admin" in state.user.role.split(","):
                ui.separator()
                ui.label("Add a user").classes("text-h6")
                with ui.row().classes("items-end"):
                    name = ui.input("User name").props("data-testid=new-user").mark("new-user")
                    full = ui.input("Full name")
                    pw = ui.input("Password", password=True).props("data-testid=new-password").mark("new-password")
                    role = ui.select(["clinician", "admin", "clinician,admin"], value="clinician", label="Role")

                    def add() -> None:
                        try:
                            services.add_user(name.value.strip(), pw.value, role.value, full.value.strip())
                        except ChartsideError as exc:
                            ui.notify(str(exc), type="negative")
                            return
                        ui.notify(f"{name.value} can now log in.")
                        name.set_value("")
                        pw.set_value("")

                    ui.button("Add user", on_click=add).props("data-testid=add-user").mark("add-user")
