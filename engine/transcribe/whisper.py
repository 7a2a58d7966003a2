"""Transcription with faster-whisper: a lazy stream of typed, filtered segments with word timings."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from engine import offline
from engine.audio.decode import AudioInfo, check_length, probe, stream_pcm
from engine.audio.windows import Window, windows
from engine.clinical.lexicon import mentions_drug
from engine.config import Settings
from engine.errors import AudioError
from engine.logs import get_logger
from engine.transcribe.filters import clean
from engine.transcribe.gaps import fill
from engine.transcribe.relisten import relisten
from engine.transcribe.words import timed_words
from engine.types import Segment, Transcript
from models.registry import verify

log = get_logger(__name__)
Progress = Callable[[float], None]


def whisper_options(settings: Settings) -> dict:
    """The decoding options we use, shared with the benchmark's raw faster-whisper baseline."""
    return {
        "language": "en",
        "beam_size": settings.beam_size,
        "vad_filter": settings.vad,
        "word_timestamps": True,
        # Conditioning on earlier text is what lets tiny models fall into repetition loops.
        "condition_on_previous_text": False,
    }


class Transcriber:
    """Loads the Whisper model once; transcribes files or PCM windows into ``Segment`` streams."""

    def __init__(self, settings: Settings):
        offline.enforce()
        from faster_whisper import WhisperModel  # heavy import, after the offline switches

        self.settings = settings
        self.model_info = verify(settings.whisper_model, settings.cache_dir)
        self.model = WhisperModel(
            str(self.model_info.path),
            device="cpu",
            compute_type=settings.compute_type,
            cpu_threads=settings.threads(),
            num_workers=1,
            local_files_only=True,
        )
        self.options = whisper_options(settings)

    def sharing_model(self, settings: Settings) -> Transcriber:
        """Another transcriber over the same loaded model with other settings (the benchmark's variants)."""
        other = copy.copy(self)
        other.settings, other.options = settings, whisper_options(settings)
        return other

    @property
    def name(self) -> str:
        return self.model_info.spec.name

    def _raw(self, win: Window) -> Iterator[tuple[Segment, float]]:
        pairs = list(self._decode(win))
        if self.settings.fill_gaps and self.settings.vad:
            ratio = {id(seg): r for seg, r in pairs}
            pairs = [
                (seg, ratio.get(id(seg), 1.0))
                for seg in fill(self.model, win.pcm, win.offset_s, [s for s, _ in pairs], self.options)
            ]
        if self.settings.relisten and pairs:
            fixed = relisten(self.model, win.pcm, win.offset_s, [s for s, _ in pairs], mentions_drug)
            pairs = [(f, r) for f, (_, r) in zip(fixed, pairs, strict=True)]
        yield from pairs

    def _decode(self, win: Window) -> Iterator[tuple[Segment, float]]:
        segments, _info = self.model.transcribe(win.pcm, **self.options)
        for s in segments:
            words = timed_words(s.words or [], win.offset_s)
            seg = Segment(
                id=s.id,
                start=round(s.start + win.offset_s, 3),
                end=round(s.end + win.offset_s, 3),
                text=s.text.strip(),
                words=words,
                avg_logprob=round(s.avg_logprob, 4),
                no_speech_prob=round(s.no_speech_prob, 4),
            )
            yield seg, s.compression_ratio

    def stream_windows(
        self, wins: Iterable[Window], progress: Progress | None = None, total_s: float | None = None
    ) -> Iterator[Segment]:
        """Transcribe a stream of windows; yields cleaned segments numbered across the whole recording."""

        def raw() -> Iterator[tuple[Segment, float]]:
            for win in wins:
                for seg, ratio in self._raw(win):
                    if progress and total_s:
                        progress(min(1.0, seg.end / total_s))
                    yield seg, ratio
                if progress and total_s:
                    progress(min(1.0, (win.offset_s + win.duration_s) / total_s))

        yield from clean(raw())

    def transcribe_pcm(self, pcm, name: str = "recording", progress: Progress | None = None) -> Transcript:
        """Transcribe 16 kHz mono PCM already in memory (a recovered recording journal)."""
        total_s = pcm.size / 16000
        segments = list(self.stream_windows(windows([pcm], self.settings.window_s), progress, total_s))
        if not segments:
            raise AudioError(
                f"No speech was found in the {name} ({total_s:.0f} s of audio); check that the microphone was on "
                "and close enough, then record again."
            )
        return Transcript(segments=segments, duration_s=round(total_s, 3), model=self.name)

    def transcribe_file(self, path: Path, progress: Progress | None = None) -> Transcript:
        """Decode, window, transcribe and filter a whole file. Raises AudioError with one clear sentence."""
        path = Path(path)
        info = probe(path)
        check_length(info, self.settings.min_audio_s, self.settings.max_audio_hours)
        decoded_s = 0.0

        def counted() -> Iterator:
            nonlocal decoded_s
            for block in stream_pcm(path, max_s=self.settings.max_audio_hours * 3600):
                decoded_s += block.size / 16000
                yield block

        segments = list(self.stream_windows(windows(counted(), self.settings.window_s), progress, info.duration_s))
        check_decoded(info, decoded_s, self.settings.min_audio_s)
        if not segments:
            raise AudioError(
                f"No speech was found in {path.name} ({decoded_s:.0f} s of audio); check that the microphone "
                "was on and close enough, then record again."
            )
        warnings = []
        if info.duration_s and decoded_s < info.duration_s * 0.95 - 1.0:
            warnings.append(
                f"{path.name} ended after {decoded_s:.0f} s although its header says {info.duration_s:.0f} s: the "
                "file looks truncated, and the note covers only what could be read."
            )
        log.info("transcribed", extra={"segments": len(segments), "audio_s": round(decoded_s, 1), "model": self.name})
        return Transcript(segments=segments, duration_s=round(decoded_s, 3), model=self.name, warnings=warnings)


def check_decoded(info: AudioInfo, decoded_s: float, min_s: float) -> None:
    """Refuse clips too short to hold a clinical statement."""
    if decoded_s < min_s:
        raise AudioError(
            f"{info.path.name} is only {decoded_s:.1f} seconds long; record at least {min_s:g} seconds "
            "of the visit and try again."
        )
