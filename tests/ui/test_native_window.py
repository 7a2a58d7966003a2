"""The real native window: pywebview with Qt WebEngine under Xvfb, a screenshot of what it shows; one
instance per user; the window size remembered."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import chartside_env
from tests.ui.browser import free_port

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def xvfb():
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing; run scripts/setup.sh")
    for display in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{display}").exists() and not Path(f"/tmp/.X{display}-lock").exists():
            break
    proc = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1400x950x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.1)
        yield f":{display}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_native_window_opens_and_shows_the_unlock_screen(tmp_path):
    from PIL import ImageGrab

    env = chartside_env(tmp_path / "home")
    env.pop("PYTEST_CURRENT_TEST", None)
    with xvfb() as display:
        env["DISPLAY"] = display
        log = tmp_path / "app.log"
        with log.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "engine", "app", "--window", "--port", str(free_port())],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            colours = 0
            for _ in range(120):  # Qt WebEngine takes a while to start on 2 cores
                time.sleep(1)
                assert proc.poll() is None, log.read_text()[-3000:]
                image = ImageGrab.grab(xdisplay=display)
                colours = len(image.getcolors(maxcolors=100_000) or [])
                if colours > 100:  # rendered text (anti-aliased), not an empty or black screen
                    break
            assert colours > 100, f"the window stayed blank: {log.read_text()[-3000:]}"
            time.sleep(2)
            image = ImageGrab.grab(xdisplay=display)
            shots = Path(os.environ.get("CHARTSIDE_SCREENSHOTS") or tmp_path)
            image.save(shots / "native-window.png")
            assert "window opening" in log.read_text()
            # a second start finds the first and says so, instead of opening a second store connection
            second = subprocess.run(
                [sys.executable, "-m", "engine", "app", "--headless"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert second.returncode == 1 and "already open" in second.stdout
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_window_size_is_remembered(tmp_path):
    from desktop.window import DEFAULT, load_size, save_size

    path = tmp_path / "config" / "window.json"
    assert load_size(path) == DEFAULT
    save_size(path, 1500, 990)
    assert load_size(path) == (1500, 990)
    path.write_text("{not json")
    assert load_size(path) == DEFAULT
