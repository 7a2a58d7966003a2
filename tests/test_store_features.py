"""Store features on a real SQLCipher file: encrypted audio, signing, amendments, search, retention,
crash safety (kill -9 mid-write) and schema upgrades with data."""

import hashlib
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from conftest import first_schema_store, make_result
from sqlalchemy.exc import IntegrityError

from engine.draft import templates
from engine.errors import StoreError
from engine.store import audit, notes
from engine.store.audio_vault import decrypt_chunks
from engine.store.db import Store
from engine.store.keys import database_key
from engine.store.tables import Note, Recording, now
from engine.store.visits import save_result

PHRASE = "a long passphrase"


def open_store(path):
    return Store(path, database_key(path, PHRASE, use_keyring=False))


def recording():
    return Recording(
        visit_id="",
        source_name="x.wav",
        sha256="0" * 64,
        duration_s=90,
        sample_rate=16000,
        channels=1,
        codec="pcm_s16le",
    )


@pytest.fixture
def store(tmp_path):
    st = open_store(tmp_path / "s.db")
    yield st
    st.close()


def test_audio_is_encrypted_at_rest_and_decrypts_exactly(store, htn_wav):
    r = make_result()
    save_result(store, r, recording(), "dr", "MRN-1", audio=htn_wav)
    files = list(store.audio_dir.iterdir())
    assert len(files) == 1
    blob = files[0].read_bytes()
    assert blob[:4] == b"CSA1"
    # container signatures long enough not to occur by chance in 3 MB of ciphertext
    for signature in (b"WAVEfmt ", b"ID3\x03\x00", b"ID3\x04\x00", b"OggS\x00", b"fLaC\x00\x00"):
        assert signature not in blob
    plain = htn_wav.read_bytes()
    assert plain[1000:1064] not in blob  # no stretch of PCM survives
    with store.session() as s:
        rec = s.exec(__import__("sqlmodel").select(Recording)).one()
    assert hashlib.sha256(b"".join(decrypt_chunks(files[0], rec.file_key))).digest() == hashlib.sha256(plain).digest()
    tampered = bytearray(blob)
    tampered[len(blob) // 2] ^= 1
    files[0].write_bytes(bytes(tampered))
    with pytest.raises(StoreError, match="altered or truncated"):
        b"".join(decrypt_chunks(files[0], rec.file_key))
    files[0].write_bytes(blob[: len(blob) - 5000])  # truncation is detected too
    with pytest.raises(StoreError, match="altered or truncated"):
        b"".join(decrypt_chunks(files[0], rec.file_key))


def test_template_text_is_kept_once_per_version(store):
    from engine.store.tables import TemplateRecord

    save_result(store, make_result(), None, "dr")
    save_result(store, make_result(), None, "dr")
    with store.session() as s:
        rows = s.exec(__import__("sqlmodel").select(TemplateRecord)).all()
    assert len(rows) == 1 and rows[0].version == templates.load("soap").version


def test_failed_save_leaves_no_audio_behind(store, htn_wav):
    r = make_result()
    save_result(store, r, recording(), "dr", audio=htn_wav)
    with pytest.raises(IntegrityError):
        save_result(store, r, recording(), "dr", audio=htn_wav)  # same visit id: the transaction fails
    assert len(list(store.audio_dir.iterdir())) == 1


def test_sign_freezes_the_note_and_amendments_append(store):
    r = make_result()
    save_result(store, r, None, "dr")
    with pytest.raises(StoreError, match="not a signed note"):
        notes.amend(store, r.note_id, "x", "y", "dr")
    n = notes.sign(store, r.note_id, "Dr Osei")
    assert n.content_hash == hashlib.sha256(n.text.encode()).hexdigest()
    with pytest.raises(StoreError, match="already signed"):
        notes.sign(store, r.note_id, "Dr Osei")
    with pytest.raises(IntegrityError, match="immutable"), store.session() as s:
        note = s.get(Note, r.note_id)
        note.text = "edited after signing"
        s.add(note)
    a = notes.amend(store, r.note_id, "Lisinopril dose confirmed as 10 mg.", "confirm re-heard drug", "Dr Osei")
    assert a.content_hash
    with store.session() as s:  # the signed note and its amendment are queued for sync, once each
        from engine.store.tables import OutboxEntry

        queued = s.exec(__import__("sqlmodel").select(OutboxEntry)).all()
        assert [(q.note_id, q.amendment_id) for q in queued] == [(r.note_id, None), (r.note_id, a.id)]
    with store.session() as s:
        assert s.get(Note, r.note_id).text == n.text
        ok, msg = audit.verify_chain(s)
    assert ok, msg
    with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as c:
        c.exec_driver_sql("UPDATE amendment SET text='x'")


def test_search_with_filters(store):
    a, b = make_result("htn-followup"), make_result("asthma-child")
    save_result(store, a, None, "dr", "MRN-A")
    save_result(store, b, None, "dr", "MRN-B")
    notes.sign(store, a.note_id, "dr")
    notes.tag(store, b.visit_id, "Asthma-Review", "dr")
    assert {h.visit_id for h in notes.search(store, "lisinopril")} == {a.visit_id}
    assert {h.visit_id for h in notes.search(store, "prednisol")} == {b.visit_id}  # prefix match
    assert {h.visit_id for h in notes.search(store, "", patient="MRN-B")} == {b.visit_id}
    assert {h.visit_id for h in notes.search(store, "", status="signed")} == {a.visit_id}
    assert {h.visit_id for h in notes.search(store, "", tag_="asthma-review")} == {b.visit_id}
    assert notes.search(store, "", since=now() + timedelta(days=1)) == []
    assert isinstance(notes.search(store, 'wheez" OR 1=1 -- NEAR('), list)  # input is only ever search terms
    assert "[" in notes.search(store, "penicillin")[0].snippet


def test_retention_deletes_audio_after_signing_and_is_audited(store, htn_wav):
    r = make_result()
    save_result(store, r, recording(), "dr", audio=htn_wav)
    assert notes.purge_audio(store, 0, "it") == 0  # not signed: audio kept
    notes.sign(store, r.note_id, "dr")
    assert notes.purge_audio(store, 30, "it") == 0  # signed today, 30-day retention: kept
    assert notes.purge_audio(store, 30, "it", at=now() + timedelta(days=31)) == 1
    assert list(store.audio_dir.iterdir()) == []
    with store.session() as s:
        rec = s.exec(__import__("sqlmodel").select(Recording)).one()
        assert rec.deleted_at and rec.file_key is None
        actions = [e.action for e in s.exec(__import__("sqlmodel").select(audit.AuditEvent))]
    assert "delete_audio" in actions


WRITER = """
import sys
from engine.store.db import Store
from engine.store.keys import database_key
from engine.store.tables import Patient
path = sys.argv[1]
st = Store(path, database_key(__import__('pathlib').Path(path), {phrase!r}, use_keyring=False))
i = 0
while True:
    with st.session() as s:
        for j in range(20):
            s.add(Patient(identifier=f"MRN-{{i}}-{{j}}", name="x" * 200))
    i += 1
    print(i, flush=True)
"""


@pytest.mark.slow
def test_kill_minus_nine_mid_write_keeps_every_committed_batch(tmp_path):
    db = tmp_path / "k.db"
    open_store(db).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(phrase=PHRASE), str(db)], stdout=subprocess.PIPE, text=True
    )
    committed = 0
    deadline = time.time() + 60
    while committed < 40 and time.time() < deadline:
        committed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    st = open_store(db)
    with st.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        rows = c.exec_driver_sql("SELECT count(*) FROM patient").scalar()
    st.close()
    assert rows >= committed * 20 and rows % 20 == 0  # every batch all-or-nothing


