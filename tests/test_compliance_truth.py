"""Issue 7 §4: status held on the date, the grace of an appointment, E464 4.5's heads,
certificates not yet issued, and one reading of hours."""

from datetime import date

from factories import activity, d, employee
from skma_training.domain.compliance import (
    MANAGEMENT_ONCE,
    PD_ONCE,
    UNIVERSITY_HOURS,
    evaluate_employee,
)
from skma_training.domain.model import Paperwork, StatusPeriod


def check(status, rule):
    return status.check(rule)


def test_a_check_of_a_past_date_uses_the_category_held_then(rules):
    # researcher until 2025-09-01, then university faculty
    emp = employee(category="faculty_university", hired_on="2010-09-01", periods=(
        StatusPeriod(d("2010-09-01"), "researcher"), StatusPeriod(d("2025-09-01"), "faculty_university")))
    before = evaluate_employee(emp, [], d("2025-08-31"), rules)
    assert [c.rule for c in before.checks] == [PD_ONCE]
    after = evaluate_employee(emp, [], d("2026-11-23"), rules)
    hours = check(after, UNIVERSITY_HOURS)
    # the 72-hour duty began with the appointment: three years of grace from 01.09.2025
    assert hours is not None and hours.due_date == d("2028-08-31")
    # the every-employee duty runs from the hire in 2010: long overdue without any PD
    assert check(after, PD_ONCE).due_date == d("2013-08-31") and after.overdue


def test_an_appointment_as_head_brings_three_years_of_grace_for_management_training(rules):
    emp = employee(category="admin", hired_on="2005-01-10", is_head=True, periods=(
        StatusPeriod(d("2005-01-10"), "admin"), StatusPeriod(d("2026-03-01"), "admin", is_head=True)))
    status = evaluate_employee(emp, [activity("2026-02-01")], d("2026-11-23"), rules)
    management = check(status, MANAGEMENT_ONCE)
    assert management.met is False and management.due_date == d("2029-02-28")
    assert not status.overdue
    # without the history the head since 2005 would be long overdue
    plain = evaluate_employee(employee(category="admin", hired_on="2005-01-10", is_head=True),
                              [activity("2026-02-01")], d("2026-11-23"), rules)
    assert plain.overdue


def test_a_head_who_stepped_down_is_no_longer_checked_for_management(rules):
    emp = employee(category="admin", hired_on="2005-01-10", periods=(
        StatusPeriod(d("2005-01-10"), "admin", is_head=True), StatusPeriod(d("2024-06-01"), "admin")))
    assert check(evaluate_employee(emp, [], d("2026-11-23"), rules), MANAGEMENT_ONCE) is None
    assert check(evaluate_employee(emp, [], d("2024-05-31"), rules), MANAGEMENT_ONCE) is not None


def test_heads_of_teaching_departments_need_no_management_training_unless_the_centre_says(rules):
    emp = employee(category="faculty_university", is_teaching_head=True)
    assert check(evaluate_employee(emp, [], d("2026-11-23"), rules), MANAGEMENT_ONCE) is None
    strict = rules.with_interpretation(teaching_heads="management")
    assert check(evaluate_employee(emp, [], d("2026-11-23"), strict), MANAGEMENT_ONCE) is not None


def test_a_certificate_dated_after_the_as_of_date_does_not_count_yet(rules):
    emp = employee(category="admin", hired_on="2010-09-01")
    act = activity("2026-11-10", paperwork=Paperwork(certificate_no="7", certificate_on=d("2026-11-20")))
    assert evaluate_employee(emp, [act], d("2026-11-19"), rules).check(PD_ONCE).met is False
    assert evaluate_employee(emp, [act], d("2026-11-20"), rules).check(PD_ONCE).met is True


def test_hours_0_with_credits_count_as_the_credits(rules):
    emp = employee(category="faculty_university", hired_on="2010-09-01")
    act = activity("2026-05-10", hours=0, credits=3)
    hours = evaluate_employee(emp, [act], d("2026-11-23"), rules).check(UNIVERSITY_HOURS)
    assert hours.hours == 90 and hours.met


def test_status_on_falls_back_to_the_earliest_known_period():
    emp = employee(category="faculty_university", periods=(
        StatusPeriod(d("2020-01-01"), "faculty_college"), StatusPeriod(d("2024-01-01"), "faculty_university")))
    assert emp.status_on(date(2019, 5, 1)).category == "faculty_college"
    assert emp.status_on(date(2023, 12, 31)).category == "faculty_college"
    assert emp.status_on(date(2024, 1, 1)).category == "faculty_university"


def test_in_the_one_course_reading_a_proposal_asks_for_the_whole_course(rules):
    from skma_training.domain.planning import proposals_for_year

    emp = employee(category="faculty_university", hired_on="2010-09-01")
    done = [activity("2025-05-10", hours=36), activity("2026-03-10", hours=24)]
    single = rules.with_interpretation(hours_mode="single")
    summed = proposals_for_year([evaluate_employee(emp, done, d("2026-11-23"), rules)], 2027)
    one_course = proposals_for_year([evaluate_employee(emp, done, d("2026-11-23"), single)], 2027, "single")
    assert summed[0].hours_missing == 72 - 60
    assert one_course[0].hours_missing == 72
