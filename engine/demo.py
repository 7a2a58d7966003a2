"""The demo visit: a short written encounter, shipped as compressed audio so the demo needs no TTS."""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLE = Path(__file__).with_name("demo_data") / "sample-visit.ogg"
# Not a secret: the demo store only ever holds the made-up sample visit.
DEMO_PASSPHRASE = "chartside-demo-store"  # noqa: S105


def sample_audio(cache_dir: Path) -> Path:
    """Path to a readable copy of the sample recording (copied out so the install folder stays read-only)."""
    target = cache_dir / SAMPLE.name
    if not target.exists() or target.stat().st_size != SAMPLE.stat().st_size:
        shutil.copyfile(SAMPLE, target)
    return target
