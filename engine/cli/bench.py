"""Benchmarks and evaluation: ratios against baselines run in the same process, `chartside eval`."""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from engine.cli.common import (
    app,
    bench_app,
    friendly,
    open_services,
    out,
    write_atomic,
)
from engine.config import get_settings
from engine.errors import ChartsideError


@bench_app.command("transcribe")
@friendly
def bench_transcribe(
    audio: Annotated[
        Path, typer.Argument(help="Audio file to time, or a folder of WAVs with reference NAME.txt to score.")
    ],
    repeat: Annotated[int, typer.Option(min=1, max=20, help="Alternating runs of each.")] = 3,
    beam_size: Annotated[int | None, typer.Option(min=1, max=10)] = None,
    models: Annotated[
        str | None, typer.Option(help="Folder mode: comma-separated models (default: the chosen one).")
    ] = None,
    variants: Annotated[
        str, typer.Option(help="Folder mode: 'ours', 'all', or comma-separated names of our variants.")
    ] = "ours",
    json_out: Annotated[Path | None, typer.Option("--json")] = None,
) -> None:
    """Our transcription vs raw faster-whisper on the same audio and model, same process: time for a file;
    WER and time for a folder (render one with scripts/render_transcribe_bench.py)."""
    from engine.bench import transcribe as tb

    settings = get_settings()
    if beam_size:
        settings = settings.model_copy(update={"beam_size": beam_size})
    if audio.is_dir():
        if not tb.corpus(audio):
            raise ChartsideError(f"No WAV with a reference .txt beside it in {audio}.")
        names = list(tb.VARIANTS) if variants == "all" else [v.strip() for v in variants.split(",") if v.strip()]
        unknown = [v for v in names if v not in tb.VARIANTS]
        if unknown:
            raise ChartsideError(f"Unknown variant {unknown[0]!r}; choose from: {', '.join(tb.VARIANTS)}.")
        chosen = [m.strip() for m in models.split(",")] if models else [settings.whisper_model]
        result = tb.run_corpus(audio, settings, chosen, names, repeat=repeat)
        out.print(tb.corpus_markdown(result))
        if json_out:
            write_atomic(json_out, json.dumps(result, indent=1))
        return
    report = tb.run(audio, settings, repeat=repeat)
    out.print(report.markdown())
    if json_out:
        write_atomic(json_out, json.dumps(report.as_dict(), indent=1))


@bench_app.command("store")
@friendly
def bench_store(
    visits: Annotated[int, typer.Option(min=100, help="Visits to fill each store with.")] = 10_000,
    aci: Annotated[Path, typer.Option(help="Folder with ACI-Bench train.csv and valid.csv.")] = Path(
        "../shared/data/aci-bench"
    ),
    rounds: Annotated[int, typer.Option(min=1)] = 10,
) -> None:
    """Encrypted store vs plain SQLite: insert rate and full-text search latency (median, p95)."""
    from engine.bench.store import run

    if not (aci / "train.csv").exists():
        raise ChartsideError(f"No ACI-Bench CSVs in {aci}; pass --aci with the folder that holds train.csv.")
    out.print(run(aci, visits, rounds).markdown())


@app.command("eval")
@friendly
def eval_cmd(
    source: Annotated[Path, typer.Argument(help="A folder of annotated encounter JSONs, or an ACI-Bench CSV.")],
    audio: Annotated[bool, typer.Option("--audio", help="Encounters: render TTS audio and transcribe it.")] = False,
    speak: Annotated[Path, typer.Option(help="The TTS renderer.")] = Path("../shared/tools/speak_dialogue.py"),
    no_llm: Annotated[bool, typer.Option("--no-llm")] = False,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write eval.md and eval.json here.")] = None,
) -> None:
    """Fact recall/precision, ROUGE, unsupported-statement rate and time per encounter."""
    with contextlib.ExitStack() as stack:
        _eval(stack, source, audio, speak, no_llm, limit, out_dir)


