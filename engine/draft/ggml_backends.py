"""Load llama.cpp's CPU backend when it was built as runtime-dispatch modules.

With ``GGML_BACKEND_DL=ON GGML_CPU_ALL_VARIANTS=ON`` ggml compiles one CPU backend per x86 generation
(``libggml-cpu-haswell.so``, ``-zen4``, ...) and picks the best at run time, but llama-cpp-python 0.3.x
never asks ggml to load them, and pip puts them in the environment's ``bin/``. We load them into the
same libggml instance libllama uses (``libggml.so.0``: loading ``libggml.so`` maps a second copy with its
own, empty registry). A regular build has the CPU backend built in, and this does nothing.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


def _candidates(pkg: Path) -> list[Path]:
    dirs = [
        os.environ.get("GGML_BACKEND_PATH", ""),
        pkg / "lib",
        pkg.parent / "bin",
        Path(sys.prefix) / "bin",
        Path(sys.executable).parent,
    ]
    return [Path(d) for d in dirs if d]


def ensure_cpu_backend() -> Path | None:
    """Load the best CPU backend module if none is built in; returns the folder it came from, if any."""
    import llama_cpp
    import llama_cpp.llama_cpp  # noqa: F401 - loads libllama and, through it, libggml.so.0

    pkg = Path(llama_cpp.__file__).parent
    lib_dir = pkg / "lib"
    so = next(
        (
            p
            for p in (lib_dir / "libggml.so.0", lib_dir / "libggml.so", lib_dir / "libggml.dylib", lib_dir / "ggml.dll")
            if p.exists()
        ),
        None,
    )
    if so is None:
        return None
    ggml = ctypes.CDLL(str(so))
    ggml.ggml_backend_dev_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_dev_count() > 0:
        return None
    ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
    for folder in _candidates(pkg):
        if any(folder.glob("*ggml-cpu-*")):
            ggml.ggml_backend_load_all_from_path(str(folder).encode())
            if ggml.ggml_backend_dev_count() > 0:
                return folder
    return None
