"""What the app remembers between pages: the engine's services, who is logged in, and work in progress.

One desktop window means one clinician at a time, so this is one object per app; the data itself lives
in the encrypted store, never here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from engine.services import Services


@dataclass
class AppState:
    services: Services
    acknowledged: dict[str, set[str]] = field(default_factory=dict)  # note id -> flag ids looked at
    recording: object | None = None  # the RecordingSession in progress
    jobs: dict[str, object] = field(default_factory=dict)  # visit/note id -> Job (transcribe, draft, ...)
    sync: object | None = None  # engine.sync.background.BackgroundSync when a sync server is configured
    last_activity: float = field(default_factory=time.monotonic)

    @property
    def user(self):
        return self.services.user

    def touch(self) -> None:
        self.last_activity = time.monotonic()

    def idle_expired(self) -> bool:
        return time.monotonic() - self.last_activity > self.services.settings.idle_lock_minutes * 60

    def lock(self) -> None:
        """Forget who is logged in; a recording in progress keeps recording into its journal."""
        self.services.user = None
        self.acknowledged.clear()
