from datetime import date, datetime

import pytest

from inburgering.schedule.working_days import add_working_days, is_working_day, public_holidays
from inburgering.text.i18n import TIMEZONE


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TIMEZONE)


def test_easter_holidays_follow_known_easter_dates() -> None:
    # Easter Sunday is 5 April 2026 and 28 March 2027: Goede Vrijdag and Tweede Paasdag around it.
    assert {date(2026, 4, 3), date(2026, 4, 5), date(2026, 4, 6)} <= public_holidays(2026)
    assert {date(2027, 3, 26), date(2027, 3, 28), date(2027, 3, 29)} <= public_holidays(2027)
    assert not is_working_day(date(2026, 4, 3)) and not is_working_day(date(2027, 3, 29))


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


def test_bevrijdingsdag_is_a_day_off_only_in_lustrum_years() -> None:
    assert not is_working_day(date(2025, 5, 5))  # a Monday in a lustrum year
    assert is_working_day(date(2026, 5, 5)) and is_working_day(date(2027, 5, 5))  # Tuesday, Wednesday
    assert date(2030, 5, 5) in public_holidays(2030) and date(2026, 5, 5) not in public_holidays(2026)
    # Friday 2 May 2025 plus two working days skips Monday 5 May: due Wednesday.
    assert add_working_days(local(2025, 5, 2, 10), 2) == local(2025, 5, 7, 17)
    assert add_working_days(local(2026, 5, 1, 10), 2) == local(2026, 5, 5, 17)
