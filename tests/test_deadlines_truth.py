"""Issue 7 §1-§3: history never hides open work, every deadline the regulation sets,
each by the rules in force when it arose, and Kazakhstan's real working-day calendar."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factories import activity, d, employee
from skma_training.domain.dates import CalendarDay, DayCounter, kazakhstan_working_days
from skma_training.domain.deadlines import (
    DeadlineKind,
    DeadlineState,
    all_deadlines,
    history_date_for_import,
)
from skma_training.domain.model import Paperwork
from skma_training.domain.rules import RuleBook, default_rule_book
from skma_training.domain.timeline import DatedValue, RuleTimeline


def kinds(found, activity_id):
    return {x.kind: x for x in found if x.activity_id == activity_id}


# --- §1 the history date -------------------------------------------------------------

def test_the_history_date_is_the_earlier_of_1_january_and_120_days_before_the_import():
    assert history_date_for_import(d("2026-12-01")) == d("2026-01-01")
    assert history_date_for_import(d("2027-01-05")) == d("2026-09-07")
    # 120 days before 1 May 2026 is 1 January 2026 exactly: both rules agree
    assert history_date_for_import(d("2026-05-01")) == d("2026-01-01")
    assert history_date_for_import(d("2026-05-02")) == d("2026-01-01")


def test_a_roster_imported_today_shows_last_weeks_late_report_and_an_unsent_application(rules):
    emp = employee(id=1)
    late_report = activity("2026-11-10", starts_on="2026-11-02", employee_id=1)  # report due 15.11
    future = activity("2027-01-20", starts_on="2027-01-15", employee_id=1)  # application due 26.12
    found = all_deadlines([emp], [late_report, future], {}, d("2026-12-01"), rules,
                          tracking_since=history_date_for_import(d("2026-12-01")))
    assert kinds(found, late_report.id)[DeadlineKind.REPORT].state == DeadlineState.OVERDUE
    assert kinds(found, future.id)[DeadlineKind.APPLICATION].due_date == d("2026-12-26")


def test_an_as_of_date_before_the_history_date_ignores_it(rules):
    emp = employee(id=1)
    old = activity("2025-03-10", starts_on="2025-03-01", employee_id=1)
    found = all_deadlines([emp], [old], {}, d("2025-03-20"), rules, tracking_since=d("2026-01-01"))
    assert kinds(found, old.id)[DeadlineKind.REPORT].state == DeadlineState.OVERDUE


def test_nothing_due_on_the_history_date_is_hidden_and_the_day_before_is(rules):
    emp = employee(id=1)
    on_the_day = activity("2025-12-27", starts_on="2025-12-20", employee_id=1)  # report due 01.01
    day_before = activity("2025-12-26", starts_on="2025-12-19", employee_id=1)  # report due 31.12
    found = all_deadlines([emp], [on_the_day, day_before], {}, d("2026-02-01"), rules,
                          tracking_since=d("2026-01-01"))
    assert DeadlineKind.REPORT in kinds(found, on_the_day.id)
    assert DeadlineKind.REPORT not in kinds(found, day_before.id)


# --- §2 every deadline, with the rules in force when it arose ------------------------

def test_the_report_needs_the_certificate_copy_and_the_report_and_the_later_date_decides(rules):
    emp = employee(id=1)
    only_report = activity("2026-11-10", starts_on="2026-11-02", employee_id=1,
                           paperwork=Paperwork(report_on=d("2026-11-12"), certificate_no="1"))
    both = activity("2026-11-10", starts_on="2026-11-03", employee_id=1, title="B",
                    paperwork=Paperwork(report_on=d("2026-11-12"), certificate_copy_on=d("2026-11-16")))
    found = all_deadlines([emp], [only_report, both], {}, d("2026-11-20"), rules)
    assert kinds(found, only_report.id)[DeadlineKind.REPORT].state == DeadlineState.OVERDUE
    report = kinds(found, both.id)[DeadlineKind.REPORT]
    assert report.due_date == d("2026-11-15") and report.done_on == d("2026-11-16")
    assert report.state == DeadlineState.LATE


def test_the_order_must_be_recorded_before_the_start(rules):
    emp = employee(id=1)
    act = activity("2026-12-20", starts_on="2026-12-10", employee_id=1)
    assert kinds(all_deadlines([emp], [act], {}, d("2026-12-09"), rules), act.id)[
        DeadlineKind.ORDER].state == DeadlineState.PENDING
    on_start = kinds(all_deadlines([emp], [act], {}, d("2026-12-10"), rules), act.id)[DeadlineKind.ORDER]
    assert on_start.due_date == d("2026-12-09") and on_start.state == DeadlineState.OVERDUE
    ordered = replace(act, paperwork=Paperwork(order_no="12-к", order_on=d("2026-12-01")))
    assert kinds(all_deadlines([emp], [ordered], {}, d("2026-12-10"), rules), act.id)[
        DeadlineKind.ORDER].state == DeadlineState.DONE


def test_an_internship_has_review_approval_and_implementation_plan_deadlines(rules):
    emp = employee(id=1)
    internship = activity("2026-10-30", starts_on="2026-10-19", kind="internship", hours=12, employee_id=1,
                          paperwork=Paperwork(review_on=d("2026-11-02"), meeting_on=d("2026-11-06")))
    found = kinds(all_deadlines([emp], [internship], {}, d("2026-11-23"), rules), internship.id)
    assert found[DeadlineKind.INTERNSHIP_REVIEW].due_date == d("2026-11-04")
    assert found[DeadlineKind.INTERNSHIP_REVIEW].state == DeadlineState.DONE
    assert found[DeadlineKind.INTERNSHIP_APPROVAL].state == DeadlineState.LATE
    # internships need an implementation plan whatever their hours: 30 days after the end
    assert found[DeadlineKind.IMPLEMENTATION_PLAN].due_date == d("2026-11-29")
    assert found[DeadlineKind.IMPLEMENTATION_PLAN].state == DeadlineState.PENDING


def test_an_implementation_plan_from_36_hours_on(rules):
    emp = employee(id=1)
    short = activity("2026-10-30", hours=35.5, employee_id=1)
    long = activity("2026-10-30", hours=36, employee_id=1, title="Long")
    by_credits = activity("2026-10-30", hours=0, credits=2, employee_id=1, title="Credits")
    found = all_deadlines([emp], [short, long, by_credits], {}, d("2026-11-23"), rules)
    assert DeadlineKind.IMPLEMENTATION_PLAN not in kinds(found, short.id)
    assert DeadlineKind.IMPLEMENTATION_PLAN in kinds(found, long.id)
    assert DeadlineKind.IMPLEMENTATION_PLAN in kinds(found, by_credits.id)  # 2 credits = 60 h


def test_each_staffed_department_owes_a_request_by_1_november(rules):
    staff = [employee(id=1, department_id=10), employee(id=2, department_id=20, iin="650103302001"),
             employee(id=3, department_id=30, left_on=d("2026-01-31"), iin="650103302002")]
    found = all_deadlines(staff, [], {}, d("2026-11-23"), rules,
                          requests={(2027, 10): d("2026-10-30"), (2027, 20): d("2026-11-02")})
    requests = {x.department_id: x for x in found if x.kind == DeadlineKind.REQUEST}
    assert set(requests) == {10, 20}  # the department whose only employee left owes nothing
    assert requests[10].due_date == d("2026-11-01") and requests[10].state == DeadlineState.DONE
    assert requests[20].state == DeadlineState.LATE and requests[20].plan_year == 2027


def _second_edition_book(rules, application_days=30, report_days=10, since=d("2026-06-01")):
    second = replace(rules, effective_from=since, source="second edition",
                     deadlines=replace(rules.deadlines, application_days_before=application_days,
                                       report_days_after=report_days))
    return RuleBook([rules, second])


def test_a_deadline_keeps_the_rules_of_the_day_it_arose(rules):
    book = _second_edition_book(rules)
    emp = employee(id=1)
    # started 2026-05-20 under the first edition, ended 2026-06-05 under the second
    act = activity("2026-06-05", starts_on="2026-05-20", employee_id=1)
    found = kinds(all_deadlines([emp], [act], {}, d("2026-12-01"), RuleTimeline(book)), act.id)
    assert found[DeadlineKind.APPLICATION].due_date == d("2026-04-30")  # 20 days: first edition
    assert found[DeadlineKind.REPORT].due_date == d("2026-06-15")  # 10 days: second edition


def test_a_dated_day_mode_setting_applies_only_from_its_day(rules):
    timeline = RuleTimeline(RuleBook([rules]), [DatedValue("day_mode", d("2026-11-01"), "working")])
    emp = employee(id=1)
    before = activity("2026-10-23", starts_on="2026-10-19", employee_id=1)  # Friday
    after = activity("2026-11-20", starts_on="2026-11-16", employee_id=1, title="After")  # Friday
    found = all_deadlines([emp], [before, after], {}, d("2026-12-01"), timeline)
    assert kinds(found, before.id)[DeadlineKind.REPORT].due_date == d("2026-10-28")  # calendar
    assert kinds(found, after.id)[DeadlineKind.REPORT].due_date == d("2026-11-27")  # working


@settings(max_examples=60, deadline=None)
@given(start=st.dates(date(2025, 1, 10), date(2027, 12, 1)), length=st.integers(0, 40),
       edition=st.dates(date(2025, 2, 1), date(2028, 1, 1)))
def test_a_later_edition_never_moves_a_deadline_that_arose_before_it(start, length, edition):
    rules = default_rule_book().for_date(date(2026, 11, 23))
    emp = employee(id=1)
    act = activity(start + timedelta(days=length), starts_on=start, employee_id=1, hours=72)
    as_of = date(2028, 6, 1)
    alone = {(x.kind, x.due_date) for x in all_deadlines([emp], [act], {}, as_of, rules)
             if x.activity_id}
    with_later = {(x.kind, x.due_date) for x in all_deadlines(
        [emp], [act], {}, as_of, RuleTimeline(_second_edition_book(rules, 45, 15, edition)))
        if x.activity_id}
    arose = {DeadlineKind.APPLICATION: start, DeadlineKind.ORDER: start}
    for kind, due in alone:
        if arose.get(kind, act.ends_on) < edition:
            assert (kind, due) in with_later


# --- §3 working days as the calendar really is ---------------------------------------

def test_a_moved_sunday_is_a_working_day_and_its_friday_is_off():
    counter = DayCounter(working_days=True, is_working_day=kazakhstan_working_days())
    # Thursday 2 January 2025 + 5 working days: 3 Jan off (moved), Sun 5 Jan works,
    # 6, 8, 9, 10 (7 January is Orthodox Christmas): Friday 10 January
    assert counter.shift(d("2025-01-02"), 5) == d("2025-01-10")


def test_the_centre_can_add_a_day_off_the_package_does_not_know():
    decree = CalendarDay(d("2025-01-08"), working=False, source="test decree")
    counter = DayCounter(working_days=True, is_working_day=kazakhstan_working_days([decree]))
    assert counter.shift(d("2025-01-02"), 5) == d("2025-01-13")
    made_working = CalendarDay(d("2025-01-04"), working=True, source="test decree")
    counter = DayCounter(working_days=True, is_working_day=kazakhstan_working_days([made_working]))
    assert counter.shift(d("2025-01-02"), 5) == d("2025-01-09")


def test_the_centres_calendar_changes_are_read_line_by_line():
    from skma_training.domain.dates import calendar_days_text, parse_calendar_days

    days, bad = parse_calendar_days("04.01.2027 off Decree No 12\n\n06.01.2027 рабочий\n7.1.2027 maybe\n31.02.2027 off")
    assert days == (CalendarDay(d("2027-01-04"), False, "Decree No 12"), CalendarDay(d("2027-01-06"), True, ""))
    assert bad == [(4, "7.1.2027 maybe"), (5, "31.02.2027 off")]
    assert parse_calendar_days(calendar_days_text(days))[0] == days
