from datetime import date, datetime

import pytest

from inburgering.i18n import TIMEZONE
from inburgering.working_days import add_working_days, easter_sunday, is_working_day, public_holidays


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TIMEZONE)


def test_easter_matches_known_dates() -> None:
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2027) == date(2027, 3, 28)


def test_holidays_include_kings_day_and_second_christmas_day() -> None:
    holidays = public_holidays(2026)
    assert date(2026, 4, 27) in holidays and date(2026, 12, 26) in holidays
    assert date(2026, 5, 14) in holidays  # Hemelvaartsdag
    # Koningsdag on a Sunday moves to the Saturday before.
    assert date(2025, 4, 26) in public_holidays(2025) and date(2025, 4, 27) not in public_holidays(2025)


@pytest.mark.parametrize(("start", "due"), [
    (local(2026, 11, 23, 9), local(2026, 11, 25, 17)),  # Monday -> Wednesday
    (local(2026, 11, 27, 16), local(2026, 12, 1, 17)),  # Friday -> Tuesday
    (local(2026, 11, 28, 11), local(2026, 12, 1, 17)),  # Saturday counts from Monday
    (local(2026, 12, 24, 10), local(2026, 12, 29, 17)),  # over Christmas
])
def test_two_working_days(start: datetime, due: datetime) -> None:
    assert add_working_days(start, 2) == due
    assert not is_working_day(date(2026, 12, 25))
