"""Key rotation and encrypted backups of the store.

Rekey is crash-safe: the new key is recorded as *pending* (keyring entry or key-info salt) before the
database changes key, and promoted after. If the process dies in between, the next unlock finds the old
key rejected, tries the pending one, and finishes the rotation (``finish_rekey``).

A backup is a folder: ``chartside.db`` (a consistent ``VACUUM INTO`` snapshot, still encrypted with the
store key), ``backup.json`` (that key wrapped with AES-256-GCM under a key derived from the backup
passphrase by scrypt, plus a sha256 of every file) and the encrypted recordings. Restoring unwraps the key,
verifies every file and re-keys the copy to the restoring machine's own key.
"""

from __future__ import annotations

import json
import secrets
import shutil
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from engine.errors import StoreError, StoreLockedError
from engine.store.db import Store
from engine.store.keys import (
    SERVICE,
    KeyInfo,
    derive,
    keyring_account,
    read_keyinfo,
    usable_keyring,
    write_keyinfo,
)
from models.registry import sha256_file


def _sql_key(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


def apply_key(store: Store, new_key: bytes) -> None:
    """PRAGMA rekey on a single connection (WAL checkpointed and off while it runs); reopen with the new key."""
    store.engine.dispose()
    raw = store.engine.raw_connection()
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute(f"PRAGMA rekey = {_sql_key(new_key)}")
        raw.commit()
    finally:
        raw.close()
    store.reopen(new_key)


def rekey(store: Store, new_passphrase: str | None = None, use_keyring: bool = True) -> str:
    """Rotate the store key; returns the mode now in use ("keyring" or "passphrase")."""
    info = read_keyinfo(store.path)
    backend = usable_keyring() if use_keyring else None
    account = keyring_account(store.path)
    if new_passphrase is None and backend is not None and (info is None or info.mode == "keyring"):
        new = secrets.token_bytes(32)
        backend.set_password(SERVICE, account + ":pending", new.hex())
        apply_key(store, new)
        backend.set_password(SERVICE, account, new.hex())
        backend.delete_password(SERVICE, account + ":pending")
        write_keyinfo(store.path, KeyInfo(mode="keyring"))
        return "keyring"
    if not new_passphrase or len(new_passphrase) < 8:
        raise StoreLockedError("The new passphrase must have at least 8 characters; choose a longer one.")
    target = KeyInfo(mode="passphrase", salt=secrets.token_hex(16))
    current = info or target
    write_keyinfo(store.path, KeyInfo(**{**current.__dict__, "pending_salt": target.salt}))
    apply_key(store, derive(new_passphrase, target))
    write_keyinfo(store.path, target)
    return "passphrase"


def finish_rekey(db_path: Path) -> None:
    """Promote a pending key after an interrupted rekey (the database already uses it)."""
    info = read_keyinfo(db_path)
    if info and info.mode == "passphrase" and info.pending_salt:
        write_keyinfo(db_path, KeyInfo(mode="passphrase", salt=info.pending_salt, n=info.n, r=info.r, p=info.p))
        return
    backend = usable_keyring()
    if backend is not None:
        account = keyring_account(db_path)
        pending = backend.get_password(SERVICE, account + ":pending")
        if pending:
            backend.set_password(SERVICE, account, pending)
            backend.delete_password(SERVICE, account + ":pending")


def backup(store: Store, key: bytes, out_dir: Path, passphrase: str) -> Path:
    """Write an encrypted backup folder; refuses to write into a non-empty folder."""
    if len(passphrase) < 8:
        raise StoreError("The backup passphrase must have at least 8 characters; choose a longer one.")
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise StoreError(f"{out_dir} is not empty; choose a new folder for the backup.")
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    db_copy = out_dir / "chartside.db"
    with store.engine.connect() as c:
        c.exec_driver_sql(f"VACUUM INTO '{db_copy}'")  # a consistent snapshot, still encrypted
    (out_dir / "audio").mkdir(mode=0o700)
    for f in store.audio_dir.glob("*.csa"):
        shutil.copy2(f, out_dir / "audio" / f.name)
    kek_info = KeyInfo(mode="passphrase", salt=secrets.token_hex(16))
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive(passphrase, kek_info)).encrypt(nonce, key, b"chartside-backup-v1")
    files = {str(p.relative_to(out_dir)): sha256_file(p) for p in sorted(out_dir.rglob("*")) if p.is_file()}
    manifest = {
        "version": 1,
        "schema": store.schema_revision(),
        "kdf": kek_info.__dict__,
        "nonce": nonce.hex(),
        "wrapped_key": wrapped.hex(),
        "files": files,
    }
    (out_dir / "backup.json").write_text(json.dumps(manifest, indent=1))
    return out_dir


def restore(backup_dir: Path, passphrase: str, target: Path, target_key: bytes) -> Store:
    """Verify a backup folder, copy it to ``target`` (which must not exist) and re-key it to ``target_key``."""
    backup_dir, target = Path(backup_dir), Path(target)
    manifest_path = backup_dir / "backup.json"
    if not manifest_path.exists():
        raise StoreError(f"{backup_dir} is not a Chartside backup (no backup.json); choose the backup folder.")
    if target.exists():
        raise StoreError(f"A store already exists at {target}; move it away before restoring over it.")
    m = json.loads(manifest_path.read_text())
    for rel, digest in m["files"].items():
        f = backup_dir / rel
        if not f.is_file() or sha256_file(f) != digest:
            raise StoreError(f"The backup file {rel} is missing or damaged; use another backup.")
    kek = derive(passphrase, KeyInfo(**m["kdf"]))
    try:
        key = AESGCM(kek).decrypt(bytes.fromhex(m["nonce"]), bytes.fromhex(m["wrapped_key"]), b"chartside-backup-v1")
    except InvalidTag:
        raise StoreLockedError("The backup passphrase is wrong; try again.") from None
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copy2(backup_dir / "chartside.db", target)
    target.chmod(0o600)
    store = Store(target, key)
    for f in (backup_dir / "audio").glob("*.csa"):
        shutil.copy2(f, store.audio_dir / f.name)
    apply_key(store, target_key)
    return store
