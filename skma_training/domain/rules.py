"""The rule set in force on a date, read from ``resources/rules/*.toml``.

Numbers of the regulation (hours, windows, deadlines, credit-unit rates) and
the interpretation switches are data with an effective-from date, so a check
of a past date uses the rules then in force and a new edition of the
regulation is a new [[version]] in the file, not a code change.
"""

from __future__ import annotations

import bisect
import copy
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skma_training import paths

HOURS_MODES = ("sum", "single")
DAY_MODES = ("calendar", "working")
CONFERENCE_TALK_MODES = ("per_event", "per_day")
INTERNSHIP_WEEK_MODES = ("whole", "started")
TEACHING_HEAD_MODES = ("exempt", "management")  # do heads of teaching departments need E464 4.5?


class RuleFileError(ValueError):
    """The rule file is malformed; names the file and the key."""


@dataclass(frozen=True, slots=True)
class PdRules:
    window_years: int = 3
    university_hours: float = 72
    college_hours: float = 36
    hours_per_credit: float = 30


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    application_days_before: int = 20
    report_days_after: int = 5
    plan_due: tuple[int, int] = (12, 1)  # month, day in the year before the plan year
    request_due: tuple[int, int] = (11, 1)
    implementation_plan_days_after: int = 30  # E464 7.15 sets no number: the centre's
    implementation_plan_min_hours: float = 36  # PD that needs an implementation plan

    def plan_due_date(self, plan_year: int) -> date:
        return date(plan_year - 1, *self.plan_due)

    def request_due_date(self, plan_year: int) -> date:
        return date(plan_year - 1, *self.request_due)


@dataclass(frozen=True, slots=True)
class Interpretation:
    hours_mode: str = "sum"
    day_mode: str = "calendar"
    conference_talk: str = "per_event"
    internship_weeks: str = "whole"
    teaching_heads: str = "exempt"

    def __post_init__(self) -> None:
        for name, allowed in (
            ("hours_mode", HOURS_MODES),
            ("day_mode", DAY_MODES),
            ("conference_talk", CONFERENCE_TALK_MODES),
            ("internship_weeks", INTERNSHIP_WEEK_MODES),
            ("teaching_heads", TEACHING_HEAD_MODES),
        ):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")


@dataclass(frozen=True, slots=True)
class CpdRules:
    window_years: int = 5
    rates: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RuleSet:
    effective_from: date
    source: str = ""
    pd: PdRules = PdRules()
    deadlines: DeadlineRules = DeadlineRules()
    interpretation: Interpretation = Interpretation()
    cpd: CpdRules = CpdRules()

    def with_interpretation(self, **overrides: str) -> RuleSet:
        """This rule set with some interpretation switches changed (settings of the centre)."""
        known = {f.name for f in fields(Interpretation)}
        chosen = {k: v for k, v in overrides.items() if k in known and v}
        if not chosen:
            return self
        return replace(self, interpretation=replace(self.interpretation, **chosen))

    def with_request_due(self, month_day: tuple[int, int] | None) -> RuleSet:
        if not month_day:
            return self
        return replace(self, deadlines=replace(self.deadlines, request_due=month_day))


def parse_month_day(text: str, where: str = "") -> tuple[int, int]:
    try:
        month_text, day_text = str(text).split("-")
        month, day = int(month_text), int(day_text)
        date(2001, month, day)  # validates the pair (29 February is refused: it is not yearly)
    except ValueError as exc:
        raise RuleFileError(f"{where}: '{text}' is not a month-day like 12-01") from exc
    return month, day


def _deep_merge(base: dict, changes: Mapping) -> dict:
    merged = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _build(raw: Mapping[str, Any], where: str) -> RuleSet:
    try:
        effective = raw["effective_from"]
        if not isinstance(effective, date):
            raise RuleFileError(f"{where}: effective_from must be a date like 2025-01-01")
        pd_raw = raw.get("pd", {})
        dl_raw = raw.get("deadlines", {})
        cpd_raw = raw.get("cpd", {})
        deadlines = DeadlineRules(
            application_days_before=int(dl_raw.get("application_days_before", 20)),
            report_days_after=int(dl_raw.get("report_days_after", 5)),
            plan_due=parse_month_day(dl_raw.get("plan_due", "12-01"), f"{where} deadlines.plan_due"),
            request_due=parse_month_day(
                dl_raw.get("request_due", "11-01"), f"{where} deadlines.request_due"
            ),
            implementation_plan_days_after=int(dl_raw.get("implementation_plan_days_after", 30)),
            implementation_plan_min_hours=float(dl_raw.get("implementation_plan_min_hours", 36)),
        )
        rates = {
            kind: MappingProxyType(dict(rate)) for kind, rate in cpd_raw.get("rates", {}).items()
        }
        return RuleSet(
            effective_from=effective,
            source=str(raw.get("source", "")),
            pd=PdRules(
                window_years=int(pd_raw.get("window_years", 3)),
                university_hours=float(pd_raw.get("university_hours", 72)),
                college_hours=float(pd_raw.get("college_hours", 36)),
                hours_per_credit=float(pd_raw.get("hours_per_credit", 30)),
            ),
            deadlines=deadlines,
            interpretation=Interpretation(**raw.get("interpretation", {})),
            cpd=CpdRules(
                window_years=int(cpd_raw.get("window_years", 5)),
                rates=MappingProxyType(rates),
            ),
        )
    except (TypeError, ValueError, KeyError) as exc:
        if isinstance(exc, RuleFileError):
            raise
        raise RuleFileError(f"{where}: {exc}") from exc


class RuleBook:
    """All versions of the rule set, ordered by the date they take effect."""

    def __init__(self, versions: list[RuleSet]):
        if not versions:
            raise RuleFileError("the rule book has no versions")
        self.versions = sorted(versions, key=lambda v: v.effective_from)
        self._starts = [v.effective_from for v in self.versions]

    def for_date(self, day: date) -> RuleSet:
        index = bisect.bisect_right(self._starts, day) - 1
        return self.versions[max(index, 0)]

    @classmethod
    def from_toml(cls, path: Path) -> RuleBook:
        try:
            with path.open("rb") as handle:
                document = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise RuleFileError(f"{path.name}: {exc}") from exc
        raw_versions = document.get("version")
        if not isinstance(raw_versions, list) or not raw_versions:
            raise RuleFileError(f"{path.name}: no [[version]] tables")
        ordered = sorted(raw_versions, key=lambda v: v.get("effective_from", date.min))
        versions, accumulated = [], {}
        for number, raw in enumerate(ordered, start=1):
            accumulated = _deep_merge(accumulated, raw)
            versions.append(_build(accumulated, f"{path.name} version {number}"))
        return cls(versions)


def default_rules_path() -> Path:
    return paths.resource("rules", "skma-pd-rules.toml")


@cache
def default_rule_book() -> RuleBook:
    return RuleBook.from_toml(default_rules_path())


@cache
def shipped_calendar_days() -> tuple:
    """The working-day changes shipped in resources/calendar (decrees the package may not know)."""
    from skma_training.domain.dates import CalendarDay

    path = paths.resource("calendar", "kz-working-days.toml")
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        return ()
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path.name}: {exc}") from exc
    found = []
    for number, entry in enumerate(document.get("day", []), start=1):
        if not isinstance(entry.get("date"), date) or not isinstance(entry.get("working"), bool):
            raise RuleFileError(f"{path.name} day {number}: needs date = YYYY-MM-DD and working = true|false")
        found.append(CalendarDay(entry["date"], entry["working"], str(entry.get("source", ""))))
    return tuple(found)
