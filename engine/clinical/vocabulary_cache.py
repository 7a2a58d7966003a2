"""The built problem and symptom vocabularies, kept on disk between processes.

Building them means loading all of ICD-10-CM (the ``simple-icd-10-cm`` package parses its tabular list
on import, about 4 s) and turning 70,000 descriptions into spoken phrases (about 3 s more): every
`chartside note`, `chartside eval` or sync job paid that before its first fact. The result depends only on
our code and the package, so it is written once to the cache folder as JSON (data, never code: nothing is
unpickled) and read back in well under a second. The file's name carries a hash of every module under
engine/clinical and the package's version, so any change to the rules or the code set builds it afresh;
a cache that cannot be read or written is simply not used. It holds no patient data.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
from pathlib import Path
from typing import Any

_PREFIX = "vocabulary-"


def cache_file() -> Path | None:
    """Where the vocabularies of this code and this ICD-10-CM package are kept (None: no cache folder)."""
    try:
        from engine.config import get_settings

        folder = get_settings().cache_dir
    except Exception:  # a bad setting is reported where settings are used; here the cache just goes unused
        return None
    modules = sorted(Path(__file__).parent.glob("*.py"))
    if not modules:
        return None  # a frozen build has no sources to hash: a cache could outlive an upgrade, so none is kept
    digest = hashlib.sha256()
    for module in modules:
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    try:
        digest.update(importlib.metadata.version("simple-icd-10-cm").encode())
    except importlib.metadata.PackageNotFoundError:
        return None
    digest.update(sys.version.encode())
    return folder / f"{_PREFIX}{digest.hexdigest()[:20]}.json"


def load(path: Path) -> dict[str, Any] | None:
    """The saved vocabularies, or None when there are none or they cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or {"concepts", "problems", "symptoms", "displays"} - data.keys():
        return None
    return data


def save(path: Path, data: dict[str, Any]) -> None:
    """Write the vocabularies atomically, and remove those of earlier code; any failure is ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
        tmp.replace(path)
        for old in path.parent.glob(f"{_PREFIX}*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
