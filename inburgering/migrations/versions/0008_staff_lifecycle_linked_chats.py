"""staff accounts can be disabled, reset and forced to change their password; linked chats show when

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

Issue 13. Written by hand; only nullable or server-defaulted columns are added, through
batch_alter_table so they also work on SQLite.

Link codes: from this revision on a code is stored as an HMAC (keyed with the pseudonym key)
instead of a plain SHA-256. Nothing is rewritten here, because a plain code cannot be recovered
from its hash: codes issued before stay valid until they expire (``inburgering.people.linking``
still finds them by their old hash), and every new code gets the keyed hash (only the public demo
code keeps the plain one).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("web_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disabled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("password_expires_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.add_column(sa.Column("linked_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.drop_column("last_seen_at")
        batch_op.drop_column("linked_at")

    with op.batch_alter_table("web_user", schema=None) as batch_op:
        batch_op.drop_column("password_expires_at")
        batch_op.drop_column("must_change_password")
        batch_op.drop_column("disabled_at")
