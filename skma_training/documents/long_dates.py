"""Dates written in full in running text, in the case the sentence needs.

A template writes ``{date:loc}`` and gets, in Kazakh, "2026 жылғы 23 қарашадағы"
("as of": "{date:loc} жағдай бойынша"); in Russian the same placeholder gives
"23 ноября 2026 г.". The cases (format specs):

- ``long``: kk "2026 жылғы 23 қараша", ru "23 ноября 2026 г.";
- ``loc``: kk "2026 жылғы 23 қарашадағы" (of that day), ru as ``long``;
- ``abl``: kk "2026 жылғы 26 қыркүйектен" ("from": "… бастап"), ru as ``long``;
- ``dat``: kk "2026 жылғы 29 қарашаға" ("until": "… дейін"), ru as ``long``;
- no spec: the numeric date of table cells, 23.11.2026.

A period (``Period``) reads ``{dates:range}``: kk "2026 жылғы 24 қарашадан бастап
29 қарашаға дейін", ru "с 24 по 29 ноября 2026 г."; a one-day event prints one
date ("2026 жылғы 24 қарашада" / "24 ноября 2026 г."). Month names are listed,
not inflected by rule: twelve words, each checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skma_training.domain.dates import day_text

NBSP = "\u00a0"

# nominative, locative + -ғы/-гі ("of"), ablative ("from"), dative ("to"), locative ("in")
KAZAKH_MONTHS = (
    ("қаңтар", "қаңтардағы", "қаңтардан", "қаңтарға", "қаңтарда"),
    ("ақпан", "ақпандағы", "ақпаннан", "ақпанға", "ақпанда"),
    ("наурыз", "наурыздағы", "наурыздан", "наурызға", "наурызда"),
    ("сәуір", "сәуірдегі", "сәуірден", "сәуірге", "сәуірде"),
    ("мамыр", "мамырдағы", "мамырдан", "мамырға", "мамырда"),
    ("маусым", "маусымдағы", "маусымнан", "маусымға", "маусымда"),
    ("шілде", "шілдедегі", "шілдеден", "шілдеге", "шілдеде"),
    ("тамыз", "тамыздағы", "тамыздан", "тамызға", "тамызда"),
    ("қыркүйек", "қыркүйектегі", "қыркүйектен", "қыркүйекке", "қыркүйекте"),
    ("қазан", "қазандағы", "қазаннан", "қазанға", "қазанда"),
    ("қараша", "қарашадағы", "қарашадан", "қарашаға", "қарашада"),
    ("желтоқсан", "желтоқсандағы", "желтоқсаннан", "желтоқсанға", "желтоқсанда"),
)
KAZAKH_CASES = {"long": 0, "loc": 1, "abl": 2, "dat": 3, "in": 4}
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")


def kazakh_day(day: date, case: str = "long", with_year: bool = True) -> str:
    month = KAZAKH_MONTHS[day.month - 1][KAZAKH_CASES.get(case, 0)]
    text = f"{day.day}{NBSP}{month}"
    return f"{day.year}{NBSP}жылғы {text}" if with_year else text


def russian_day(day: date, with_year: bool = True) -> str:
    text = f"{day.day}{NBSP}{RUSSIAN_MONTHS[day.month - 1]}"
    return f"{text} {day.year}{NBSP}г." if with_year else text


def long_date(day: date | None, lang: str, case: str = "long", blank: str = "") -> str:
    if day is None:
        return blank
    return kazakh_day(day, case) if lang == "kk" else russian_day(day)


@dataclass(frozen=True, slots=True)
class LongDate:
    """A date for a template: ``{x}`` numeric, ``{x:loc}`` etc. in full (see the module)."""

    day: date | None
    lang: str
    blank: str = ""

    def __format__(self, spec: str) -> str:
        if self.day is None:
            return self.blank
        if not spec:
            return day_text(self.day)
        return long_date(self.day, self.lang, spec)

    def __str__(self) -> str:
        return format(self, "")


def long_period(start: date | None, end: date | None, lang: str, blank: str = "") -> str:
    """From … to … in full; one date when the event lasts a day (or only one is known)."""
    if start is None and end is None:
        return blank
    if start is None or end is None or start == end:
        day = start or end
        return kazakh_day(day, "in") if lang == "kk" else russian_day(day)
    if lang == "kk":
        same_year = start.year == end.year
        first = kazakh_day(start, "abl")
        last = kazakh_day(end, "dat", with_year=not same_year)
        return f"{first} бастап {last} дейін"
    if start.year != end.year:
        return f"с {russian_day(start)} по {russian_day(end)}"
    if start.month != end.month:
        return f"с {russian_day(start, False)} по {russian_day(end)}"
    return f"с {start.day} по {russian_day(end)}"


@dataclass(frozen=True, slots=True)
class Period:
    """A period for a template: ``{x}`` "24.11.2026 – 29.11.2026", ``{x:range}`` in full."""

    start: date | None
    end: date | None
    lang: str
    blank: str = ""

    def __format__(self, spec: str) -> str:
        if spec == "range":
            return long_period(self.start, self.end, self.lang, self.blank)
        from skma_training.documents.formatting import fmt_period

        return fmt_period(self.start, self.end) or self.blank

    def __str__(self) -> str:
        return format(self, "")
