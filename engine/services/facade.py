"""``Services``: the one object the UI and the CLI call, with the models and the store it opens lazily.

Each job lives in its own module as a mixin (engine/services/pipeline.py, live.py, signing.py, admin.py,
visits.py); this class holds the state they share and combines them, so callers keep one object to call.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from engine.config import Settings, get_settings
from engine.errors import StoreLockedError
from engine.logs import setup
from engine.services.admin import AdminMixin
from engine.services.common import log
from engine.services.live import LiveRecordingMixin
from engine.services.pipeline import PipelineMixin
from engine.services.signing import SigningMixin
from engine.services.visits import VisitsMixin
from engine.store.db import Store
from engine.store.keys import database_key, pending_key
from engine.store.rekey import finish_rekey


@dataclass
class Services(PipelineMixin, LiveRecordingMixin, SigningMixin, AdminMixin, VisitsMixin):
    """One per process (the app) or per command (the CLI)."""

    settings: Settings = field(default_factory=get_settings)
    use_llm: bool = True
    user: object | None = None  # engine.store.tables.User after login; roles are checked here
    _transcriber: object | None = None
    _llm: object | None = None
    _store: Store | None = None
    _live: dict = field(default_factory=dict)  # visit id -> RecordingSession in progress

    def __post_init__(self) -> None:
        self.log_file = setup(self.settings.log_dir)

    @property
    def transcriber(self):
        """The speech recogniser, loaded on first use."""
        if self._transcriber is None:
            from engine.transcribe.whisper import Transcriber

            self._transcriber = Transcriber(self.settings)
        return self._transcriber

    @property
    def llm(self):
        """The local drafting model, loaded on first use (None when the model is switched off)."""
        if self._llm is None and self.use_llm:
            from engine.draft.llm import LocalLLM

            self._llm = LocalLLM(self.settings)
        return self._llm

    @property
    def store(self) -> Store:
        """The encrypted store, opened on first use (finishing an interrupted key rotation)."""
        if self._store is None:
            path = self.settings.db_path
            key = database_key(path, self.settings.passphrase, self.settings.keyring)
            try:
                self._store = Store(path, key)
            except StoreLockedError:
                # An interrupted key rotation leaves the database on the new, pending key: finish it.
                pending = pending_key(path, self.settings.passphrase, self.settings.keyring)
                if pending is None:
                    raise
                self._store = Store(path, pending)
                finish_rekey(path)
            swept = self._store.sweep_orphans()
            if swept:
                log.warning("orphan_audio_removed", extra={"files": swept})
        return self._store

    def unload_models(self) -> None:
        """Free the models' memory (low-memory mode does this after every note; they load again on use)."""
        import gc

        self._transcriber = None
        self._llm = None
        gc.collect()

    def _after_use(self) -> None:
        if self.settings.low_memory and not self._live:
            self.unload_models()

    def close(self) -> None:
        """Close the store (it opens again on the next use)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def _actor(self) -> str:
        return self.user.username if self.user else getpass.getuser()
