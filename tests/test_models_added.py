"""Adding models from a share: checksums checked, licence recorded, chosen per task, removed again;
a damaged copy is refused naming the file; IT can restrict the choice."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys

from models.registry import resolve
from tests.conftest import chartside_env


def _chartside(env, *args, timeout=300):
    return subprocess.run(
        [sys.executable, "-m", "engine", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def _sums(folder):
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(folder.iterdir()) if p.is_file()]
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n")


def test_add_use_remove_a_whisper_folder_and_refuse_a_damaged_gguf(tmp_path):
    env = chartside_env(tmp_path / "home")
    share = tmp_path / "share"
    whisper = share / "whisper-copy"
    shutil.copytree(resolve("whisper-tiny.en").path, whisper)
    _sums(whisper)
    added = _chartside(env, "models", "add", str(whisper), "--name", "whisper-site", "--licence", "MIT")
    assert added.returncode == 0, added.stderr
    assert "all 4 file(s) match" in added.stdout
    listing = _chartside(env, "models", "list")
    assert "whisper-site" in listing.stdout and "MIT" in listing.stdout and "added from" in listing.stdout
    shutil.rmtree(share / "whisper-copy")  # the stick is unplugged: the copy in the data folder is used
    use = _chartside(env, "models", "use", "whisper-site")
    assert use.returncode == 0, use.stderr
    assert 'whisper_model = "whisper-site"' in (tmp_path / "home" / "config" / "settings.toml").read_text()
    assert _chartside(env, "models", "verify").returncode == 0
    busy = _chartside(env, "models", "remove", "whisper-site")
    assert busy.returncode == 4 and "is in use" in busy.stderr
    assert _chartside(env, "models", "use", "whisper-tiny.en").returncode == 0
    gone = _chartside(env, "models", "remove", "whisper-site")
    assert gone.returncode == 0 and "whisper-site" not in _chartside(env, "models", "list").stdout
    assert not (tmp_path / "home" / "data" / "models" / "whisper-site").exists()

    gguf = share / "model.gguf"
    shutil.copyfile(resolve("smollm2-135m-instruct").path, gguf)
    good = hashlib.sha256(gguf.read_bytes()).hexdigest()
    with gguf.open("r+b") as f:  # damaged in transit
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0xFF]))
    bad = _chartside(env, "models", "add", str(gguf), "--name", "llm-site", "--licence", "Apache-2.0", "--sha256", good)
    assert bad.returncode == 4 and "model.gguf does not match its checksum" in bad.stderr
    assert "Traceback" not in bad.stderr and "llm-site" not in _chartside(env, "models", "list").stdout
    no_sums = _chartside(env, "models", "add", str(gguf), "--name", "llm-site", "--licence", "Apache-2.0")
    assert no_sums.returncode == 4 and "No checksums were given" in no_sums.stderr


def test_it_can_restrict_the_models(tmp_path):
    env = chartside_env(tmp_path / "home")
    managed = tmp_path / "managed.toml"
    managed.write_text('allowed_models = ["whisper-tiny.en"]\n')
    env["CHARTSIDE_MANAGED_CONFIG"] = str(managed)
    refused = _chartside(env, "models", "use", "smollm2-135m-instruct")
    assert refused.returncode == 4 and "IT allows only these models: whisper-tiny.en" in refused.stderr


def test_a_secret_in_a_config_file_is_refused(tmp_path):
    env = chartside_env(tmp_path / "home")
    managed = tmp_path / "managed.toml"
    managed.write_text('sync_client_secret = "hunter2"\n')
    env["CHARTSIDE_MANAGED_CONFIG"] = str(managed)
    proc = _chartside(env, "notes", "list")
    assert proc.returncode == 2 and "holds a secret (sync_client_secret)" in proc.stderr
    assert "hunter2" not in proc.stderr and "Traceback" not in proc.stderr
