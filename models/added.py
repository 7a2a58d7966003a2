"""Models IT adds from a share or USB stick: copied into the data folder, checked against the
checksums IT ships with them, recorded with their licence, and removable again.

The list lives in ``<data>/models/added.json``; each model's files in ``<data>/models/<name>/``, so the
stick can be unplugged afterwards. Nothing is downloaded, ever.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from engine.errors import ModelMissingError
from models.registry import ModelSpec, sha256_file

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _root() -> Path:
    from engine.config import get_settings

    root = get_settings().data_dir / "models"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def registry_file() -> Path:
    return _root() / "added.json"


def added_specs() -> list[ModelSpec]:
    """The models added on this computer."""
    path = registry_file()
    if not path.is_file():
        return []
    return [ModelSpec.model_validate(m) for m in json.loads(path.read_text(encoding="utf-8"))["models"]]


def _write(specs: list[ModelSpec]) -> None:
    path = registry_file()
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps({"models": [s.model_dump(exclude_none=True) for s in specs]}, indent=1))
    tmp.replace(path)


def read_checksums(path: Path) -> dict[str, str]:
    """``sha256sum`` output (``HEX  name`` per line), as IT produces it next to the model."""
    sums: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([0-9a-fA-F]{64})\s+\*?(.+)$", line.strip())
        if m:
            sums[m.group(2).strip().removeprefix("./")] = m.group(1).lower()
    if not sums:
        raise ModelMissingError(f"{path.name} has no sha256 lines; create it with `sha256sum * > {path.name}`.")
    return sums


def detect(source: Path) -> tuple[str, str, dict[str, Path]]:
    """(kind, task, files) of a GGUF file or a CTranslate2 Whisper folder."""
    if source.is_file() and source.suffix.lower() == ".gguf":
        return "gguf", "draft", {source.name: source}
    if source.is_dir() and (source / "model.bin").is_file() and (source / "config.json").is_file():
        files = {p.relative_to(source).as_posix(): p for p in sorted(source.rglob("*")) if p.is_file()}
        files = {k: v for k, v in files.items() if not Path(k).name.startswith(".") and k != "SHA256SUMS"}
        return "whisper-ct2", "transcribe", files
    raise ModelMissingError(
        f"{source} is neither a .gguf file nor a faster-whisper (CTranslate2) folder with model.bin and "
        "config.json; point to the model itself."
    )


def add(source: Path, name: str, licence: str, checksums: dict[str, str], description: str = "") -> ModelSpec:
    """Check every file against ``checksums``, copy the model in, and record it (all or nothing)."""
    from models.registry import load_manifest

    source = Path(source)
    if not _NAME.match(name):
        raise ModelMissingError(f"{name!r} is not a usable model name; use lower-case letters, digits, '.', '-'.")
    if any(s.name == name for s in load_manifest()):
        raise ModelMissingError(f"There is already a model called {name}; remove it first or choose another name.")
    if not licence.strip():
        raise ModelMissingError("Give the model's licence (--licence), so it is on record before anyone uses it.")
    if not source.exists():
        raise ModelMissingError(f"{source} does not exist; check the path to the share or USB stick.")
    kind, task, files = detect(source)
    expected = {rel: checksums.get(rel) or checksums.get(Path(rel).name) for rel in files}
    unlisted = sorted(rel for rel, h in expected.items() if not h)
    if unlisted:
        raise ModelMissingError(
            f"No checksum was given for {', '.join(unlisted)}; ask IT for the model's SHA256SUMS and pass it."
        )
    dest = _root() / name
    tmp = _root() / f".{name}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(mode=0o700)
    try:
        for rel, src in files.items():
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
            if sha256_file(target) != expected[rel]:
                raise ModelMissingError(
                    f"{rel} does not match its checksum (damaged copy or a different file); the model was not added."
                )
        tmp.replace(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    location = dest / next(iter(files)) if kind == "gguf" else dest
    spec = ModelSpec(
        name=name,
        kind=kind,
        task=task,
        description=description or f"added from {source.name}",
        path=str(location),
        files=expected,
        licence=licence.strip(),
        source=str(source),
    )
    _write([*added_specs(), spec])
    return spec


def remove(name: str, in_use: set[str]) -> None:
    """Forget an added model and delete its copy; bundled models and models in use are refused."""
    specs = added_specs()
    if not any(s.name == name for s in specs):
        raise ModelMissingError(f"{name} is not an added model (bundled models come with the installer).")
    if name in in_use:
        raise ModelMissingError(f"{name} is in use; choose another model with `chartside models use` first.")
    _write([s for s in specs if s.name != name])
    shutil.rmtree(_root() / name, ignore_errors=True)
