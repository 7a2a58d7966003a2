"""The recording journal: microphone audio written to disk, encrypted, as it is captured.

A laptop lid closed mid-sentence, a kill or a power cut must not lose a recording, so the recorder never
holds more than one frame (about half a second) in memory: every frame is appended and fsynced at once.

File layout: ``CSJ1`` magic + 8 random bytes, then frames of [4-byte big-endian length][ciphertext+tag].
Frame ``i`` is 16 kHz mono int16 PCM, AES-256-GCM with nonce = prefix + ``i`` and ``i`` as associated
data, so frames cannot be reordered or replaced. Unlike the audio vault there is no "last" flag — a
journal has no end until the recording stops — so a reader keeps every whole frame and drops a torn tail,
which is exactly the crash case. The key lives only in the encrypted database (``Recording.file_key``),
committed before the first frame is written.
"""

from __future__ import annotations

import io
import os
import secrets
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from engine.audio.decode import SAMPLE_RATE
from engine.errors import StoreError

MAGIC = b"CSJ1"
SUFFIX = ".csj"


def new_key() -> str:
    """A fresh per-recording key, hex (stored in the database, never beside the file)."""
    return AESGCM.generate_key(bit_length=256).hex()


def to_int16(pcm: np.ndarray) -> np.ndarray:
    """float32 in [-1, 1] -> int16, clipped (what the journal and WAV export hold)."""
    return (np.clip(pcm, -1.0, 1.0) * 32767.0).astype("<i2")


class JournalWriter:
    """Appends PCM frames to an encrypted journal; each ``append`` is on disk when it returns."""

    def __init__(self, path: Path, key_hex: str):
        self.path = Path(path)
        self._aes = AESGCM(bytes.fromhex(key_hex))
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        self._fh = self.path.open("ab")
        if fresh:
            self._prefix = secrets.token_bytes(8)
            self._index = 0
            self._fh.write(MAGIC + self._prefix)
            self._sync()
            self.path.chmod(0o600)
            self.samples = 0
        else:  # resuming after a pause in another process: continue numbering after the whole frames
            info = read_journal(self.path, key_hex)
            self._prefix, self._index, self.samples = info.prefix, info.frames, info.pcm.size
            self._fh.truncate(info.valid_bytes)

    def _sync(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def append(self, pcm: np.ndarray) -> None:
        """Encrypt and append one frame (float32 or int16 samples), then fsync. OSError on a full disk."""
        data = (to_int16(pcm) if pcm.dtype != np.int16 else pcm.astype("<i2")).tobytes()
        if not data:
            return
        ct = self._aes.encrypt(self._prefix + struct.pack(">I", self._index), data, struct.pack(">I", self._index))
        self._fh.write(struct.pack(">I", len(ct)) + ct)
        self._sync()
        self._index += 1
        self.samples += len(data) // 2

    @property
    def seconds(self) -> float:
        return self.samples / SAMPLE_RATE

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


@dataclass
class JournalContents:
    pcm: np.ndarray  # float32, 16 kHz mono
    frames: int
    prefix: bytes
    valid_bytes: int
    torn: bool  # a partial frame at the end: the writer was stopped mid-write

    @property
    def seconds(self) -> float:
        return self.pcm.size / SAMPLE_RATE


def read_journal(path: Path, key_hex: str) -> JournalContents:
    """Every whole frame of a journal as float32 PCM; a torn last frame (a crash mid-write) is dropped.

    A frame that fails authentication in the middle means the file was altered: StoreError.
    """
    aes = AESGCM(bytes.fromhex(key_hex))
    raw = Path(path).read_bytes()
    if raw[:4] != MAGIC:
        raise StoreError(f"{Path(path).name} is not a Chartside recording journal; restore it from backup.")
    prefix, pos, index = raw[4:12], 12, 0
    parts: list[bytes] = []
    torn = False
    while pos < len(raw):
        if pos + 4 > len(raw):
            torn = True
            break
        (n,) = struct.unpack(">I", raw[pos : pos + 4])
        if pos + 4 + n > len(raw):
            torn = True
            break
        try:
            parts.append(
                aes.decrypt(prefix + struct.pack(">I", index), raw[pos + 4 : pos + 4 + n], struct.pack(">I", index))
            )
        except InvalidTag as exc:
            if pos + 4 + n == len(raw):  # the last frame half-flushed by the OS at power loss
                torn = True
                break
            raise StoreError(f"The recording {Path(path).name} was altered; restore it from backup.") from exc
        pos += 4 + n
        index += 1
    pcm = np.frombuffer(b"".join(parts), dtype="<i2").astype(np.float32) / 32767.0
    return JournalContents(pcm=pcm, frames=index, prefix=prefix, valid_bytes=pos, torn=torn)


def wav_bytes(pcm: np.ndarray) -> bytes:
    """16-bit mono WAV in memory (playback of an evidence span; never written to disk)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(to_int16(pcm).tobytes())
    return buf.getvalue()
