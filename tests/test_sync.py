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


def _plan(r=None, max_entries=50, **kw):
    return build(
        NoteForSync(
            result=r or result(),
            note_text=_D.render_text(),
            signed_by="Dr O",
            signed_at=kw.pop("signed_at", datetime.now(UTC)),
            patient_identifier="MRN-1",
            pdf=b"%PDF-1.4",
            **kw,
        ),
        max_entries=max_entries,
    )


def test_bundle_is_valid_r4_with_loinc_and_icd10():
    r = result()
    plan = _plan(r)
    kinds = [e["resource"]["resourceType"] for e in plan.entries]
    for k in (
        "Patient",
        "Practitioner",
        "Encounter",
        "Composition",
        "DocumentReference",
        "Condition",
        "MedicationStatement",
        "AllergyIntolerance",
        "Observation",
    ):
        assert k in kinds
    text = json.dumps(plan.bundles)
    assert '"85354-9"' in text and '"8480-6"' in text and '"mm[Hg]"' in text and '"I10"' in text
    # the shape strict servers accept: one conditional create alone, then PUTs to client-assigned ids,
    # the document last
    assert [len(b["entry"]) for b in plan.bundles][0] == 1 and plan.labels[-1] == "document"
    assert plan.patient["entry"][0]["request"]["ifNoneExist"]
    for step in plan.steps:
        for e in step["entry"]:
            assert e["request"] == {"method": "PUT", "url": f"{e['resource']['resourceType']}/{e['resource']['id']}"}
    assert [e["resource"]["resourceType"] for e in plan.steps[-1]["entry"]] == ["Composition", "DocumentReference"]
    again = _plan(r)
    assert [e["fullUrl"] for e in again.entries] == [e["fullUrl"] for e in plan.entries]  # stable ids
    comp = plan.steps[-1]["entry"][0]["resource"]
    comp["status"] = "signed"
    with pytest.raises(ValueError, match="Composition.status"):
        validate(plan.steps[-1])


def test_small_transactions_when_the_server_limits_entries():
    plan = _plan(max_entries=3)
    assert all(len(b["entry"]) <= 3 for b in plan.bundles)
    heads = [e["resource"]["resourceType"] for e in plan.steps[0]["entry"]]
    assert heads[:2] == ["Practitioner", "Encounter"]  # what the others refer to goes first
    assert plan.labels[-1] == "document" and len(plan.steps) >= 3


def test_classify_server_answers():
    req = httpx.Request("POST", "http://127.0.0.1/fhir")

    def resp(code, body=b"", headers=None):
        return httpx.Response(code, content=body, headers=headers or {}, request=req)

    ok = json.dumps({"resourceType": "Bundle", "type": "transaction-response", "entry": []}).encode()
    assert classify(resp(200, ok)).verdict == Verdict.sent

    def tx(*statuses):
        entries = [{"response": {"status": st}} for st in statuses]
        return json.dumps({"resourceType": "Bundle", "type": "transaction-response", "entry": entries}).encode()

    assert classify(resp(200, tx("201 Created", "200 OK"))).verdict == Verdict.sent
    mixed = classify(resp(200, tx("201 Created", "400 Bad Request")))
    assert mixed.verdict == Verdict.dead and mixed.partial and mixed.stored == 1 and "1 of 2" in mixed.message
    assert classify(resp(200, tx("201 Created", "503 Service Unavailable"))).verdict == Verdict.retry
    assert classify(resp(200, tx("201 Created", ""))).verdict == Verdict.retry  # no status: not confirmed
    asked = {"entry": [{"resource": {"resourceType": "Patient"}}] * 3}
    assert classify(resp(200, tx("201 Created", "201 Created")), asked).verdict == Verdict.retry  # one missing
    assert classify(resp(200, b"<html>")).verdict == Verdict.retry
    assert classify(resp(429, b"", {"Retry-After": "7"})).retry_after_s == 7
    assert classify(resp(503)).verdict == Verdict.retry
    bad = json.dumps({"resourceType": "OperationOutcome", "issue": [{"diagnostics": "Patient.birthDate bad"}]})
    dead = classify(resp(422, bad.encode()))
    assert dead.verdict == Verdict.dead and "birthDate" in dead.message


