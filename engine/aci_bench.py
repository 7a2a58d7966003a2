"""ACI-Bench's CSV files (Yim et al., 2023; CC BY 4.0): their rows and the dialogue of each as speaker turns."""

from __future__ import annotations

import csv
import re
from pathlib import Path

_TURN = re.compile(r"^\[(\w+)\]\s*(.*)$")


def aci_lines(dialogue: str) -> list[tuple[str, str]]:
    """ACI-Bench's "[doctor] text" dialogue as (speaker tag, text) turns, empty turns dropped."""
    return [
        (m.group(1), m.group(2))
        for ln in dialogue.splitlines()
        if (m := _TURN.match(ln.strip())) and m.group(2).strip()
    ]


def aci_rows(csv_path: Path, limit: int | None = None) -> list[dict]:
    """The rows of an ACI-Bench CSV (the first ``limit`` if given); its dialogues are long fields."""
    csv.field_size_limit(10**8)
    with Path(csv_path).open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows[:limit] if limit else rows
