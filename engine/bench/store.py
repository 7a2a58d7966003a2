"""Benchmark: the encrypted store (SQLCipher) against plain SQLite with the same schema, in one run.

Fills N visits with ACI-Bench dialogues as transcripts and their reference notes as notes (cycled, each
copy made distinct), then times full-text searches through the same service function the app uses.
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from engine.store.db import Store
from engine.store.keys import database_key
from engine.store.notes import search

QUERIES = [
    "metformin",
    "knee pain",
    "shortness of breath",
    "lisinopril",
    "follow up",
    "blood pressure",
    "headache",
    "diabetes",
    "x-ray",
    "allergies",
    "chest pain",
    "physical therapy",
    "ibuprofen",
    "depression",
    "kidney",
    "fever",
    "cough",
    "insulin",
    "mri",
    "surgery",
]


@dataclass
class StoreReport:
    visits: int
    corpus_mb: float
    results: dict[str, dict] = field(default_factory=dict)

    def markdown(self) -> str:
        e, p = self.results["sqlcipher"], self.results["plain"]
        rows = [
            f"Store benchmark: {self.visits} visits ({self.corpus_mb:.0f} MB of transcript and note text), "
            f"{e['queries']} searches each, medians",
            "",
            "| store | insert visits/s | search median ms | search p95 ms | filtered p95 ms | file MB |",
            "|---|---|---|---|---|---|",
        ]
        for name, r in (("SQLCipher (Chartside)", e), ("plain SQLite (baseline)", p)):
            rows.append(
                f"| {name} | {r['insert_per_s']:.0f} | {r['search_median_ms']:.2f} | "
                f"{r['search_p95_ms']:.2f} | {r['filtered_p95_ms']:.2f} | {r['file_mb']:.0f} |"
            )
        rows += [
            "",
            f"insert time ratio encrypted/plain: **{p['insert_per_s'] / e['insert_per_s']:.2f}** (target < 1.5); "
            f"search p95 ratio: **{e['search_p95_ms'] / p['search_p95_ms']:.2f}**; "
            f"encrypted search p95 {e['search_p95_ms']:.1f} ms (target < 50 ms)",
        ]
        return "\n".join(rows)


def corpus(aci_dir: Path) -> list[tuple[str, str]]:
    """(dialogue, note) pairs from the ACI-Bench CSVs."""
    csv.field_size_limit(10**8)
    pairs = []
    for name in ("train.csv", "valid.csv"):
        with (aci_dir / name).open(newline="", encoding="utf-8") as f:
            pairs += [(r["dialogue"], r["note"]) for r in csv.DictReader(f)]
    return pairs


def _fill(store: Store, pairs: list[tuple[str, str]], n: int) -> float:
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    t0 = time.perf_counter()
    batch = 500
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        for lo in range(0, n, batch):
            visits, trs, notes_, idx = [], [], [], []
            for i in range(lo, min(n, lo + batch)):
                dialogue, note = pairs[i % len(pairs)]
                vid = f"v{i:06d}"
                when = (start + timedelta(minutes=17 * i)).strftime("%Y-%m-%d %H:%M:%S")
                status = rng.choice(["draft", "signed", "sent"])
                tag = f" visit {i} clinic {i % 37}"  # make each copy distinct
                visits.append((vid, status, f"{vid}.wav", when, when))
                trs.append((f"t{i}", vid, "whisper-tiny.en", 600.0, "{}", dialogue + tag, when))
                notes_.append((f"n{i}", vid, note + tag, when))
                idx += [(dialogue + tag, vid, "transcript"), (note + tag, vid, "note")]
            cur.executemany(
                "INSERT INTO visit (id, status, source_name, created_at, updated_at) VALUES (?,?,?,?,?)", visits
            )
            cur.executemany(
                "INSERT INTO transcript (id, visit_id, model, duration_s, segments_json, text, created_at)"
                " VALUES (?,?,?,?,?,?,?)",
                trs,
            )
            cur.executemany(
                "INSERT INTO draft (id, visit_id, version, template, model, draft_json, created_at) "
                "VALUES (?, ?, 1, 'soap', '', '{}', ?)",
                [(f"d{n_[0][1:]}", n_[1], n_[3]) for n_ in notes_],
            )
            cur.executemany(
                "INSERT INTO note (id, visit_id, draft_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(n_[0], n_[1], f"d{n_[0][1:]}", n_[2], n_[3], n_[3]) for n_ in notes_],
            )
            cur.executemany("INSERT INTO search_index (body, visit_id, kind) VALUES (?,?,?)", idx)
            raw.commit()
    finally:
        raw.close()
    return n / (time.perf_counter() - t0)


def _search_times(store: Store, queries: list[str], **filters) -> list[float]:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        search(store, q, limit=50, **filters)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18]


def run(aci_dir: Path, visits: int = 10_000, rounds: int = 10) -> StoreReport:
    """Fill both stores, then alternate search rounds between them."""
    pairs = corpus(aci_dir)
    report = StoreReport(visits=visits, corpus_mb=sum(len(a) + len(b) for a, b in pairs) * visits / len(pairs) / 2**20)
    with tempfile.TemporaryDirectory(prefix="chartside-bench-") as tmp:
        stores = {}
        for name in ("sqlcipher", "plain"):
            path = Path(tmp) / name / "chartside.db"
            path.parent.mkdir()
            key = database_key(path, "benchmark passphrase", use_keyring=False) if name == "sqlcipher" else None
            stores[name] = Store(path, key)
            report.results[name] = {"insert_per_s": _fill(stores[name], pairs, visits)}
        times = {n: ([], []) for n in stores}
        queries = QUERIES * 1
        for i in range(rounds):
            for name in list(stores) if i % 2 == 0 else list(reversed(stores)):
                times[name][0].extend(_search_times(stores[name], queries))
                times[name][1].extend(_search_times(stores[name], queries, status="signed"))
        for name, st in stores.items():
            plain_times, filtered = times[name]
            report.results[name].update(
                queries=len(plain_times),
                search_median_ms=statistics.median(plain_times),
                search_p95_ms=_p95(plain_times),
                filtered_p95_ms=_p95(filtered),
                file_mb=st.path.stat().st_size / 2**20,
            )
            st.close()
    return report
