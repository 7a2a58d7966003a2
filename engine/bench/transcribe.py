"""Benchmark: Chartside's transcription stage vs raw faster-whisper, same model, settings and audio,
alternating in one process, reported as medians and a ratio (ours / raw)."""

from __future__ import annotations

import resource
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from engine.config import Settings
from engine.transcribe.whisper import Transcriber


@dataclass
class TranscribeReport:
    audio: str
    audio_s: float
    beam_size: int
    threads: int
    ours_s: list[float] = field(default_factory=list)
    core_s: list[float] = field(default_factory=list)
    raw_s: list[float] = field(default_factory=list)
    ours_segments: int = 0
    raw_segments: int = 0
    peak_rss_mb: float = 0.0

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours_s) / statistics.median(self.raw_s)

    @property
    def core_ratio(self) -> float:
        return statistics.median(self.core_s) / statistics.median(self.raw_s)

    def as_dict(self) -> dict:
        return {
            "audio": self.audio,
            "audio_s": round(self.audio_s, 2),
            "beam_size": self.beam_size,
            "threads": self.threads,
            "ours_median_s": round(statistics.median(self.ours_s), 3),
            "raw_median_s": round(statistics.median(self.raw_s), 3),
            "ratio": round(self.ratio, 3),
            "core_median_s": round(statistics.median(self.core_s), 3),
            "core_ratio": round(self.core_ratio, 3),
            "core_runs_s": [round(x, 3) for x in self.core_s],
            "rtf_ours": round(self.audio_s / statistics.median(self.ours_s), 1),
            "rtf_raw": round(self.audio_s / statistics.median(self.raw_s), 1),
            "ours_runs_s": [round(x, 3) for x in self.ours_s],
            "raw_runs_s": [round(x, 3) for x in self.raw_s],
            "ours_segments": self.ours_segments,
            "raw_segments": self.raw_segments,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }

    def markdown(self) -> str:
        d = self.as_dict()
        core_rtf = round(self.audio_s / statistics.median(self.core_s), 1)
        return "\n".join(
            [
                f"Transcription benchmark: {d['audio']} ({d['audio_s']} s audio, beam {d['beam_size']}, "
                f"{d['threads']} threads, {len(self.ours_s)} runs each, medians)",
                "",
                "| pipeline | median s | x real time | segments |",
                "|---|---|---|---|",
                f"| raw faster-whisper (decode_audio + transcribe) | {d['raw_median_s']} | {d['rtf_raw']} "
                f"| {d['raw_segments']} |",
                f"| Chartside core (stream decode + windows + filters) | {d['core_median_s']} | {core_rtf} | |",
                f"| Chartside full (core + gap recovery + drug-name re-listening) | {d['ours_median_s']} "
                f"| {d['rtf_ours']} | {d['ours_segments']} |",
                "",
                f"ratio core/raw: **{d['core_ratio']}** (target <= 1.10: overhead on the same work); "
                f"ratio full/raw: **{d['ratio']}** (the extra passes decode doubtful stretches again); "
                f"process peak RSS {d['peak_rss_mb']} MB",
            ]
        )


def run(audio: Path, settings: Settings, repeat: int = 3) -> TranscribeReport:
    """Alternate raw, core and full ``repeat`` times each after one warm-up of each, sharing one model."""
    from faster_whisper import decode_audio

    ours = Transcriber(settings)
    model = ours.model  # the same loaded model: the difference measured is our pipeline, not loading
    opts = ours.options

    def raw_once() -> tuple[float, int]:
        t0 = time.perf_counter()
        pcm = decode_audio(str(audio), sampling_rate=16000)
        segments, _ = model.transcribe(pcm, **opts)
        n = sum(1 for _ in segments)
        return time.perf_counter() - t0, n

    def ours_once() -> tuple[float, int, float]:
        t0 = time.perf_counter()
        tr = ours.transcribe_file(Path(audio))
        return time.perf_counter() - t0, len(tr.segments), tr.duration_s

    core = ours.sharing_model(settings.model_copy(update={"relisten": False, "fill_gaps": False}))

    def core_once() -> tuple[float, int, float]:
        t0 = time.perf_counter()
        tr = core.transcribe_file(Path(audio))
        return time.perf_counter() - t0, len(tr.segments), tr.duration_s

    raw_once()
    core_once()
    _, _, audio_s = ours_once()
    report = TranscribeReport(
        audio=Path(audio).name, audio_s=audio_s, beam_size=settings.beam_size, threads=settings.threads()
    )
    for i in range(repeat):
        order = (raw_once, core_once, ours_once) if i % 2 == 0 else (ours_once, core_once, raw_once)
        for fn in order:
            r = fn()
            if fn is raw_once:
                report.raw_s.append(r[0])
                report.raw_segments = r[1]
            elif fn is core_once:
                report.core_s.append(r[0])
            else:
                report.ours_s.append(r[0])
                report.ours_segments = r[1]
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report
