"""Importing CSV and iCalendar exports: row-by-row validation, all or nothing, idempotent."""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inburgering.models import Appointment, AppointmentKind, AppointmentStatus, PipProgress
from inburgering.people.demo import seed
from inburgering.schedule.schedule_import import import_csv, import_file
from inburgering.text.i18n import TIMEZONE
from tests.personal_data import second_person

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def people(session: Session) -> tuple[int, int]:
    """Ids 1 and 2 in a fresh database, as the fixture files expect."""
    amal = seed(session, NOW)
    bilal = second_person(session, amal.gemeente_id)
    assert (amal.id, bilal.id) == (1, 2)
    # The demo's own appointments have no external id; only imported ones are counted below.
    return amal.id, bilal.id


def _imported(session: Session) -> list[Appointment]:
    return list(session.scalars(
        select(Appointment).where(Appointment.external_id.is_not(None)).order_by(Appointment.external_id)
    ))


def test_csv_appointments_are_imported_with_local_times(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "schedule.csv")
    assert report.ok, report.summary()
    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    first, second, third, fourth = _imported(session)
    assert first.external_id == "ZW-2026-0001"
    assert first.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=TIMEZONE)
    assert first.location == "Stadskantoor, Lübeckplein 2, Zwolle"
    assert (first.kind, first.interpreter_booked, first.status) == (
        AppointmentKind.voortgangsgesprek, True, AppointmentStatus.planned)
    assert second.kind is AppointmentKind.pvt_session and second.interpreter_booked is False
    assert third.kind is AppointmentKind.language_class and third.ends_at is None
    assert third.starts_at == datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)
    assert (fourth.inburgeraar_id, fourth.status) == (2, AppointmentStatus.cancelled)