@pytest.mark.parametrize("atomic", [True, False], ids=["strict-atomic", "entry-by-entry"])
def test_sync_sends_each_note_once_and_addenda_append(tmp_path, atomic):
    with FhirTestServer(atomic=atomic) as srv:
        store = open_store(tmp_path)
        ids = fill(store, 5)
        s = settings_for(tmp_path, srv)
        rep = run_sync(store, s)
        assert (rep.sent, rep.dead, rep.exit_code) == (5, 0, 0)
        # per note: patient (1 entry), clinical (13: Practitioner, Encounter, 11 facts), document (2)
        assert rep.transactions == 15 and rep.entries == 5 * 16
        assert srv.state.tokens_issued == 1  # one token, cached across the run's pushes
        assert run_sync(store, s).sent == 0  # nothing twice
        notes.amend(store, ids[0], "Lisinopril confirmed 10 mg.", "confirm", "Dr Mensah")
        assert run_sync(store, s).sent == 1
        st = srv.state
        assert st.count("Composition") == 5 and st.count("DocumentReference") == 6
        addendum = next(r for r in st.resources["DocumentReference"].values() if r.get("relatesTo"))
        original = addendum["relatesTo"][0]["target"]["reference"]
        assert addendum["relatesTo"][0]["code"] == "appends"
        assert st.resources["DocumentReference"][original.split("/")[1]]["status"] == "current"
        amender = st.resources["Practitioner"][addendum["author"][0]["reference"].split("/")[1]]
        assert amender["name"][0]["text"] == "Dr Mensah"
        assert st.count("Patient") == 5 and st.count("Practitioner") == 2
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

        def broken(n, mrn_system, max_entries):
            plan = real(n, mrn_system, max_entries)
            if n.result.note_id == first:
                plan.steps[0]["entry"][1]["request"]["url"] = "Weird"  # the server refuses this transaction
            return plan

        first = store.engine.connect().exec_driver_sql("SELECT note_id FROM outbox ORDER BY created_at").scalar()
        monkeypatch.setattr(w, "build", broken)
        rep = run_sync(store, settings_for(tmp_path, srv))
        assert (rep.sent, rep.dead, rep.exit_code) == (1, 1, 1)
        assert "only POST" in rep.dead_messages[0] and "clinical" in rep.dead_messages[0]
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


def soak(home, backend_port, token_url, n=1000):
    """``n`` signed notes pushed by `chartside sync` processes through the fault proxy, the first four runs
    killed mid-flight; returns (note ids, runs, proxy) once a run reports everything sent."""
    store = open_store(home)
    ids = fill(store, n)
    store.close()
    with FaultProxy(backend_port, rate=0.2, seed=7, slow_s=2.5) as proxy:
        env = chartside_env(home)
        env.update(
            {
                "CHARTSIDE_SYNC_URL": proxy.base,
                "CHARTSIDE_SYNC_TOKEN_URL": token_url,
                "CHARTSIDE_SYNC_CLIENT_ID": "chartside-laptop",
                "CHARTSIDE_SYNC_CLIENT_SECRET": "s3cret-for-tests",
                "CHARTSIDE_SYNC_BACKOFF_S": "0",
                "CHARTSIDE_SYNC_TIMEOUT_S": "1.5",
                "CHARTSIDE_SYNC_CONCURRENCY": "4",
                "CHARTSIDE_SYNC_BREAKER": "50",
            }
        )
        kills = 0
        for run in range(60):
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
            out, err = proc.communicate(timeout=900)
            assert "Traceback" not in err, err[-2000:]
            report = json.loads(out.strip().splitlines()[-1])
            if report["exit_code"] == 0 and report["not_due"] == 0:
                break
        print(
            f"\nsync soak: {run + 1} runs ({kills} killed), {proxy.httpd.requests} pushes through the proxy, "
            f"faults injected {dict(proxy.httpd.injected)}"
        )
        assert kills == 4 and sum(proxy.httpd.injected.values()) > 50
        assert report["exit_code"] == 0
    store = open_store(home)
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM outbox WHERE status != 'sent'").scalar() == 0
    store.close()
    return ids


