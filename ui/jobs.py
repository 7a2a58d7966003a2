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

    @property
    def streamed(self) -> str:
        return "".join(self.tokens)

    def hooks(self) -> Hooks:
        def start(stage: str) -> None:
            self.stage, self.fraction = stage, 0.0

        def advance(_stage: str, fraction: float) -> None:
            self.fraction = fraction

        return Hooks(start=start, advance=advance, token=self.tokens.append)


def start_job(title: str, work: Callable[[Job], object]) -> Job:
    """Run ``work(job)`` on a daemon thread; errors a user can fix become ``job.error``."""
    job = Job(title)

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
