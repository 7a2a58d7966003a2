"""Audio sources for a live recording: the microphone (sounddevice), or a file played in real time
(the "simulated microphone" the latency benchmark, the tests and a demo without a microphone use).

A source calls ``on_block`` with 16 kHz mono float32 blocks of about 100 ms, from its own thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from engine.audio.decode import SAMPLE_RATE, stream_pcm
from engine.errors import AudioError

OnBlock = Callable[[np.ndarray], None]
BLOCK_S = 0.1


def level_db(block: np.ndarray) -> float:
    """RMS level in dBFS (-90 for silence), for the level meter."""
    if block.size == 0:
        return -90.0
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    return max(-90.0, 20.0 * np.log10(rms + 1e-9))


class FileSource:
    """Plays a file into the recorder at ``speed`` times real time (0 = as fast as it decodes)."""

    def __init__(self, path: Path, speed: float = 1.0, max_s: float | None = None):
        self.path, self.speed, self.max_s = Path(path), speed, max_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.finished = threading.Event()
        self.error: Exception | None = None

    def start(self, on_block: OnBlock) -> None:
        self._thread = threading.Thread(target=self._run, args=(on_block,), name="file-source", daemon=True)
        self._thread.start()

    def _run(self, on_block: OnBlock) -> None:
        step = int(BLOCK_S * SAMPLE_RATE)
        t0 = time.perf_counter()
        fed = 0
        try:
            for big in stream_pcm(self.path, block_s=1.0, max_s=self.max_s):
                for i in range(0, big.size, step):
                    if self._stop.is_set():
                        return
                    block = big[i : i + step]
                    if self.speed > 0:  # wait until this block would have been spoken
                        delay = t0 + (fed + block.size) / SAMPLE_RATE / self.speed - time.perf_counter()
                        if delay > 0:
                            time.sleep(delay)
                    on_block(block)
                    fed += block.size
        except Exception as exc:  # reported by the session as one sentence
            self.error = exc
        finally:
            self.finished.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


class MicrophoneSource:
    """The default input device through PortAudio, resampled to 16 kHz mono."""

    def __init__(self, device: int | str | None = None):
        try:
            import sounddevice as sd
        except OSError as exc:  # PortAudio missing
            raise AudioError(
                "The microphone library (PortAudio) is not installed; ask IT to reinstall Chartside, or import "
                "an audio file instead."
            ) from exc
        self._sd = sd
        self.device = device
        self._stream = None

    def start(self, on_block: OnBlock) -> None:
        import av

        sd = self._sd
        try:
            info = sd.query_devices(self.device, "input")
        except (ValueError, sd.PortAudioError) as exc:
            raise AudioError(
                "No microphone was found; plug one in (or allow microphone access) and press Record again, "
                "or import an audio file instead."
            ) from exc
        rate = int(info["default_samplerate"])
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

        def callback(indata, frames, _time, _status) -> None:
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(indata[:, :1].T), format="flt", layout="mono")
            frame.sample_rate = rate
            for out in resampler.resample(frame):
                on_block(out.to_ndarray().reshape(-1).astype(np.float32))

        try:
            self._stream = sd.InputStream(
                device=self.device,
                channels=1,
                samplerate=rate,
                dtype="float32",
                blocksize=int(rate * BLOCK_S),
                callback=callback,
            )
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioError(
                f"The microphone could not be opened ({exc}); close other apps using it and press Record again."
            ) from exc

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
