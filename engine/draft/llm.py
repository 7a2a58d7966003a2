"""The local language model (llama.cpp): JSON-schema-constrained, deterministic, streaming generation."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from engine import offline
from engine.config import Settings
from engine.logs import get_logger
from models.registry import verify

log = get_logger(__name__)
TokenSink = Callable[[str], None]

MAX_SENTENCES = 3
MAX_SENTENCE_CHARS = 220


def sentences_schema(max_items: int = MAX_SENTENCES, max_chars: int = MAX_SENTENCE_CHARS) -> dict:
    """Bounded schema: small models loop forever on unbounded arrays and strings."""
    return {
        "type": "object",
        "properties": {
            "sentences": {
                "type": "array",
                "items": {"type": "string", "minLength": 12, "maxLength": max_chars},
                "minItems": 0,
                "maxItems": max_items,
            }
        },
        "required": ["sentences"],
    }


@dataclass
class LLMCall:
    """Timing of one generation: prompt evaluation (until the first token) and generation."""

    prompt_tokens: int
    prompt_s: float
    generated_tokens: int
    generate_s: float


class LocalLLM:
    """Wraps llama_cpp.Llama; one instance per process, loaded on first use."""

    def __init__(self, settings: Settings):
        offline.enforce()
        from llama_cpp import Llama

        from engine.draft.ggml_backends import ensure_cpu_backend

        ensure_cpu_backend()

        self.settings = settings
        self.model_info = verify(settings.llm_model, settings.cache_dir)
        self.llm = Llama(
            model_path=str(self.model_info.path),
            n_ctx=settings.llm_ctx,
            n_threads=settings.llm_threads or settings.threads(),
            seed=settings.llm_seed,
            verbose=False,
        )
        self.calls: list[LLMCall] = []
        self._lock = threading.Lock()  # one llama.cpp context: the live pre-fill and a draft take turns

    @property
    def name(self) -> str:
        return self.model_info.spec.name

    @property
    def n_ctx(self) -> int:
        return self.llm.n_ctx()

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def prefill(self, system: str, user: str) -> None:
        """Evaluate a prompt into the KV cache without using an answer: a later prompt that starts the same
        way (the transcript so far) is then evaluated only from where it differs."""
        with self._lock:
            self.llm.create_chat_completion(
                messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
                temperature=0.0,
                max_tokens=1,
            )

    def sentences(self, system: str, user: str, on_token: TokenSink | None = None, max_tokens: int = 256) -> list[str]:
        """Ask for ``{"sentences": [...]}`` under the bounded schema; stream raw tokens to ``on_token``."""
        with self._lock:
            return self._sentences(system, user, on_token, max_tokens)

    def _sentences(self, system: str, user: str, on_token: TokenSink | None, max_tokens: int) -> list[str]:
        stream = self.llm.create_chat_completion(
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            response_format={"type": "json_object", "schema": sentences_schema()},
            temperature=self.settings.llm_temperature,
            seed=self.settings.llm_seed,
            max_tokens=max_tokens,
            # Small models repeat themselves inside a string; the schema bounds length, this breaks loops.
            repeat_penalty=1.3,
            stream=True,
        )
        parts: list[str] = []
        t0 = time.perf_counter()
        first = None
        n = 0
        for chunk in stream:
            delta = chunk["choices"][0].get("delta", {}).get("content")
            if delta:
                first = first or time.perf_counter()
                parts.append(delta)
                n += 1
                if on_token:
                    on_token(delta)
        end = time.perf_counter()
        prompt_tokens = self.count_tokens(system + user)
        self.calls.append(LLMCall(prompt_tokens, (first or end) - t0, n, end - (first or end)))
        raw = "".join(parts)
        try:
            data = json.loads(raw)
            items = data.get("sentences", []) if isinstance(data, dict) else []
        except json.JSONDecodeError:
            # The grammar guarantees JSON unless max_tokens cut it off; a cut-off answer is dropped whole.
            log.warning("llm_output_truncated", extra={"chars": len(raw)})
            items = []
        return [s.strip() for s in items if isinstance(s, str) and s.strip()]
