"""Local users: scrypt password hashes, login throttling, and the roles the services enforce.

Roles are checked in the services (engine/services/), not only in the UI: once a store has users,
signing and amending need a logged-in clinician, and key, backup and retention operations an admin.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlmodel import select

from engine.errors import ChartsideError
from engine.store import audit
from engine.store.db import Store
from engine.store.tables import User, now

ROLES = ("clinician", "admin")
FREE_TRIES = 5
FIRST_PAUSE_S = 30
MAX_PAUSE_S = 15 * 60


class AuthError(ChartsideError):
    exit_code = 7


def hash_password(password: str, n: int = 2**14) -> str:
    salt = secrets.token_bytes(16)
    key = Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(password.encode())
    return f"scrypt${n}$8$1${salt.hex()}${key.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, key = stored.split("$")
        got = Scrypt(salt=bytes.fromhex(salt), length=32, n=int(n), r=int(r), p=int(p)).derive(password.encode())
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), key)


def has_users(store: Store) -> bool:
    with store.session() as s:
        return s.exec(select(User).limit(1)).first() is not None


def create_user(store: Store, username: str, password: str, role: str, actor: str, display_name: str = "") -> User:
    """Add a local user; the first user of a store must be an admin."""
    if not role or any(r not in ROLES for r in role.split(",")):
        raise AuthError(f"{role!r} is not a role; choose clinician or admin.")
    if len(password) < 8:
        raise AuthError("The password must have at least 8 characters; choose a longer one.")
    first = not has_users(store)
    if first and "admin" not in role.split(","):
        raise AuthError("The first user of a store must be an admin; create an admin first.")
    with store.session() as s:
        if s.exec(select(User).where(User.username == username)).first():
            raise AuthError(f"There is already a user called {username!r}; choose another name.")
        user = User(
            username=username, display_name=display_name or username, role=role, password_hash=hash_password(password)
        )
        s.add(user)
        s.flush()
        audit.append(s, actor, "create_user", "user", user.id)
        return user


def login(store: Store, username: str, password: str, at: datetime | None = None) -> User:
    """Check a password; after FREE_TRIES failures the account pauses, doubling each time (max 15 min)."""
    at = at or now()
    error: str | None = None
    with store.session() as s:  # the failure count must be committed, so errors are raised after the commit
        user = s.exec(select(User).where(User.username == username)).first()
        if user is None:
            hash_password(password)  # same work as a real check: no timing hint that the name is unknown
            error = "Wrong user name or password; try again."
        else:
            locked = user.locked_until and (
                user.locked_until if user.locked_until.tzinfo else user.locked_until.replace(tzinfo=at.tzinfo)
            )
            if locked and locked - at > timedelta(seconds=MAX_PAUSE_S):
                locked = None  # the clock jumped back: never lock anyone out longer than the longest pause
            if locked and locked > at:
                error = (
                    f"Too many failed attempts; wait {int((locked - at).total_seconds()) + 1} seconds and try again."
                )
            elif not check_password(password, user.password_hash):
                user.failed_logins += 1
                over = user.failed_logins - FREE_TRIES
                if over >= 0:
                    user.locked_until = at + timedelta(seconds=min(MAX_PAUSE_S, FIRST_PAUSE_S * 2**over))
                s.add(user)
                audit.append(s, username, "login_failed", "user", user.id)
                left = max(0, FREE_TRIES - user.failed_logins)
                error = "Wrong user name or password; " + (
                    f"{left} tries left before a pause." if left else "the account is paused for a while."
                )
            else:
                user.failed_logins, user.locked_until = 0, None
                s.add(user)
                audit.append(s, username, "login", "user", user.id)
    if error:
        raise AuthError(error)
    return user


def require(user: User | None, role: str, store: Store, action: str) -> None:
    """Raise AuthError unless ``user`` may ``action``; a store without users is single-user (no roles yet)."""
    if user is None:
        if has_users(store):
            raise AuthError(f"Log in to {action}; give --user and the password (or CHARTSIDE_USER_PASSWORD).")
        return
    if role not in user.role.split(","):
        raise AuthError(f"Only a {role} may {action}; log in as one.")
