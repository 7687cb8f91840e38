"""Figures behind the overview's charts, computed off the GUI thread."""

from __future__ import annotations

from collections import Counter
from datetime import date

from skma_training.domain.dates import add_years
from skma_training.domain.model import Activity


def last_months(as_of: date, count: int = 24) -> list[tuple[int, int]]:
    """(year, month) of the ``count`` months ending with the as-of month, oldest first."""
    months, year, month = [], as_of.year, as_of.month
    for _ in range(count):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def pd_hours_by_month(activities: list[Activity], as_of: date, count: int = 24) -> dict[tuple[int, int], float]:
    """PD hours completed in each of the last ``count`` months (by the end date)."""
    months = last_months(as_of, count)
    hours = dict.fromkeys(months, 0.0)
    first = months[0]
    for activity in activities:
        end = activity.ends_on
        if end is None or end > as_of or not activity.is_pd:
            continue
        key = (end.year, end.month)
        if key >= first:
            hours[key] += activity.hours or 0.0
    return hours


def kinds_in_years(activities: list[Activity], as_of: date, years: int = 3) -> Counter:
    start = add_years(as_of, -years)
    return Counter(a.kind for a in activities if a.ends_on is not None and start <= a.ends_on <= as_of)
