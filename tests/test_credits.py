"""Healthcare CPD credit units (DSM-283 Appendix 1) on hand-computed cases."""

import pytest

from factories import activity, d
from skma_training.domain.credits import (
    AUTHOR_POSITION,
    NOT_CONFIRMED,
    NOT_IN_PROFILE,
    TOO_SHORT,
    credit_item,
    credit_report,
    rule_text,
)

AS_OF = d("2026-11-23")


def units(act, rules):
    return credit_item(act, AS_OF, rules).units


@pytest.mark.parametrize(
    "kind, hours, credits, expected",
    [
        ("course", 72, None, 72),
        ("course", None, 3, 90),
        ("seminar", 12, None, 12),
        ("master_class", 6, None, 6),
        ("webinar", 10, None, 5),
        ("online_course", 36, None, 18),
    ],
)
def test_hourly_rates(rules, kind, hours, credits, expected):
    act = activity("2026-05-01", hours=hours, kind=kind, credits=credits)
    assert units(act, rules) == expected


def test_internship_weeks_whole_and_started(rules):
    two_weeks = activity("2026-01-18", starts_on="2026-01-05", kind="internship", scope="national")
    thirteen_days = activity("2026-01-17", starts_on="2026-01-05", kind="internship", scope="national")
    abroad = activity("2026-01-18", starts_on="2026-01-05", kind="internship", scope="international")
    assert units(two_weeks, rules) == 72
    assert units(thirteen_days, rules) == 36
    assert units(abroad, rules) == 144
    started = rules.with_interpretation(internship_weeks="started")
    assert credit_item(thirteen_days, AS_OF, started).units == 72


def test_conference_day_rate_and_talk(rules):
    plain = activity("2026-04-02", starts_on="2026-04-01", kind="conference", scope="national")
    talk = activity("2026-04-02", starts_on="2026-04-01", kind="conference", scope="national", with_talk=True)
    world = activity("2026-04-03", starts_on="2026-04-01", kind="conference", scope="international")
    assert units(plain, rules) == 20
    assert units(talk, rules) == 50  # per event, replacing the day rate
    assert units(world, rules) == 120
    per_day = rules.with_interpretation(conference_talk="per_day")
    assert credit_item(talk, AS_OF, per_day).units == 100


def test_publications(rules):
    assert units(activity("2026-01-01", kind="article_indexed", quartile=2, hours=None), rules) == 200
    assert units(activity("2026-01-01", kind="article_indexed", quartile=4, hours=None), rules) == 70
    first = activity("2026-01-01", kind="monograph", author_position=1, hours=None)
    second = activity("2026-01-01", kind="monograph", author_position=2, hours=None)
    assert units(first, rules) == 300
    item = credit_item(second, AS_OF, rules)
    assert item.units == 0 and item.rule == AUTHOR_POSITION
    third = activity("2026-01-01", kind="article_recommended", author_position=3, hours=None)
    fourth = activity("2026-01-01", kind="article_recommended", author_position=4, hours=None)
    assert units(third, rules) == 30 and units(fourth, rules) == 0
    assert units(activity("2026-01-01", kind="patent", scope="international", hours=None), rules) == 300
    assert units(activity("2026-01-01", kind="patent", scope="national", hours=None), rules) == 120


def test_exam_review_counts_whole_fifties_and_tens(rules):
    act = activity("2026-01-01", kind="exam_review", test_items=120, clinical_cases=25, hours=None)
    assert units(act, rules) == 4


def test_membership_needs_a_year(rules):
    year = activity(None, starts_on="2025-11-23", kind="association_membership", scope="international")
    # both ends count: 24.11.2025-23.11.2026 is a whole year; from the 25th it is not
    year_exactly = activity(None, starts_on="2025-11-24", kind="association_membership", scope="international")
    assert units(year_exactly, rules) == 100
    short = activity(None, starts_on="2025-11-25", kind="association_membership", scope="international")
    assert units(year, rules) == 100
    item = credit_item(short, AS_OF, rules)
    assert item.units == 0 and item.rule == TOO_SHORT


def test_unconfirmed_and_out_of_profile_earn_nothing_with_a_reason(rules):
    assert credit_item(activity("2026-01-01", certificate=""), AS_OF, rules).rule == NOT_CONFIRMED
    assert credit_item(activity("2026-01-01", in_profile=False), AS_OF, rules).rule == NOT_IN_PROFILE
    # row 10 has no profile condition
    other = activity("2026-01-01", kind="article_other", author_position=1, in_profile=False, hours=None)
    assert units(other, rules) == 15


def test_five_year_window_edges(rules):
    inside = activity("2021-11-23", hours=10, id=1)
    outside = activity("2021-11-22", hours=10, id=2)
    future = activity("2026-11-24", hours=10, id=3)
    report = credit_report([inside, outside, future], AS_OF, rules)
    assert report.window_start == d("2021-11-23")
    assert [i.activity_id for i in report.items] == [1]
    assert report.total_units == 10


def test_report_rows_and_rule_text(rules):
    acts = [activity("2026-01-01", hours=10), activity("2026-02-01", hours=6, kind="seminar"),
            activity("2026-03-01", hours=4, kind="training")]
    report = credit_report(acts, AS_OF, rules)
    assert report.units_by_row() == {1: 10, 3: 10}
    assert report.items[0].rule == "dsm283.1.hours"
    assert rule_text(report.items[0]) == "1 per hour"
