"""How values read on paper: dd.mm.yyyy dates, decimal commas, spaced thousands."""

from __future__ import annotations

from datetime import date

from skma_training.domain.dates import day_text

NBSP = "\u00a0"
DASH = "–"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def inner_quotes(text: str) -> str:
    """A name that goes inside «…» with its own quotes in „…“: «Технологии „Терапия“»."""
    return (text or "").replace("«", "„").replace("»", "“")


def fmt_date(value: date | None, blank: str = "") -> str:
    return day_text(value, blank)


def fmt_number(value: float | int | None, decimals: int = 1, blank: str = "") -> str:
    """72 -> "72", 1.5 -> "1,5" (Kazakh and Russian use a decimal comma)."""
    if value is None:
        return blank
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        return fmt_money(rounded)
    whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
    sign = "-" if rounded < 0 else ""
    return sign + fmt_money(int(whole)) + "," + fraction.rstrip("0")


def fmt_fixed(value: float | int | None, decimals: int = 1, blank: str = "") -> str:
    """Always ``decimals`` places, for a column of ratios: 60 -> "60,0", 61.54 -> "61,5"."""
    if value is None:
        return blank
    rounded = round(float(value), decimals)
    whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
    sign = "\u2212" if rounded < 0 else ""
    return sign + fmt_money(int(whole)) + ("," + fraction if decimals else "")


def fmt_signed(value: float | int | None, decimals: int = 1, blank: str = "",
               fixed: bool = False) -> str:
    """A change with its sign: +7, −7,6 (a minus sign, not a hyphen); ``fixed`` keeps the
    decimals of a ratio (−25,0)."""
    if value is None:
        return blank
    text = (fmt_fixed if fixed else fmt_number)(abs(value), decimals)
    if round(float(value), decimals) == 0:
        return text
    return ("+" if value > 0 else "\u2212") + text


def fmt_money(value: float | int | None, blank: str = "") -> str:
    """Whole tenge with non-breaking spaces between thousands: 1 250 000."""
    if value is None:
        return blank
    return f"{round(value):,}".replace(",", NBSP)


def fmt_percent(part: float, whole: float, blank: str = "–") -> str:
    if not whole:
        return blank
    return fmt_number(100.0 * part / whole, 1) + NBSP + "%"


def share(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole else 0.0


def fmt_period(start: date | None, end: date | None) -> str:
    if start and end and start != end:
        return f"{fmt_date(start)}{NBSP}{DASH} {fmt_date(end)}"
    return fmt_date(start or end)


# names sort in the Kazakh alphabet on paper as on screen: one key, in the domain
from skma_training.domain.text import ALPHABET, sort_key  # noqa: E402,F401


def roman_quarter(quarter: int | None) -> str:
    return ROMAN.get(quarter or 0, "")
