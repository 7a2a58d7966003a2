"""Benchmark: stop-to-transcript and stop-to-draft latency of a live recording.

An audio file is played into a real recording session in real time (the simulated microphone), with the
live transcriber running; at the end we press Stop and time (1) the complete transcript and (2) the
complete draft. The in-run baseline is what Stop would cost without streaming: batch-transcribing the
same audio after Stop with the same loaded model and settings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from engine.audio.capture import FileSource
from engine.services import Hooks


@dataclass
class LiveBench:
    audio_s: float
    window_s: float
    speed: float
    stop_to_transcript_s: float
    stop_to_facts_s: float
    stop_to_draft_s: float
    batch_transcript_s: float
    live_lag_s: float  # audio not yet transcribed at Stop

    def markdown(self) -> str:
        ratio = self.stop_to_transcript_s / max(self.batch_transcript_s, 1e-9)
        return "\n".join(
            [
                f"Live recording benchmark: {self.audio_s / 60:.1f} min of audio fed at {self.speed:g}x real time, "
                f"live windows of {self.window_s:g} s",
                "",
                "| after Stop | seconds | target |",
                "|---|---|---|",
                f"| transcript complete (streaming) | {self.stop_to_transcript_s:.2f} | ≤ 2 |",
                f"| transcript without streaming (batch after Stop, same run) | {self.batch_transcript_s:.2f} | |",
                f"| streaming / batch | {ratio:.3f} | |",
                f"| facts-only draft shown | {self.stop_to_facts_s:.2f} | |",
                f"| full draft (model prose, verified) stored | {self.stop_to_draft_s:.2f} | ≤ 10 |",
                f"| audio still untranscribed at Stop | {self.live_lag_s:.1f} | |",
            ]
        )


def run(services, audio: Path, speed: float = 1.0) -> LiveBench:
    """One live session over ``audio`` on ``services`` (its store receives the visit), then the baseline."""
    from engine.clinical.extract import extract
    from engine.draft import templates
    from engine.draft.compose import build_draft

    source = FileSource(audio, speed=speed)
    session = services.start_recording("BENCH", source=source)
    while not source.finished.is_set():
        time.sleep(0.05)
    lag = session.seconds - session.live.done_s
    t0 = time.perf_counter()
    transcript = session.stop()
    t_transcript = time.perf_counter() - t0
    tpl = templates.load(services.settings.template, services.settings.template_dirs)
    build_draft(tpl, transcript, extract(transcript), None)
    t_facts = time.perf_counter() - t0
    services._live.pop(session.visit_id, None)
    services._note_for_visit(session.visit_id, transcript, None, Hooks(), {})
    t_draft = time.perf_counter() - t0
    t1 = time.perf_counter()
    services.transcriber.transcribe_file(audio)
    batch = time.perf_counter() - t1
    return LiveBench(
        audio_s=transcript.duration_s,
        window_s=services.settings.live_window_s,
        speed=speed,
        stop_to_transcript_s=t_transcript,
        stop_to_facts_s=t_facts,
        stop_to_draft_s=t_draft,
        batch_transcript_s=batch,
        live_lag_s=max(0.0, lag),
    )
