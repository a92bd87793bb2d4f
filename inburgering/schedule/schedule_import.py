"""Importing appointments and progress from the municipality's CSV and iCalendar (.ics) exports.

(Why ~600 lines: two file formats, CSV (strict pydantic rows) and iCalendar, share one report,
the ownership checks and one keyed upsert; splitting rows, iCalendar and writing into three
modules is the next step, left for a change that touches imports.)

``python -m inburgering import-schedule FILE`` (README: "Importing schedule
data"). Every row is validated first and every error is reported with its line
number; only a file without errors is written, in the caller's one transaction,
so a file is imported all or nothing. Rows are matched on their id in the
source system (CSV ``external_id``, iCalendar ``UID``; progress by
``inburgeraar_id``), so importing the same file again changes nothing. A CSV row is validated by a
strict pydantic model (``AppointmentRow``, ``ProgressRow``) whose fields parse the cells' text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Self

from icalendar import Calendar
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Appointment, AppointmentKind, AppointmentStatus, Gemeente, Inburgeraar, PipProgress
from inburgering.text.i18n import TIMEZONE

COSTS = {"rent": "ontzorgen_pays_rent", "energy": "ontzorgen_pays_energy", "water": "ontzorgen_pays_water",
         "health_insurance": "ontzorgen_pays_health_insurance"}
MAX_TEXT = 256
MAX_HOURS = 2000
MAX_ID = 2**31 - 1

# Names a case system or agenda may use for a kind, besides our own (Dutch first).
KIND_ALIASES = {
    "warme overdracht": AppointmentKind.warme_overdracht,
    "intake": AppointmentKind.brede_intake,
    "brede intake": AppointmentKind.brede_intake,
    "voortgang": AppointmentKind.voortgangsgesprek,
    "pvt": AppointmentKind.pvt_session,
    "map": AppointmentKind.map_session,
    "taalles": AppointmentKind.language_class,
    "taal": AppointmentKind.language_class,
    "overig": AppointmentKind.other,
    "anders": AppointmentKind.other,
}
STATUS_ALIASES = {
    "gepland": AppointmentStatus.planned,
    "geannuleerd": AppointmentStatus.cancelled,
    "afgezegd": AppointmentStatus.cancelled,
    "vervallen": AppointmentStatus.cancelled,
    "afgerond": AppointmentStatus.done,
    "gedaan": AppointmentStatus.done,
}
_TRUE = {"1", "true", "yes", "ja", "y", "j", "x"}
_FALSE = {"0", "false", "no", "nee", "n", ""}
_LOCAL_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                           "%d-%m-%Y %H:%M")


class RowError(ValueError):
    """One problem in one row; ``line`` is the file's line number (1 = the first line)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass
class ImportReport:
    path: str
    kind: str = "appointments"
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            lines = [f"{self.path}: nothing imported, {len(self.errors)} error(s):"]
            lines += [f"  line {error.line}: {error.message}" for error in self.errors]
            return "\n".join(lines)
        total = self.created + self.updated + self.unchanged
        return (f"{self.path}: {total} {self.kind} row(s) imported: {self.created} new, {self.updated} changed, "
                f"{self.unchanged} unchanged")


# -- value parsers (raise ValueError with a message for the report) ------------


def parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"{value!r} is not yes/no")


def parse_int(value: str, low: int = 0, high: int = MAX_HOURS) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number") from None
    if not low <= number <= high:
        raise ValueError(f"{number} is not between {low} and {high}")
    return number


