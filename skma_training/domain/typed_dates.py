"""A day as people type it: 01.03.2025, 1.3.25, 1/3/2025, 2025-03-01, 01032025.

Typed years outside a plausible span (1900, 20225) are refused with a reason
rather than stored: no paperwork of this register is that old or that far off.
"""

from __future__ import annotations

import re
from datetime import date

from skma_training.i18n import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1940, 2099  # births aside, nothing the register holds falls outside

NOT_A_DATE = QT_TRANSLATE_NOOP("Dates", "not a date: type it as dd.mm.yyyy")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Dates", "there is no such day")
IMPLAUSIBLE_YEAR = QT_TRANSLATE_NOOP("Dates", "the year {year} is not plausible")

_DOTTED = re.compile(r"^(\d{1,2})[.\-/ ,](\d{1,2})[.\-/ ,](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PACKED = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


class DateTypo(ValueError):
    """Why a typed text is not a day; ``reason`` is an English source for translation."""

    def __init__(self, reason: str, **values):
        super().__init__(reason.format(**values))
        self.reason, self.values = reason, values


def _full_year(two_digits: int) -> int:
    # 25 is 2025 and 75 is 1975: a two-digit year of this register is this century's up to 69
    return 2000 + two_digits if two_digits < 70 else 1900 + two_digits


def parse_day(text: str) -> date | None:
    """The day ``text`` means; None for a blank; :class:`DateTypo` for anything else."""
    text = (text or "").strip().rstrip(".")
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := (_DOTTED.match(text) or _PACKED.match(text)):
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text))
    else:
        raise DateTypo(NOT_A_DATE)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateTypo(IMPLAUSIBLE_YEAR, year=year)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTypo(NO_SUCH_DAY) from None
