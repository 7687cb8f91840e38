"""One number everywhere (issue 7 §6): the overview's views at their edges, and on the demo
academy every employee in exactly one state and every count equal to its list."""

import random
from datetime import date, timedelta

import pytest

from factories import d
from skma_training.domain.deadlines import Deadline, DeadlineKind, DeadlineState
from skma_training.domain.overview import STAFF_GROUPS, deadline_in_view, overview_counts
from skma_training.domain.standing import Standing, standing_of


def deadline(due, state):
    return Deadline(DeadlineKind.REPORT, d(due), None, state)


@pytest.mark.parametrize("due, state, week, month", [
    ("2026-11-23", DeadlineState.PENDING, True, True),  # today
    ("2026-11-29", DeadlineState.PENDING, True, True),  # the 7th day
    ("2026-11-30", DeadlineState.PENDING, False, True),  # the 8th
    ("2026-12-22", DeadlineState.PENDING, False, True),  # the 30th
    ("2026-12-23", DeadlineState.PENDING, False, False),  # the 31st
    ("2026-11-20", DeadlineState.OVERDUE, False, False),  # overdue is its own view
    ("2026-11-25", DeadlineState.DONE, False, False),
])
def test_the_week_and_month_views_at_their_edges(due, state, week, month):
    as_of = d("2026-11-23")
    assert deadline_in_view(deadline(due, state), "week", as_of) is week
    assert deadline_in_view(deadline(due, state), "month", as_of) is month


def test_the_staff_groups_cover_every_state_once():
    grouped = [state for group in STAFF_GROUPS.values() for state in group]
    assert sorted(grouped) == sorted(Standing)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context
    from skma_training.services.demo import load_demo

    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    ctx = Context(database, today=lambda: date(2026, 11, 23), actor="tester")
    load_demo(ctx, staff=150)
    yield ctx
    database.dispose()


def test_on_twenty_random_dates_each_card_equals_its_list_and_states_partition_the_staff(demo):
    from skma_training.services.queries import staff_statuses, tracked_deadlines

    snapshot = demo.snapshot(light=True)
    rng = random.Random(7)
    for _ in range(20):
        as_of = date(2023, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        statuses = staff_statuses(demo, as_of, snapshot=snapshot)
        standings = [standing_of(s) for s in statuses]
        deadlines = tracked_deadlines(demo, as_of, snapshot=snapshot)
        counts = overview_counts(standings, deadlines, as_of)
        by_state = {state: [s for s in standings if s.state == state] for state in Standing}
        assert sum(map(len, by_state.values())) == len(statuses) == counts.staff_checked
        assert counts.staff_overdue == len(by_state[Standing.OVERDUE])
        assert counts.staff_due_soon == len(by_state[Standing.DUE_THIS_YEAR]) + len(by_state[Standing.DUE_NEXT_YEAR])
        assert counts.deadlines_overdue == sum(d.state == DeadlineState.OVERDUE for d in deadlines)
        # overdue staff are exactly those whose status says overdue
        assert [s.overdue for s in statuses] == [st.state == Standing.OVERDUE for st in standings]
        # a due date of a non-overdue employee lies in the year its state names
        for status, standing in zip(statuses, standings):
            if standing.state == Standing.DUE_THIS_YEAR:
                assert standing.due_date.year == as_of.year
            elif standing.state == Standing.DUE_NEXT_YEAR:
                assert standing.due_date.year == as_of.year + 1
            elif standing.state in (Standing.NEW, Standing.IN_ORDER):
                assert standing.due_date.year > as_of.year + 1
