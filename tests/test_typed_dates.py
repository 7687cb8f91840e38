"""Days typed the ways people type them, and the ones refused."""

from datetime import date

import pytest

from skma_training.domain.typed_dates import IMPLAUSIBLE_YEAR, NO_SUCH_DAY, NOT_A_DATE, DateTypo, parse_day


@pytest.mark.parametrize("text, day", [
    ("01.03.2025", date(2025, 3, 1)),
    ("1.3.25", date(2025, 3, 1)),
    ("1.3.2025", date(2025, 3, 1)),
    ("01/03/2025", date(2025, 3, 1)),
    ("1-3-25", date(2025, 3, 1)),
    ("2025-03-01", date(2025, 3, 1)),
    ("2025-3-1", date(2025, 3, 1)),
    ("01032025", date(2025, 3, 1)),
    (" 31.12.99 ", date(1999, 12, 31)),
    ("29.02.2024", date(2024, 2, 29)),
    ("15.06.69", date(2069, 6, 15)),
    ("15.06.70", date(1970, 6, 15)),
    ("1.3.2025.", date(2025, 3, 1)),
])
def test_typed_days(text, day):
    assert parse_day(text) == day


def test_a_blank_is_no_date():
    assert parse_day("") is None and parse_day("   ") is None and parse_day(None) is None


@pytest.mark.parametrize("text, reason", [
    ("01.01.1900", IMPLAUSIBLE_YEAR), ("1.1.2100", IMPLAUSIBLE_YEAR), ("31.02.2025", NO_SUCH_DAY),
    ("29.02.2025", NO_SUCH_DAY), ("13.13.2025", NO_SUCH_DAY), ("1.3.202", NOT_A_DATE),
    ("yesterday", NOT_A_DATE), ("1.3", NOT_A_DATE), ("12345", NOT_A_DATE),
])
def test_what_is_refused_and_why(text, reason):
    with pytest.raises(DateTypo) as caught:
        parse_day(text)
    assert caught.value.reason == reason


def test_an_implausible_year_is_named():
    with pytest.raises(DateTypo) as caught:
        parse_day("01.01.1900")
    assert caught.value.values == {"year": 1900}
