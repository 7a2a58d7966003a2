"""Start Chartside: the native window when there is a display, else the same UI served on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import sys

from engine.config import get_settings, user_config_path

_INSTANCE = None


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(headless: bool | None = None, port: int | None = None) -> None:
    """Run the app until its window is closed (or the server is stopped)."""
    import multiprocessing

    if multiprocessing.current_process().name != "MainProcess":
        return  # the native window's helper process imports this module again: only the parent runs the app
    from nicegui import app, ui

    from desktop.instance import AlreadyRunning, SingleInstance
    from desktop.window import load_size, save_size
    from engine.services import Services
    from ui.app import build

    settings = get_settings()
    headless = (not has_display()) if headless is None else headless
    port = port or free_port()
    address = f"http://127.0.0.1:{port}"
    global _INSTANCE
    try:
        _INSTANCE = SingleInstance(settings.data_dir / "app.lock")  # held (and locked) until the process ends
        _INSTANCE.acquire(address)
    except AlreadyRunning as running:
        print(f"Chartside is already open on this computer ({running.address}); switch to that window.")
        raise SystemExit(1) from None

    services = Services(settings)
    state = build(services)
    if settings.sync_url:
        from engine.sync.background import BackgroundSync

        def start_sync() -> None:
            state.sync = BackgroundSync(services.store, settings)
            state.sync.start()

        app.on_startup(start_sync)

    if headless:
        print(f"Chartside is running at {address} — open it in a browser on this computer (Ctrl+C stops it).")
        sys.stdout.flush()
        ui.run(host="127.0.0.1", port=port, reload=False, show=False, title="Chartside", favicon="🩺")
        return

    if sys.platform.startswith("linux") and os.geteuid() == 0:
        # Chromium inside Qt WebEngine refuses to run as root with its sandbox on (CI containers).
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    if sys.platform.startswith("linux"):
        os.environ.setdefault("PYWEBVIEW_GUI", "qt")  # the bundled toolkit; GTK would need system PyGObject
    size_file = user_config_path().parent / "window.json"
    app.native.on("resized", lambda e: save_size(size_file, e.args["width"], e.args["height"]))
    print(f"Chartside window opening ({address}).")
    sys.stdout.flush()
    ui.run(
        host="127.0.0.1",
        port=port,
        reload=False,
        native=True,
        window_size=load_size(size_file),
        title="Chartside",
        favicon="🩺",
    )


if __name__ in {"__main__", "__mp_main__"}:
    run()
