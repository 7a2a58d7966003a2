"""Keep every byte on the laptop: no hub look-ups, no telemetry, from any library we load.

Call ``enforce()`` before importing faster_whisper, llama_cpp or onnxruntime.
"""

from __future__ import annotations

import os

_ENV = {
    # huggingface_hub (pulled in by faster-whisper): never resolve or download anything
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
    # onnxruntime (Silero VAD) otherwise emits telemetry events on some platforms
    "ORT_DISABLE_TELEMETRY": "1",
}


def enforce() -> None:
    """Set the offline switches for this process and turn off onnxruntime telemetry."""
    for key, value in _ENV.items():
        os.environ[key] = value
    try:
        import onnxruntime

        onnxruntime.disable_telemetry_events()
    except (ImportError, AttributeError):  # pragma: no cover - onnxruntime always ships with faster-whisper
        pass
