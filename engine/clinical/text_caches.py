"""The extractor's caches keyed by a visit's own words, emptied once the visit's note is made.

Several readers cache their work by sentence text (each sentence is read by several extractors and again
by the verifier, so the caches make extraction several times faster). Kept for the life of the process,
they would hold earlier patients' sentences in memory all clinic day, where a crash dump or a swapped-out
page could carry them off the encrypted store (docs/security.md). Each such cache registers here, and the
services empty them all after every draft (engine/services/pipeline.py).
"""

from __future__ import annotations

from typing import Any

_CACHES: list[Any] = []


def visit_cache(fn):
    """Register a ``functools`` cache whose keys are a visit's text; returns it unchanged (a decorator)."""
    _CACHES.append(fn)
    return fn


def forget_visit_text() -> None:
    """Empty every cache that holds a visit's words (the vocabularies and models stay loaded)."""
    for fn in _CACHES:
        fn.cache_clear()


def cached_entries() -> int:
    """How many entries the visit caches hold now (0 after ``forget_visit_text``)."""
    return sum(fn.cache_info().currsize for fn in _CACHES)
