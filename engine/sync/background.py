"""Sync inside the app: a daemon thread that runs the outbox worker every few seconds while the app is open.

The worker's own backoff and circuit breaker decide what is due; this thread only keeps calling it, and
publishes the last report for the UI's sync status.
"""

from __future__ import annotations

import threading

from engine.config import Settings
from engine.logs import get_logger
from engine.store.db import Store
from engine.sync.worker import SyncReport, run_sync

log = get_logger(__name__)


class BackgroundSync:
    """``start()`` once after unlock; ``stop()`` before the store closes; ``kick()`` after signing a note."""

    def __init__(self, store: Store, settings: Settings, interval_s: float = 30.0):
        self.store, self.settings, self.interval_s = store, settings, interval_s
        self.last: SyncReport | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="chartside-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def kick(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.last = run_sync(self.store, self.settings)
            except Exception as exc:  # noqa: BLE001 - the thread must survive anything and try again later
                log.error("sync_thread_error", extra={"type": type(exc).__name__})
            self._wake.wait(self.interval_s)
            self._wake.clear()
