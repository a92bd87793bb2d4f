"""Issue 17: which municipality a chat belongs to, and adding one from the command line."""

from __future__ import annotations

import argparse
import io
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inburgering import cli
from inburgering.models import Appointment, Chat, Doelgroep, Gemeente, Inburgeraar, QuestionTally
from inburgering.people.gemeente import (
    chat_gemeente,
    deployment_gemeenten,
    from_deep_link,
    person_gemeente,
    remember_person_gemeente,
)
from inburgering.people.profiles import PROFILES_DIR, load_profile_file
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.review.feedback import count_question
from tests import factories


def test_a_linked_person_wins_then_the_chats_choice_then_the_default(session: Session) -> None:
    unlinked = Chat(telegram_chat_id=1, pseudonym="a")
    chose = Chat(telegram_chat_id=2, pseudonym="b", gemeente="deventer")
    linked = factories.chat(session, factories.person(session, None), pseudonym="c")  # a Zwolle person
    linked.gemeente = "steenwijkerland"
    assert chat_gemeente(session, unlinked, "steenwijkerland") == "steenwijkerland"
    assert chat_gemeente(session, chose, "zwolle") == "deventer"
    assert chat_gemeente(session, linked, "deventer") == "zwolle"


def test_the_deployment_serves_gemeente_and_gemeenten_with_a_profile(settings: Settings) -> None:
    assert list(deployment_gemeenten(settings)) == ["zwolle"]
    regional = settings.model_copy(update={"gemeenten": "deventer, steenwijkerland,atlantis,zwolle"})
    assert regional.served_gemeenten == ("zwolle", "deventer", "steenwijkerland", "atlantis")
    assert list(deployment_gemeenten(regional)) == ["deventer", "steenwijkerland", "zwolle"]  # by name, no atlantis


@pytest.mark.parametrize(("argument", "slug"), [
    ("g_deventer", "deventer"), ("g_steenwijkerland", "steenwijkerland"), ("g_atlantis", None),
    ("g_zwolle/../deventer", None), ("DEMO2026", None), ("g_", None), ("gdeventer", None),
])
def test_a_deep_link_names_only_a_served_municipality(argument: str, slug: str | None) -> None:
    assert from_deep_link(argument, ("zwolle", "deventer", "steenwijkerland")) == slug
    assert from_deep_link(argument, ("zwolle",)) is None or argument == "g_zwolle"


def test_questions_are_counted_per_municipality(session: Session) -> None:
    for gemeente in ("deventer", "deventer", "zwolle"):
        count_question(session, "nl", chat=Chat(telegram_chat_id=9, pseudonym="q", gemeente=gemeente))
    session.flush()
    counts = {row.gemeente: row.count for row in session.scalars(select(QuestionTally))}
    assert counts == {"deventer": 2, "zwolle": 1}


