"""Benchmark: bundle build + validation per note, and notes/s pushed to a local FHIR endpoint,
sequential and concurrent, in one run (same notes, same server code)."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from engine.bench.fhir_server import FhirTestServer
from engine.clinical.extract import extract
from engine.config import Settings
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.export.fhir import NoteForSync, build
from engine.export.pdf import render_pdf
from engine.store import notes
from engine.store.db import Store
from engine.store.keys import database_key
from engine.store.tables import new_id
from engine.store.visits import save_result
from engine.sync.worker import run_sync
from engine.types import PipelineResult, Segment, Transcript

SAMPLE = Path(__file__).resolve().parents[1] / "demo_data" / "sample-visit.json"


@dataclass
class SyncBench:
    notes: int
    build_ms: list[float] = field(default_factory=list)
    pdf_ms: list[float] = field(default_factory=list)
    rates: dict[int, float] = field(default_factory=dict)

    def markdown(self) -> str:
        rows = [
            f"Sync benchmark: {self.notes} signed notes to the local FHIR endpoint on 127.0.0.1 (medians)",
            "",
            f"bundle build + R4 validation: {statistics.median(self.build_ms):.1f} ms/note; "
            f"PDF render: {statistics.median(self.pdf_ms):.1f} ms/note",
            "",
            "| concurrency | notes/s | ratio to sequential |",
            "|---|---|---|",
        ]
        seq = self.rates[min(self.rates)]
        rows += [f"| {c} | {r:.1f} | {r / seq:.2f} |" for c, r in sorted(self.rates.items())]
        return "\n".join(rows)


def _result() -> PipelineResult:
    lines = json.loads(SAMPLE.read_text())["lines"]
    t = Transcript(
        segments=[Segment(id=i, start=i * 5.0, end=i * 5.0 + 4, text=x) for i, (_, x) in enumerate(lines)],
        duration_s=len(lines) * 5.0,
    )
    facts = extract(t)
    return PipelineResult(
        visit_id="bench-visit",
        note_id="bench-note",
        source_name="sample.wav",
        transcript=t,
        facts=facts,
        draft=build_draft(templates.load("soap"), t, facts, llm=None),
    )


def run(n: int = 200, concurrency: tuple[int, ...] = (1, 4)) -> SyncBench:
    """Measure bundle building, then push the same ``n`` notes once per concurrency level."""
    base = _result()
    bench = SyncBench(notes=n)
    for _ in range(min(n, 50)):
        t0 = time.perf_counter()
        pdf = render_pdf(base.draft, note_id="x", signed_by="Dr", signed_at=datetime.now(UTC))
        bench.pdf_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        build(
            NoteForSync(
                result=base,
                note_text=base.draft.render_text(),
                signed_by="Dr",
                signed_at=datetime.now(UTC),
                patient_identifier="MRN-1",
                pdf=pdf,
            )
        )
        bench.build_ms.append((time.perf_counter() - t0) * 1000)
    for c in concurrency:
        with tempfile.TemporaryDirectory(prefix="chartside-syncbench-") as tmp, FhirTestServer() as srv:
            db = Path(tmp) / "data" / "chartside.db"
            db.parent.mkdir(parents=True)
            store = Store(db, database_key(db, "benchmark passphrase", use_keyring=False))
            for i in range(n):
                r = base.model_copy(update={"visit_id": new_id(), "note_id": new_id()})
                save_result(store, r, None, "bench", f"MRN-{i % 20}")
                notes.sign(store, r.note_id, "Dr Bench")
            settings = Settings(
                home=Path(tmp),
                passphrase="benchmark passphrase",  # noqa: S106 - a throwaway benchmark store
                keyring=False,
                sync_url=srv.base,
                sync_token_url=srv.token_url,
                sync_client_id="chartside-laptop",
                sync_client_secret="s3cret-for-tests",  # noqa: S106 - the local test server's credential
                sync_concurrency=c,
            )
            t0 = time.perf_counter()
            report = run_sync(store, settings)
            bench.rates[c] = report.sent / (time.perf_counter() - t0)
            store.close()
    return bench
