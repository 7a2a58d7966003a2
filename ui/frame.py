"""The frame every page shares: header with navigation, the global sync indicator, idle lock and
keyboard shortcuts; and the guard that sends a locked app to the unlock screen."""

from __future__ import annotations

from contextlib import contextmanager

from nicegui import ui

from ui.state import AppState

# Dark enough for white text (WCAG 2.1 AA, 4.5:1); the accessibility test checks every page with axe-core.
STATUS_COLOURS = {
    "recording": "red-9",
    "draft": "deep-orange-10",
    "signed": "blue-9",
    "sent": "green-9",
    "failed": "negative",
}
PALETTE = {"primary": "#1d4ed8", "negative": "#b91c1c", "positive": "#15803d", "warning": "#b45309", "info": "#0e7490"}


def palette() -> None:
    """The app's colours (Quasar's defaults are too light for white text)."""
    ui.colors(**PALETTE)


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


ROLE_WORDS = {"clinician": "clinician", "admin": "administrator"}


def role_words(role: str) -> str:
    """ "clinician,admin" -> "clinician and administrator" (roles as people say them)."""
    words = [ROLE_WORDS.get(r.strip(), r.strip()) for r in role.split(",") if r.strip()]
    return " and ".join(words) if words else "no role"


def labelled(element, label: str):
    """Give a control the name a screen reader announces (any text: no prop-string quoting involved)."""
    element.props["aria-label"] = " ".join(label.split())
    return element


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
    return state.services.sync_summary()


@contextmanager
def frame(state: AppState, title: str):
    """Header and page body; yields inside the body column."""
    palette()
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
        ui.label(f"{user.display_name or user.username} · {role_words(user.role)}").classes("text-caption q-ml-md")
        ui.button(icon="lock", on_click=lambda: ui.navigate.to("/lock")).props(
            'flat round color=white aria-label="Lock Chartside now (Ctrl+L)"'
        ).tooltip("Lock (Ctrl+L)")
    ui.keyboard(
        on_key=lambda e: (
            ui.navigate.to("/lock") if e.action.keydown and e.modifiers.ctrl and e.key.name.lower() == "l" else None
        )
    )
    with ui.column().classes("w-full q-pa-md gap-3"):
        ui.label(title).classes("text-h5")
        yield
