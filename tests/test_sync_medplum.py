"""Sync against Medplum's own server code (tests/medplum/server.mjs: FhirRouter + MemoryRepository + the
validator with the R4 vital-signs profiles, on Node 22 from .medplum/), with atomic transactions on
(project feature ``transaction-bundles``) and off (entry by entry), and through our fault proxy."""

import json
import subprocess
import sys

import httpx
import pytest
from conftest import chartside_env
from fault_proxy import FaultProxy
from medplum_server import MedplumServer, need_medplum
from test_sync import fill, open_store, settings_for

from engine.store import notes
from engine.sync.worker import retry_failed, run_sync

MODES = pytest.mark.parametrize("strict", [True, False], ids=["transaction-bundles", "entry-by-entry"])


@pytest.fixture(autouse=True)
def _medplum_installed():
    need_medplum()


def search(mp, kind, **params):
    token = httpx.post(mp.token_url, data={"grant_type": "client_credentials", "client_secret": "s3cret-for-tests"})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    body = httpx.get(f"{mp.base}/{kind}", params=params, headers=headers, timeout=30).json()
    return [e["resource"] for e in body.get("entry", [])]


@MODES
def test_notes_and_addenda_arrive_once_and_validate(tmp_path, strict):
    with MedplumServer(strict=strict) as mp:
        assert {"vitalsigns", "oxygensat", "heartrate", "bodytemp"} <= set(mp.profiles)
        store = open_store(tmp_path)
        ids = fill(store, 3)
        s = settings_for(tmp_path, mp)
        rep = run_sync(store, s)
        assert (rep.sent, rep.dead, rep.exit_code) == (3, 0, 0), rep.dead_messages
        assert rep.transactions == 9 and rep.entries == 3 * 16
        # a confirmation lost on the way back: the outbox sends everything again, Medplum adds nothing
        with store.engine.begin() as c:
            c.exec_driver_sql("UPDATE outbox SET status = 'pending' WHERE note_id = ?", (ids[0],))
        assert run_sync(store, s).sent == 1
        notes.amend(store, ids[0], "Lisinopril confirmed 10 mg.", "confirm", "Dr Mensah")
        assert run_sync(store, s).sent == 1
        st = mp.stats()
        assert st["issues"] == [] and st["profileChecks"] >= 3 * 4
        assert st["counts"] | {} == {
            "Patient": 3,
            "Practitioner": 2,
            "Encounter": 3,
            "Composition": 3,
            "DocumentReference": 4,
            "Observation": 12,
            "Condition": 6,
            "MedicationStatement": 12,
            "AllergyIntolerance": 3,
        }
        addendum = search(mp, "DocumentReference", identifier=f"urn:chartside:id:documentreference|{_amendment(store)}")
        rel = addendum[0]["relatesTo"][0]
        assert rel["code"] == "appends"
        original = search(mp, "DocumentReference", _id=rel["target"]["reference"].split("/")[1])
        assert original[0]["identifier"][0]["value"] == ids[0] and original[0]["status"] == "current"
        store.close()


def _amendment(store):
    with store.engine.connect() as c:
        return c.exec_driver_sql("SELECT id FROM amendment").scalar()


