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
from engine.errors import AudioError, ChartsideError
from engine.logs import get_logger
from engine.transcribe.filters import clean
from engine.transcribe.gaps import fill
from engine.transcribe.pauses import pause_pieces
from engine.transcribe.relisten import relisten
from engine.transcribe.voices import voice_print
from engine.transcribe.words import timed_words
from engine.types import Segment, Transcript
from models.registry import verify

log = get_logger(__name__)
Progress = Callable[[float], None]
SAMPLING_SEED = 17


def whisper_options(settings: Settings, multilingual: bool = False) -> dict:
    """The decoding options we use. An English-only model is told the language; a multilingual one
    detects it once per recording (``Transcriber.plan``)."""
    # Everything else is faster-whisper's default, as "raw faster-whisper" uses it: each departure was
    # measured with `chartside bench transcribe FOLDER --variants ...` (docs/performance.md) and only
    # word timings (the evidence needs them) and re-listening kept. condition_on_previous_text=False and the
    # VAD both cost accuracy (the VAD drops speech in noise) and went back to the defaults.
    return {
        "language": (settings.language or None) if multilingual else "en",
        "beam_size": settings.beam_size,
        "vad_filter": settings.vad,
        "word_timestamps": True,
    }


class Transcriber:
    """Loads the Whisper model once; transcribes files or PCM windows into ``Segment`` streams."""

    def __init__(self, settings: Settings):
        offline.enforce()
        from engine.transcribe.seek import model_class  # heavy import, after the offline switches

        self.settings = settings
        self.model_info = verify(settings.whisper_model, settings.cache_dir)
        # faster-whisper samples when a decode fails its quality checks (temperature fallback), and
        # CTranslate2 seeds its sampler once per worker thread: a fixed seed before the model's first
        # decode makes every run of `chartside transcribe`/`note` on one file give the same transcript.
        import ctranslate2

        ctranslate2.set_random_seed(SAMPLING_SEED)
        self.model = model_class()(
            str(self.model_info.path),
            device="cpu",
            compute_type=settings.compute_type,
            cpu_threads=settings.threads(),
            num_workers=1,
            local_files_only=True,
        )
        self.multilingual = bool(getattr(self.model.model, "is_multilingual", False))
        check_language(settings.language)
        self.options = whisper_options(settings, self.multilingual)

    def sharing_model(self, settings: Settings) -> Transcriber:
        """Another transcriber over the same loaded model with other settings (the benchmark's variants)."""
        other = copy.copy(self)
        other.settings, other.options = settings, whisper_options(settings, self.multilingual)
        return other

    def plan(self, pcm) -> dict:
        """This recording's decoding options: a multilingual model detects the spoken language from the
        first 30 s of speech; anything but English is then translated to English (Whisper's translate task)
        for the note, and ``task_original`` asks for the transcript in the language spoken as well."""
        opts = dict(self.options)
        if opts.get("language"):  # English-only model, or IT pinned the language (a wrong guess translates)
            if opts["language"] != "en":
                opts["task"] = "translate"
            return opts
        lang, prob, _ = self.model.detect_language(pcm[: 30 * 16000], vad_filter=True)
        log.info("language detected", extra={"language": lang, "probability": round(prob, 3)})
        opts["language"] = lang
        if lang != "en":
            opts["task"] = "translate"
        return opts

    @property
    def name(self) -> str:
        return self.model_info.spec.name

    def _raw(
        self, win: Window, opts: dict, heard: Progress | None = None, credit: dict | None = None
    ) -> Iterator[tuple[Segment, float]]:
        pairs = []
        for seg, ratio in self._decode(win, opts):  # one window is up to 10 minutes: report as it is heard
            pairs.append((seg, ratio))
            if heard:
                heard(seg.end)
        if self.settings.fill_gaps:  # finds skipped speech with its own VAD pass
            ratio = {id(seg): r for seg, r in pairs}
            pairs = [
                (seg, ratio.get(id(seg), 1.0))
                for seg in fill(self.model, win.pcm, win.offset_s, [s for s, _ in pairs], opts)
            ]
        # re-listening decodes English drug names again: not for speech in another language
        if self.settings.relisten and pairs and opts.get("language") == "en":
            # a recording's budget: one listen, plus relisten_per_minute per minute heard, carried across
            # windows (the live recorder's windows are 10 s)
            st = self.settings
            credit = credit if credit is not None else {"listens": 1.0}
            credit["listens"] += win.duration_s / 60 * st.relisten_per_minute
            budget = int(credit["listens"] + 1e-9)
            fixed, used = relisten(
                self.model, win.pcm, win.offset_s, [s for s, _ in pairs], mentions_drug, st.relisten_listens, budget
            )
            credit["listens"] -= used
            pairs = [(f, r) for f, (_, r) in zip(fixed, pairs, strict=True)]
        yield from pairs

    def _decode(self, win: Window, opts: dict) -> Iterator[tuple[Segment, float]]:
        self.model.raw_seek = self.settings.raw_seek  # the model is shared by the benchmark's variants
        voices = self.settings.speaker_roles  # the prints only serve the role labeller
        segments, _info = self.model.transcribe(win.pcm, **opts)
        for s in segments:
            words = timed_words(s.words or [], win.offset_s)
            pieces = pause_pieces(words, self.settings.turn_pause_s) if words else [words]
            for piece in pieces:
                start = piece[0].start if len(pieces) > 1 else round(s.start + win.offset_s, 3)
                end = piece[-1].end if len(pieces) > 1 else round(s.end + win.offset_s, 3)
                a, b = int((start - win.offset_s) * 16000), int((end - win.offset_s) * 16000)
                seg = Segment(
                    id=s.id,  # clean() numbers the segments it keeps
                    start=start,
                    end=end,
                    text=" ".join(w.text for w in piece) if len(pieces) > 1 else s.text.strip(),
                    words=piece,
                    avg_logprob=round(s.avg_logprob, 4),
                    no_speech_prob=round(s.no_speech_prob, 4),
                    voice=voice_print(win.pcm[max(0, a) : b]) if voices else None,
                )
                yield seg, s.compression_ratio

    def stream_windows(
        self,
        wins: Iterable[Window],
        progress: Progress | None = None,
        total_s: float | None = None,
        language: dict | None = None,
    ) -> Iterator[Segment]:
        """Transcribe a stream of windows; yields cleaned segments numbered across the whole recording.

        The first window fixes the decoding options (and, for a multilingual model, the language). When it
        is not English the segments are the English translation; pass ``language={}`` to receive
        ``language["language"]`` and, translated, ``language["original"]``: the segments as spoken.
        """
        state: dict = {} if language is None else language
        original_raw: list[tuple[Segment, float]] = []

        def raw() -> Iterator[tuple[Segment, float]]:
            opts = None
            credit = {"listens": 1.0}  # re-listening's budget for this recording (see _raw)
            for win in wins:
                if opts is None:
                    opts = self.plan(win.pcm)
                    state["language"] = opts["language"]
                if opts.get("task") == "translate" and language is not None:
                    as_spoken = {**opts, "task": "transcribe"}
                    original_raw.extend(self._decode(win, as_spoken))
                heard = (lambda end: progress(min(0.99, end / total_s))) if progress and total_s else None
                yield from self._raw(win, opts, heard, credit)
                if progress and total_s:
                    progress(min(1.0, (win.offset_s + win.duration_s) / total_s))

        yield from clean(raw())
        if original_raw:
            state["original"] = list(clean(iter(original_raw)))

    def transcribe_pcm(self, pcm, name: str = "recording", progress: Progress | None = None) -> Transcript:
        """Transcribe 16 kHz mono PCM already in memory (a recovered recording journal)."""
        total_s = pcm.size / 16000
        lang: dict = {}
        segments = list(self.stream_windows(windows([pcm], self.settings.window_s), progress, total_s, lang))
        if not segments:
            raise AudioError(
                f"No speech was found in the {name} ({total_s:.0f} s of audio); check that the microphone was on "
                "and close enough, then record again."
            )
        return self.make_transcript(segments, total_s, lang, [])

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

        lang: dict = {}
        segments = list(
            self.stream_windows(windows(counted(), self.settings.window_s), progress, info.duration_s, lang)
        )
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
        return self.make_transcript(segments, decoded_s, lang, warnings)

    def make_transcript(
        self, segments: list[Segment], duration_s: float, lang: dict, warnings: list[str]
    ) -> Transcript:
        language = lang.get("language") or "en"
        translated = language != "en"
        if translated:
            warnings = [
                *warnings,
                f"The visit was spoken in {language_name(language)}: the transcript and the note are Whisper's "
                "English translation (check them against the original transcript, which is kept).",
            ]
        return Transcript(
            segments=segments,
            duration_s=round(duration_s, 3),
            model=self.name,
            warnings=warnings,
            language=language,
            translated_from=language if translated else None,
            original_segments=lang.get("original", []),
        )


def check_language(code: str) -> None:
    """A pinned language must be one Whisper knows: refuse an unknown code before any audio is heard."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    if code and code not in _LANGUAGE_CODES:
        raise ChartsideError(
            f"The language setting '{code}' is not a language Whisper knows: use a code such as 'en' or 'es', "
            "or leave it empty to detect the language."
        )


def language_name(code: str) -> str:
    """A language's English name from Whisper's code ("es" -> "Spanish"), or the code itself."""
    names = {"es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese", "zh": "Chinese"}
    names |= {"ar": "Arabic", "hi": "Hindi", "ru": "Russian", "pl": "Polish", "nl": "Dutch", "tr": "Turkish"}
    names |= {"vi": "Vietnamese", "ko": "Korean", "ja": "Japanese", "uk": "Ukrainian", "ur": "Urdu", "fa": "Persian"}
    return names.get(code, code)


def check_decoded(info: AudioInfo, decoded_s: float, min_s: float) -> None:
    """Refuse clips too short to hold a clinical statement."""
    if decoded_s < min_s:
        raise AudioError(
            f"{info.path.name} is only {decoded_s:.1f} seconds long; record at least {min_s:g} seconds "
            "of the visit and try again."
        )
