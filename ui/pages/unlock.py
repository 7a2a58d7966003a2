"""Unlock: log in with a local account; on a new store, create the administrator first."""

from __future__ import annotations

from nicegui import ui

from engine.auth import has_users
from engine.errors import ChartsideError
from ui.frame import palette
from ui.state import AppState


def register(state: AppState) -> None:
    @ui.page("/lock", language="en-US")
    def lock() -> None:
        state.lock()
        ui.navigate.to("/unlock")

    @ui.page("/unlock", language="en-US")
    def unlock() -> None:
        services = state.services
        palette()
        try:
            first_run = not has_users(services.store)
        except ChartsideError as exc:  # wrong passphrase, keyring gone: one sentence, nothing else
            ui.label(str(exc)).classes("text-negative text-h6 q-pa-lg").props("data-testid=store-error").mark(
                "store-error"
            )
            return
        with ui.card().classes("absolute-center w-96"):
            ui.label("Chartside").classes("text-h5")
            if first_run:
                ui.label("Create the first account (clinician and administrator) for this laptop.").classes(
                    "text-body2"
                )
            username = ui.input("User name").props("autofocus data-testid=username").mark("username").classes("w-full")
            display = ui.input("Full name (for signatures)").classes("w-full") if first_run else None
            password = (
                ui.input("Password", password=True).props("data-testid=password").mark("password").classes("w-full")
            )
            message = ui.label("").classes("text-negative")

            def submit() -> None:
                try:
                    if first_run:
                        services.add_user(
                            username.value.strip(), password.value, "clinician,admin", display.value.strip()
                        )
                    services.login(username.value.strip(), password.value)
                except ChartsideError as exc:
                    message.set_text(str(exc))
                    password.set_value("")
                    return
                state.touch()
                ui.navigate.to("/")

            password.on("keydown.enter", submit)
            ui.button("Create and unlock" if first_run else "Unlock", on_click=submit).props("data-testid=unlock").mark(
                "unlock"
            ).classes("w-full")