def test_upgrade_from_the_first_schema_keeps_data(tmp_path):
    from engine.store.db import MIGRATIONS

    db = tmp_path / "old.db"
    key = first_schema_store(db, PHRASE)
    st = Store(db, key)  # upgrades to head at start-up
    from alembic.script import ScriptDirectory

    assert st.schema_revision() == ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert [h.visit_id for h in notes.search(st, "metformin")] == ["v1"]  # old rows were indexed
    st.close()


def test_rekey_with_a_new_passphrase(tmp_path):
    from engine.errors import StoreLockedError
    from engine.store.rekey import rekey

    db = tmp_path / "r.db"
    st = open_store(db)
    save_result(st, make_result(), None, "dr")
    assert rekey(st, "a brand new passphrase", use_keyring=False) == "passphrase"
    assert notes.search(st, "lisinopril")  # the open store keeps working on the new key
    st.close()
    with pytest.raises(StoreLockedError):
        open_store(db)
    st = Store(db, database_key(db, "a brand new passphrase", use_keyring=False))
    assert notes.search(st, "lisinopril")
    st.close()


def test_interrupted_rekey_is_finished_at_next_unlock(tmp_path, monkeypatch):
    """Die after the database changed key but before the key info was promoted: nothing is lost."""
    from engine.config import Settings
    from engine.services import Services
    from engine.store import rekey as rk
    from engine.store.keys import read_keyinfo

    db = tmp_path / "data" / "chartside.db"
    db.parent.mkdir(parents=True)
    st = open_store(db)
    r = make_result()
    save_result(st, r, None, "dr")

    def crash(*_a, **_k):
        raise KeyboardInterrupt  # stands in for a kill between the two steps

    monkeypatch.setattr(
        rk, "write_keyinfo", lambda path, info: rk.__dict__["_real_write"](path, info) if info.pending_salt else crash()
    )
    rk.__dict__["_real_write"] = __import__("engine.store.keys", fromlist=["x"]).write_keyinfo
    with pytest.raises(KeyboardInterrupt):
        rk.rekey(st, "the next passphrase", use_keyring=False)
    st.close()
    monkeypatch.undo()
    assert read_keyinfo(db).pending_salt
    svc = Services(settings=Settings(home=tmp_path, passphrase="the next passphrase", keyring=False), use_llm=False)
    assert svc.load_note(r.note_id).note_id == r.note_id
    svc.close()
    assert not read_keyinfo(db).pending_salt