def parse_date(value: str) -> date:
    text = value.strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def parse_datetime(value: str) -> datetime:
    """ISO 8601 with an offset, or a local time in Europe/Amsterdam ("2026-12-01 10:00")."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
        for pattern in _LOCAL_DATETIME_FORMATS:
            try:
                parsed = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
        if parsed is None:
            raise ValueError(f"{value!r} is not a date and time (YYYY-MM-DD HH:MM)") from None
    return parsed.replace(tzinfo=TIMEZONE) if parsed.tzinfo is None else parsed


def parse_kind(value: str) -> AppointmentKind:
    lowered = value.strip().lower()
    try:
        return AppointmentKind(lowered)
    except ValueError:
        pass
    if lowered in KIND_ALIASES:
        return KIND_ALIASES[lowered]
    allowed = ", ".join(kind.value for kind in AppointmentKind)
    raise ValueError(f"kind {value!r} is not one of {allowed}")


def parse_status(value: str) -> AppointmentStatus:
    lowered = value.strip().lower() or "planned"
    try:
        return AppointmentStatus(lowered)
    except ValueError:
        pass
    if lowered in STATUS_ALIASES:
        return STATUS_ALIASES[lowered]
    raise ValueError(f"status {value!r} is not one of planned, cancelled, done")


def parse_text(value: str | None) -> str | None:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValueError(f"text longer than {MAX_TEXT} characters")
    return text or None


def parse_external_id(value: str) -> str:
    if len(value) > 255:
        raise ValueError("longer than 255 characters")
    return value


def parse_costs(value: str) -> dict[str, bool]:
    codes = [code for code in re.split(r"[|,\s]+", value.strip().lower()) if code]
    unknown = [code for code in codes if code not in COSTS]
    if unknown:
        raise ValueError(f"unknown cost(s) {', '.join(unknown)}; use {', '.join(COSTS)} separated by |")
    return {column: code in codes for code, column in COSTS.items()}


# -- appointments -----------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentRecord:
    line: int
    external_id: str
    values: dict[str, Any]


# Issue 17: an import for one municipality (``import_file(gemeente=...)``) knows only its people.
_GEMEENTE = "import_gemeente"


def _people(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    query = select(Inburgeraar.id).where(Inburgeraar.id.in_(wanted))
    if gemeente := session.info.get(_GEMEENTE):
        query = query.join(Gemeente, Gemeente.id == Inburgeraar.gemeente_id).where(Gemeente.slug == gemeente)
    return set(session.scalars(query))


def _apply(row: Any, values: dict[str, Any]) -> bool:
    """Set ``values`` on ``row``; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _duplicates(keys: Iterable[tuple[int, str]], label: str) -> list[RowError]:
    """A row whose key (external id, UID, person) an earlier row of the file has too; checked on the raw
    values, so it is reported also when the row has other problems."""
    seen: dict[str, int] = {}
    errors = []
    for line, key in keys:
        if not key:
            continue
        if key in seen:
            errors.append(RowError(line, f"{label} {key!r} is also on line {seen[key]}"))
        seen.setdefault(key, line)
    return errors


def _check_appointments(session: Session, records: list[AppointmentRecord], report: ImportReport) -> None:
    """File-wide checks: unknown people, ids that belong to another person."""
    known = _people(session, (r.values["inburgeraar_id"] for r in records))
    existing = {
        a.external_id: a for a in session.scalars(
            select(Appointment).where(Appointment.external_id.in_([r.external_id for r in records]))
        )
    } if records else {}
    for record in records:
        person = record.values["inburgeraar_id"]
        if person not in known:
            report.errors.append(RowError(record.line, f"no inburgeraar with id {person}"))
        current = existing.get(record.external_id)
        if current is not None and current.inburgeraar_id != person:
            report.errors.append(RowError(
                record.line,
                f"external id {record.external_id!r} is an appointment of another inburgeraar; "
                "an appointment cannot move to another person",
            ))


def _upsert(session: Session, model: type, key: str, records: list, report: ImportReport) -> None:
    """Create or update one ``model`` row per record, matched on column ``key``; count what changed."""
    column = getattr(model, key)
    keys = [getattr(record, key) for record in records]
    rows = session.scalars(select(model).where(column.in_(keys))) if keys else ()
    existing = {getattr(row, key): row for row in rows}
    for record in records:
        current = existing.get(getattr(record, key))
        if current is None:
            session.add(model(**{key: getattr(record, key)}, **record.values))
            report.created += 1
        elif _apply(current, record.values):
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()


def _write_appointments(session: Session, records: list[AppointmentRecord], report: ImportReport) -> None:
    _upsert(session, Appointment, "external_id", records, report)


# -- progress -------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgressRecord:
    line: int
    inburgeraar_id: int
    values: dict[str, Any]


def _check_progress(session: Session, records: list[ProgressRecord], report: ImportReport) -> None:
    known = _people(session, (record.inburgeraar_id for record in records))
    for record in records:
        if record.inburgeraar_id not in known:
            report.errors.append(RowError(record.line, f"no inburgeraar with id {record.inburgeraar_id}"))


