"""Kazakhstan's individual identification number (ЖСН / ИИН): 12 digits, the last a check digit.

The first six digits are the date of birth (YYMMDD); the seventh gives the
century and sex (1-2: 1800s, 3-4: 1900s, 5-6: 2000s).
"""

from __future__ import annotations

from datetime import date

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}

# what is wrong with an IIN, from iin_problem()
DIGITS, ZEROS, CENTURY, BIRTH_DATE, CHECK = "digits", "zeros", "century", "birth_date", "check"


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or None when no digit is valid (the sum gives 10 twice)."""
    digits = [int(c) for c in first_eleven]
    value = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS)) % 11
        if value == 10:
            return None
    return value


def birth_date(text: str) -> date | None:
    """The date of birth an IIN encodes, or None when its first seven digits are not one."""
    century = _CENTURY.get(text[6:7])
    if century is None:
        return None
    try:
        return date(century + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        return None


def iin_problem(text: str) -> str | None:
    """None for a valid IIN, else which part is wrong (DIGITS, ZEROS, CENTURY, BIRTH_DATE, CHECK)."""
    if len(text) != 12 or not text.isascii() or not text.isdigit():
        return DIGITS
    if text == "0" * 12:
        return ZEROS
    if text[6] not in _CENTURY:
        return CENTURY
    if birth_date(text) is None:
        return BIRTH_DATE
    if check_digit(text[:11]) != int(text[11]):
        return CHECK
    return None


def is_valid_iin(text: str) -> bool:
    return iin_problem(text) is None


def with_check_digit(first_eleven: str) -> str | None:
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)
