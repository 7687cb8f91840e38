"""The 3-year checks on hand-computed cases (DOMAIN.md §2)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from factories import activity, d, employee
from skma_training.domain.compliance import (
    COLLEGE_HOURS,
    MANAGEMENT_ONCE,
    PD_ONCE,
    UNIVERSITY_HOURS,
    evaluate_employee,
    evaluate_staff,
)
from skma_training.domain.model import Paperwork

AS_OF = d("2026-11-23")


def status(emp, acts, as_of=AS_OF, rules=None):
    from skma_training.domain.rules import default_rule_book

    rules = rules or default_rule_book().for_date(as_of)
    return evaluate_employee(emp, acts, as_of, rules)


def test_window_includes_its_first_day_and_not_the_day_before():
    emp = employee(category="admin")
    acts = [activity("2023-11-23")]
    assert status(emp, acts, d("2026-11-23")).check(PD_ONCE).met
    after = status(emp, acts, d("2026-11-24")).check(PD_ONCE)
    assert not after.met
    assert after.due_date == d("2026-11-23")
    assert status(emp, acts, d("2026-11-24")).overdue


def test_met_check_is_due_on_the_last_day_the_activity_counts():
    emp = employee(category="admin")
    result = status(emp, [activity("2024-05-10")]).check(PD_ONCE)
    assert result.met and result.due_date == d("2027-05-10")
    assert result.required is None


def test_university_hours_add_up_and_fall_due_when_the_older_course_leaves():
    emp = employee()
    acts = [activity("2024-03-10", hours=40), activity("2025-06-01", hours=36)]
    result = status(emp, acts).check(UNIVERSITY_HOURS)
    assert result.met
    assert result.hours == 76 and result.required == 72
    # 36 h alone are not enough: the check lasts while the 40 h course counts
    assert result.due_date == d("2027-03-10")
    assert status(emp, acts, d("2027-03-10")).check(UNIVERSITY_HOURS).met
    assert not status(emp, acts, d("2027-03-11")).check(UNIVERSITY_HOURS).met


def test_single_course_reading_needs_one_course_of_72_hours(rules):
    emp = employee()
    acts = [activity("2024-03-10", hours=40), activity("2025-06-01", hours=36)]
    single = rules.with_interpretation(hours_mode="single")
    result = status(emp, acts, rules=single).check(UNIVERSITY_HOURS)
    assert not result.met
    assert result.hours == 76  # the hours are still shown
    assert result.due_date is not None and result.due_date < AS_OF
    acts.append(activity("2023-12-01", hours=72))
    result = status(emp, acts, rules=single).check(UNIVERSITY_HOURS)
    assert result.met and result.due_date == d("2026-12-01")


def test_only_in_profile_hours_count_for_faculty():
    emp = employee()
    acts = [activity("2025-01-10", hours=72, in_profile=False)]
    st_ = status(emp, acts)
    assert st_.check(PD_ONCE).met
    assert not st_.check(UNIVERSITY_HOURS).met
    assert st_.check(UNIVERSITY_HOURS).hours == 0


def test_college_faculty_need_36_hours():
    emp = employee(category="faculty_college")
    result = status(emp, [activity("2025-01-10", hours=36)]).check(COLLEGE_HOURS)
    assert result.met and result.required == 36
    result = status(emp, [activity("2025-01-10", hours=35.5)]).check(COLLEGE_HOURS)
    assert not result.met


def test_checks_by_category():
    assert [c.rule for c in status(employee(category="admin"), []).checks] == [PD_ONCE]
    assert [c.rule for c in status(employee(category="researcher"), []).checks] == [PD_ONCE]
    assert [c.rule for c in status(employee(), []).checks] == [PD_ONCE, UNIVERSITY_HOURS]
    head = employee(category="admin", is_head=True)
    assert [c.rule for c in status(head, []).checks] == [PD_ONCE, MANAGEMENT_ONCE]


def test_management_check_needs_a_management_activity():
    head = employee(category="admin", is_head=True)
    plain = status(head, [activity("2025-02-01")])
    assert plain.check(PD_ONCE).met and not plain.check(MANAGEMENT_ONCE).met
    assert plain.overdue
    managed = status(head, [activity("2025-02-01", management=True)])
    assert managed.check(MANAGEMENT_ONCE).met and not managed.overdue


def test_unconfirmed_unfinished_and_cpd_only_activities_do_not_count():
    emp = employee(category="admin")
    assert not status(emp, [activity("2025-01-10", certificate="")]).check(PD_ONCE).met
    assert not status(emp, [activity("2026-12-10")]).check(PD_ONCE).met  # ends after the as-of date
    assert not status(emp, [activity("2025-01-10", kind="conference")]).check(PD_ONCE).met
    dated_only = activity("2025-01-10", certificate="", paperwork=Paperwork(certificate_on=d("2025-01-11")))
    assert status(emp, [dated_only]).check(PD_ONCE).met


def test_activity_ending_on_the_as_of_date_counts():
    emp = employee(category="admin")
    assert status(emp, [activity("2026-11-23")]).check(PD_ONCE).met


def test_never_met_is_due_at_the_end_of_the_first_three_years():
    recent = employee(category="admin", hired_on="2025-09-01")
    result = status(recent, []).check(PD_ONCE)
    assert not result.met and result.due_date == d("2028-08-31")
    assert not status(recent, []).overdue
    assert status(recent, [], d("2028-08-31")).overdue is False
    assert status(recent, [], d("2028-09-01")).overdue is True


def test_never_met_without_hire_date_has_no_due_date_and_is_overdue():
    unknown = employee(category="admin", hired_on=None)
    st_ = status(unknown, [])
    assert st_.check(PD_ONCE).due_date is None
    assert st_.overdue and st_.next_due is None


def test_past_sum_gives_the_last_day_it_held():
    emp = employee(hired_on="2000-09-01")
    acts = [
        activity("2019-01-10", hours=40),
        activity("2021-06-30", hours=40),
        activity("2025-01-01", hours=10),
    ]
    result = status(emp, acts).check(UNIVERSITY_HOURS)
    assert not result.met
    # 80 h counted until 2022-01-10; after that never again 72 in a window
    assert result.due_date == d("2022-01-10")


def test_leap_day_activity_counts_until_28_february():
    emp = employee(category="admin")
    acts = [activity("2024-02-29")]
    assert status(emp, acts).check(PD_ONCE).due_date == d("2027-02-28")
    assert status(emp, acts, d("2027-02-28")).check(PD_ONCE).met
    assert not status(emp, acts, d("2027-03-01")).check(PD_ONCE).met


def test_activity_of_28_february_still_counts_on_the_leap_day():
    emp = employee(category="admin")
    acts = [activity("2021-02-28")]
    assert status(emp, acts, d("2024-02-29")).check(PD_ONCE).met
    assert status(emp, acts, d("2021-03-01")).check(PD_ONCE).due_date == d("2024-02-29")
    assert not status(emp, acts, d("2024-03-01")).check(PD_ONCE).met


def test_leavers_and_future_hires_are_not_checked(rules):
    left = employee(category="admin", left_on=d("2026-11-22"))
    leaving_today = employee(category="admin", left_on=d("2026-11-23"))
    future = employee(category="admin", hired_on="2026-12-01")
    result = evaluate_staff([left, leaving_today, future], {}, AS_OF, rules)
    assert [s.employee.id for s in result] == [leaving_today.id]


def test_contributions_say_until_when_each_activity_counts():
    emp = employee()
    acts = [activity("2024-03-10", hours=40, id=501), activity("2025-06-01", hours=36, id=502)]
    result = status(emp, acts).check(UNIVERSITY_HOURS)
    assert [(c.activity_id, c.counts_until) for c in result.contributions] == [
        (502, d("2028-06-01")),
        (501, d("2027-03-10")),
    ]


def test_rules_of_the_as_of_date_are_used(tmp_path):
    from skma_training.domain.rules import RuleBook

    path = tmp_path / "rules.toml"
    path.write_text(
        "[[version]]\neffective_from = 2025-01-01\n[version.pd]\nuniversity_hours = 72\n"
        "[[version]]\neffective_from = 2027-01-01\n[version.pd]\nuniversity_hours = 100\n",
        encoding="utf-8",
    )
    book = RuleBook.from_toml(path)
    emp = employee()
    acts = [activity("2026-06-01", hours=80)]
    assert status(emp, acts, d("2026-12-31"), book.for_date(d("2026-12-31"))).check(UNIVERSITY_HOURS).met
    later = status(emp, acts, d("2027-01-01"), book.for_date(d("2027-01-01"))).check(UNIVERSITY_HOURS)
    assert not later.met and later.required == 100


# --- properties -------------------------------------------------------------

dates = st.dates(min_value=date(2012, 1, 1), max_value=date(2030, 12, 31))
activity_st = st.builds(
    lambda end, hours, in_profile, management, confirmed, kind: activity(
        end, hours=hours, in_profile=in_profile, management=management,
        certificate="c" if confirmed else "", kind=kind,
    ),
    dates,
    st.sampled_from([0, 8, 18, 36, 54, 72, 108]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["course", "internship", "webinar", "conference"]),
)
employee_st = st.builds(
    lambda cat, head, hired: employee(category=cat, is_head=head, hired_on=hired.isoformat() if hired else None),
    st.sampled_from(["faculty_university", "faculty_college", "admin", "researcher"]),
    st.booleans(),
    st.one_of(st.none(), st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 1, 1))),
)


@settings(max_examples=300, deadline=None)
@given(employee_st, st.lists(activity_st, max_size=8), activity_st, dates)
def test_adding_an_activity_never_makes_a_check_fail(emp, acts, extra, as_of):
    before = status(emp, acts, as_of)
    after = status(emp, acts + [extra], as_of)
    for old, new in zip(before.checks, after.checks):
        assert not (old.met and not new.met)
        if old.due_date is not None:
            assert new.due_date is not None and new.due_date >= old.due_date
    assert not (after.overdue and not before.overdue)


@settings(max_examples=300, deadline=None)
@given(employee_st, st.lists(activity_st, max_size=8), dates, st.integers(min_value=1, max_value=2000))
def test_moving_the_as_of_date_forward_without_new_activities_never_moves_a_due_date(
    emp, acts, as_of, days_later
):
    later = as_of + timedelta(days=days_later)
    kept = [a for a in acts if a.ends_on <= as_of]  # nothing new completes in between
    first = status(emp, kept, as_of)
    second = status(emp, kept, later)
    assert [c.due_date for c in first.checks] == [c.due_date for c in second.checks]


@settings(max_examples=300, deadline=None)
@given(employee_st, st.lists(activity_st, max_size=8), dates)
def test_a_check_is_kept_through_its_due_date_and_overdue_the_day_after(emp, acts, as_of):
    from skma_training.domain.dates import end_of_first_years

    kept = [a for a in acts if a.ends_on <= as_of]
    for check in status(emp, kept, as_of).checks:
        if check.due_date is not None and check.due_date >= as_of:
            on_due = status(emp, kept, check.due_date).check(check.rule)
            assert not on_due.overdue_on(check.due_date)
            day_after = check.due_date + timedelta(days=1)
            assert status(emp, kept, day_after).check(check.rule).overdue_on(day_after)
        if check.met:
            assert check.due_date >= as_of
        elif check.due_date is not None and check.due_date >= as_of:
            # only the first three years of a new employee give an unmet check a future date
            assert emp.hired_on is not None
            assert check.due_date == end_of_first_years(emp.hired_on, 3)


def test_credits_stand_for_30_hours_each_when_hours_are_missing():
    emp = employee()
    acts = [activity("2025-03-01", hours=None, credits=2), activity("2025-09-01", hours=12)]
    result = status(emp, acts).check(UNIVERSITY_HOURS)
    assert result.hours == 72 and result.met
