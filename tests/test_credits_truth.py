"""Issue 7 §5: CPD credit units at the edges of ҚР ДСМ-283 Appendix 1 rows 2, 6, 14-20."""

from factories import activity, d
from skma_training.domain.credits import (
    NOT_ACTIVE,
    NOT_REPUBLICAN,
    OVER_A_YEAR,
    TOO_SHORT,
    UNDER_A_YEAR,
    credit_item,
    credit_report,
)

AS_OF = d("2026-11-23")  # the 5-year window starts on 2021-11-23


def item(act, rules, as_of=AS_OF):
    return credit_item(act, as_of, rules)


def test_mentoring_counts_whole_years_with_both_ends_included(rules):
    three = activity("2025-08-31", starts_on="2022-09-01", kind="mentoring_students", hours=None)
    assert item(three, rules).units == 30
    short_of_three = activity("2025-08-30", starts_on="2022-09-01", kind="mentoring_students", hours=None)
    assert item(short_of_three, rules).units == 20


def test_mentoring_counts_only_the_years_inside_the_window(rules):
    # 01.09.2019-31.08.2023: inside the window only 23.11.2021-31.08.2023, one whole year
    old = activity("2023-08-31", starts_on="2019-09-01", kind="mentoring_specialists", hours=None)
    assert item(old, rules).units == 10
    report = credit_report([old], AS_OF, rules)
    assert [i.units for i in report.items] == [10]


def test_running_mentoring_counts_the_years_completed(rules):
    running = activity(None, starts_on="2024-11-24", kind="mentoring_students", hours=None)
    assert item(running, rules).units == 20  # 24.11.2024-23.11.2026: two whole years
    young = activity(None, starts_on="2026-02-01", kind="mentoring_students", hours=None)
    found = item(young, rules)
    assert found.units == 0 and found.rule == UNDER_A_YEAR


def test_association_membership_must_be_active_on_the_date_and_a_year_old(rules):
    active = activity(None, starts_on="2024-01-10", kind="association_membership", scope="national")
    assert item(active, rules).units == 30
    ended = activity("2026-06-30", starts_on="2020-01-10", kind="association_membership", scope="national")
    assert item(ended, rules).rule == NOT_ACTIVE
    assert item(ended, rules, as_of=d("2026-06-30")).units == 30  # its last day still counts


def test_expert_body_needs_a_year_of_membership_inside_the_window(rules):
    inside = activity("2022-11-22", starts_on="2019-01-01", kind="expert_body", hours=None)
    assert item(inside, rules).units == 100  # 23.11.2021-22.11.2022: one whole year
    too_early = activity("2022-11-21", starts_on="2019-01-01", kind="expert_body", hours=None)
    assert item(too_early, rules).rule == TOO_SHORT


def test_a_talk_never_earns_less_than_the_days_without_it(rules):
    # 6 international days: 240 by days, 100 for the talk: the larger, 240
    long = activity("2026-04-06", starts_on="2026-04-01", kind="conference", scope="international",
                    with_talk=True)
    assert item(long, rules).units == 240
    short = activity("2026-04-02", starts_on="2026-04-01", kind="conference", scope="international",
                     with_talk=True)
    assert item(short, rules).units == 100  # 2 days = 80 < 100


def test_a_five_day_internship_gets_its_units_by_the_weeks_rule(rules):
    five_days = activity("2026-03-06", starts_on="2026-03-02", kind="internship", scope="national")
    whole = item(five_days, rules)
    assert whole.units == 0 and whole.rule == "dsm283.2.weeks"  # not "data missing"
    started = credit_item(five_days, AS_OF, rules.with_interpretation(internship_weeks="started"))
    assert started.units == 36


def test_expert_activity_within_a_year_and_regulatory_documents_of_republican_level(rules):
    within = activity("2026-06-30", starts_on="2025-07-01", kind="expert_trainer", hours=None)
    assert item(within, rules).units == 20
    longer = activity("2026-07-01", starts_on="2025-07-01", kind="expert_trainer", hours=None)
    assert item(longer, rules).rule == OVER_A_YEAR
    national = activity("2026-01-01", kind="regulatory_document", scope="national", hours=None)
    regional = activity("2026-01-01", kind="regulatory_document", scope="regional", hours=None)
    unknown = activity("2026-01-01", kind="regulatory_document", scope="", hours=None)
    assert item(national, rules).units == 50 and not item(national, rules).needs_confirming
    assert item(regional, rules).rule == NOT_REPUBLICAN
    assert item(unknown, rules).units == 50 and item(unknown, rules).needs_confirming
