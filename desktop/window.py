"""The window remembers its size between runs (a small JSON file in the config folder)."""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT = (1280, 860)


def load_size(path: Path) -> tuple[int, int]:
    try:
        w, h = json.loads(path.read_text())["size"]
        return max(800, int(w)), max(600, int(h))
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT


def save_size(path: Path, width: int, height: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps({"size": [int(width), int(height)]}))
    tmp.replace(path)
