"""Working days of a Dutch municipality: the service level of an escalation is counted in them.

Weekends and the national public holidays (the ``holidays`` library's ``NL`` calendar) do not
count: Nieuwjaarsdag, Goede Vrijdag, Easter, Koningsdag (the Saturday before when 27 April is a
Sunday), Hemelvaartsdag, Pentecost and Christmas. Bevrijdingsdag (5 May) is a day off only in
lustrum years (2025, 2030, ...), which is how most municipalities and collective agreements
treat it, and how ``holidays.NL`` lists it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from inburgering.text.i18n import TIMEZONE

# An answer "within two working days" is due at the end of the second working day.
END_OF_WORKING_DAY = time(17, 0)


@lru_cache(maxsize=16)
def public_holidays(year: int) -> frozenset[date]:
    """The Dutch public holidays of ``year`` on which town halls are closed."""
    return frozenset(holidays.country_holidays("NL", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: datetime, days: int) -> datetime:
    """The end (17:00, Amsterdam) of the ``days``-th working day after ``start``'s day.

    Friday afternoon plus two working days is Tuesday 17:00; a question on a
    Saturday counts from Monday, so it is due on Tuesday as well.
    """
    if days < 1:
        raise ValueError("a service level is at least one working day")
    day = start.astimezone(TIMEZONE).date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return datetime.combine(day, END_OF_WORKING_DAY, tzinfo=TIMEZONE)
