"""The use cases the UI and the CLI call. Each is a thin composition of the pipeline stages:

    audio -> transcript -> facts -> draft -> stored note -> PDF

Models and the store open lazily and once per ``Services`` object. ``Services`` (facade.py) combines one
module per job: pipeline.py (a file to a note), live.py (recording and recovery), signing.py (review, edit,
sign, amend, print), admin.py (users, audit, search, purge, rekey, backup) and visits.py (visit rows, sync
state); common.py holds ``Hooks`` and ``disk_errors``, which they all use.
"""

from engine.services.common import Hooks, disk_errors
from engine.services.facade import Services

__all__ = ["Hooks", "Services", "disk_errors"]