@pytest.mark.slow
def test_notes_through_faults_and_restarts_arrive_exactly_once(tmp_path):
    # 300 here against our entry-by-entry test server; the 1,000-note soak runs against Medplum with
    # strict transactions (tests/test_sync_medplum.py), which is the harder server, so it is not repeated
    with FhirTestServer() as srv:
        ids = soak(tmp_path / "home", srv.port, srv.token_url, n=300)
        st = srv.state
        print(f"server transactions {st.transactions}, writes {st.writes}")
        assert st.count("Composition") == 300
        assert st.count("DocumentReference") == 300
        comp_ids = st.identifiers("Composition")
        assert sorted(comp_ids) == sorted(ids)  # every note, none twice
        for kind in ("Encounter", "Observation", "MedicationStatement", "Condition", "AllergyIntolerance"):
            idents = st.identifiers(kind)
            assert len(idents) == len(set(idents)), kind
        assert st.count("Patient") == 50


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


def test_resources_are_clinically_correct():
    import base64
    import hashlib
    from datetime import timedelta

    r = result()
    visit = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    signed = visit + timedelta(hours=5)
    pdf = b"%PDF-1.4 a small pdf"
    plan = build(
        NoteForSync(
            result=r,
            note_text=_D.render_text(),
            signed_by="Dr Asha Patel",
            signed_at=signed,
            patient_identifier="MRN-1",
            pdf=pdf,
            visit_start=visit,
            visit_end=visit + timedelta(seconds=r.transcript.duration_s),
        )
    )
    res = {}
    for e in plan.entries:
        res.setdefault(e["resource"]["resourceType"], []).append(e["resource"])
    doctor = res["Practitioner"][0]
    me = f"Practitioner/{doctor['id']}"
    assert doctor["name"][0]["text"] == "Dr Asha Patel"
    comp = res["Composition"][0]
    assert comp["author"][0]["reference"] == me
    assert comp["attester"] == [
        {"mode": "legal", "time": signed.isoformat(), "party": {"reference": me, "display": "Dr Asha Patel"}}
    ]
    doc = res["DocumentReference"][0]
    assert doc["author"][0]["reference"] == me and doc["date"] == signed.isoformat()
    assert res["Encounter"][0]["period"] == {
        "start": visit.isoformat(),
        "end": (visit + timedelta(seconds=80)).isoformat(),
    }
    # clinical times are the visit's (the moment said), never the signing time
    for obs in res["Observation"]:
        t = datetime.fromisoformat(obs["effectiveDateTime"])
        assert visit <= t <= visit + timedelta(seconds=80)
    for kind in ("Condition", "AllergyIntolerance"):
        assert {x["recordedDate"] for x in res[kind]} == {visit.isoformat()}
    displays = {c["code"]["coding"][0]["code"]: c["code"]["coding"][0]["display"] for c in res["Condition"]}
    assert displays["E11.9"] == "Type 2 diabetes mellitus without complications"
    assert displays["I10"] == "Essential (primary) hypertension"
    spo2 = next(o for o in res["Observation"] if o["code"].get("text") == "oxygen saturation")
    assert [c["code"] for c in spo2["code"]["coding"]] == ["2708-6", "59408-5"]
    pdf_att = next(c["attachment"] for c in doc["content"] if c["attachment"]["contentType"] == "application/pdf")
    assert pdf_att["size"] == len(pdf)
    assert pdf_att["hash"] == base64.b64encode(hashlib.sha1(pdf).digest()).decode()  # noqa: S324
    assert all(
        m["medicationCodeableConcept"] == {"text": m["medicationCodeableConcept"]["text"]}
        for m in res["MedicationStatement"]
    )

    amended_at = signed + timedelta(days=1)
    add = build(
        NoteForSync(
            result=r,
            note_text=_D.render_text(),
            signed_by="Dr Asha Patel",
            signed_at=signed,
            patient_identifier="MRN-1",
            amendment_id="a1",
            amendment_text="Lisinopril confirmed.",
            amended_by="Dr Ben Mensah",
            amended_at=amended_at,
        )
    )
    adoc = next(e["resource"] for e in add.entries if e["resource"]["resourceType"] == "DocumentReference")
    amender = next(e["resource"] for e in add.entries if e["resource"]["resourceType"] == "Practitioner")
    assert adoc["relatesTo"] == [{"code": "appends", "target": {"reference": f"DocumentReference/{doc['id']}"}}]
    assert adoc["author"][0]["reference"] == f"Practitioner/{amender['id']}" != me
    assert adoc["date"] == amended_at.isoformat() and adoc["status"] == "current"


