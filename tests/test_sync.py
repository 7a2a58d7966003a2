"""Sync against a real FHIR endpoint on 127.0.0.1 (OAuth2, atomic transactions, conditional creates,
validation), through a fault-injecting proxy, with sync processes killed and restarted."""

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import httpx
import pytest
from conftest import PASSPHRASE, chartside_env, make_result, text_transcript
from fault_proxy import FaultProxy

from engine.bench.fhir_server import FhirTestServer
from engine.clinical.extract import extract
from engine.config import Settings
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.export.fhir import NoteForSync, build, validate
from engine.store import notes
from engine.store.db import Store
from engine.store.keys import database_key
from engine.store.tables import new_id
from engine.store.visits import save_result
from engine.sync.client import Verdict, classify
from engine.sync.worker import run_sync

_T = text_transcript("htn-followup")
_F = extract(_T)
_D = build_draft(templates.load("soap"), _T, _F, llm=None)
_BASE = make_result()


def result():
    # the same extracted facts and draft for every note: the soak fills 1,000 of them
    return _BASE.model_copy(update={"visit_id": new_id(), "note_id": new_id()})


def fill(store, n, signer="Dr Osei"):
    ids = []
    for i in range(n):
        r = result()
        save_result(store, r, None, "dr", f"MRN-{i % 50:03d}")
        notes.sign(store, r.note_id, signer)
        ids.append(r.note_id)
    return ids


def settings_for(home, srv, url=None, **kw):
    return Settings(
        home=home,
        passphrase=PASSPHRASE,
        keyring=False,
        sync_url=url or srv.base,
        sync_token_url=srv.token_url,
        sync_client_id="chartside-laptop",
        sync_client_secret="s3cret-for-tests",
        sync_backoff_s=0,
        sync_include_pdf=True,
        **kw,
    )


def open_store(home):
    db = home / "data" / "chartside.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    return Store(db, database_key(db, PASSPHRASE, use_keyring=False))


def test_bundle_is_valid_r4_with_loinc_and_icd10():
    r = result()
    b = build(
        NoteForSync(
            result=r,
            note_text=_D.render_text(),
            signed_by="Dr O",
            signed_at=datetime.now(UTC),
            patient_identifier="MRN-1",
            pdf=b"%PDF-1.4",
        )
    )
    kinds = [e["resource"]["resourceType"] for e in b["entry"]]
    for k in (
        "Patient",
        "Encounter",
        "Composition",
        "DocumentReference",
        "Condition",
        "MedicationStatement",
        "AllergyIntolerance",
        "Observation",
    ):
        assert k in kinds
    text = json.dumps(b)
    assert '"85354-9"' in text and '"8480-6"' in text and '"mm[Hg]"' in text and '"I10"' in text
    assert all(e["request"]["ifNoneExist"] for e in b["entry"])
    again = build(
        NoteForSync(
            result=r,
            note_text=_D.render_text(),
            signed_by="Dr O",
            signed_at=datetime.now(UTC),
            patient_identifier="MRN-1",
            pdf=b"%PDF-1.4",
        )
    )
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in b["entry"]]  # stable ids
    b["entry"][2]["resource"]["status"] = "signed"
    with pytest.raises(ValueError, match="Composition.status"):
        validate(b)


def test_classify_server_answers():
    req = httpx.Request("POST", "http://127.0.0.1/fhir")

    def resp(code, body=b"", headers=None):
        return httpx.Response(code, content=body, headers=headers or {}, request=req)

    ok = json.dumps({"resourceType": "Bundle", "type": "transaction-response", "entry": []}).encode()
    assert classify(resp(200, ok)).verdict == Verdict.sent
    assert classify(resp(200, b"<html>")).verdict == Verdict.retry
    assert classify(resp(429, b"", {"Retry-After": "7"})).retry_after_s == 7
    assert classify(resp(503)).verdict == Verdict.retry
    bad = json.dumps({"resourceType": "OperationOutcome", "issue": [{"diagnostics": "Patient.birthDate bad"}]})
    dead = classify(resp(422, bad.encode()))
    assert dead.verdict == Verdict.dead and "birthDate" in dead.message


def test_sync_sends_each_note_once_and_amendments_replace(tmp_path):
    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        ids = fill(store, 5)
        s = settings_for(tmp_path, srv)
        rep = run_sync(store, s)
        assert (rep.sent, rep.dead, rep.exit_code) == (5, 0, 0)
        assert srv.state.tokens_issued == 1  # one token, cached across the run's pushes
        assert run_sync(store, s).sent == 0  # nothing twice
        notes.amend(store, ids[0], "Lisinopril confirmed 10 mg.", "confirm", "Dr Osei")
        assert run_sync(store, s).sent == 1
        st = srv.state
        assert st.count("Composition") == 5 and st.count("DocumentReference") == 6
        amended = [r for r in st.resources["DocumentReference"].values() if r.get("relatesTo")]
        assert amended[0]["relatesTo"][0]["target"]["reference"].startswith("DocumentReference/")
        assert st.count("Patient") == 5
        pdfs = [
            a
            for r in st.resources["DocumentReference"].values()
            for c in r["content"]
            for a in [c["attachment"]]
            if a["contentType"] == "application/pdf"
        ]
        assert len(pdfs) == 5
        store.close()


