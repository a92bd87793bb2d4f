"""Working days of a Dutch municipality: the service level of an escalation is counted in them.

Weekends and the national public holidays on which town halls are closed do not
count. Bevrijdingsdag (5 May) is left out: most municipalities only close on it
once every five years, which is a local decision.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache

from inburgering.i18n import TIMEZONE

# An answer "within two working days" is due at the end of the second working day.
END_OF_WORKING_DAY = time(17, 0)


def easter_sunday(year: int) -> date:
    """Western Easter (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=16)
def public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it moves to Saturday
        kings_day = date(year, 4, 26)
    return frozenset({
        date(year, 1, 1),  # Nieuwjaarsdag
        easter - timedelta(days=2),  # Goede Vrijdag (most town halls close)
        easter + timedelta(days=1),  # Tweede Paasdag
        kings_day,  # Koningsdag
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=50),  # Tweede Pinksterdag
        date(year, 12, 25),  # Eerste Kerstdag
        date(year, 12, 26),  # Tweede Kerstdag
    })


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
