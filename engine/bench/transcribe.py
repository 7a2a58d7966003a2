"""Benchmark: Chartside's transcription stage vs raw faster-whisper (``WhisperModel.transcribe`` with the
library's defaults and our beam size), same loaded model and audio, alternating in one process: time of
one file (medians, ratio ours / raw), or word error rate and time over a folder of reference clips."""

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

    def raw_once() -> tuple[float, int]:
        # raw = the library's defaults with our beam size: what "plain faster-whisper" means in issue 17
        t0 = time.perf_counter()
        pcm = decode_audio(str(audio), sampling_rate=16000)
        segments, _ = model.transcribe(pcm, beam_size=settings.beam_size)
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


# -- accuracy and time on a corpus: `chartside bench transcribe FOLDER` ------------------------------------

# Variants of our path, one or two options away from what ships, so every non-default option shows its
# worth: name -> (settings changes, decoding option changes). "relisten" = drug-name re-listening, "gaps"
# = gap recovery, "cond" = condition_on_previous_text, "fallback" = faster-whisper's temperature fallback.
VARIANTS: dict[str, tuple[dict, dict]] = {
    "ours": ({}, {}),
    "no-relisten": ({"relisten": False}, {}),
    "word-seek": ({"raw_seek": False}, {}),
    "relisten-1": ({"relisten_listens": 1}, {}),
    "relisten-6": ({"relisten_listens": 6, "relisten_per_minute": 10.0}, {}),
    "vad-off": ({}, {"vad_filter": False}),
    "vad-on": ({}, {"vad_filter": True}),
    "cond-on": ({}, {"condition_on_previous_text": True}),
    "cond-off": ({}, {"condition_on_previous_text": False}),
    "gaps": ({"fill_gaps": True}, {}),
    "fallback": ({}, {"temperature": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]}),
    "no-fallback": ({}, {"temperature": 0.0}),
    "vad-off+cond-on": ({}, {"vad_filter": False, "condition_on_previous_text": True}),
    "vad-on+cond-on": ({}, {"vad_filter": True, "condition_on_previous_text": True}),
    "vad-off+cond-on+no-fallback": ({}, {"vad_filter": False, "condition_on_previous_text": True, "temperature": 0.0}),
}


def reference_text(wav: Path) -> str:
    """The reference beside a rendered clip: ``NAME.txt`` with ``speaker: text`` turns, one per line."""
    lines = wav.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    return " ".join(line.split(":", 1)[1] if ":" in line[:20] else line for line in lines)


def corpus(folder: Path) -> list[Path]:
    """Every WAV in ``folder`` that has a reference ``.txt`` beside it, sorted by name."""
    return sorted(p for p in Path(folder).glob("*.wav") if p.with_suffix(".txt").is_file())


def _condition(wav: Path) -> str:
    return "noisy" if "noisy" in wav.stem else "clean"