def test_importing_the_same_file_again_changes_nothing(session: Session, people) -> None:
    import_file(session, FIXTURES / "schedule.csv")
    before = [(a.id, a.starts_at, a.location, a.status) for a in _imported(session)]
    again = import_file(session, FIXTURES / "schedule.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert [(a.id, a.starts_at, a.location, a.status) for a in _imported(session)] == before


def test_a_changed_row_updates_the_same_appointment(session: Session, people) -> None:
    import_file(session, FIXTURES / "schedule.csv")
    original_id = _imported(session)[0].id
    text = (FIXTURES / "schedule.csv").read_text().replace("2026-12-01 10:00,2026-12-01 11:00",
                                                           "2026-12-01 13:00,2026-12-01 14:00")
    report = import_csv(session, text)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    moved = _imported(session)[0]
    assert moved.id == original_id
    assert moved.starts_at == datetime(2026, 12, 1, 13, 0, tzinfo=TIMEZONE)


def test_a_file_with_errors_imports_nothing_and_names_every_line(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "schedule_errors.csv")
    assert not report.ok
    assert _imported(session) == []  # line 2 is valid, but nothing of the file is written
    by_line: dict[int, str] = {}
    for error in report.errors:
        by_line[error.line] = by_line.get(error.line, "") + error.message + "\n"
    assert set(by_line) == {3, 4, 5, 6}
    assert "kind 'koffie'" in by_line[3]
    assert "starts_at" in by_line[4]
    assert "no inburgeraar with id 99" in by_line[5]
    assert "external id 'ZW-2026-0101' is also on line 2" in by_line[6]
    assert "ends_at is not after starts_at" in by_line[6]
    assert "interpreter" in by_line[6]
    assert report.summary().startswith(f"{FIXTURES / 'schedule_errors.csv'}: nothing imported, ")


def test_every_problem_of_a_row_is_named_in_one_error(session: Session, people) -> None:
    text = ("external_id,inburgeraar_id,kind,starts_at,ends_at,interpreter\n"
            " ,1,pvt,2026-12-01 10:00,2026-12-01 09:00,misschien\n")
    report = import_csv(session, text)
    assert [str(error) for error in report.errors] == [
        "line 2: external_id is empty; interpreter: 'misschien' is not yes/no; ends_at is not after starts_at"]


def test_an_external_id_of_another_person_is_refused(session: Session, people) -> None:
    import_file(session, FIXTURES / "schedule.csv")
    text = "external_id,inburgeraar_id,kind,starts_at\nZW-2026-0004,1,other,2026-12-09 10:00\n"
    report = import_csv(session, text)
    assert [(e.line, "another inburgeraar" in e.message) for e in report.errors] == [(2, True)]
    assert session.scalar(select(Appointment).where(Appointment.external_id == "ZW-2026-0004")).inburgeraar_id == 2


@pytest.mark.parametrize(("text", "fragment"), [
    ("external_id,inburgeraar_id,kind\nA,1,other\n", "neither an appointments file"),
    ("external_id,inburgeraar_id,starts_at\nA,1,2026-12-01 10:00\n", "missing column(s): kind"),
    ("external_id,inburgeraar_id,kind,starts_at,colour\nA,1,other,2026-12-01 10:00,red\n", "unknown column(s): colour"),
    ("external_id,inburgeraar_id,kind,starts_at\nA,1,other,2026-12-01 10:00,extra\n", "more cells than columns"),
])
def test_file_level_problems_are_reported(session: Session, people, text: str, fragment: str) -> None:
    report = import_csv(session, text)
    assert not report.ok
    assert fragment in report.summary()
    assert _imported(session) == []


def test_progress_csv_creates_then_leaves_rows_unchanged(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "progress.csv")
    assert report.ok, report.summary()
    assert report.kind == "progress"
    # Amal (the demo person) already had progress: updated; Bilal's row is new.
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    amal = session.scalar(select(PipProgress).where(PipProgress.inburgeraar_id == 1))
    assert (amal.pvt_hours_done, amal.pvt_excursion_done, amal.map_practice_hours_done) == (10, True, 24)
    assert amal.ontzorgen_costs == ("rent", "energy", "water", "health_insurance")
    assert str(amal.ontzorgen_ends_on) == "2027-01-31"
    bilal = session.scalar(select(PipProgress).where(PipProgress.inburgeraar_id == 2))
    assert (bilal.pvt_hours_required, bilal.map_exempt, str(bilal.pvt_declaration_signed_on)) == (
        16, True, "2026-10-15")
    assert bilal.ontzorgen_starts_on is None and bilal.map_practice_hours_required == 40  # empty: default

    again = import_file(session, FIXTURES / "progress.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_progress_errors_are_reported_per_line(session: Session, people) -> None:
    text = ("inburgeraar_id,pvt_hours_done,ontzorgen_costs,ontzorgen_starts_on,ontzorgen_ends_on\n"
            "1,twelve,,,\n"
            "2,3,rent|phone,,\n"
            "1,4,,2026-09-01,2026-08-01\n"
            ",4,,,\n")
    report = import_csv(session, text)
    assert [e.line for e in report.errors] == [2, 3, 4, 4, 5]
    assert "not a whole number" in report.errors[0].message
    assert "phone" in report.errors[1].message
    assert session.scalar(select(func.count()).select_from(PipProgress)) == 1  # only the demo's own row


def test_ics_import_maps_uid_kind_time_place_and_person(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "schedule.ics", inburgeraar_id=1)
    assert report.ok, report.summary()
    assert report.created == 3
    talk, lesson, cancelled = sorted(_imported(session), key=lambda a: a.starts_at)
    assert talk.external_id == "7f3c2a10-5b1e-4c59-9a57-0e1f1c2d3e4f@agenda.zwolle.example"
    assert talk.kind is AppointmentKind.voortgangsgesprek
    assert talk.starts_at == datetime(2026, 12, 8, 10, 0, tzinfo=TIMEZONE)
    assert talk.location == "Stadskantoor, Lübeckplein 2, Zwolle"
    assert (talk.with_whom, talk.interpreter_booked, talk.inburgeraar_id) == ("Sanne de Vries", True, 1)
    assert lesson.kind is AppointmentKind.map_session
    assert lesson.ends_at - lesson.starts_at == (datetime(2026, 12, 10, 14) - datetime(2026, 12, 10, 12))
    assert lesson.with_whom == "Werkplein"
    assert (cancelled.inburgeraar_id, cancelled.status) == (2, AppointmentStatus.cancelled)

    again = import_file(session, FIXTURES / "schedule.ics", inburgeraar_id=1)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_ics_errors_name_the_event_lines_and_import_nothing(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "schedule_errors.ics", inburgeraar_id=1)
    assert not report.ok
    assert _imported(session) == []
    by_line = {error.line: error.message for error in report.errors}
    assert set(by_line) == {10, 16, 20}
    assert "repeating events" in by_line[10]
    assert "UID is missing" in by_line[16]
    assert "whole day" in by_line[20]


def test_ics_without_a_person_is_refused(session: Session, people) -> None:
    report = import_file(session, FIXTURES / "schedule.ics")
    assert [e.line for e in report.errors] == [19, 30]
    assert all("--inburgeraar" in e.message for e in report.errors)


def test_unknown_file_types_and_broken_files(session: Session, people, tmp_path: Path) -> None:
    other = tmp_path / "schedule.xlsx"
    other.write_bytes(b"PK\x03\x04")
    assert "use .csv or .ics" in import_file(session, other).summary()
    broken = tmp_path / "broken.ics"
    broken.write_text("this is not a calendar")
    assert "not a valid iCalendar file" in import_file(session, broken, inburgeraar_id=1).summary()
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("external_id,inburgeraar_id,kind,starts_at\nA,1,other,Lübeck\n".encode("latin-1"))
    assert "not UTF-8" in import_file(session, latin1).summary()
