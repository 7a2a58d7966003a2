"""Benchmark: llama-cpp-python builds against each other on the bundled model, same prompt, same process
layout (one subprocess per build, alternating), medians of prompt and generation tokens/s.

Used to choose the build flags in scripts/setup.sh: the portable ``GGML_NATIVE=OFF`` build (the default
here) against runtime CPU dispatch (``GGML_BACKEND_DL=ON GGML_CPU_ALL_VARIANTS=ON``: every x86 variant
compiled, the best loaded at start). Build a variant into a folder with
``CMAKE_ARGS=... pip wheel --no-cache-dir llama-cpp-python==VER`` and ``pip install --target DIR``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1]) if sys.argv[1] != "-" else None
from engine import offline
offline.enforce()
from engine.draft.ggml_backends import ensure_cpu_backend
loaded_from = ensure_cpu_backend()
from llama_cpp import Llama
from models.registry import resolve
llm = Llama(model_path=str(resolve("smollm2-135m-instruct").path), n_ctx=2048, n_threads=int(sys.argv[2]),
            seed=7, verbose=False)
prompt = "Patient reports headaches and dizziness for two weeks. " * 40 + "Summary:"
n_prompt = len(llm.tokenize(prompt.encode()))
out = []
for _ in range(int(sys.argv[3])):
    llm.reset()
    t0 = time.perf_counter(); first = None; n = 0
    for chunk in llm.create_completion(prompt, max_tokens=64, temperature=0.0, stream=True):
        first = first or time.perf_counter(); n += 1
    end = time.perf_counter()
    out.append({"prompt_tps": n_prompt / (first - t0), "gen_tps": (n - 1) / max(end - first, 1e-9)})
import llama_cpp
print(json.dumps({"runs": out, "version": llama_cpp.__version__, "file": llama_cpp.__file__,
                  "cpu_backend": str(loaded_from) if loaded_from else "built in"}))
"""


@dataclass
class BuildResult:
    label: str
    prompt_tps: list[float] = field(default_factory=list)
    gen_tps: list[float] = field(default_factory=list)


def run(builds: dict[str, str | None], rounds: int = 3, per_round: int = 3, threads: int = 2) -> list[BuildResult]:
    """``builds`` maps a label to a site-packages folder holding that build (None: this environment's)."""
    results = {label: BuildResult(label) for label in builds}
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    for r in range(rounds):
        order = list(builds.items()) if r % 2 == 0 else list(reversed(builds.items()))
        for label, path in order:
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, path or "-", str(threads), str(per_round)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
                timeout=600,
            )
            data = json.loads(proc.stdout.strip().splitlines()[-1])
            results[label].prompt_tps += [x["prompt_tps"] for x in data["runs"]]
            results[label].gen_tps += [x["gen_tps"] for x in data["runs"]]
    return list(results.values())


def markdown(results: list[BuildResult]) -> str:
    base = results[0]
    rows = ["| build | prompt tokens/s (median) | generation tokens/s (median) | ratio to first |", "|---|---|---|---|"]
    for r in results:
        p, g = statistics.median(r.prompt_tps), statistics.median(r.gen_tps)
        rows.append(
            f"| {r.label} | {p:.0f} | {g:.0f} | prompt {p / statistics.median(base.prompt_tps):.2f}, "
            f"generation {g / statistics.median(base.gen_tps):.2f} |"
        )
    return "\n".join(rows)


if (
    __name__ == "__main__"
):  # python -m engine.bench.llama_build LABEL=DIR ...  (DIR "-" = this environment; LABEL may contain "=")
    pairs = dict(a.rsplit("=", 1) for a in sys.argv[1:]) or {"installed": "-"}
    print(markdown(run({k: (None if v == "-" else v) for k, v in pairs.items()})))
