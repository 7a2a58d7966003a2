"""Decode any audio file PyAV can read into 16 kHz mono float32, streaming, with clear errors.

Nothing here holds a whole recording in memory: ``stream_pcm`` yields blocks of a few seconds, so an
hours-long file costs the same memory as a short one.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from engine.errors import AudioError

SAMPLE_RATE = 16_000
_FORMATS = "WAV, MP3, M4A, OGG, WebM or FLAC"


@dataclass(frozen=True)
class AudioInfo:
    """What the container says about a file, before decoding it."""

    path: Path
    duration_s: float | None
    sample_rate: int
    channels: int
    codec: str
    container: str


def _fmt_duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} hours"
    if seconds >= 60:
        return f"{seconds / 60:.1f} minutes"
    return f"{seconds:.1f} seconds"


def _open(path: Path) -> av.container.InputContainer:
    if not path.exists():
        raise AudioError(f"{path.name} does not exist; check the path and try again.")
    if path.is_dir():
        raise AudioError(f"{path.name} is a folder, not an audio file; choose a recording file.")
    if path.stat().st_size == 0:
        raise AudioError(f"{path.name} is empty (0 bytes); record the visit again or choose another file.")
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise AudioError(
            f"{path.name} is not an audio file Chartside can read; export it as {_FORMATS} and try again."
        ) from exc
    if not container.streams.audio:
        container.close()
        raise AudioError(f"{path.name} has no audio track; choose the file that holds the recording.")
    return container


def probe(path: Path) -> AudioInfo:
    """Read the container header: duration (if the container knows it), rate, channels, codec."""
    path = Path(path)
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / av.time_base
        return AudioInfo(
            path=path,
            duration_s=duration,
            sample_rate=stream.codec_context.sample_rate or 0,
            channels=stream.codec_context.channels or 0,
            codec=stream.codec_context.name or "unknown",
            container=container.format.name,
        )
    finally:
        container.close()


def check_length(info: AudioInfo, min_s: float, max_hours: float) -> None:
    """Refuse recordings that are too long up front, from the header, before any work is done."""
    if info.duration_s is not None and info.duration_s > max_hours * 3600:
        raise AudioError(
            f"{info.path.name} is {_fmt_duration(info.duration_s)} long, more than the {max_hours:g}-hour "
            "limit for one visit; split the file or raise max_audio_hours in the settings."
        )


def _resampled(container: av.container.InputContainer, decoded: list[bool]) -> Iterator[np.ndarray]:
    """The container's first audio stream as 16 kHz mono float32 pieces; ``decoded[0]`` turns True at the
    first frame (so a caller can tell "damaged tail" from "nothing decodable")."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    for frame in container.decode(audio=0):
        decoded[0] = True
        frame.pts = None  # let the resampler keep its own clock: broken timestamps must not drop audio
        for out in resampler.resample(frame):
            yield out.to_ndarray().reshape(-1)
    for out in resampler.resample(None):
        yield out.to_ndarray().reshape(-1)


def decode_bytes(data: bytes) -> np.ndarray:
    """A whole recording held in memory (decrypted from the vault) as 16 kHz mono float32: never on disk."""
    with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
        pieces = list(_resampled(container, [False]))
    return np.concatenate(pieces).astype(np.float32, copy=False) if pieces else np.zeros(0, np.float32)


def stream_pcm(path: Path, block_s: float = 5.0, max_s: float | None = None) -> Iterator[np.ndarray]:
    """Yield the audio as 16 kHz mono float32 blocks of about ``block_s`` seconds.

    Raises AudioError when the file cannot be decoded, and when more than ``max_s`` seconds come out
    (for containers whose header gives no duration).
    """
    path = Path(path)
    container = _open(path)
    block = int(block_s * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    pending_n = 0
    total = 0
    decoded = [False]

    try:
        for pcm in _resampled(container, decoded):
            pending.append(pcm)
            pending_n += pcm.size
            total += pcm.size
            if max_s is not None and total > max_s * SAMPLE_RATE:
                raise AudioError(
                    f"{path.name} is longer than the {max_s / 3600:g}-hour limit for one visit; split the "
                    "file or raise max_audio_hours in the settings."
                )
            if pending_n >= block:
                joined = np.concatenate(pending)
                yield joined[:block].astype(np.float32, copy=False)
                rest = joined[block:]
                pending, pending_n = ([rest], rest.size) if rest.size else ([], 0)
    except av.error.FFmpegError as exc:
        if not decoded[0]:
            raise AudioError(
                f"{path.name} could not be decoded; it may be damaged or not really "
                f"{path.suffix.lstrip('.').upper() or 'audio'}. Export it again as {_FORMATS}."
            ) from exc
        # A damaged tail (a truncated upload, a recorder that lost power): keep what decoded cleanly.
        from engine.logs import get_logger

        get_logger(__name__).warning("audio_truncated", extra={"decoded_s": round(total / SAMPLE_RATE, 2)})
    finally:
        container.close()
    if pending_n:
        yield np.concatenate(pending).astype(np.float32, copy=False)
    if not decoded[0]:
        raise AudioError(f"{path.name} holds no audio samples; record the visit again or choose another file.")


def load_pcm(path: Path, max_s: float | None = None) -> np.ndarray:
    """The whole file as one array: for short clips only (tests, the benchmark)."""
    blocks = list(stream_pcm(path, max_s=max_s))
    return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)