@MODES
def test_an_oversized_pdf_is_refused_and_the_note_is_not_sent(tmp_path, strict, monkeypatch):
    import engine.sync.worker as w

    with MedplumServer(strict=strict) as mp:
        store = open_store(tmp_path)
        ids = fill(store, 2)
        real = w.render_pdf
        big = b"%PDF-1.4\n" + b"0" * 1_150_000  # 1.15 MB: over Medplum's 1 MiB base64Binary limit

        def render(draft, note_id, **kw):
            return big if note_id == ids[0] else real(draft, note_id=note_id, **kw)

        monkeypatch.setattr(w, "render_pdf", render)
        rep = run_sync(store, settings_for(tmp_path, mp))
        assert (rep.sent, rep.dead, rep.exit_code) == (1, 1, 1)
        why = rep.dead_messages[0]
        assert "document (transaction 3 of 3)" in why and "1048576" in why, why
        # the patient and the clinical resources are there, the document is not (atomic: nothing of its
        # transaction; entry by entry: the Composition of it): reported as partly written, never sent
        assert rep.partial == 1 and "partly written and not marked sent" in why
        st = mp.stats()["counts"]
        assert st["DocumentReference"] == 1 and st["Composition"] == (1 if strict else 2)
        assert mp.stats()["rolledBack"] == (1 if strict else 0)  # the refused transaction left nothing
        monkeypatch.setattr(w, "render_pdf", real)
        assert retry_failed(store) == 1
        rep = run_sync(store, settings_for(tmp_path, mp))
        assert (rep.sent, rep.dead) == (1, 0)
        st = mp.stats()["counts"]
        assert st["DocumentReference"] == 2 and st["Composition"] == 2 and st["Observation"] == 8
        store.close()


def test_chartside_sync_through_faults_into_strict_medplum(tmp_path):
    home = tmp_path / "home"
    store = open_store(home)
    ids = fill(store, 6)
    store.close()
    with MedplumServer(strict=True) as mp, FaultProxy(mp.port, rate=0.3, seed=5, slow_s=1.5) as proxy:
        env = chartside_env(home)
        env.update(
            {
                "CHARTSIDE_SYNC_URL": proxy.base,
                "CHARTSIDE_SYNC_TOKEN_URL": mp.token_url,
                "CHARTSIDE_SYNC_CLIENT_ID": "chartside-laptop",
                "CHARTSIDE_SYNC_CLIENT_SECRET": "s3cret-for-tests",
                "CHARTSIDE_SYNC_BACKOFF_S": "0",
                "CHARTSIDE_SYNC_TIMEOUT_S": "1",
                "CHARTSIDE_SYNC_BREAKER": "50",
            }
        )
        reports = []
        for _ in range(12):
            proc = subprocess.run(
                [sys.executable, "-m", "engine", "sync", "--json"], env=env, capture_output=True, text=True, timeout=300
            )
            assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
            reports.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            if reports[-1]["exit_code"] == 0 and reports[-1]["not_due"] == 0:
                break
        assert reports[-1]["exit_code"] == 0 and sum(r["sent"] for r in reports) == 6
        assert sum(proxy.httpd.injected.values()) >= 3
        st = mp.stats()
        assert st["issues"] == []
        assert st["counts"]["Composition"] == 6 and st["counts"]["Patient"] == 6
        assert st["counts"]["DocumentReference"] == 6 and st["counts"]["Observation"] == 24
        assert sorted(mp.identifiers("Composition")) == sorted(ids)
        print("\nchartside sync --json, last run:", json.dumps(reports[-1]))


@pytest.mark.slow
def test_thousand_notes_into_strict_medplum_through_faults_and_restarts(tmp_path):
    from test_sync import soak

    with MedplumServer(strict=True) as mp:
        ids = soak(tmp_path / "home", mp.port, mp.token_url)
        st = mp.stats()
        print(f"medplum: {st['transactions']} transactions, {st['rolledBack']} rolled back, counts {st['counts']}")
        assert st["issues"] == []
        assert st["counts"] | {} == {
            "Patient": 50,
            "Practitioner": 1,
            "Encounter": 1000,
            "Composition": 1000,
            "DocumentReference": 1000,
            "Observation": 4000,
            "Condition": 2000,
            "MedicationStatement": 4000,
            "AllergyIntolerance": 1000,
        }
        assert sorted(mp.identifiers("Composition")) == sorted(ids)  # every note, none twice
        for kind in ("Encounter", "Observation", "Condition", "DocumentReference"):
            idents = mp.identifiers(kind)
            assert len(idents) == len(set(idents)), kind