def test_two_instances_counting_at_once_lose_no_count(sessions: sessionmaker[Session]) -> None:
    """Two bot instances count questions at the same moment (PostgreSQL: each its own connection):
    no count is lost, and no turn fails on the week's new row."""
    errors: list[BaseException] = []

    def count(times: int) -> None:
        try:
            for _ in range(times):
                with sessions.begin() as session:
                    count_question(session, "ar", chat=Chat(telegram_chat_id=9, pseudonym="q", gemeente="deventer"))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=count, args=(40,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with sessions() as session:
        assert [row.count for row in session.scalars(select(QuestionTally))] == [120]


@pytest.fixture
def profiles(tmp_path: Path) -> Path:
    directory = tmp_path / "gemeenten"
    shutil.copytree(PROFILES_DIR, directory)
    return directory


def _gemeente(settings: Settings, directory: Path, *words: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    cli.add_commands(parser.add_subparsers(dest="command"))
    out = io.StringIO()
    status = cli.gemeente_command(settings, parser.parse_args(["gemeente", *words]), out=out, directory=directory)
    return status, out.getvalue()


def test_adding_a_municipality_is_a_profile_file_and_a_row_no_code(settings: Settings, profiles: Path) -> None:
    status, printed = _gemeente(settings, profiles, "add", "kampen", "--name", "Kampen", "--phone", "14 038",
                                "--pvt-hours", "14", "--based-on", "deventer")
    assert status == 0
    profile = load_profile_file(profiles / "kampen.yml")
    assert (profile.slug, profile.name, profile.pvt.hours, profile.contact.phone) == ("kampen", "Kampen", 14, "14 038")
    assert profile.map == load_profile_file(profiles / "deventer.yml").map  # the rest copied from the base
    assert "GEMEENTEN=kampen" in printed and "/start g_kampen" in printed
    with session_scope(session_factory(settings.database_url)) as session:
        assert session.scalar(select(Gemeente.name).where(Gemeente.slug == "kampen")) == "Kampen"


@pytest.mark.parametrize("words", [
    ["add", "zwolle", "--name", "Zwolle"],  # exists
    ["add", "kampen", "--name", "Kampen", "--pvt-hours", "8"],  # under the legal minimum of 12
    ["add", "Kampen!", "--name", "Kampen"],  # not a slug
    ["add", "../kampen", "--name", "Kampen"],  # nor a path
    ["add", "kampen", "--name", "Kampen", "--based-on", "atlantis"],
])
def test_a_wrong_municipality_is_refused_and_leaves_no_file(settings: Settings, profiles: Path, words) -> None:
    before = sorted(path.name for path in profiles.iterdir())
    assert _gemeente(settings, profiles, *words)[0] == 1
    assert sorted(path.name for path in profiles.iterdir()) == before


def test_check_reports_a_served_municipality_without_a_profile(settings: Settings, profiles: Path) -> None:
    assert _gemeente(settings, profiles, "check")[0] == 0
    regional = settings.model_copy(update={"gemeenten": "deventer,kampen"})
    assert _gemeente(regional, profiles, "check")[0] == 1
    (profiles / "deventer.yml").write_text("slug: deventer\nname: Deventer\n")
    assert _gemeente(settings, profiles, "check")[0] == 1


def test_list_shows_every_profile_whether_served_and_its_poster_link(settings: Settings, profiles: Path) -> None:
    regional = settings.model_copy(update={"gemeenten": "steenwijkerland", "telegram_bot_username": "regio_bot"})
    status, printed = _gemeente(regional, profiles, "list")
    lines = {line.split()[0]: line for line in printed.splitlines()}
    assert status == 0 and set(lines) == {"deventer", "steenwijkerland", "zwolle"}
    assert "NOT served" in lines["deventer"] and "default" in lines["zwolle"]
    assert "PVT 16 h" in lines["steenwijkerland"] and "https://t.me/regio_bot?start=g_steenwijkerland" in printed


def test_an_import_for_one_municipality_refuses_another_municipalitys_people(
    settings: Settings, tmp_path: Path, capsys,
) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        zwolle_person = factories.person(session, None, "Iemand Zwolle", "nl").id
        other = Inburgeraar(gemeente_id=factories.gemeente(session, "deventer").id, name="Iemand Deventer",
                            doelgroep=Doelgroep.statushouder, preferred_language="nl")
        session.add(other)
        session.flush()
        deventer_person = other.id
    export = tmp_path / "deventer.csv"
    export.write_text("external_id,inburgeraar_id,kind,starts_at\n"
                      f"D-1,{deventer_person},pvt,2026-12-01 10:00\nD-2,{zwolle_person},pvt,2026-12-02 10:00\n")
    assert cli.import_schedule(settings, export, gemeente="deventer") == 1
    assert f"line 3: no inburgeraar with id {zwolle_person}" in capsys.readouterr().err
    assert cli.import_schedule(settings, export, gemeente="zwolle") == 1  # now line 2 is the stranger
    assert cli.import_schedule(settings, export) == 0  # the whole deployment's import, as before
    with session_scope(session_factory(settings.database_url)) as session:
        assert sorted(session.scalars(select(Appointment.external_id))) == ["D-1", "D-2"]


def test_a_municipality_read_with_the_chat_is_not_asked_again_in_that_session(session: Session) -> None:
    person = factories.person(session, None)  # a Zwolle person
    linked = factories.chat(session, person)
    other = factories.person(session, None, name="Other Person")
    remember_person_gemeente(session, person.id, "deventer")  # as read with the chat (a stand-in value)
    assert chat_gemeente(session, linked) == "deventer"
    assert person_gemeente(session, other.id) == "zwolle"  # not read with the chat: asked
    with Session(bind=session.connection()) as another:  # another session (turn) knows nothing of it
        assert person_gemeente(another, person.id) == "zwolle"
