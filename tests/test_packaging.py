"""The installer: `make package` output installed into a temporary prefix, checked against its signature,
run with networking limited to loopback; a flipped byte is refused naming the file; a store from an
older schema opens in the installed program with its data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, chartside_env, first_schema_store
from tests.heard import a_medication

pytestmark = pytest.mark.slow
DIST = ROOT / "build" / "dist"


@pytest.fixture(scope="module")
def deb() -> Path:
    """The .deb of this checkout: built by `make package` (packaging/build.sh) when missing or stale."""
    debs = sorted(DIST.glob("chartside_*_amd64.deb"))
    sources = [
        p for d in ("engine", "ui", "desktop", "models", "packaging") for p in (ROOT / d).rglob("*") if p.is_file()
    ]
    newest_source = max(p.stat().st_mtime for p in sources)
    if not debs or debs[-1].stat().st_mtime < newest_source:
        subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, check=True, timeout=1500)
        debs = sorted(DIST.glob("chartside_*_amd64.deb"))
    return debs[-1]


@pytest.fixture(scope="module")
def prefix(deb, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("prefix")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def loopback_only(cmd: list[str]) -> list[str]:
    """Run in a new network namespace that has nothing but the loopback interface."""
    if not shutil.which("unshare") or os.geteuid() != 0:
        pytest.fail("unshare as root is needed to confine the installed program to loopback")
    return ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *cmd]


def test_release_artifacts_are_signed(deb):
    from engine.integrity import verify_bytes

    key = (DIST / "release-key.pub").read_bytes()
    assert verify_bytes(deb.read_bytes(), (DIST / f"{deb.name}.sig").read_bytes(), key)
    sums = (DIST / "SHA256SUMS").read_bytes()
    assert verify_bytes(sums, (DIST / "SHA256SUMS.sig").read_bytes(), key)
    assert not verify_bytes(deb.read_bytes()[:-1] + b"\0", (DIST / f"{deb.name}.sig").read_bytes(), key)
    control = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: chartside" in control and "postinst" in control


def test_installed_bundle_verifies_and_makes_a_note_offline(prefix, tmp_path, htn_wav):
    app = prefix / "opt" / "chartside" / "chartside"
    key = DIST / "release-key.pub"
    ok = subprocess.run(
        [str(app), "verify-install", "--root", str(app.parent), "--key", str(key)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ok.returncode == 0 and "files match the signed manifest" in ok.stdout, ok.stderr
    env = chartside_env(tmp_path / "home")
    # nothing of the development checkout may leak into the installed program
    env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin"
    starts = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(app), "models", "list"], env=env, check=True, capture_output=True, timeout=120)
        starts.append(time.perf_counter() - t0)
    note = subprocess.run(
        loopback_only([str(app), "note", str(htn_wav), "--json", str(tmp_path / "note.json"), "-q"]),
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert note.returncode == 0, note.stderr[-3000:]
    result = json.loads((tmp_path / "note.json").read_text())
    assert a_medication(result["facts"]) and result["draft"]["sections"]
    listing = subprocess.run([str(app), "notes", "list"], env=env, capture_output=True, text=True, timeout=120)
    assert result["note_id"][:8] in listing.stdout
    size_mb = sum(p.stat().st_size for p in app.parent.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"bundle {size_mb:.0f} MB, start (models list) median {sorted(starts)[1]:.2f} s")


def test_a_flipped_byte_is_refused_naming_the_file(prefix):
    root = prefix / "opt" / "chartside"
    victim = next(p for p in sorted((root / "_internal").rglob("*.json")) if p.stat().st_size > 100)
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x01
    victim.write_bytes(bytes(data))
    try:
        bad = subprocess.run(
            [str(root / "chartside"), "verify-install", "--root", str(root), "--key", str(DIST / "release-key.pub")],
            capture_output=True,
            text=True,
            timeout=300,
        )
        rel = victim.relative_to(root).as_posix()
        assert bad.returncode == 8 and f"{rel} was changed" in bad.stderr and "Traceback" not in bad.stderr
        # a key that did not sign this release is refused too
        other = prefix.parent / "other-key"
        subprocess.run([sys.executable, str(ROOT / "packaging" / "sign.py"), "new-key", str(other)], check=True)
        wrong = subprocess.run(
            [str(root / "chartside"), "verify-install", "--root", str(root), "--key", str(other / "release-key.pub")],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert wrong.returncode == 8 and "not signed by the release key" in wrong.stderr
    finally:
        data[len(data) // 2] ^= 0x01
        victim.write_bytes(bytes(data))


def test_installed_program_opens_a_store_from_the_first_schema(prefix, tmp_path):
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    first_schema_store(home / "data" / "chartside.db")
    app = prefix / "opt" / "chartside" / "chartside"
    found = subprocess.run(
        [str(app), "search", "metformin"], env=chartside_env(home), capture_output=True, text=True, timeout=300
    )
    assert found.returncode == 0 and "v1" in found.stdout, found.stderr
