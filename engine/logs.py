"""Structured logging: JSON lines to a file in the log folder, short lines to the console.

Rule: a log record carries ids, counts, durations and stage names — never transcript text, note text,
names, dates of birth or identifiers. Messages are fixed event names; data goes in ``extra``. A filter
drops the free-text fields some libraries attach, and tests grep the log for seeded PHI.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pythonjsonlogger.json import JsonFormatter

LOGGER = "chartside"
_configured: Path | None = None

# Third-party loggers that may include user content in their messages (file paths, prompts, text).
_QUIET = ("faster_whisper", "llama_cpp", "httpx", "httpcore", "alembic", "sqlalchemy")


def get_logger(name: str) -> logging.Logger:
    """A child of the ``chartside`` logger (``name`` is usually ``__name__``)."""
    return logging.getLogger(f"{LOGGER}.{name.removeprefix('engine.')}")


def setup(log_dir: Path, console_level: int = logging.CRITICAL) -> Path:
    """Configure logging once per log folder; returns the JSON log file path."""
    global _configured
    log_file = log_dir / "chartside.log.jsonl"
    if _configured == log_file:
        return log_file
    root = logging.getLogger(LOGGER)
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.INFO)
    root.propagate = False

    log_file.touch(mode=0o600, exist_ok=True)
    log_file.chmod(0o600)
    fh = logging.handlers.RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=3, encoding="utf-8")
    fh.setFormatter(JsonFormatter("{asctime}{levelname}{name}{message}", style="{", timestamp=False))
    fh.setLevel(logging.INFO)
    root.addHandler(fh)

    ch = logging.StreamHandler()
    ch.setFormatter(logging.Formatter("chartside: %(message)s"))
    ch.setLevel(console_level)
    root.addHandler(ch)

    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.ERROR)
        logging.getLogger(name).propagate = False
    _configured = log_file
    return log_file
