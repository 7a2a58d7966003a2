"""Builds the NiceGUI app over one ``Services`` object: pages, the audio route for evidence playback,
and the shutdown hook that keeps a recording in progress recoverable."""

from __future__ import annotations

from fastapi import HTTPException, Response
from nicegui import app

from engine.errors import ChartsideError
from engine.services import Services
from ui.pages import record, review, settings, unlock, visits
from ui.state import AppState


def build(services: Services) -> AppState:
    """Register every page; returns the app state (tests poke it, the desktop shell starts sync on it)."""
    state = AppState(services)
    for page in (unlock, visits, record, review, settings):
        page.register(state)

    @app.get("/audio/{visit_id}/{start}/{end}")
    def audio(visit_id: str, start: float, end: float) -> Response:
        if state.user is None:
            raise HTTPException(status_code=403, detail="Unlock Chartside first.")
        try:
            wav = services.audio_span(visit_id, start, end)
        except ChartsideError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        # no-store: patient audio must not land in the web view's disk cache
        return Response(wav, media_type="audio/wav", headers={"Cache-Control": "no-store"})

    def shutdown() -> None:
        if state.recording is not None:
            state.recording.abandon()  # the journal stays; the next start offers to make the note
        if state.sync is not None:
            state.sync.stop(timeout=5)
        services.close()

    app.on_shutdown(shutdown)
    return state
