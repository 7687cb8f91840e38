"""Date arithmetic of the regulation: rolling windows and day counts.

A window of N years "ending on" a day D covers D minus N years through D, both
ends included (DOMAIN.md §2: an activity that ended on 2023-11-23 still counts
on 2026-11-23 and no longer on 2026-11-24). 29 February minus a year is
28 February.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

ONE_DAY = timedelta(days=1)
DAY_FORMAT = "%d.%m.%Y"  # how Kazakhstan writes a day: on screen, on paper, in messages


def day_text(value: date | None, blank: str = "") -> str:
    return value.strftime(DAY_FORMAT) if value else blank


def add_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


@lru_cache(maxsize=65536)  # the same few thousand dates come back for every employee
def window_start(as_of: date, years: int) -> date:
    """First day of the ``years``-long window that ends on ``as_of``."""
    return add_years(as_of, -years)


def in_window(day: date, as_of: date, years: int) -> bool:
    return window_start(as_of, years) <= day <= as_of


@lru_cache(maxsize=65536)
def last_day_covered(day: date, years: int) -> date:
    """The last as-of date whose ``years``-window still contains ``day``.

    Usually ``day`` plus ``years``; the loop settles the case where two as-of
    dates (28 and 29 February) share one window start.
    """
    last = add_years(day, years)
    while window_start(last + ONE_DAY, years) <= day:
        last += ONE_DAY
    while window_start(last, years) > day:
        last -= ONE_DAY
    return last


def end_of_first_years(hired_on: date, years: int) -> date:
    """The last day of an employee's first ``years`` years (hire date + years - 1 day)."""
    return add_years(hired_on, years) - ONE_DAY


def inclusive_days(start: date, end: date) -> int:
    return (end - start).days + 1


class DayCounter:
    """Counts deadline days: calendar days, or the working days of a calendar."""

    def __init__(self, working_days: bool = False, holidays: Callable[[date], bool] | None = None,
                 is_working_day: Callable[[date], bool] | None = None):
        self.working_days = working_days
        if is_working_day is not None:
            self.is_working_day = is_working_day
        else:
            is_holiday = holidays or (lambda _day: False)
            self.is_working_day = lambda day: day.weekday() < 5 and not is_holiday(day)

    def shift(self, day: date, days: int) -> date:
        """``day`` moved by ``days`` (negative: back). Working mode lands on the n-th working day."""
        if not self.working_days:
            return day + timedelta(days=days)
        step = ONE_DAY if days >= 0 else -ONE_DAY
        remaining = abs(days)
        current = day
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """A day the centre marks as working or off, overriding the package's calendar."""

    day: date
    working: bool
    source: str = ""


@lru_cache(maxsize=1)
def _kazakhstan_calendar():
    """One calendar per process: the package fills each year on first use (0.17 s for 30 years),
    and every recomputation of the window would otherwise fill them again."""
    import holidays as holidays_package

    return holidays_package.country_holidays("KZ")


def kazakhstan_working_days(adjustments: Iterable[CalendarDay] = ()) -> Callable[[date], bool]:
    """Kazakhstan's working days: the ``holidays`` package's calendar (public holidays,
    weekends and days moved by decree), with the centre's own adjustments on top."""
    return _working_days(tuple(adjustments))


@lru_cache(maxsize=16)
def _working_days(adjustments: tuple[CalendarDay, ...]) -> Callable[[date], bool]:
    calendar = _kazakhstan_calendar()
    overrides = {a.day: a.working for a in adjustments}

    @lru_cache(maxsize=8192)
    def is_working_day(day: date) -> bool:
        if day in overrides:
            return overrides[day]
        return calendar.is_working_day(day)

    return is_working_day


OFF_WORDS = frozenset({"off", "выходной", "демалыс"})
WORKING_WORDS = frozenset({"working", "рабочий", "жұмыс"})


def parse_calendar_days(text: str) -> tuple[tuple[CalendarDay, ...], list[tuple[int, str]]]:
    """Lines like ``04.01.2027 off decree No 12`` (or ``working``; Russian and Kazakh words too)
    as calendar changes; returns the days and the (line number, line) of lines not understood."""
    found, bad = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split(maxsplit=2)
        if not parts:
            continue
        try:
            day_part, month_part, year_part = parts[0].split(".")
            day = date(int(year_part), int(month_part), int(day_part))
            word = parts[1].casefold()
        except (ValueError, IndexError):
            bad.append((number, line))
            continue
        if word not in OFF_WORDS | WORKING_WORDS or not 1990 <= day.year <= 2100:
            bad.append((number, line))
            continue
        found.append(CalendarDay(day, word in WORKING_WORDS, parts[2].strip() if len(parts) > 2 else ""))
    return tuple(found), bad


def calendar_days_text(days) -> str:
    return "\n".join(f"{day_text(d.day)} {'working' if d.working else 'off'} {d.source}".rstrip() for d in days)