def _write_progress(session: Session, records: list[ProgressRecord], report: ImportReport) -> None:
    _upsert(session, PipProgress, "inburgeraar_id", records, report)


# -- CSV rows: one strict pydantic model per kind of file -------------------------------
# Every cell is text. Each field's parser above turns it into its type, with the messages of the
# import report; strict mode coerces nothing else. Empty cells are left out of the row, so a
# field's default applies (for progress: the value stays as it is).

PersonId = Annotated[int, BeforeValidator(lambda value: parse_int(value, 1, MAX_ID))]
Hours = Annotated[int, BeforeValidator(parse_int)]
RequiredHours = Annotated[int, BeforeValidator(lambda value: parse_int(value, 1))]
YesNo = Annotated[bool, BeforeValidator(parse_bool)]
Day = Annotated[date, BeforeValidator(parse_date)]
Moment = Annotated[datetime, BeforeValidator(parse_datetime)]
Text = Annotated[str | None, BeforeValidator(parse_text)]
ExternalId = Annotated[str, BeforeValidator(parse_external_id)]
Kind = Annotated[AppointmentKind, BeforeValidator(parse_kind)]
Status = Annotated[AppointmentStatus, BeforeValidator(parse_status)]
Costs = Annotated[dict[str, bool], BeforeValidator(parse_costs)]

# Error type of a check across columns: reported after the single cells, without a column name.
ACROSS_COLUMNS = "across_columns"


def _problems(error: ValidationError) -> list[str]:
    """The report's wording: "kind: kind 'koffie' is not one of ...", "starts_at is empty"."""
    cells, rows = [], []
    for problem in error.errors():
        name = ".".join(map(str, problem["loc"]))
        if problem["type"] == ACROSS_COLUMNS:
            rows.append(problem["msg"])
        elif problem["type"] == "missing":
            cells.append(f"{name} is empty")
        elif problem["type"] == "value_error":
            cells.append(f"{name}: {problem['ctx']['error']}")
        else:
            cells.append(f"{name}: {problem['msg']}")
    return cells + rows


