"""`chartside` command line: a thin shell over engine.services.

Every user-caused error ends in one sentence and a non-zero exit code; unexpected errors say where the
log is, and the log records the exception type and code location only (exception messages can hold PHI).
"""

from engine.cli import bench, models, notes, pipeline, store  # noqa: F401 - registers the commands
from engine.cli.common import app, main

__all__ = ["app", "main"]
