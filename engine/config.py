"""Settings: environment variables ``CHARTSIDE_*`` over an IT-managed config file over defaults.

Paths come from platformdirs; ``CHARTSIDE_HOME`` puts everything (data, logs, cache) under one folder,
which is what tests and portable installs use. Nothing is ever written inside the install folder.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from functools import lru_cache
from pathlib import Path

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict, TomlConfigSettingsSource

from engine.errors import ChartsideError

APP = "chartside"
# Never accepted from a config file: they belong in the OS keyring (or the environment of a service).
SECRETS = frozenset({"passphrase", "sync_client_secret", "sync_bearer_token"})


def managed_config_path() -> Path:
    """The IT-managed, system-wide config file (read-only for users; values there are locked in the UI)."""
    if os.environ.get("CHARTSIDE_MANAGED_CONFIG"):
        return Path(os.environ["CHARTSIDE_MANAGED_CONFIG"])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Chartside" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Chartside/config.toml")
    return Path("/etc/chartside/config.toml")


def user_config_path() -> Path:
    """The user's own settings file, written by the Settings page."""
    home = os.environ.get("CHARTSIDE_HOME")
    base = Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))
    return base / "settings.toml"


def read_toml(path: Path) -> dict:
    """A config file's values (empty when it does not exist); a broken file or a secret is one sentence."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"The config file {path} is not valid TOML ({exc}); fix it and start again.") from None
    leaked = sorted(SECRETS & set(data))
    if leaked:
        raise SettingsError(
            f"The config file {path} holds a secret ({', '.join(leaked)}); remove it and store it in the OS "
            "keyring instead (see docs/security.md)."
        )
    return data


def managed_values() -> dict:
    """The values IT set; the app shows them read-only."""
    return read_toml(managed_config_path())


def save_user_settings(updates: dict) -> Path:
    """Write settings the user changed (never IT-managed ones, never secrets); atomic replace."""
    locked = set(managed_values())
    bad = sorted((set(updates) & locked) | (set(updates) & SECRETS))
    if bad:
        raise SettingsError(f"{', '.join(bad)} cannot be changed here (set by IT, or a secret).")
    current = {**read_toml(user_config_path()), **updates}
    path = user_config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lines = []
    for key, value in sorted(current.items()):
        if value is None:
            continue
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int | float):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {json.dumps(str(value))}")  # a JSON string is a valid TOML basic string
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(path)
    get_settings.cache_clear()
    return path


class Settings(BaseSettings):
    """All tunables. Field names map to ``CHARTSIDE_<NAME>`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="CHARTSIDE_", extra="ignore")

    home: Path | None = Field(default=None, description="One folder for data, logs and cache (tests, portable).")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings
    ):
        # Precedence: IT-managed file (locked) > environment > the user's settings file > defaults.
        read_toml(managed_config_path())  # refuse secrets or broken syntax with one sentence
        read_toml(user_config_path())
        return (
            init_settings,
            TomlConfigSettingsSource(settings_cls, managed_config_path()),
            env_settings,
            TomlConfigSettingsSource(settings_cls, user_config_path()),
        )

    # transcription
    whisper_model: str = "whisper-tiny.en"
    language: str = Field(
        default="",
        pattern=r"^([a-z]{2,3})?$",
        description="With a multilingual model: the language spoken (e.g. 'en', 'es'); empty detects it per "
        "recording. Pin it where visits are always in one language, so noise is never taken for another.",
    )
    beam_size: int = Field(default=5, ge=1, le=10)
    compute_type: str = "int8"
    cpu_threads: int = Field(default=0, ge=0, description="0 = all cores")
    # Off, faster-whisper's default: on varied synthetic speech the VAD dropped speech in noise (deletions
    # 40 against 14) and cost accuracy (docs/performance.md, issue 17). Gap recovery runs its own VAD.
    vad: bool = Field(default=False, description="Cut silence with Silero VAD before decoding.")
    # Off by default: on six real recorded consultations it doubled the word error rate of raw
    # faster-whisper (16.8 % against 8.6 %, mostly short echoes inserted mid-sentence) and took 2-4x the
    # time; on synthetic speech it recovered one skipped line. It stays available for IT to turn on.
    fill_gaps: bool = Field(default=False, description="Decode again any speech the first pass skipped.")
    # On: faster-whisper moves each next window to the last aligned word when word timings are on, which
    # cost words against a plain decode (engine/transcribe/seek.py, docs/performance.md).
    raw_seek: bool = Field(default=True, description="Walk through the audio as a decode without word timings does.")
    relisten: bool = Field(default=True, description="Decode misheard drug names again with hotwords.")
    # Re-listening's cost is bounded: on drug-dense synthetic clips six listens per name took 1.8x raw
    # faster-whisper's time and one took 1.4x for most of the gain (docs/performance.md); a recording gets
    # one listen plus one per minute of audio, about 15 % of the time that minute takes to transcribe.
    relisten_listens: int = Field(
        default=2, ge=1, le=6, description="At most this many decodes to re-hear one misheard drug name."
    )
    relisten_per_minute: float = Field(
        default=1.0,
        ge=0.0,
        le=10.0,
        description="Re-listening decodes allowed per minute of audio (plus one per recording).",
    )
    speaker_roles: bool = Field(
        default=True,
        description="Label each transcript segment clinician or patient, with a confidence, from its words and "
        "turn-taking (engine/transcribe/roles.py); labels already given are kept.",
    )
    # Whisper's segments run one speaker's turn into the next; a pause this long starts a segment of its own
    # so that each can get its own role (engine/transcribe/pauses.py, docs/models.md). 0 keeps Whisper's.
    turn_pause_s: float = Field(
        default=0.3, ge=0.0, le=5.0, description="Start a new transcript segment at a pause this long (0 = off)."
    )
    window_s: float = Field(default=600.0, ge=30.0, description="Audio held in memory at once for long files.")
    min_audio_s: float = 0.5
    live_window_s: float = Field(
        default=10.0,
        ge=4.0,
        le=60.0,
        description="While recording, transcribe every N seconds (Stop waits for the last N).",
    )
    max_audio_hours: float = Field(default=2.0, gt=0)

    # drafting
    llm_model: str = "smollm2-135m-instruct"
    llm_ctx: int = Field(default=4096, ge=512)
    llm_threads: int = Field(default=0, ge=0)
    llm_temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    llm_seed: int = 7
    template: str = "soap"
    templates_dir: Path | None = Field(default=None, description="The clinic's own templates (default: data/templates)")

    # store
    keep_audio: bool = Field(default=True, description="Keep an encrypted copy of each recording.")
    audio_retention_days: int = Field(default=30, ge=0, description="Delete audio N days after signing.")
    passphrase: str | None = Field(default=None, description="Headless unlock where no OS keyring exists.")
    keyring: bool = Field(default=True, description="Keep the database key in the OS keyring.")

    # sync (central FHIR R4 API)
    sync_url: str | None = Field(default=None, description="FHIR base URL, e.g. https://fhir.example.org/r4")
    sync_token_url: str | None = Field(default=None, description="OAuth2 token endpoint (client credentials)")
    sync_client_id: str | None = None
    sync_client_secret: str | None = Field(default=None, description="Prefer the keyring (chartside-sync).")
    sync_bearer_token: str | None = Field(default=None, description="Static bearer token instead of OAuth2.")
    sync_scope: str | None = None
    sync_verify_tls: bool = True
    sync_ca_bundle: Path | None = Field(default=None, description="CA bundle for hospital TLS proxies.")
    sync_timeout_s: float = Field(default=20.0, gt=0)
    sync_attempts: int = Field(default=3, ge=1, le=10, description="Quick retries inside one run.")
    sync_backoff_s: float = Field(default=30.0, ge=0, description="First wait before a later run retries.")
    sync_backoff_max_s: float = Field(default=3600.0, ge=0)
    sync_breaker: int = Field(default=3, ge=1, description="Consecutive connection failures that end a run.")
    sync_concurrency: int = Field(default=1, ge=1, le=16)
    sync_max_entries: int = Field(
        default=50, ge=2, le=500, description="Most entries in one sync transaction (Medplum: 50 updates)."
    )
    sync_include_pdf: bool = True
    mrn_system: str = Field(default="urn:chartside:mrn", description="Identifier system of local patient ids.")

    # -- the desktop app -----------------------------------------------------------------------------
    letterhead: str = Field(default="Chartside", description="Clinic name and address on the PDF's first line.")
    clinic_timezone: str = Field(
        default="", description="The clinic's time zone for printed times (e.g. Europe/Berlin); empty: this computer's."
    )
    clinician_name: str = Field(default="", description="Name on printed notes (empty: the signed-in user's name).")
    clinician_credentials: str = Field(default="", description="Credentials after the name on printed notes (MD, RN).")
    simulated_microphone: Path | None = Field(
        default=None, description="Record from this audio file, played in real time, instead of the microphone."
    )
    simulated_speed: float = Field(default=1.0, ge=0.0, description="Playback speed of the simulated microphone.")
    release_public_key: Path | None = Field(
        default=None, description="IT: the release key Chartside's own files are checked against."
    )
    low_memory: bool = Field(default=False, description="Unload the models after each use (laptops with little RAM).")
    allowed_models: list[str] | None = Field(default=None, description="IT: only these models may be chosen.")
    allowed_templates: list[str] | None = Field(default=None, description="IT: only these templates are offered.")
    idle_lock_minutes: float = Field(default=10.0, ge=0.5, le=240.0, description="Lock the app after N idle minutes.")

    @property
    def data_dir(self) -> Path:
        return self._dir("data", platformdirs.user_data_dir(APP, appauthor=False))

    @property
    def log_dir(self) -> Path:
        return self._dir("logs", platformdirs.user_log_dir(APP, appauthor=False))

    @property
    def cache_dir(self) -> Path:
        return self._dir("cache", platformdirs.user_cache_dir(APP, appauthor=False))

    @property
    def template_dirs(self) -> list[Path]:
        """Folders searched for templates before the built-in ones."""
        return [self.templates_dir or (self.data_dir / "templates")]

    @property
    def db_path(self) -> Path:
        return self.data_dir / "chartside.db"

    def threads(self) -> int:
        return self.cpu_threads or (os.cpu_count() or 2)

    def _dir(self, leaf: str, default: str) -> Path:
        path = (self.home / leaf) if self.home else Path(default)
        # The folder holds patient data (even if encrypted): readable by this user only.
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return path


class SettingsError(ChartsideError):
    exit_code = 2


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests call ``get_settings.cache_clear()`` after changing env).

    A wrong value ends in one sentence naming the setting and its environment variable.
    """
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise SettingsError(
            f"The setting {name} (CHARTSIDE_{name.upper()}) is not valid: {first['msg']}; fix it and try again."
        ) from None
