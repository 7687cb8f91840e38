"""The single state of an employee (issue 7 §6): hand-computed cases at each edge."""

from datetime import date

import pytest
from factories import activity, employee

from skma_training.domain.compliance import evaluate_employee
from skma_training.domain.standing import Standing, standing_of


def _standing(emp, activities, as_of, rules):
    return standing_of(evaluate_employee(emp, activities, date.fromisoformat(as_of), rules))


def test_a_new_hire_with_nothing_done_is_new_with_the_end_of_the_first_three_years(rules):
    emp = employee(category="admin", hired_on="2025-02-10")
    found = _standing(emp, [], "2026-11-23", rules)
    assert found.state == Standing.NEW and found.due_date == date(2028, 2, 9)


def test_a_new_hire_whose_first_years_end_next_year_is_due_next_year(rules):
    emp = employee(category="admin", hired_on="2024-03-01")
    found = _standing(emp, [], "2026-11-23", rules)
    assert found.state == Standing.DUE_NEXT_YEAR and found.due_date == date(2027, 2, 28)


@pytest.mark.parametrize("ended, as_of, state", [
    # a course ending 2023-12-31 counts through 2026-12-31 (DOMAIN.md §2): due this year
    ("2023-12-31", "2026-11-23", Standing.DUE_THIS_YEAR),
    # ending 2024-01-01 counts through 2027-01-01: next year
    ("2024-01-01", "2026-11-23", Standing.DUE_NEXT_YEAR),
    # ending 2024-12-31 counts through 2027-12-31: still next year
    ("2024-12-31", "2026-11-23", Standing.DUE_NEXT_YEAR),
    # ending 2025-01-01 counts through 2028-01-01: beyond next year, in order
    ("2025-01-01", "2026-11-23", Standing.IN_ORDER),
    # the last day inside the window, and the day after
    ("2023-11-23", "2026-11-23", Standing.DUE_THIS_YEAR),
    ("2023-11-23", "2026-11-24", Standing.OVERDUE),
])
def test_the_due_year_decides_between_due_and_in_order(rules, ended, as_of, state):
    emp = employee(category="admin", hired_on="2010-09-01")
    assert _standing(emp, [activity(ended)], as_of, rules).state == state


def test_overdue_wins_over_a_new_hires_other_check(rules):
    # a head hired long ago with PD done but no management training: overdue
    emp = employee(category="admin", hired_on="2010-09-01", is_head=True)
    found = _standing(emp, [activity("2026-05-01")], "2026-11-23", rules)
    assert found.state == Standing.OVERDUE
