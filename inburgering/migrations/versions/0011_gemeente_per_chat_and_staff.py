"""one deployment for a region: a municipality per chat, per staff account, per escalation and review item

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

Issue 17. Written by hand. Every new column holds a municipality's profile slug (``gemeenten/<slug>.yml``).
Existing rows get the deployment's default (the ``GEMEENTE`` variable, else the settings default),
except an escalation of a linked person, which gets that person's municipality, a regisseur's
login, which gets its regisseur's, and a chat, which stays empty: an unlinked chat is then told
once which municipality it gets answers for.
``question_tally`` gets the municipality in its unique key; it only holds counts, so it is
rebuilt with its rows copied.
"""
import os
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: Union[str, Sequence[str], None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The same default as inburgering.platform.settings.Settings.gemeente (read without creating the
# settings object, whose defaults write secrets to var/).
SETTINGS_DEFAULT = "zwolle"


def _default() -> str:
    return (os.environ.get("GEMEENTE") or "").strip() or SETTINGS_DEFAULT


def _slug_column(nullable: bool) -> sa.Column:
    return sa.Column("gemeente", sa.String(length=64), nullable=nullable)


def upgrade() -> None:
    default = _default()
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.add_column(_slug_column(True))

    with op.batch_alter_table("web_user", schema=None) as batch_op:
        batch_op.add_column(_slug_column(True))
        batch_op.create_index(batch_op.f("ix_web_user_gemeente"), ["gemeente"], unique=False)
    op.execute(sa.text(
        "UPDATE web_user SET gemeente = (SELECT gemeente.slug FROM regisseur JOIN gemeente "
        "ON gemeente.id = regisseur.gemeente_id WHERE regisseur.id = web_user.regisseur_id)"
    ))
    op.execute(sa.text("UPDATE web_user SET gemeente = :slug WHERE gemeente IS NULL").bindparams(slug=default))

    # Not null after the rows are filled: added nullable, filled, then tightened.
    for table in ("escalation", "feedback_item", "recommendation"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(_slug_column(True))
    op.execute(sa.text(
        "UPDATE escalation SET gemeente = (SELECT gemeente.slug FROM inburgeraar JOIN gemeente "
        "ON gemeente.id = inburgeraar.gemeente_id WHERE inburgeraar.id = escalation.inburgeraar_id)"
    ))
    for table in ("escalation", "feedback_item", "recommendation"):
        op.execute(sa.text(f"UPDATE {table} SET gemeente = :slug WHERE gemeente IS NULL").bindparams(slug=default))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("gemeente", existing_type=sa.String(length=64), nullable=False)
            batch_op.create_index(batch_op.f(f"ix_{table}_gemeente"), ["gemeente"], unique=False)

    tallies = op.get_bind().execute(sa.text("SELECT week, language, count FROM question_tally")).all()
    op.drop_table("question_tally")
    table = op.create_table(
        "question_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        _slug_column(False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("gemeente", "week", "language"),
    )
    if tallies:
        op.bulk_insert(table, [{"gemeente": default, "week": week, "language": language, "count": count}
                               for week, language, count in tallies])


def downgrade() -> None:
    rows = op.get_bind().execute(sa.text(
        "SELECT week, language, SUM(count) FROM question_tally GROUP BY week, language"
    )).all()
    op.drop_table("question_tally")
    table = op.create_table(
        "question_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("week", "language"),
    )
    if rows:
        op.bulk_insert(table, [{"week": week, "language": language, "count": int(count)}
                               for week, language, count in rows])
    for name in ("recommendation", "feedback_item", "escalation", "web_user"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_gemeente"))
            batch_op.drop_column("gemeente")
    with op.batch_alter_table("chat", schema=None) as batch_op:
        batch_op.drop_column("gemeente")
