"""The database key: a random 256-bit key kept in the OS keyring, or derived from a passphrase where no
keyring exists. Never a plaintext fallback.

``<db>.keyinfo.json`` beside the database records which mode the store uses (and, for passphrases, the
scrypt salt and cost), so that a store made with a passphrase is never silently re-keyed into the keyring
and vice versa. The file holds no secret.
"""

from __future__ import annotations

import getpass
import json
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from engine.errors import StoreLockedError

SERVICE = "chartside"
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
PassphrasePrompt = Callable[[str], str]


@dataclass(frozen=True)
class KeyInfo:
    mode: str  # "keyring" or "passphrase"
    salt: str = ""
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    pending_salt: str = ""  # set only while a passphrase rekey is in flight (see rekey.py)


def keyinfo_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keyinfo.json")


def read_keyinfo(db_path: Path) -> KeyInfo | None:
    path = keyinfo_path(db_path)
    if not path.exists():
        return None
    return KeyInfo(**json.loads(path.read_text()))


def write_keyinfo(db_path: Path, info: KeyInfo) -> None:
    path = keyinfo_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info.__dict__))
    tmp.chmod(0o600)
    tmp.replace(path)


def usable_keyring():
    """The OS keyring backend, or None when only a failing or plaintext backend is available."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a hard dependency
        return None
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if isinstance(backend, fail.Keyring) or "plaintext" in name.lower() or "null" in name.lower():
        return None
    try:
        if backend.priority < 1:  # chainer with nothing real behind it
            return None
    except Exception:  # noqa: BLE001 - some backends compute priority lazily and raise when unusable
        return None
    return backend


def derive(passphrase: str, info: KeyInfo) -> bytes:
    """scrypt(passphrase, salt) -> 32-byte key."""
    kdf = Scrypt(salt=bytes.fromhex(info.salt), length=32, n=info.n, r=info.r, p=info.p)
    return kdf.derive(passphrase.encode("utf-8"))


def _prompt(message: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise StoreLockedError(
            "No OS keyring is available to unlock the store; set CHARTSIDE_PASSPHRASE or run chartside in a "
            "terminal to type the passphrase."
        )
    return getpass.getpass(message)


def database_key(
    db_path: Path, passphrase: str | None, use_keyring: bool = True, prompt: PassphrasePrompt = _prompt
) -> bytes:
    """The key for the store at ``db_path``, creating one (and its key info) for a new store."""
    info = read_keyinfo(db_path)
    account = keyring_account(db_path)
    backend = usable_keyring() if use_keyring else None

    if info is None:
        if db_path.exists():
            raise StoreLockedError(
                f"The key information for {db_path.name} is missing; restore {keyinfo_path(db_path).name} from "
                "backup, or ask IT to recover the store."
            )
        if backend is not None and passphrase is None:
            key = secrets.token_bytes(32)
            backend.set_password(SERVICE, account, key.hex())
            write_keyinfo(db_path, KeyInfo(mode="keyring"))
            return key
        new = KeyInfo(mode="passphrase", salt=secrets.token_hex(16))
        phrase = passphrase or prompt("Choose a passphrase for the Chartside store: ")
        if len(phrase) < 8:
            raise StoreLockedError("The passphrase must have at least 8 characters; choose a longer one.")
        if passphrase is None and prompt("Type it again: ") != phrase:
            raise StoreLockedError("The two passphrases differ; run the command again and type the same one twice.")
        write_keyinfo(db_path, new)
        return derive(phrase, new)

    if info.mode == "keyring":
        backend = backend or usable_keyring()
        if backend is None:
            raise StoreLockedError(
                "This store's key is in the OS keyring, which is not available now; log in to the desktop "
                "session (or start the Secret Service) and try again."
            )
        stored = backend.get_password(SERVICE, account)
        if not stored:
            raise StoreLockedError(
                "The OS keyring has no key for this store (it may have been reset); restore the key or the "
                "keyring from backup, or ask IT to recover the store."
            )
        return bytes.fromhex(stored)

    phrase = passphrase or prompt("Passphrase for the Chartside store: ")
    return derive(phrase, info)


def keyring_account(db_path: Path) -> str:
    return f"database-key:{db_path.resolve()}"


def pending_key(db_path: Path, passphrase: str | None, use_keyring: bool = True) -> bytes | None:
    """The new key of a rekey that was interrupted after the database changed key, if any."""
    info = read_keyinfo(db_path)
    if info is None:
        return None
    if info.mode == "passphrase" and info.pending_salt and passphrase:
        return derive(passphrase, KeyInfo(mode="passphrase", salt=info.pending_salt, n=info.n, r=info.r, p=info.p))
    backend = usable_keyring() if use_keyring and info.mode == "keyring" else None
    stored = backend.get_password(SERVICE, keyring_account(db_path) + ":pending") if backend else None
    return bytes.fromhex(stored) if stored else None
