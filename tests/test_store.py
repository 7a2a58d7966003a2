"""The encrypted store on a real SQLCipher file: unreadable without the key, clear errors, audit chain."""

import sqlite3

import pytest
from sqlmodel import select

from engine.errors import StoreLockedError
from engine.store import audit
from engine.store.db import Store
from engine.store.keys import database_key, keyinfo_path
from engine.store.tables import AuditEvent, Patient


def open_store(path, phrase="a long passphrase"):
    return Store(path, database_key(path, phrase, use_keyring=False))


def test_plain_sqlite_cannot_read_it(tmp_path):
    db = tmp_path / "s.db"
    st = open_store(db)
    with st.session() as s:
        s.add(Patient(identifier="MRN-123", name="Ada Lovelace"))
    st.close()
    raw = db.read_bytes()
    assert b"SQLite format 3" not in raw[:16]
    assert b"Lovelace" not in raw and b"MRN-123" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_is_one_clear_sentence(tmp_path):
    db = tmp_path / "s.db"
    open_store(db).close()
    with pytest.raises(StoreLockedError, match="passphrase or key is wrong"):
        open_store(db, "not the passphrase")


def test_right_key_reads_everything_back(tmp_path):
    db = tmp_path / "s.db"
    st = open_store(db)
    with st.session() as s:
        s.add(Patient(identifier="MRN-9", name="Grace Hopper"))
    st.close()
    st = open_store(db)
    with st.session() as s:
        assert s.exec(select(Patient)).one().name == "Grace Hopper"
    assert st.schema_revision()
    st.close()


def test_missing_keyinfo_is_refused(tmp_path):
    db = tmp_path / "s.db"
    open_store(db).close()
    keyinfo_path(db).unlink()
    with pytest.raises(StoreLockedError, match="key information"):
        open_store(db)


def test_no_keyring_no_passphrase_no_terminal(tmp_path, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(StoreLockedError, match="CHARTSIDE_PASSPHRASE"):
        database_key(tmp_path / "s.db", None, use_keyring=False)


def _chain(tmp_path, n=5):
    st = open_store(tmp_path / "a.db")
    with st.session() as s:
        for i in range(n):
            audit.append(s, "dr-x", "view", "note", f"n{i}")
    return st


def test_audit_chain_intact(tmp_path):
    st = _chain(tmp_path)
    with st.session() as s:
        ok, msg = audit.verify_chain(s)
    assert ok, msg


@pytest.mark.parametrize("tamper", ["edit", "delete", "swap"])
def test_audit_tampering_is_detected(tmp_path, tamper):
    st = _chain(tmp_path)
    with st.engine.begin() as c:
        # an attacker with the key and raw SQL access can drop the append-only triggers first
        c.exec_driver_sql("DROP TRIGGER audit_no_update")
        c.exec_driver_sql("DROP TRIGGER audit_no_delete")
        if tamper == "edit":
            c.exec_driver_sql("UPDATE audit_event SET action='sign' WHERE seq=3")
        elif tamper == "delete":
            c.exec_driver_sql("DELETE FROM audit_event WHERE seq=3")
        else:
            c.exec_driver_sql("UPDATE audit_event SET seq=100 WHERE seq=2")
            c.exec_driver_sql("UPDATE audit_event SET seq=2 WHERE seq=3")
            c.exec_driver_sql("UPDATE audit_event SET seq=3 WHERE seq=100")
    with st.session() as s:
        ok, msg = audit.verify_chain(s)
        assert not ok
        assert "3" in msg or "2" in msg
        assert s.exec(select(AuditEvent)).all()


def test_audit_rows_cannot_be_changed_through_the_store(tmp_path):
    from sqlalchemy.exc import IntegrityError

    st = _chain(tmp_path)
    for sql in ("UPDATE audit_event SET action='x' WHERE seq=1", "DELETE FROM audit_event WHERE seq=1"):
        with pytest.raises(IntegrityError, match="append-only"), st.engine.begin() as c:
            c.exec_driver_sql(sql)


def test_signed_note_is_immutable_in_the_database(tmp_path):
    from sqlalchemy.exc import IntegrityError

    from engine.store.tables import DraftRecord, Note, Visit, now

    st = open_store(tmp_path / "n.db")
    with st.session() as s:
        v = Visit()
        s.add(v)
        s.flush()
        d = DraftRecord(visit_id=v.id, template="soap", draft_json="{}")
        s.add(d)
        s.flush()
        s.add(
            Note(
                id="n1",
                visit_id=v.id,
                draft_id=d.id,
                text="Plan: start lisinopril.",
                signed_by="dr",
                signed_at=now(),
                content_hash="abc",
            )
        )
    for sql in ("UPDATE note SET text='changed' WHERE id='n1'", "DELETE FROM note WHERE id='n1'"):
        with pytest.raises(IntegrityError, match="signed notes"), st.engine.begin() as c:
            c.exec_driver_sql(sql)
