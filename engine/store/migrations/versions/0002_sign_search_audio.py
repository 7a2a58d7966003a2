"""amendments, tags, full-text search, encrypted audio columns

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "amendment",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("note_id", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_amendment_note_id", "amendment", ["note_id"])
    op.create_table(
        "visit_tag",
        sa.Column("visit_id", sa.String(), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.PrimaryKeyConstraint("visit_id", "tag"),
    )
    op.create_index("ix_visit_tag_tag", "visit_tag", ["tag"])
    with op.batch_alter_table("recording") as b:
        b.add_column(sa.Column("vault_file", sa.String(), nullable=True))
        b.add_column(sa.Column("file_key", sa.String(), nullable=True))
        b.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
    # One full-text index over transcripts, notes and amendments, inside the encrypted database.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(body, visit_id UNINDEXED, kind UNINDEXED, "
        "tokenize='porter unicode61')"
    )
    op.execute("INSERT INTO search_index (body, visit_id, kind) SELECT text, visit_id, 'transcript' FROM transcript")
    op.execute("INSERT INTO search_index (body, visit_id, kind) SELECT text, visit_id, 'note' FROM note")
    for sql in (
        "CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment "
        "BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END",
        "CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment "
        "BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END",
    ):
        op.execute(sql)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS amendment_no_update")
    op.execute("DROP TRIGGER IF EXISTS amendment_no_delete")
    op.execute("DROP TABLE IF EXISTS search_index")
    with op.batch_alter_table("recording") as b:
        b.drop_column("deleted_at")
        b.drop_column("file_key")
        b.drop_column("vault_file")
    op.drop_table("visit_tag")
    op.drop_table("amendment")