def test_strict_server_refuses_a_big_conditional_transaction_and_accepts_our_plan(tmp_path):
    with FhirTestServer(atomic=True) as srv:
        st = srv.state
        plan = _plan()
        old_shape = {  # what Chartside sent before: every entry a conditional create, 14+ in one transaction
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [
                {
                    "fullUrl": e["fullUrl"],
                    "resource": e["resource"],
                    "request": {
                        "method": "POST",
                        "url": e["resource"]["resourceType"],
                        "ifNoneExist": "identifier=x|y",
                    },
                }
                for e in plan.entries
            ],
        }
        status, body = st.transaction(old_shape)
        assert status == 400 and "too many entries" in body["issue"][0]["diagnostics"]
        status, body = st.transaction(plan.patient)
        assert status == 200
        patient = body["entry"][0]["response"]["location"].rsplit("/_history", 1)[0]
        for step in plan.bind(patient) * 2:  # the second round is a replay: it rewrites, never adds
            status, body = st.transaction(step)
            assert status == 200 and all(e["response"]["status"][:1] == "2" for e in body["entry"])
        assert st.count("Composition") == 1 and st.count("Observation") == 4 and st.count("Patient") == 1


def test_one_refused_entry_is_never_counted_as_sent_and_is_repaired_once_fixed(tmp_path):
    from engine.sync.worker import retry_failed

    with FhirTestServer(atomic=False, max_attachment_bytes=1_048_576) as srv:
        store = open_store(tmp_path)
        ids = fill(store, 2)
        s = settings_for(tmp_path, srv)
        import engine.sync.worker as w

        real = w.render_pdf
        big = b"%PDF-1.4\n" + b"0" * 1_150_000  # 1.15 MB: over Medplum's 1 MiB base64Binary limit

        def render(draft, note_id, **kw):
            return big if note_id == ids[0] else real(draft, note_id=note_id, **kw)

        w.render_pdf = render
        try:
            rep = run_sync(store, s)
        finally:
            w.render_pdf = real
        assert (rep.sent, rep.dead, rep.partial, rep.exit_code) == (1, 1, 1, 1)
        why = rep.dead_messages[0]
        assert "partly written and not marked sent" in why and "base64Binary exceeds" in why
        assert "DocumentReference/" in why and "1 of 2 entries refused" in why
        assert "partly written" in rep.summary()
        with store.engine.connect() as c:
            rows = dict(c.exec_driver_sql("SELECT note_id, status FROM outbox").all())
            visit = c.exec_driver_sql(
                "SELECT v.status FROM visit v JOIN note n ON n.visit_id = v.id WHERE n.id = ?", (ids[0],)
            ).scalar()
        assert rows[ids[0]] == "dead" and rows[ids[1]] == "sent" and visit == "failed"
        st = srv.state
        # the entry-by-entry server kept the Composition of the refused step: the plan put the document last,
        # and the note is reported, not sent
        assert st.count("DocumentReference") == 1
        assert run_sync(store, s).sent == 0  # a dead letter waits for a person
        assert retry_failed(store) == 1
        rep = run_sync(store, s)  # the small PDF this time: the same ids, rewritten, nothing added
        assert (rep.sent, rep.dead, rep.exit_code) == (1, 0, 0)
        assert st.count("Composition") == 2 and st.count("DocumentReference") == 2 and st.count("Patient") == 2
        for kind in ("Encounter", "Observation", "Condition", "MedicationStatement", "AllergyIntolerance"):
            idents = st.identifiers(kind)
            assert len(idents) == len(set(idents)), kind
        store.close()


