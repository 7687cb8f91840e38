"""The rules in force on any date: the rule book's editions with the centre's dated settings.

A setting that changes how the regulation is read (hours mode, day mode, ...) takes
effect from a day; before that day the rule book's own reading applies. A check or a
deadline of a past date therefore reads the rules as they stood then, and a later
edition or setting never moves a due date that arose before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from skma_training.domain.rules import RuleBook, RuleSet, parse_month_day

INTERPRETATION_KEYS = ("hours_mode", "day_mode", "conference_talk", "internship_weeks", "teaching_heads")
DATED_KEYS = (*INTERPRETATION_KEYS, "request_due")


@dataclass(frozen=True, slots=True)
class DatedValue:
    """A setting's value from ``effective_from`` on."""

    key: str
    effective_from: date
    value: str


def apply_overrides(rules: RuleSet, overrides: Mapping[str, str]) -> RuleSet:
    rules = rules.with_interpretation(**{k: overrides[k] for k in INTERPRETATION_KEYS if overrides.get(k)})
    if overrides.get("request_due"):
        rules = rules.with_request_due(parse_month_day(overrides["request_due"], "request_due"))
    return rules


class RuleTimeline:
    """RuleSet for any day, cached per stretch of days between two changes."""

    def __init__(self, book: RuleBook, changes: Iterable[DatedValue] = (),
                 undated: Mapping[str, str] | None = None):
        self.book = book
        self.changes = sorted((c for c in changes if c.key in DATED_KEYS), key=lambda c: c.effective_from)
        # values stored before settings were dated hold from the beginning
        self.undated = {k: v for k, v in (undated or {}).items() if k in DATED_KEYS and v}
        self._breaks = sorted({v.effective_from for v in book.versions} | {c.effective_from for c in self.changes})
        self._cache: dict[int, RuleSet] = {}

    @property
    def first_edition(self) -> RuleSet:
        return self.book.versions[0]

    def before_first_edition(self, day: date) -> bool:
        return day < self.first_edition.effective_from

    def __call__(self, day: date) -> RuleSet:
        return self.for_date(day)

    def for_date(self, day: date) -> RuleSet:
        index = bisect.bisect_right(self._breaks, day)
        found = self._cache.get(index)
        if found is None:
            overrides = dict(self.undated)
            for change in self.changes:
                if change.effective_from > day:
                    break
                overrides[change.key] = change.value
            found = self._cache[index] = apply_overrides(self.book.for_date(day), overrides)
        return found


def constant_timeline(rules: RuleSet) -> RuleTimeline:
    """A timeline that gives ``rules`` on every day (for callers holding one rule set)."""
    return RuleTimeline(RuleBook([rules]))
