"""The frame every page shares: header with navigation, the global sync indicator, idle lock and
keyboard shortcuts; and the guard that sends a locked app to the unlock screen."""

from __future__ import annotations

from contextlib import contextmanager

from nicegui import ui

from ui.state import AppState

STATUS_COLOURS = {
    "recording": "red",
    "draft": "orange",
    "signed": "blue",
    "sent": "green",
    "failed": "negative",
}
STATUS_LABELS = {"failed": "failed to send"}

IDLE_JS = """
<script>
(function () {
  const limit = %d;
  let last = Date.now();
  const reset = () => { last = Date.now(); };
  ['mousemove', 'keydown', 'mousedown', 'touchstart', 'scroll'].forEach(e => addEventListener(e, reset, true));
  setInterval(() => { if (Date.now() - last > limit && location.pathname !== '/unlock') location.href = '/lock'; },
              5000);
})();
</script>
"""


def allowed(state: AppState) -> bool:
    """True when someone is logged in and the app has not been idle too long (else go to the unlock page)."""
    if state.user is not None and state.idle_expired():
        state.lock()
    if state.user is None:
        ui.navigate.to("/unlock")
        return False
    state.touch()
    return True


def status_badge(status: str) -> None:
    ui.badge(STATUS_LABELS.get(status, status), color=STATUS_COLOURS.get(status, "grey")).props(f"data-status={status}")


def sync_summary(state: AppState) -> str:
    counts = state.services.sync_counts()
    waiting = counts.get("pending", 0) + counts.get("sending", 0)
    parts = [f"{waiting} waiting to send"] if waiting else []
    if counts.get("dead"):
        parts.append(f"{counts['dead']} failed")
    return "Sync: " + (", ".join(parts) if parts else "all sent")


@contextmanager
def frame(state: AppState, title: str):
    """Header and page body; yields inside the body column."""
    ui.add_head_html(IDLE_JS % int(state.services.settings.idle_lock_minutes * 60_000))
    with ui.header().classes("items-center bg-slate-800 text-white q-px-md"):
        ui.label("Chartside").classes("text-h6 text-weight-bold")
        ui.button("Visits", on_click=lambda: ui.navigate.to("/")).props("flat color=white")
        ui.button("New visit", on_click=lambda: ui.navigate.to("/record")).props("flat color=white")
        ui.button("Settings", on_click=lambda: ui.navigate.to("/settings")).props("flat color=white")
        ui.space()
        sync = ui.label(sync_summary(state)).classes("text-caption").props("data-testid=sync-global")
        ui.timer(5.0, lambda: sync.set_text(sync_summary(state)))
        user = state.user
        ui.label(f"{user.display_name or user.username} ({user.role})").classes("text-caption q-ml-md")
        ui.button(icon="lock", on_click=lambda: ui.navigate.to("/lock")).props("flat round color=white").tooltip(
            "Lock (Ctrl+L)"
        )
    ui.keyboard(
        on_key=lambda e: (
            ui.navigate.to("/lock") if e.action.keydown and e.modifiers.ctrl and e.key.name.lower() == "l" else None
        )
    )
    with ui.column().classes("w-full q-pa-md gap-3"):
        ui.label(title).classes("text-h5")
        yield
