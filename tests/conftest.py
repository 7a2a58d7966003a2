"""Shared fixtures: an isolated Chartside home per session, real test audio rendered with espeak-ng,
and a guard that fails any test whose code tries to reach beyond 127.0.0.1."""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# medspacy_quickumls (a dependency of medspacy) installs a top-level "tests" package into site-packages,
# and a regular package shadows this folder's namespace package: "tests" must mean this folder.
if getattr(sys.modules.get("tests"), "__path__", None) != [str(ROOT / "tests")]:
    _tests = types.ModuleType("tests")
    _tests.__path__ = [str(ROOT / "tests")]
    sys.modules["tests"] = _tests
SHARED = Path(os.environ.get("CHARTSIDE_SHARED", ROOT.parent / "shared"))
ENCOUNTERS = SHARED / "data" / "encounters"
SPEAK = SHARED / "tools" / "speak_dialogue.py"
PASSPHRASE = "correct horse battery staple"
pytest_plugins = ["nicegui.testing.user_plugin"]


def _loopback_only(event: str, args: tuple) -> None:
    # An audit hook sees every socket.connect in this process: patient data must never leave the laptop.
    if event == "socket.connect":
        addr = args[1]
        if isinstance(addr, tuple) and addr:
            host = addr[0]
            if host == "localhost":
                return
            try:
                ip = ipaddress.ip_address(host)
            except ValueError:
                raise RuntimeError(f"test tried to connect to {host!r}: only loopback is allowed") from None
            if not ip.is_loopback:
                raise RuntimeError(f"test tried to connect to {host}: only loopback is allowed")


sys.addaudithook(_loopback_only)

# Fixtures that put rendered speech through the recogniser: a test using one is marked `audio`, so that
# `pytest -m audio` (make test-cpus) runs exactly the tests whose outcome could depend on the CPU's kernels.
AUDIO_FIXTURES = {"htn_wav", "asthma_wav", "audio_dir", "heard"}


def pytest_collection_modifyitems(items):
    for item in items:
        if AUDIO_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.audio)


def chartside_env(home: Path) -> dict[str, str]:
    """Environment for a chartside subprocess using ``home`` as its only folder."""
    env = dict(os.environ)
    env.update(
        {
            "CHARTSIDE_HOME": str(home),
            "CHARTSIDE_PASSPHRASE": PASSPHRASE,
            "CHARTSIDE_KEYRING": "0",
            "PYTHONUNBUFFERED": "1",
            "HF_HUB_OFFLINE": "1",
        }
    )
    return env


@pytest.fixture(scope="session")
def home(tmp_path_factory) -> Path:
    """One Chartside home for the in-process tests of this session."""
    h = tmp_path_factory.mktemp("chartside-home")
    os.environ.update({k: v for k, v in chartside_env(h).items() if k.startswith("CHARTSIDE_")})
    from engine.config import get_settings

    get_settings.cache_clear()
    return h


@pytest.fixture(scope="session")
def settings(home):
    from engine.config import get_settings

    return get_settings()


def render_encounter(name: str, out_dir: Path) -> Path:
    """Render ../shared/data/encounters/NAME.json to a WAV (plus .txt and .turns.json) with espeak-ng."""
    wav = out_dir / f"{name}.wav"
    if not wav.exists():
        # SOX_OPTS=-R: sox dithers with a random seed otherwise, and a tiny ASR model hears the same
        # words differently under different dither noise; tests need the same audio every run.
        env = dict(os.environ, SOX_OPTS="-R")
        subprocess.run(
            [sys.executable, str(SPEAK), str(ENCOUNTERS / f"{name}.json"), "-o", str(wav)],
            check=True,
            capture_output=True,
            env=env,
        )
    return wav


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("audio")


@pytest.fixture(scope="session")
def htn_wav(audio_dir) -> Path:
    return render_encounter("htn-followup", audio_dir)


@pytest.fixture(scope="session")
def asthma_wav(audio_dir) -> Path:
    return render_encounter("asthma-child", audio_dir)


@pytest.fixture(scope="session")
def noted_home(htn_wav, tmp_path_factory) -> tuple[Path, dict]:
    """A home holding one complete visit, made once per session by `chartside note HTN --no-llm` (patient
    MRN-77), and that run's JSON result. Tests that need "a store with an earlier visit" copy it
    (``copy_home``): transcribing the same visit again in each of them cost 20-30 s a time on 2 cores."""
    base = tmp_path_factory.mktemp("noted")
    home, out = base / "home", base / "result.json"
    cmd = [sys.executable, "-m", "engine", "note", str(htn_wav), "--no-llm", "-q", "--json", str(out)]
    proc = subprocess.run(
        [*cmd, "--patient", "MRN-77"], env=chartside_env(home), capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    return home, json.loads(out.read_text())


def copy_home(noted: tuple[Path, dict], dest: Path) -> dict:
    """A private copy of ``noted_home`` at ``dest`` (the store is closed, so its files are the whole state)."""
    shutil.copytree(noted[0], dest)
    return noted[1]


@pytest.fixture(scope="session")
def services(settings):
    from engine.services import Services

    svc = Services(settings=settings)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def heard(services, htn_wav, asthma_wav) -> dict:
    """The test visits as this machine's recogniser hears them (transcribed once per session)."""
    return {"htn-followup": services.transcribe(htn_wav), "asthma-child": services.transcribe(asthma_wav)}


def encounter(name: str) -> dict:
    return json.loads((ENCOUNTERS / f"{name}.json").read_text())


def text_transcript(name: str):
    """The encounter's written dialogue as a Transcript (one segment per turn, no audio): for unit tests."""
    from engine.evaluation import text_transcript as from_lines

    return from_lines(encounter(name)["lines"])


def make_result(name: str = "htn-followup"):
    """A whole PipelineResult (facts-only draft, fresh ids) from an encounter's written dialogue."""
    from engine.clinical.extract import extract
    from engine.draft import templates
    from engine.draft.compose import build_draft
    from engine.store.tables import new_id
    from engine.types import PipelineResult

    t = text_transcript(name)
    facts = extract(t)
    draft = build_draft(templates.load("soap"), t, facts, llm=None)
    return PipelineResult(
        visit_id=new_id(), note_id=new_id(), source_name=f"{name}.wav", transcript=t, facts=facts, draft=draft
    )


def first_schema_store(db: Path, passphrase: str = PASSPHRASE) -> bytes:
    """An encrypted store at the first schema (0001), as an older release left it, with one visit whose
    transcript says "metformin twice a day"; returns its key. The upgrade tests open it with today's code."""
    from alembic import command
    from alembic.config import Config

    from engine.store.db import MIGRATIONS, _engine
    from engine.store.keys import database_key

    key = database_key(db, passphrase, use_keyring=False)
    eng = _engine(db, key)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO visit (id, status, source_name, created_at, updated_at) VALUES "
            "('v1', 'draft', 'a.wav', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO transcript (id, visit_id, model, duration_s, segments_json, text, created_at)"
            " VALUES ('t1', 'v1', 'm', 1.0, '{}', 'metformin twice a day', '2026-01-01 10:00:00')"
        )
    eng.dispose()
    return key
