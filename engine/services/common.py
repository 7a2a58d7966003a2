"""What every use-case module of the services shares: progress hooks, disk errors in words, the logger."""

from __future__ import annotations

import errno
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from engine.errors import StoreError
from engine.logs import get_logger

# One logger for the whole facade, named as before the split, so the log file reads the same.
log = get_logger("engine.services")


@contextmanager
def disk_errors():
    """A full disk or a failing one becomes one sentence; the transaction has already rolled back."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "full" in text or "disk i/o" in text or "too large" in text:
            raise StoreError(
                "The disk is full (or failing), so this visit was not saved; free some space and "
                "run it again — nothing already stored was changed."
            ) from None
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise StoreError(
                "The disk is full, so this visit was not saved; free some space and run it again — "
                "nothing already stored was changed."
            ) from None
        raise


@dataclass
class Hooks:
    """Callbacks for progress: a stage starts, advances (0..1), streams a token, ends."""

    start: Callable[[str], None] = lambda stage: None
    advance: Callable[[str, float], None] = lambda stage, fraction: None
    token: Callable[[str], None] = lambda text: None
    end: Callable[[str, float], None] = lambda stage, seconds: None
