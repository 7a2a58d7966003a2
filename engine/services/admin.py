"""Users and roles, the audit chain, search and tags, and the admin's acts on the store (purge, rekey, backup)."""

from __future__ import annotations

import getpass
from pathlib import Path

from engine.store.keys import database_key


class AdminMixin:
    """Login and role checks, users, search, tags, audit verification, audio retention, key rotation, backup.

    A part of ``Services`` (engine/services/facade.py).
    """

    def login(self, username: str, password: str):
        """Log a local user in (throttled); later calls act as this user."""
        from engine.auth import login

        self.user = login(self.store, username, password)
        return self.user

    def require(self, role: str, action: str) -> None:
        """Refuse ``action`` unless the logged-in user has ``role`` (a store with no users allows all)."""
        from engine.auth import require

        require(self.user, role, self.store, action)

    def tag(self, visit_id: str, label: str, actor: str) -> None:
        """Bookmark a visit with a tag (idempotent; the visits list filters by tag)."""
        from engine.store import notes

        notes.tag(self.store, visit_id, label, actor)

    def search(self, words: str = "", **filters):
        """Full-text search with filters (patient, since, until, status, tag_)."""
        from engine.store import notes

        return notes.search(self.store, words, **filters)

    def verify_audit(self) -> tuple[bool, str]:
        """Walk the audit hash chain: (intact, one sentence saying where it breaks or how many events are intact)."""
        from engine.store import audit

        with self.store.session() as s:
            return audit.verify_chain(s)

    def purge_audio(self, actor: str) -> int:
        """Apply the audio retention setting (an admin's act)."""
        from engine.store import notes

        self.require("admin", "delete recordings")
        return notes.purge_audio(self.store, self.settings.audio_retention_days, actor)

    def rekey(self, new_passphrase: str | None, use_keyring: bool) -> str:
        """Rotate the store key (an admin's act)."""
        from engine.store.rekey import rekey

        self.require("admin", "change the store key")
        return rekey(self.store, new_passphrase, use_keyring=use_keyring)

    def backup(self, folder: Path, passphrase: str) -> Path:
        """Write an encrypted backup (an admin's act)."""
        from engine.store.rekey import backup

        self.require("admin", "back up the store")
        key = database_key(self.settings.db_path, self.settings.passphrase, self.settings.keyring)
        return backup(self.store, key, folder, passphrase)

    def add_user(self, username: str, password: str, role: str, display_name: str = ""):
        """Create a local user; once a store has users, only an admin may add more."""
        from engine.auth import create_user, has_users

        if has_users(self.store):
            self.require("admin", "add users")
        actor = self.user.username if self.user else getpass.getuser()
        return create_user(self.store, username, password, role, actor, display_name)
