"""Healthcare CPD credit units over the last 5 years (ҚР ДСМ-283/2020 Appendix 1).

Each activity in the window gets its units and the rule that gave them, or
zero with the reason it does not count. The rates are data (resources/rules).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from skma_training.domain.dates import add_years, inclusive_days, window_start
from skma_training.domain.model import Activity
from skma_training.domain.rules import RuleSet
from skma_training.domain.vocabulary import Kind, Scope
from skma_training.i18n import QT_TRANSLATE_NOOP, translate

MEMBERSHIP_KINDS = frozenset({Kind.ASSOCIATION_MEMBERSHIP, Kind.EXPERT_BODY})

# Rule ids of items that earned nothing, and why.
NOT_CONFIRMED = "not_confirmed"
NOT_IN_PROFILE = "not_in_profile"
AUTHOR_POSITION = "author_position"
TOO_SHORT = "membership_too_short"
NOT_ACTIVE = "membership_not_active"
UNDER_A_YEAR = "under_a_year"
NOT_REPUBLICAN = "not_republican"
OVER_A_YEAR = "over_a_year"
NO_RATE = "no_rate"
MISSING_DATA = "missing_data"

RULE_TEXTS = {
    "hours": QT_TRANSLATE_NOOP("Credits", "{rate} per hour"),
    "credits": QT_TRANSLATE_NOOP("Credits", "{rate} per credit"),
    "weeks": QT_TRANSLATE_NOOP("Credits", "{rate} per week ({weeks} weeks)"),
    "fixed": QT_TRANSLATE_NOOP("Credits", "{rate} each"),
    "conference_days": QT_TRANSLATE_NOOP("Credits", "{rate} per day"),
    "conference_talk": QT_TRANSLATE_NOOP("Credits", "{rate} with a talk"),
    "quartile": QT_TRANSLATE_NOOP("Credits", "{rate} for a Q{quartile} journal"),
    "scope": QT_TRANSLATE_NOOP("Credits", "{rate} ({scope})"),
    "per_year": QT_TRANSLATE_NOOP("Credits", "{rate} per year ({years} whole years in the window)"),
    "membership": QT_TRANSLATE_NOOP("Credits", "{rate} ({scope})"),
    "exam_review": QT_TRANSLATE_NOOP("Credits", "1 per {items} test items, 1 per {cases} clinical cases"),
    NOT_CONFIRMED: QT_TRANSLATE_NOOP("Credits", "no confirming document recorded"),
    NOT_IN_PROFILE: QT_TRANSLATE_NOOP("Credits", "not in the profile of the specialty"),
    AUTHOR_POSITION: QT_TRANSLATE_NOOP("Credits", "author position does not qualify"),
    TOO_SHORT: QT_TRANSLATE_NOOP("Credits", "membership shorter than required"),
    NOT_ACTIVE: QT_TRANSLATE_NOOP("Credits", "membership not active on this date"),
    UNDER_A_YEAR: QT_TRANSLATE_NOOP("Credits", "less than a whole year inside the 5 years"),
    NOT_REPUBLICAN: QT_TRANSLATE_NOOP("Credits", "not a document of republican level"),
    OVER_A_YEAR: QT_TRANSLATE_NOOP("Credits", "longer than a year: record each year separately"),
    NO_RATE: QT_TRANSLATE_NOOP("Credits", "no credit units for this kind"),
    MISSING_DATA: QT_TRANSLATE_NOOP("Credits", "hours, dates or other data missing"),
}


@dataclass(frozen=True, slots=True)
class CreditItem:
    activity_id: int | None
    kind: str
    units: float
    rule: str  # e.g. "dsm283.3.hours", or a reason it earned nothing
    row: int | None  # row of DSM-283 Appendix 1 / Appendix 2 table
    detail: Mapping[str, Any]  # numbers for the human-readable rule text
    needs_confirming: bool = False  # a condition of the row could not be checked from the record


@dataclass(frozen=True, slots=True)
class CreditReport:
    as_of: date
    window_start: date
    items: tuple[CreditItem, ...]

    @property
    def total_units(self) -> float:
        return sum(item.units for item in self.items)

    def units_by_row(self) -> dict[int, float]:
        rows: dict[int, float] = {}
        for item in self.items:
            if item.row is not None:
                rows[item.row] = rows.get(item.row, 0.0) + item.units
        return rows


def rule_text(item: CreditItem, lang: str | None = None) -> str:
    key = item.rule.rsplit(".", 1)[-1]
    template = translate("Credits", RULE_TEXTS.get(key, key), lang)
    try:
        return template.format(**item.detail)
    except (KeyError, IndexError, ValueError):
        return template


PER_YEAR_KINDS = frozenset({Kind.MENTORING_STUDENTS, Kind.MENTORING_SPECIALISTS})


def _in_window(activity: Activity, as_of: date, start: date) -> bool:
    if activity.kind in MEMBERSHIP_KINDS or activity.kind in PER_YEAR_KINDS:  # while active in the window
        began = activity.starts_on or activity.ends_on
        return began is not None and began <= as_of and (
            activity.ends_on is None or activity.ends_on >= start
        )
    day = activity.ends_on or activity.starts_on
    return day is not None and start <= day <= as_of


def _scope(activity: Activity) -> str:
    return activity.scope or Scope.NATIONAL


def _weeks(activity: Activity, mode: str) -> int:
    days = activity.days
    if not days and activity.starts_on and activity.ends_on:
        days = inclusive_days(activity.starts_on, activity.ends_on)
    if not days:
        return 0
    return math.ceil(days / 7) if mode == "started" else days // 7


def _conference_days(activity: Activity) -> int:
    if activity.days:
        return activity.days
    if activity.starts_on and activity.ends_on:
        return inclusive_days(activity.starts_on, activity.ends_on)
    return 1 if activity.starts_on or activity.ends_on else 0


def _whole_years(start: date | None, end: date) -> int:
    """Whole years from ``start`` to ``end``, both days included: 1 Sep 2022 - 31 Aug 2025 is 3."""
    if start is None or start > end:
        return 0
    after = end + timedelta(days=1)
    years = after.year - start.year
    if add_years(start, years) > after:
        years -= 1
    return years


def _years_in_window(activity: Activity, as_of: date, window_from: date) -> int:
    """Whole years of an assignment inside the window; one still running counts those completed."""
    if activity.starts_on is None:
        return 0
    begin = max(activity.starts_on, window_from)
    end = min(activity.ends_on or as_of, as_of)
    return _whole_years(begin, end)


def _units(activity: Activity, rate: Mapping[str, Any], rules: RuleSet, as_of: date, window_from: date):
    """(units, rule key, detail) for an activity that passed the conditions."""
    method = rate.get("method")
    interp = rules.interpretation
    if method == "hours":
        if activity.hours:
            return activity.hours * rate["per_hour"], "hours", {"rate": rate["per_hour"]}
        if activity.credits:
            return activity.credits * rate["per_credit"], "credits", {"rate": rate["per_credit"]}
        return None
    if method == "weeks":
        if not activity.days and not (activity.starts_on and activity.ends_on):
            return None
        # a part week counts by the centre's reading: whole weeks only, or every started week
        weeks = _weeks(activity, interp.internship_weeks)
        per_week = rate[_scope(activity)]
        return weeks * per_week, "weeks", {"rate": per_week, "weeks": weeks}
    if method == "fixed":
        return rate["units"], "fixed", {"rate": rate["units"]}
    if method == "conference":
        scope = _scope(activity)
        days = _conference_days(activity)
        if not days:
            return None
        by_days = days * rate["day"][scope]
        if activity.with_talk:
            talk = rate["talk"][scope]
            units = talk * days if interp.conference_talk == "per_day" else talk
            if units >= by_days:  # a talk never earns less than attending without one
                return units, "conference_talk", {"rate": talk}
        return by_days, "conference_days", {"rate": rate["day"][scope]}
    if method == "quartile":
        if activity.quartile not in (1, 2, 3, 4):
            return None
        units = rate[f"q{activity.quartile}"]
        return units, "quartile", {"rate": units, "quartile": activity.quartile}
    if method == "scope":
        scope = _scope(activity)
        return rate[scope], "scope", {"rate": rate[scope], "scope": scope}
    if method == "per_year":
        if activity.starts_on is None:
            return None
        years = _years_in_window(activity, as_of, window_from)
        return years * rate["units"], "per_year", {"rate": rate["units"], "years": years}
    if method == "membership":
        scope = _scope(activity)
        return rate[scope], "membership", {"rate": rate[scope], "scope": scope}
    if method == "exam_review":
        per_items, per_cases = rate["test_items_per_unit"], rate["clinical_cases_per_unit"]
        units = (activity.test_items or 0) // per_items + (activity.clinical_cases or 0) // per_cases
        return units, "exam_review", {"items": per_items, "cases": per_cases}
    return None


def credit_item(activity: Activity, as_of: date, rules: RuleSet, window_from: date | None = None) -> CreditItem:
    """The units of one activity on ``as_of`` (``window_from``: the first day of the 5 years)."""
    window_from = window_from or window_start(as_of, rules.cpd.window_years)
    rate = rules.cpd.rates.get(activity.kind)
    if rate is None:
        return CreditItem(activity.id, activity.kind, 0.0, NO_RATE, None, {})
    row = int(rate.get("row", 0)) or None

    def nothing(reason: str) -> CreditItem:
        return CreditItem(activity.id, activity.kind, 0.0, reason, row, {})

    if not activity.confirmed:
        return nothing(NOT_CONFIRMED)
    if rate.get("profile") and not activity.in_profile:
        return nothing(NOT_IN_PROFILE)
    max_author = rate.get("max_author_position")
    if max_author and (activity.author_position is None or activity.author_position > max_author):
        return nothing(AUTHOR_POSITION)
    min_years = rate.get("min_years")
    if min_years and activity.kind == Kind.ASSOCIATION_MEMBERSHIP:
        # row 17: a membership active on the date that has lasted at least a year
        if activity.starts_on is None:
            return nothing(MISSING_DATA)
        if activity.starts_on > as_of or (activity.ends_on is not None and activity.ends_on < as_of):
            return nothing(NOT_ACTIVE)
        if _whole_years(activity.starts_on, as_of) < min_years:
            return nothing(TOO_SHORT)
    elif min_years:
        # row 18: at least a year of membership inside the 5 years
        if activity.starts_on is None:
            return nothing(MISSING_DATA)
        if _years_in_window(activity, as_of, window_from) < min_years:
            return nothing(TOO_SHORT)
    needs_confirming = False
    if activity.kind == Kind.EXPERT_TRAINER:  # row 19: "within a year"
        if activity.starts_on and activity.ends_on:
            if activity.ends_on >= add_years(activity.starts_on, 1):  # longer than a year
                return nothing(OVER_A_YEAR)
        else:
            needs_confirming = True
    if activity.kind == Kind.REGULATORY_DOCUMENT:  # row 20: republican level
        if not activity.scope:
            needs_confirming = True
        elif activity.scope != Scope.NATIONAL:
            return nothing(NOT_REPUBLICAN)
    computed = _units(activity, rate, rules, as_of, window_from)
    if computed is None:
        return nothing(MISSING_DATA)
    units, key, detail = computed
    if key == "per_year" and not units:
        return nothing(UNDER_A_YEAR)
    return CreditItem(activity.id, activity.kind, float(units), f"dsm283.{row}.{key}", row, detail,
                      needs_confirming)


def credit_report(activities: Iterable[Activity], as_of: date, rules: RuleSet) -> CreditReport:
    start = window_start(as_of, rules.cpd.window_years)
    chosen = [a for a in activities if _in_window(a, as_of, start)]
    chosen.sort(key=lambda a: (a.ends_on or a.starts_on or date.min, a.id or 0))
    items = tuple(credit_item(a, as_of, rules, start) for a in chosen)
    return CreditReport(as_of=as_of, window_start=start, items=items)
