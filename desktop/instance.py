"""One Chartside per user: a lock file held for the app's lifetime (released by the OS on a crash)."""

from __future__ import annotations

import os
from pathlib import Path


class AlreadyRunning(Exception):
    def __init__(self, address: str):
        super().__init__(address)
        self.address = address


class SingleInstance:
    """``acquire()`` or AlreadyRunning (with the running app's address, from the lock file)."""

    def __init__(self, path: Path):
        self.path = path
        self._fh = None

    def acquire(self, address: str) -> None:
        fh = self.path.open("a+")
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            running = fh.read().strip()
            fh.close()
            raise AlreadyRunning(running) from None
        fh.seek(0)
        fh.truncate()
        fh.write(address)
        fh.flush()
        self._fh = fh
