"""Kazakhstan's individual identification number (ЖСН / ИИН): 12 digits, the last a check digit."""

from __future__ import annotations

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or None when no digit is valid (the sum gives 10 twice)."""
    digits = [int(c) for c in first_eleven]
    value = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS)) % 11
        if value == 10:
            return None
    return value


def is_valid_iin(text: str) -> bool:
    if len(text) != 12 or not text.isascii() or not text.isdigit():
        return False
    return check_digit(text[:11]) == int(text[11])


def with_check_digit(first_eleven: str) -> str | None:
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)