def test_rejected_note_goes_to_dead_letter_with_the_servers_message(tmp_path, monkeypatch):
    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        fill(store, 2)
        import engine.sync.worker as w

        real = w.build

        def broken(n, mrn_system):
            b = real(n, mrn_system)
            if n.result.note_id == first:
                b["entry"][0]["request"]["url"] = "Weird"  # the server refuses this transaction
            return b

        first = store.engine.connect().exec_driver_sql("SELECT note_id FROM outbox ORDER BY created_at").scalar()
        monkeypatch.setattr(w, "build", broken)
        rep = run_sync(store, settings_for(tmp_path, srv))
        assert (rep.sent, rep.dead, rep.exit_code) == (1, 1, 1)
        assert "only POST" in rep.dead_messages[0]
        store.close()


def test_offline_trips_the_breaker_quickly(tmp_path):
    store = open_store(tmp_path)
    fill(store, 10)
    s = Settings(
        home=tmp_path,
        passphrase=PASSPHRASE,
        keyring=False,
        sync_url="http://127.0.0.1:9/fhir",
        sync_bearer_token="t",
        sync_backoff_s=60,
    )
    t0 = time.perf_counter()
    rep = run_sync(store, s)
    assert rep.unreachable and rep.sent == 0 and rep.exit_code == 2
    # stopped after 3 refusals (plus what was already in flight), did not try all 10
    assert 3 <= rep.waiting <= 4 and rep.waiting + rep.not_due == 10
    assert run_sync(store, s).not_due == 10  # backoff: nothing is due on the next run
    assert time.perf_counter() - t0 < 60  # not a wall-clock benchmark: a hang guard
    store.close()


def test_wrong_credentials_stop_the_run(tmp_path):
    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        fill(store, 3)
        s = settings_for(tmp_path, srv).model_copy(update={"sync_client_secret": "wrong"})
        rep = run_sync(store, s)
        assert rep.auth_error and rep.exit_code == 3 and rep.sent == 0
        store.close()


@pytest.mark.slow
def test_thousand_notes_through_faults_and_restarts_arrive_exactly_once(tmp_path):
    home = tmp_path / "home"
    store = open_store(home)
    ids = fill(store, 1000)
    store.close()
    with FhirTestServer() as srv, FaultProxy(srv.port, rate=0.2, seed=7, slow_s=2.5) as proxy:
        env = chartside_env(home)
        env.update(
            {
                "CHARTSIDE_SYNC_URL": proxy.base,
                "CHARTSIDE_SYNC_TOKEN_URL": srv.token_url,
                "CHARTSIDE_SYNC_CLIENT_ID": "chartside-laptop",
                "CHARTSIDE_SYNC_CLIENT_SECRET": "s3cret-for-tests",
                "CHARTSIDE_SYNC_BACKOFF_S": "0",
                "CHARTSIDE_SYNC_TIMEOUT_S": "1.5",
                "CHARTSIDE_SYNC_CONCURRENCY": "4",
                "CHARTSIDE_SYNC_BREAKER": "50",
            }
        )
        kills = 0
        for run in range(40):
            proc = subprocess.Popen(
                [sys.executable, "-m", "engine", "sync", "--json"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            if run < 4:  # the first runs are killed mid-flight: restarts must lose and duplicate nothing
                time.sleep(4 + run)
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                kills += 1
                continue
            out, err = proc.communicate(timeout=600)
            assert "Traceback" not in err, err[-2000:]
            report = json.loads(out.strip().splitlines()[-1])
            if report["exit_code"] == 0 and report["not_due"] == 0:
                break
        st = srv.state
        print(
            f"\nsync soak: {run + 1} runs ({kills} killed), {proxy.httpd.requests} pushes through the proxy, "
            f"faults injected {dict(proxy.httpd.injected)}, server transactions {st.transactions}"
        )
        assert kills == 4 and sum(proxy.httpd.injected.values()) > 50
        assert st.count("Composition") == 1000
        assert st.count("DocumentReference") == 1000
        comp_ids = st.identifiers("Composition")
        assert sorted(comp_ids) == sorted(ids)  # every note, none twice
        for kind in ("Encounter", "Observation", "MedicationStatement", "Condition", "AllergyIntolerance"):
            idents = st.identifiers(kind)
            assert len(idents) == len(set(idents)), kind
        assert st.count("Patient") == 50
    store = open_store(home)
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM outbox WHERE status != 'sent'").scalar() == 0
    store.close()


def test_sync_without_configuration_is_one_sentence(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "sync"],
        env=chartside_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3
    assert proc.stderr.strip().startswith("Error: No sync endpoint is configured")


@pytest.mark.slow
def test_sync_benchmark_reports_rates():
    from engine.bench.sync import run

    bench = run(20, (1, 2))
    assert set(bench.rates) == {1, 2} and all(r > 0 for r in bench.rates.values())
    assert "notes/s" in bench.markdown()


def test_background_sync_pushes_while_the_app_runs(tmp_path):
    from engine.sync.background import BackgroundSync

    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        bg = BackgroundSync(store, settings_for(tmp_path, srv), interval_s=0.2)
        bg.start()
        fill(store, 3)
        bg.kick()
        deadline = time.time() + 30
        while srv.state.count("Composition") < 3 and time.time() < deadline:
            time.sleep(0.1)
        bg.stop()
        assert srv.state.count("Composition") == 3
        assert bg.last is not None and bg.last.exit_code in (0, 2)
        store.close()