def run_corpus(
    folder: Path,
    settings: Settings,
    models: list[str],
    variants: list[str] | None = None,
    repeat: int = 1,
) -> dict:
    """WER (normalised as engine/transcribe/wer.py says) and time of raw faster-whisper and our variants.

    Raw is ``WhisperModel.transcribe(decode_audio(file), beam_size=N)`` with every other option at the
    library's default, on the same loaded model. Each clip runs raw and every variant ``repeat`` times,
    alternating the order; the transcript of each run is kept to check that it is identical run to run.
    """
    from faster_whisper import decode_audio

    from engine.transcribe.wer import Score, score

    names = variants or ["ours"]
    clips = corpus(folder)
    result: dict = {"folder": str(folder), "beam_size": settings.beam_size, "threads": settings.threads()}
    result["clips"] = [{"clip": w.name, "condition": _condition(w)} for w in clips]
    result["models"] = {}
    for model_name in models:
        base = Transcriber(settings.model_copy(update={"whisper_model": model_name}))
        runners = {}
        for name in names:
            s_upd, o_upd = VARIANTS[name]
            t = base.sharing_model(base.settings.model_copy(update=s_upd))
            t.options = {**t.options, **o_upd}
            runners[name] = t

        def raw_text(wav: Path, model=base.model) -> str:
            segments, _ = model.transcribe(decode_audio(str(wav), sampling_rate=16000), beam_size=settings.beam_size)
            return " ".join(s.text.strip() for s in segments)

        def ours_text(wav: Path, t: Transcriber) -> str:
            return " ".join(s.text for s in t.transcribe_file(wav).segments)

        fns = {"raw": raw_text, **{n: (lambda w, t=t: ours_text(w, t)) for n, t in runners.items()}}
        fns["raw"](clips[0])  # warm-up
        per: dict[str, list[dict]] = {n: [] for n in fns}
        for wav in clips:
            ref = reference_text(wav)
            texts: dict[str, list[str]] = {n: [] for n in fns}
            times: dict[str, list[float]] = {n: [] for n in fns}
            for i in range(repeat):
                order = list(fns) if i % 2 == 0 else list(reversed(fns))
                for n in order:
                    t0 = time.perf_counter()
                    texts[n].append(fns[n](wav))
                    times[n].append(time.perf_counter() - t0)
            for n in fns:
                sc = score(ref, texts[n][0])
                per[n].append(
                    {
                        "clip": wav.name,
                        "condition": _condition(wav),
                        "ref_words": sc.ref_words,
                        "S": sc.substitutions,
                        "D": sc.deletions,
                        "I": sc.insertions,
                        "wer": round(sc.wer, 4),
                        "s": round(statistics.median(times[n]), 3),
                        "identical_runs": len(set(texts[n])) == 1,
                        "text": texts[n][0],
                    }
                )
        summary = {}
        for n, rows in per.items():
            entry = {}
            for cond in ("clean", "noisy", "all"):
                sel = [r for r in rows if cond == "all" or r["condition"] == cond]
                if not sel:
                    continue
                tot = sum((Score(r["ref_words"], r["S"], r["D"], r["I"]) for r in sel), Score(0, 0, 0, 0))
                raw_s = {r["clip"]: r["s"] for r in per["raw"]}
                entry[cond] = {
                    "wer": round(tot.wer, 4),
                    "S": tot.substitutions,
                    "D": tot.deletions,
                    "I": tot.insertions,
                    "median_wer": round(statistics.median(r["wer"] for r in sel), 4),
                    "median_s": round(statistics.median(r["s"] for r in sel), 3),
                    "median_ratio": round(statistics.median(r["s"] / raw_s[r["clip"]] for r in sel), 3),
                }
            entry["identical_runs"] = all(r["identical_runs"] for r in rows)
            summary[n] = entry
        result["models"][model_name] = {"summary": summary, "clips": per}
    return result


def corpus_markdown(result: dict) -> str:
    """One table per model: pooled and median WER per condition, median time ratio against raw."""
    lines = [
        f"Transcription accuracy and time: {result['folder']} ({len(result['clips'])} clips, beam "
        f"{result['beam_size']}, {result['threads']} threads). WER pooled over clips (errors / reference "
        "words; S/D/I), fillers dropped, normalised as engine/transcribe/wer.py says; time ratio = median "
        "over clips of pipeline s / raw s on the same clip.",
    ]
    for model, data in result["models"].items():
        lines += [
            "",
            f"**{model}**",
            "",
            "| pipeline | WER clean | WER noisy | WER all (S/D/I) | median WER | median s | time / raw "
            "| same text every run |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for n, e in data["summary"].items():
            a = e["all"]
            clean = f"{e['clean']['wer']:.1%}" if "clean" in e else "—"
            noisy = f"{e['noisy']['wer']:.1%}" if "noisy" in e else "—"
            lines.append(
                f"| {n} | {clean} | {noisy} | {a['wer']:.1%} ({a['S']}/{a['D']}/{a['I']}) | {a['median_wer']:.1%} "
                f"| {a['median_s']} | {a['median_ratio']} | {'yes' if e['identical_runs'] else 'NO'} |"
            )
    return "\n".join(lines)
