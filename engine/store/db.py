"""Open the encrypted store (SQLCipher through SQLAlchemy), migrate it, and hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, create_engine

from engine.errors import StoreError, StoreLockedError
from engine.logs import get_logger

log = get_logger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def _engine(path: Path, key: bytes | None) -> Engine:
    # The raw-key form x'..' skips SQLCipher's own KDF: our key is already 256 random or scrypt bits.
    # key=None opens plain SQLite: only the store benchmark uses it, as the unencrypted baseline.
    if key is None:
        url = URL.create("sqlite", database=str(path))
    else:
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    eng = create_engine(url, connect_args={"timeout": 15, "check_same_thread": False})

    @event.listens_for(eng, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 15000")
        # FULL: a committed note survives power loss, not only a crash of the process.
        cur.execute("PRAGMA synchronous = FULL")
        # 32 MB page cache: SQLCipher decrypts every page it reads, so keeping the search index hot matters.
        cur.execute("PRAGMA cache_size = -32000")
        cur.close()

    return eng


class Store:
    """The encrypted database of one laptop user."""

    def __init__(self, path: Path, key: bytes | None):
        self.path = Path(path)
        new = not self.path.exists()
        self.engine = _engine(self.path, key)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        except DatabaseError as exc:
            self.engine.dispose()
            if "not a database" in str(exc.orig) or "encrypt" in str(exc.orig):
                raise StoreLockedError(
                    "The store could not be unlocked: the passphrase or key is wrong; try again, or ask IT "
                    "to recover the store from backup."
                ) from exc
            raise StoreError(
                f"The store at {self.path} cannot be opened ({type(exc.orig).__name__}); check the disk and try again."
            ) from exc
        if new:
            self.path.chmod(0o600)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the latest revision (Alembic), at every start-up."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @property
    def audio_dir(self) -> Path:
        """Encrypted recordings live beside the database."""
        d = self.path.with_name("audio")
        d.mkdir(mode=0o700, exist_ok=True)
        return d

    def sweep_orphans(self) -> int:
        """Delete encrypted recordings no row refers to (a save killed between encrypting the audio and
        committing) and half-written temp files. Their keys were never committed, so they are unreadable
        anyway; this only reclaims the space. Returns how many files were removed."""
        with self.engine.connect() as conn:
            known = {
                r[0] for r in conn.exec_driver_sql("SELECT vault_file FROM recording WHERE vault_file IS NOT NULL")
            }
        removed = 0
        for f in self.audio_dir.iterdir():
            if f.name.startswith(".") or (f.suffix == ".csa" and f.name not in known):
                f.unlink(missing_ok=True)
                removed += 1
        return removed

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose changes are committed together or not at all."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except Exception:
                s.rollback()
                raise

    def reopen(self, key: bytes) -> None:
        """Use a new key for all further connections (after PRAGMA rekey) and restore WAL mode."""
        self.engine.dispose()
        self.engine = _engine(self.path, key)
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")

    def close(self) -> None:
        self.engine.dispose()
