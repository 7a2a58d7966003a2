"""Background work with progress the pages can poll: nothing slow ever runs on the UI's event loop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from engine.errors import ChartsideError
from engine.logs import get_logger
from engine.services import Hooks

log = get_logger(__name__)


@dataclass
class Job:
    """One background task: its stage, progress 0..1, streamed draft tokens, result or one-sentence error."""

    title: str
    stage: str = "starting"
    fraction: float = 0.0
    tokens: list[str] = field(default_factory=list)
    result: object | None = None
    error: str | None = None
    done: bool = False
    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None
    stage_started: float = field(default_factory=time.perf_counter)
    detail: str = ""  # what it works on, for the Visits list ("visit.mp3 for MRN-20931")

    @property
    def streamed(self) -> str:
        return "".join(self.tokens)

    def hooks(self) -> Hooks:
        def start(stage: str) -> None:
            self.stage, self.fraction, self.stage_started = stage, 0.0, time.perf_counter()

        def advance(_stage: str, fraction: float) -> None:
            self.fraction = fraction

        return Hooks(start=start, advance=advance, token=self.tokens.append)


# The pipeline's stages as a clinician reads them.
STAGE_LABELS = {
    "starting": "Starting",
    "open": "Opening the recording",
    "transcribe": "Transcribing the recording",
    "facts": "Finding medications, problems, allergies and vitals",
    "draft": "Writing the draft note",
    "store": "Saving the note",
}


def stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage.replace("_", " ").capitalize())


def progress_words(job: Job, now: float | None = None) -> str:
    """ "Transcribing the recording: 42 % of the audio, about 1:10 left" (time left once it can be told)."""
    now = time.perf_counter() if now is None else now
    words = stage_label(job.stage)
    if job.stage == "transcribe" and job.fraction > 0:
        words += f": {job.fraction * 100:.0f} % of the audio"
        spent = now - job.stage_started
        if job.fraction >= 0.05 and spent > 2:
            left = spent / job.fraction * (1 - job.fraction)
            words += f", about {int(left // 60)}:{int(left % 60):02d} left"
    elif job.fraction > 0:
        words += f": {job.fraction * 100:.0f} %"
    else:  # no measure of this step yet: say how long it has taken so far rather than show 0 %
        spent = now - job.stage_started
        words += f" ({int(spent // 60)}:{int(spent % 60):02d} so far)"
    return words


def readable_draft(streamed: str) -> str:
    """The model's streamed JSON as the sentences it has written so far (never raw braces and keys)."""
    import json
    import re

    out = []
    for m in re.finditer(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)("?)', streamed):
        try:
            out.append(json.loads(f'"{m.group(1)}"'))
        except json.JSONDecodeError:
            out.append(m.group(1))
    if out:
        return "\n".join(out)
    return "" if streamed.lstrip().startswith(("{", "[")) else streamed


def running_jobs(jobs: dict[str, Job]) -> list[tuple[str, Job]]:
    """Jobs still working, oldest first (Visits lists them, so that a lock never hides one)."""
    return sorted(((k, j) for k, j in jobs.items() if not j.done), key=lambda kj: kj[1].started)


def start_job(title: str, work: Callable[[Job], object], detail: str = "") -> Job:
    """Run ``work(job)`` on a daemon thread; errors a user can fix become ``job.error``."""
    job = Job(title, detail=detail)

    def run() -> None:
        try:
            job.result = work(job)
        except ChartsideError as exc:
            job.error = str(exc)
        except Exception as exc:  # a bug: logged with its type only (no patient data), told plainly
            log.error("job_failed", extra={"job": title, "error": type(exc).__name__})
            job.error = f"{title} failed unexpectedly ({type(exc).__name__}); the log has details for IT."
        finally:
            job.finished = time.perf_counter()
            job.done = True

    threading.Thread(target=run, name=f"job-{title}", daemon=True).start()
    return job
