"""One digest of everything the rules-fed models learn from, so a stale artifact is caught in seconds.

The dose attachment and the status model are trained on the rules' own output on the dev visits, with their
thresholds chosen on the calibration visits. Any change to a rule, to the fact types, to the way facts are
paired with annotations, or to those visits can change what they would learn; the ``--check`` runs of the
training scripts say so exactly but take minutes (they are in the slow suite). The artifacts record this
digest when they are written, and a fast test compares it with the tree: a mismatch means "run
``make retrain``". The digest is deliberately coarse (a comment change to a rule also moves it); retraining is
deterministic, so that costs three minutes and never changes a model for nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# what extraction, the pairing with annotations and the threshold choice read (engine/clinical imports, from the
# rest of engine, the fact types, the re-listening vocabulary and the settings)
SOURCES = (
    "engine/clinical/*.py",
    "engine/types.py",
    "engine/transcribe/relisten.py",
    "engine/config.py",
    "engine/evaluation.py",
    "engine/fact_scoring.py",
    "engine/name_matching.py",
    "data/encounters/primary/dev/*.json",
    "data/encounters/dev/*.json",
    "data/encounters/primary/calibration/*.json",
)


def sources_digest(root: Path = ROOT) -> str:
    """sha256 over the sorted paths and contents of SOURCES (line endings normalised, as git may convert them)."""
    h = hashlib.sha256()
    for path in sorted({p for pattern in SOURCES for p in root.glob(pattern)}):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
        h.update(b"\0")
    return h.hexdigest()