class CsvRow(BaseModel):
    """One CSV row; ``from_cells`` raises a RowError naming every problem of the row."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    @classmethod
    def from_cells(cls, line: int, cells: Mapping[str, str | None]) -> Self:
        given = {name: value.strip() for name, value in cells.items() if value and value.strip()}
        try:
            return cls.model_validate(given)
        except ValidationError as error:
            raise RowError(line, "; ".join(_problems(error))) from None

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(cls.model_fields)

    @classmethod
    def required_columns(cls) -> tuple[str, ...]:
        return tuple(name for name, info in cls.model_fields.items() if info.is_required())


class AppointmentRow(CsvRow):
    external_id: ExternalId
    inburgeraar_id: PersonId
    kind: Kind
    starts_at: Moment
    ends_at: Moment | None = None
    location: Text = None
    with_whom: Text = None
    interpreter: YesNo = False
    status: Status = AppointmentStatus.planned

    @field_validator("ends_at")
    @classmethod
    def _ends_after_start(cls, ends: datetime | None, info: ValidationInfo) -> datetime | None:
        starts = info.data.get("starts_at")
        if starts is not None and ends is not None and ends <= starts:
            raise PydanticCustomError(ACROSS_COLUMNS, "ends_at is not after starts_at")
        return ends

    def record(self, line: int) -> AppointmentRecord:
        return AppointmentRecord(line, self.external_id, {
            "inburgeraar_id": self.inburgeraar_id, "kind": self.kind, "starts_at": self.starts_at,
            "ends_at": self.ends_at, "location": self.location, "with_whom": self.with_whom,
            "interpreter_booked": self.interpreter, "status": self.status,
        })


class ProgressRow(CsvRow):
    """Empty cells leave a value as it is (or at its default for a new row)."""

    inburgeraar_id: PersonId
    pvt_hours_done: Hours | None = None
    pvt_hours_required: RequiredHours | None = None
    pvt_excursion_done: YesNo | None = None
    pvt_declaration_signed_on: Day | None = None
    map_exempt: YesNo | None = None
    map_hours_done: Hours | None = None
    map_hours_required: RequiredHours | None = None
    map_practice_hours_done: Hours | None = None
    map_practice_hours_required: Hours | None = None
    map_final_talk_done: YesNo | None = None
    ontzorgen_starts_on: Day | None = None
    ontzorgen_ends_on: Day | None = None
    ontzorgen_costs: Costs | None = None

    @field_validator("ontzorgen_ends_on")
    @classmethod
    def _ends_after_start(cls, ends: date | None, info: ValidationInfo) -> date | None:
        starts = info.data.get("ontzorgen_starts_on")
        if starts and ends and ends < starts:
            raise PydanticCustomError(ACROSS_COLUMNS, "ontzorgen_ends_on is before ontzorgen_starts_on")
        return ends

    def record(self, line: int) -> ProgressRecord:
        # Only the cells that were filled in: the others leave the stored value as it is.
        values = self.model_dump(exclude_unset=True, exclude={"inburgeraar_id", "ontzorgen_costs"})
        values.update(self.ontzorgen_costs or {})
        return ProgressRecord(line, self.inburgeraar_id, values)


APPOINTMENT_COLUMNS = AppointmentRow.columns()
REQUIRED_APPOINTMENT_COLUMNS = AppointmentRow.required_columns()
PROGRESS_COLUMNS = ProgressRow.columns()


# -- files ------------------------------------------------------------------------------


def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    first_line = text.split("\n", 1)[0]
    # Dutch spreadsheet programs write ';'; others ','.
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise RowError(reader.line_num, "more cells than columns in the header")
        if not any((value or "").strip() for value in row.values()):
            continue  # an empty line
        rows.append((reader.line_num, row))
    return header, rows


def import_csv(session: Session, text: str, path: str = "<csv>") -> ImportReport:
    report = ImportReport(path)
    try:
        header, rows = _csv_rows(text)
    except (RowError, csv.Error) as error:
        report.errors.append(error if isinstance(error, RowError) else RowError(1, f"not a valid CSV file: {error}"))
        return report
    model: type[AppointmentRow | ProgressRow]
    if "starts_at" in header:
        model, key_column, key_label = AppointmentRow, "external_id", "external id"
    elif "inburgeraar_id" in header and set(header) & set(PROGRESS_COLUMNS[1:]):
        report.kind = "progress"
        model, key_column, key_label = ProgressRow, "inburgeraar_id", "inburgeraar"
    else:
        report.errors.append(RowError(1, "header is neither an appointments file (with starts_at) nor a "
                                         "progress file (with inburgeraar_id and progress columns)"))
        return report
    missing = [name for name in model.required_columns() if name not in header]
    unknown = [name for name in header if name not in model.columns()]
    if missing:
        report.errors.append(RowError(1, f"missing column(s): {', '.join(missing)}"))
    if unknown:
        report.errors.append(RowError(1, f"unknown column(s): {', '.join(unknown)}"))
    if report.errors:
        return report
    report.errors += _duplicates(((line, (row.get(key_column) or "").strip()) for line, row in rows), key_label)
    records = []
    for line, row in rows:
        try:
            records.append(model.from_cells(line, row).record(line))
        except RowError as error:
            report.errors.append(error)
    if report.kind == "progress":
        _check_progress(session, records, report)
        if report.ok:
            _write_progress(session, records, report)
    else:
        _check_appointments(session, records, report)
        if report.ok:
            _write_appointments(session, records, report)
    report.errors.sort(key=lambda error: error.line)
    return report


def _event_lines(text: str) -> list[int]:
    """The line number of each BEGIN:VEVENT, in file order (icalendar does not keep line numbers)."""
    return [number for number, line in enumerate(text.splitlines(), start=1)
            if line.strip().upper() == "BEGIN:VEVENT"]


def _ics_kind(event: Any) -> AppointmentKind:
    explicit = event.get("X-APPOINTMENT-KIND")
    if explicit is not None:
        return parse_kind(str(explicit))
    categories = event.get("CATEGORIES")
    for group in categories if isinstance(categories, list) else [categories] if categories is not None else []:
        for category in group.cats:
            try:
                return parse_kind(str(category))
            except ValueError:
                continue
    return AppointmentKind.other


def _ics_event(line: int, event: Any, default_person: int | None) -> AppointmentRecord:
    problems = []
    uid = str(event.get("UID") or "").strip()
    if not uid:
        problems.append("UID is missing")
    elif len(uid) > 255:
        problems.append("UID longer than 255 characters")
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        problems.append("repeating events are not supported; export each appointment as its own event")
    person = default_person
    if event.get("X-INBURGERAAR-ID") is not None:
        try:
            person = parse_int(str(event.get("X-INBURGERAAR-ID")), 1, MAX_ID)
        except ValueError as error:
            problems.append(f"X-INBURGERAAR-ID: {error}")
    elif person is None:
        problems.append("no inburgeraar: give --inburgeraar ID or X-INBURGERAAR-ID on the event")
    starts = ends = None
    start_property = event.get("DTSTART")
    if start_property is None:
        problems.append("DTSTART is missing")
    elif not isinstance(start_property.dt, datetime):
        problems.append("DTSTART is a whole day; an appointment needs a time")
    else:
        starts = start_property.dt if start_property.dt.tzinfo else start_property.dt.replace(tzinfo=TIMEZONE)
        end_property = event.get("DTEND")
        if end_property is not None and isinstance(end_property.dt, datetime):
            ends = end_property.dt if end_property.dt.tzinfo else end_property.dt.replace(tzinfo=TIMEZONE)
        elif event.get("DURATION") is not None and isinstance(event.get("DURATION").dt, timedelta):
            ends = starts + event.get("DURATION").dt
        if ends is not None and ends <= starts:
            problems.append("DTEND is not after DTSTART")
    kind = AppointmentKind.other
    try:
        kind = _ics_kind(event)
    except ValueError as error:
        problems.append(str(error))
    interpreter = False
    if event.get("X-INTERPRETER") is not None:
        try:
            interpreter = parse_bool(str(event.get("X-INTERPRETER")))
        except ValueError as error:
            problems.append(f"X-INTERPRETER: {error}")
    with_whom = event.get("X-WITH-WHOM")
    organizer = event.get("ORGANIZER")
    if with_whom is None and organizer is not None:
        with_whom = organizer.params.get("CN")
    try:
        location = parse_text(str(event.get("LOCATION") or ""))
        with_whom = parse_text(str(with_whom or ""))
    except ValueError as error:
        problems.append(str(error))
        location = with_whom = None
    status = (AppointmentStatus.cancelled if str(event.get("STATUS") or "").upper() == "CANCELLED"
              else AppointmentStatus.planned)
    if problems:
        raise RowError(line, "; ".join(problems))
    return AppointmentRecord(line, uid, {
        "inburgeraar_id": person, "kind": kind, "starts_at": starts, "ends_at": ends, "location": location,
        "with_whom": with_whom, "interpreter_booked": interpreter, "status": status,
    })


def import_ics(session: Session, text: str, path: str = "<ics>", inburgeraar_id: int | None = None) -> ImportReport:
    report = ImportReport(path)
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as error:
        report.errors.append(RowError(1, f"not a valid iCalendar file: {error}"))
        return report
    events = list(calendar.walk("VEVENT"))
    lines = _event_lines(text)
    report.errors += _duplicates(
        ((lines[i] if i < len(lines) else 1, str(event.get("UID") or "").strip()) for i, event in enumerate(events)),
        "UID",
    )
    records = []
    for index, event in enumerate(events):
        line = lines[index] if index < len(lines) else 1
        try:
            records.append(_ics_event(line, event, inburgeraar_id))
        except RowError as error:
            report.errors.append(error)
    _check_appointments(session, records, report)
    if report.ok:
        _write_appointments(session, records, report)
    report.errors.sort(key=lambda error: error.line)
    return report


def import_file(session: Session, path: Path, inburgeraar_id: int | None = None,
                gemeente: str | None = None) -> ImportReport:
    """Import ``path`` (.csv or .ics) into ``session``; the caller commits only when the report is ok.

    ``gemeente``: the file is that municipality's; a row of a person of another one is an unknown person.
    """
    session.info[_GEMEENTE] = gemeente
    try:
        return _import_file(session, path, inburgeraar_id)
    finally:
        session.info.pop(_GEMEENTE, None)


def _import_file(session: Session, path: Path, inburgeraar_id: int | None) -> ImportReport:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return ImportReport(str(path), errors=[RowError(1, "the file is not UTF-8 text")])
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return import_csv(session, text, str(path))
    if suffix in {".ics", ".ical", ".ifb", ".icalendar"}:
        return import_ics(session, text, str(path), inburgeraar_id)
    return ImportReport(str(path), errors=[RowError(1, "unknown file type: use .csv or .ics")])
