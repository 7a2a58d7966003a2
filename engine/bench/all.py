"""`chartside bench all`: every benchmark in one run, one markdown table of medians and ratios against the
baselines measured in the same run. No number here is a pass/fail limit; targets are shown beside them."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from engine.config import Settings


def _cold_start(runs: int = 3) -> tuple[float, float]:
    """Median wall time of `chartside models list` and of a bare Python start, as subprocesses."""

    def timed(args: list[str]) -> float:
        t0 = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True, timeout=300)
        return time.perf_counter() - t0

    ours = [timed([sys.executable, "-m", "engine", "models", "list"]) for _ in range(runs)]
    bare = [timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
    return statistics.median(ours), statistics.median(bare)


def _full_visit_peak_mb(audio: Path, settings: Settings) -> tuple[float, float]:
    """Peak RSS and wall time of one whole `chartside note` (bundled models) in a child process."""
    with tempfile.TemporaryDirectory(prefix="chartside-bench-") as home:
        env = {
            "CHARTSIDE_HOME": home,
            "CHARTSIDE_PASSPHRASE": "bench-pass-1",
            "CHARTSIDE_KEYRING": "0",
            "PATH": "/usr/bin:/bin",
        }
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "engine", "note", str(audio), "-q"],
            env=env,
            capture_output=True,
            check=True,
            timeout=900,
        )
        wall = time.perf_counter() - t0
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, wall


def run(
    settings: Settings,
    aci_dir: Path | None,
    audio: Path,
    visits: int = 10_000,
    notes: int = 100,
    live_audio: Path | None = None,
    repeat: int = 3,
) -> str:
    """Run everything and return the markdown table (`repeat` runs of each transcription, median)."""
    from engine.bench import store as store_bench
    from engine.bench import sync as sync_bench
    from engine.bench import transcribe as tr_bench

    rows: list[tuple[str, str, str, str]] = []
    tr = tr_bench.run(audio, settings, repeat=repeat).as_dict()
    rows += [
        (
            "transcription core / raw faster-whisper",
            f"{tr['core_median_s']} s vs {tr['raw_median_s']} s",
            f"**{tr['core_ratio']}**",
            "≤ 1.10",
        ),
        ("transcription (our path: re-listening on) / raw", f"{tr['ours_median_s']} s", f"{tr['ratio']}", "—"),
        ("transcription speed", f"{tr['rtf_ours']}x real time ({tr['audio_s']} s audio)", "", "—"),
    ]
    if aci_dir is not None and (aci_dir / "valid.csv").exists():
        from engine.bench import draft as draft_bench
        from engine.draft.llm import LocalLLM

        d = draft_bench.run(aci_dir / "valid.csv", LocalLLM(settings))
        rows += [
            (
                "draft, ~12-minute visit (bundled model)",
                f"{d.total_s:.1f} s (facts only {d.facts_only_s:.2f} s)",
                "",
                "≤ 10 s after Stop",
            ),
            (
                "drafting tokens/s",
                f"prompt {d.prompt_tokens / max(d.prompt_s, 1e-9):.0f}, "
                f"generation {d.generated_tokens / max(d.generate_s, 1e-9):.0f}",
                "",
                "—",
            ),
        ]
        s = store_bench.run(aci_dir, visits=visits, rounds=5)
        e, p = s.results["sqlcipher"], s.results["plain"]
        rows += [
            (
                f"store insert, {visits} visits",
                f"{e['insert_per_s']:.0f} vs {p['insert_per_s']:.0f} visits/s (plain)",
                f"**{p['insert_per_s'] / e['insert_per_s']:.2f}x** overhead",
                "< 1.5x",
            ),
            (
                "store full-text search p95",
                f"{e['search_p95_ms']:.1f} ms vs {p['search_p95_ms']:.1f} ms (plain)",
                f"{e['search_p95_ms'] / p['search_p95_ms']:.2f}",
                "< 50 ms",
            ),
        ]
    sy = sync_bench.run(notes, (1, 4))
    rows.append(
        (
            "sync to local FHIR endpoint",
            f"{sy.rates[1]:.1f} notes/s (4 concurrent: {sy.rates[4]:.1f})",
            f"{sy.rates[4] / sy.rates[1]:.2f}",
            "≥ 20 notes/s",
        )
    )
    ours, bare = _cold_start()
    rows.append(
        (
            "cold start (`chartside models list`)",
            f"{ours:.2f} s vs bare Python {bare:.2f} s",
            f"{ours / bare:.1f}x",
            "—",
        )
    )
    peak, wall = _full_visit_peak_mb(audio, settings)
    rows.append(
        ("full visit `chartside note` (child process)", f"peak RSS {peak:.0f} MB, {wall:.1f} s wall", "", "< 1.5 GB")
    )
    if live_audio is not None:
        import tempfile

        from engine.bench import live as live_bench
        from engine.services import Services

        with tempfile.TemporaryDirectory() as home:  # the benchmark's visit goes to a throwaway store
            svc = Services(
                settings.model_copy(update={"home": Path(home), "keyring": False, "passphrase": "bench-only"})
            )
            lv = live_bench.run(svc, live_audio, speed=1.0)
            svc.close()
        rows += [
            (
                f"stop-to-transcript, {lv.audio_s / 60:.1f} min recorded live",
                f"{lv.stop_to_transcript_s:.2f} s vs batch after Stop {lv.batch_transcript_s:.1f} s",
                f"{lv.stop_to_transcript_s / max(lv.batch_transcript_s, 1e-9):.3f}",
                "≤ 2 s",
            ),
            (
                "stop-to-draft (facts shown / full draft stored)",
                f"{lv.stop_to_facts_s:.2f} s / {lv.stop_to_draft_s:.2f} s",
                "",
                "≤ 10 s",
            ),
        ]
    head = ["| measure | result (medians) | ratio | target |", "|---|---|---|---|"]
    return "\n".join(head + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows])
