"""Migration 0011 (issue 17): existing rows get the deployment's default municipality, or their person's."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from inburgering.platform.migrate import alembic_config, upgrade

NOW = "2026-11-20 10:00:00"


def _rows_at_0010(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as db:
        run = lambda sql, **values: db.execute(sa.text(sql), values)  # noqa: E731
        run("INSERT INTO gemeente (id, slug, name) VALUES (1, 'deventer', 'Deventer')")
        run("INSERT INTO inburgeraar (id, gemeente_id, name, doelgroep, preferred_language) "
            "VALUES (1, 1, 'Iemand', 'statushouder', 'nl')")
        for chat_id, person in ((1, 1), (2, None)):
            run("INSERT INTO chat (id, telegram_chat_id, pseudonym, language_fixed, created_at, inburgeraar_id) "
                "VALUES (:id, :id, :p, false, :now, :person)", id=chat_id, p=f"p{chat_id}", now=NOW, person=person)
            run("INSERT INTO escalation (id, chat_id, inburgeraar_id, reason, language, status, created_at, due_at) "
                "VALUES (:id, :id, :person, 'request_regisseur', 'nl', 'nieuw', :now, :now)",
                id=chat_id, person=person, now=NOW)
        run("INSERT INTO regisseur (id, gemeente_id, name) VALUES (1, 1, 'Regisseur')")
        run("INSERT INTO web_user (username, password_hash, role, failed_logins, created_at, regisseur_id) "
            "VALUES ('beheer', 'x', 'beheerder', 0, :now, NULL), ('sanne', 'x', 'regisseur', 0, :now, 1)", now=NOW)
        run("INSERT INTO feedback_item (reviewer, kind, language, created_at) "
            "VALUES ('r', 'free', 'nl', :now)", now=NOW)
        run("INSERT INTO recommendation (text, created_at) VALUES ('advies', :now)", now=NOW)
        run("INSERT INTO question_tally (week, language, count) VALUES ('2026-W47', 'nl', 5), ('2026-W47', 'ar', 2)")
    engine.dispose()


def _values(url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(url)
    with engine.connect() as db:
        rows = [tuple(row) for row in db.execute(sa.text(sql))]
    engine.dispose()
    return rows


def test_existing_rows_get_the_default_or_their_persons_municipality(
    database_url: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    command.downgrade(alembic_config(database_url), "0010")
    _rows_at_0010(database_url)
    monkeypatch.setenv("GEMEENTE", "steenwijkerland")
    upgrade(database_url, "0011")
    assert _values(database_url, "SELECT id, gemeente FROM escalation ORDER BY id") == [
        (1, "deventer"), (2, "steenwijkerland")]
    assert _values(database_url, "SELECT username, gemeente FROM web_user ORDER BY username") == [
        ("beheer", "steenwijkerland"), ("sanne", "deventer")]
    assert _values(database_url, "SELECT gemeente FROM feedback_item") == [("steenwijkerland",)]
    assert _values(database_url, "SELECT gemeente FROM recommendation") == [("steenwijkerland",)]
    assert _values(database_url, "SELECT gemeente, week, language, count FROM question_tally ORDER BY count") == [
        ("steenwijkerland", "2026-W47", "ar", 2), ("steenwijkerland", "2026-W47", "nl", 5)]
    # Chats stay unset: an unlinked chat is told once which municipality answers it.
    assert _values(database_url, "SELECT gemeente FROM chat") == [(None,), (None,)]

    command.downgrade(alembic_config(database_url), "0010")
    assert _values(database_url, "SELECT week, language, count FROM question_tally ORDER BY count") == [
        ("2026-W47", "ar", 2), ("2026-W47", "nl", 5)]