def _eval(stack, source: Path, audio: bool, speak: Path, no_llm: bool, limit, out_dir: Path | None) -> None:
    from engine.evaluation import eval_aci, eval_encounters

    svc = open_services(no_llm=no_llm)
    llm = None if no_llm else svc.llm
    if source.is_dir():
        transcribe = None
        # The rendered WAVs go with the folder when the run ends: leaking one folder per run filled the disk.
        renders = stack.enter_context(tempfile.TemporaryDirectory(prefix="chartside-eval-")) if audio else None
        if audio:
            import subprocess

            tmp = Path(renders)

            def transcribe(path: Path):
                wav = tmp / f"{path.stem}.wav"
                subprocess.run(
                    [sys.executable, str(speak), str(path), "-o", str(wav)],
                    check=True,
                    capture_output=True,
                    env={**__import__("os").environ, "SOX_OPTS": "-R"},
                )
                transcript = svc.transcribe(wav)
                if out_dir is not None:  # synthetic visits only: what was heard, to read beside the misses
                    heard = out_dir / "transcripts"
                    heard.mkdir(parents=True, exist_ok=True)
                    (heard / f"{path.stem}.txt").write_text(
                        "\n".join(f"[{s.start:7.1f}] {s.speaker or '?'}: {s.text}" for s in transcript.segments) + "\n"
                    )
                return transcript

        report = eval_encounters(source, llm, transcribe=transcribe)
    elif source.suffix == ".csv":
        report = eval_aci(source, llm, limit=limit)
    else:
        raise ChartsideError(f"{source} is neither a folder of encounters nor a CSV; give one of those.")
    text = report.markdown()
    out.print(text)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(out_dir / "eval.md", text + "\n")
        write_atomic(out_dir / "eval.json", json.dumps(report.as_dict(), indent=1))


@bench_app.command("all")
@friendly
def bench_all(
    aci: Annotated[Path, typer.Option(help="Folder with ACI-Bench CSVs.")] = Path("../shared/data/aci-bench"),
    visits: Annotated[int, typer.Option(min=100)] = 10_000,
    notes: Annotated[int, typer.Option(min=10)] = 100,
    out_file: Annotated[Path | None, typer.Option("--out", help="Also write the table here.")] = None,
    live_audio: Annotated[
        Path | None,
        typer.Option(help="Audio for the live-recording latency, played in real time (default: the sample visit)."),
    ] = None,
) -> None:
    """Every benchmark in one run: one markdown table with medians, ratios and targets."""
    from engine.bench.all import run
    from engine.demo import sample_audio

    settings = get_settings()
    sample = sample_audio(settings.cache_dir)
    table = run(settings, aci if aci.exists() else None, sample, visits, notes, live_audio or sample)
    out.print(table, soft_wrap=True)
    if out_file:
        write_atomic(out_file, table + "\n")


@bench_app.command("draft")
@friendly
def bench_draft(
    aci: Annotated[Path, typer.Option(help="An ACI-Bench CSV.")] = Path("../shared/data/aci-bench/valid.csv"),
    encounter: Annotated[str | None, typer.Option(help="Encounter id (default: the longest).")] = None,
) -> None:
    """Drafting time for a long visit: prompt and generation tokens/s of the local model."""
    from engine.bench.draft import run

    svc = open_services()
    out.print(run(aci, svc.llm, encounter).markdown())


@bench_app.command("sync")
@friendly
def bench_sync(
    notes: Annotated[int, typer.Option(min=10, help="Signed notes to push.")] = 200,
    concurrency: Annotated[str, typer.Option(help="Comma-separated concurrency levels.")] = "1,4",
) -> None:
    """Notes per second pushed to a local FHIR endpoint (sequential vs concurrent) and bundle build time."""
    from engine.bench.sync import run

    levels = tuple(int(x) for x in concurrency.split(",") if x.strip())
    out.print(run(notes, levels).markdown())


@bench_app.command("live")
@friendly
def bench_live(
    audio: Annotated[Path, typer.Argument(help="Audio to play into a live recording (about 10 minutes).")],
    speed: Annotated[float, typer.Option(min=0.0, help="Real-time factor of the simulated microphone.")] = 1.0,
) -> None:
    """Stop-to-transcript and stop-to-draft latency of a live recording vs batch transcription after Stop."""
    from engine.bench.live import run

    out.print(run(open_services(), audio, speed).markdown())


@bench_app.command("extract")
@friendly
def bench_extract(
    csv_path: Annotated[Path, typer.Argument(help="An ACI-Bench CSV (dialogue column).")] = Path(
        "../shared/data/aci-bench/valid.csv"
    ),
    repeat: Annotated[int, typer.Option(min=1, max=10)] = 3,
) -> None:
    """Fact extraction time per encounter (median ms) and as a share of the time the visit took to say."""
    from engine.bench.extract import run

    if not csv_path.exists():
        raise ChartsideError(f"No ACI-Bench CSV at {csv_path}; pass the path to valid.csv.")
    out.print(run(csv_path, repeat).markdown())