@pytest.mark.parametrize("atomic", [True, False], ids=["strict-atomic", "entry-by-entry"])
def test_faults_between_us_and_the_server_lose_and_duplicate_nothing(tmp_path, atomic):
    with FhirTestServer(atomic=atomic) as srv, FaultProxy(srv.port, rate=0.35, seed=11, slow_s=1.2) as proxy:
        store = open_store(tmp_path)
        ids = fill(store, 8)
        s = settings_for(tmp_path, srv, url=proxy.base, sync_timeout_s=0.8, sync_breaker=50)
        for _ in range(30):
            rep = run_sync(store, s)
            if rep.exit_code == 0 and rep.not_due == 0:
                break
        assert rep.exit_code == 0 and sum(proxy.httpd.injected.values()) >= 5
        st = srv.state
        assert sorted(st.identifiers("Composition")) == sorted(ids)
        for kind in ("Encounter", "Observation", "Condition", "DocumentReference", "Practitioner"):
            idents = st.identifiers(kind)
            assert len(idents) == len(set(idents)), kind
        assert st.count("Patient") == 8
        store.close()


def test_an_addendum_finds_an_original_sent_under_a_server_assigned_id(tmp_path):
    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        ids = fill(store, 1)
        s = settings_for(tmp_path, srv)
        assert run_sync(store, s).sent == 1
        st = srv.state
        # as an older Chartside left it: the same document under an id the server chose
        with st.lock:
            doc = st.resources["DocumentReference"].pop(next(iter(st.resources["DocumentReference"])))
            doc["id"] = "server-chosen-17"
            st.resources["DocumentReference"]["server-chosen-17"] = doc
            for ident in doc["identifier"]:
                st.by_identifier[("DocumentReference", ident["system"], ident["value"])] = "server-chosen-17"
        notes.amend(store, ids[0], "Lisinopril confirmed 10 mg.", "confirm", "Dr Osei")
        assert run_sync(store, s).sent == 1
        addendum = next(r for r in st.resources["DocumentReference"].values() if r.get("relatesTo"))
        assert addendum["relatesTo"][0]["target"]["reference"] == "DocumentReference/server-chosen-17"
        store.close()


def test_more_pushing_threads_than_store_connections_is_safe(tmp_path):
    # The SQLCipher engine keeps one connection per thread, five at most: while the pushing threads read
    # the store themselves, `--concurrency 8` closed connections under live threads (and segfaulted).
    with FhirTestServer() as srv:
        store = open_store(tmp_path)
        ids = fill(store, 16)
        rep = run_sync(store, settings_for(tmp_path, srv, sync_concurrency=8))
        assert (rep.sent, rep.dead, rep.exit_code) == (16, 0, 0)
        assert sorted(srv.state.identifiers("Composition")) == sorted(ids)
        store.close()


def test_no_more_requests_in_flight_than_the_concurrency_setting(tmp_path):
    import threading

    from engine.sync.client import FhirClient

    s = Settings(home=tmp_path, sync_url="http://127.0.0.1:9/fhir", sync_bearer_token="t", sync_concurrency=2)
    client = FhirClient(s)
    lock, now_in, peak = threading.Lock(), [0], [0]
    answer = json.dumps({"resourceType": "Bundle", "type": "transaction-response", "entry": []}).encode()

    def post(url, **kw):
        with lock:
            now_in[0] += 1
            peak[0] = max(peak[0], now_in[0])
        time.sleep(0.05)
        with lock:
            now_in[0] -= 1
        return httpx.Response(200, content=answer, request=httpx.Request("POST", url))

    client.http.post = post
    threads = [threading.Thread(target=client.push, args=({"entry": []},)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert peak[0] == 2