def test_backup_and_restore(tmp_path, htn_wav):
    from engine.errors import StoreLockedError
    from engine.store.rekey import backup, restore

    db = tmp_path / "a" / "chartside.db"
    db.parent.mkdir()
    key = database_key(db, PHRASE, use_keyring=False)
    st = Store(db, key)
    r = make_result()
    save_result(st, r, recording(), "dr", "MRN-1", audio=htn_wav)
    out = backup(st, key, tmp_path / "bk", "backup passphrase")
    st.close()
    assert (out / "backup.json").exists() and list((out / "audio").iterdir())
    with pytest.raises(StoreLockedError, match="backup passphrase is wrong"):
        restore(out, "not it at all", tmp_path / "b" / "chartside.db", b"\0" * 32)
    target = tmp_path / "b" / "chartside.db"
    new_key = database_key(target, "another laptop's passphrase", use_keyring=False)
    restored = restore(out, "backup passphrase", target, new_key)
    assert [h.visit_id for h in notes.search(restored, "lisinopril")] == [r.visit_id]
    assert len(list(restored.audio_dir.iterdir())) == 1
    restored.close()
    Store(target, new_key).close()  # opens with the restoring machine's key
    damaged = out / "audio" / next((out / "audio").iterdir()).name
    damaged.write_bytes(damaged.read_bytes()[:-10])
    with pytest.raises(StoreError, match="missing or damaged"):
        restore(out, "backup passphrase", tmp_path / "c" / "chartside.db", new_key)


@pytest.mark.slow
def test_store_benchmark_runs_and_reports_ratios():
    from conftest import SHARED

    from engine.bench.store import run

    report = run(SHARED / "data" / "aci-bench", visits=300, rounds=1)
    text = report.markdown()
    assert "insert time ratio encrypted/plain" in text and "search p95" in text
    for r in report.results.values():
        assert r["insert_per_s"] > 0 and r["search_p95_ms"] > 0  # numbers, not wall-clock limits
