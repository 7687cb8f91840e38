"""Deadlines and their states at the edges (DOMAIN.md §4)."""

from factories import activity, d, employee
from skma_training.domain.dates import DayCounter
from skma_training.domain.deadlines import (
    DeadlineKind,
    DeadlineState,
    all_deadlines,
    plan_deadline,
    state_on,
)
from skma_training.domain.model import Paperwork


def deadlines_of(act, as_of, rules, **kwargs):
    emp = employee(id=act.employee_id)
    return {
        dl.kind: dl
        for dl in all_deadlines([emp], [act], {}, d(as_of), rules, **kwargs)
        if dl.kind != DeadlineKind.PLAN
    }


def test_application_is_due_20_days_before_the_start(rules):
    act = activity("2026-12-25", starts_on="2026-12-20", employee_id=1)
    dl = deadlines_of(act, "2026-11-30", rules)[DeadlineKind.APPLICATION]
    assert dl.due_date == d("2026-11-30")
    assert dl.state == DeadlineState.PENDING  # the last day is still in time
    assert deadlines_of(act, "2026-12-01", rules)[DeadlineKind.APPLICATION].state == DeadlineState.OVERDUE


def test_application_on_the_due_date_is_done_and_a_day_later_is_late(rules):
    on_time = activity("2026-12-25", starts_on="2026-12-20", employee_id=1,
                       paperwork=Paperwork(application_on=d("2026-11-30")))
    late = activity("2026-12-25", starts_on="2026-12-20", employee_id=1,
                    paperwork=Paperwork(application_on=d("2026-12-01")))
    assert deadlines_of(on_time, "2026-12-05", rules)[DeadlineKind.APPLICATION].state == DeadlineState.DONE
    assert deadlines_of(late, "2026-12-05", rules)[DeadlineKind.APPLICATION].state == DeadlineState.LATE


def test_a_completion_recorded_after_the_as_of_date_was_not_yet_done(rules):
    act = activity("2026-11-10", starts_on="2026-11-01", employee_id=1,
                   paperwork=Paperwork(report_on=d("2026-11-20"), certificate_copy_on=d("2026-11-12")))
    assert deadlines_of(act, "2026-11-16", rules)[DeadlineKind.REPORT].state == DeadlineState.OVERDUE
    assert deadlines_of(act, "2026-11-20", rules)[DeadlineKind.REPORT].state == DeadlineState.LATE


def test_report_is_due_5_days_after_the_end(rules):
    act = activity("2026-11-20", starts_on="2026-11-16", employee_id=1)
    dl = deadlines_of(act, "2026-11-25", rules)[DeadlineKind.REPORT]
    assert dl.due_date == d("2026-11-25") and dl.state == DeadlineState.PENDING
    assert deadlines_of(act, "2026-11-26", rules)[DeadlineKind.REPORT].state == DeadlineState.OVERDUE


def test_working_days_skip_weekends_and_holidays(rules):
    working = rules.with_interpretation(day_mode="working")
    # Friday 20 November + 5 working days = Friday 27 November
    act = activity("2026-11-20", starts_on="2026-11-16", employee_id=1)
    assert deadlines_of(act, "2026-11-23", working)[DeadlineKind.REPORT].due_date == d("2026-11-27")
    # Monday 14 December + 5 working days, 16 December (Independence Day) skipped
    act = activity("2026-12-14", starts_on="2026-12-14", employee_id=1)
    assert deadlines_of(act, "2026-11-23", working)[DeadlineKind.REPORT].due_date == d("2026-12-22")


def test_day_counter_goes_back_over_a_weekend():
    counter = DayCounter(working_days=True)
    assert counter.shift(d("2026-11-23"), -1) == d("2026-11-20")  # Monday back to Friday
    assert counter.shift(d("2026-11-23"), -5) == d("2026-11-16")
    assert DayCounter().shift(d("2026-11-23"), -20) == d("2026-11-03")


def test_plan_is_due_on_1_december_before_the_plan_year(rules):
    dl = plan_deadline(2027, None, d("2026-12-01"), rules)
    assert dl.due_date == d("2026-12-01") and dl.state == DeadlineState.PENDING
    assert plan_deadline(2027, None, d("2026-12-02"), rules).state == DeadlineState.OVERDUE
    assert plan_deadline(2027, d("2026-11-28"), d("2026-12-02"), rules).state == DeadlineState.DONE


def test_next_years_plan_is_always_listed(rules):
    found = all_deadlines([], [], {}, d("2026-11-23"), rules)
    assert [(x.kind, x.plan_year, x.iin) for x in found] == [(DeadlineKind.PLAN, 2027, None)]


def test_history_before_tracking_started_is_not_listed(rules):
    old = activity("2021-05-10", starts_on="2021-05-01", employee_id=1)
    recent = activity("2026-11-20", starts_on="2026-11-16", employee_id=1)
    emp = employee(id=1)
    found = all_deadlines([emp], [old, recent], {}, d("2026-11-23"), rules,
                          tracking_since=d("2026-01-01"))
    assert {x.activity_id for x in found if x.activity_id} == {recent.id}
    everything = all_deadlines([emp], [old, recent], {}, d("2026-11-23"), rules)
    assert {x.activity_id for x in everything if x.activity_id} == {old.id, recent.id}


def test_leavers_and_cpd_only_kinds_have_no_deadlines(rules):
    left = employee(id=7, left_on=d("2026-01-01"))
    conference = activity("2026-11-20", kind="conference", employee_id=8)
    found = all_deadlines(
        [left, employee(id=8)],
        [activity("2026-11-20", employee_id=7), conference],
        {}, d("2026-11-23"), rules,
    )
    assert [x.kind for x in found] == [DeadlineKind.PLAN]


def test_state_on_boundaries():
    due = d("2026-06-10")
    assert state_on(due, None, d("2026-06-10")) == DeadlineState.PENDING
    assert state_on(due, None, d("2026-06-11")) == DeadlineState.OVERDUE
    assert state_on(due, d("2026-06-10"), d("2026-06-11")) == DeadlineState.DONE
    assert state_on(due, d("2026-06-11"), d("2026-06-11")) == DeadlineState.LATE


def test_a_report_due_just_after_tracking_started_is_still_listed(rules):
    emp = employee(id=1)
    ended_before = activity("2025-12-29", starts_on="2025-12-20", employee_id=1)
    found = all_deadlines([emp], [ended_before], {}, d("2026-01-10"), rules, tracking_since=d("2026-01-01"))
    assert [(x.kind, x.due_date, x.state) for x in found if x.activity_id] == [
        (DeadlineKind.REPORT, d("2026-01-03"), DeadlineState.OVERDUE),
        # a 36-hour course needs an implementation plan: 30 days after the end
        (DeadlineKind.IMPLEMENTATION_PLAN, d("2026-01-28"), DeadlineState.PENDING)]
