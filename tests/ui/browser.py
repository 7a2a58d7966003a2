"""Run the app as a real subprocess (headless server on 127.0.0.1) and drive it with Debian's Chromium."""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def app_server(env: dict[str, str], log: Path):
    """`chartside app --headless` on a free port; yields its address once it answers."""
    port = free_port()
    # NiceGUI treats any process with PYTEST_CURRENT_TEST set as its own test harness
    env = {k: v for k, v in env.items() if k != "PYTEST_CURRENT_TEST"}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "engine", "app", "--headless", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the app exited: {log.read_text()[-2000:]}")
            if re.search(r"running at http://127\.0\.0\.1:\d+", log.read_text()):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            time.sleep(0.3)
        else:
            pytest.fail("the app did not start within 90 s")
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def chromium(downloads: Path):
    """A real headless Chromium (Debian's) through Playwright; no browser is ever downloaded."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing; run scripts/setup.sh")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        try:
            yield ctx.new_page()
        finally:
            ctx.close()
            browser.close()
