"""What to tell the user before a plan step: what is missing, incomplete or late.

Submit, consolidate and approve each show this summary and ask to confirm
(issue 11 §3); the lists are plain data, worded in the window.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from skma_training.services.planning import SUBMITTED, PlanRow, PlanState


@dataclass(frozen=True)
class ItemProblems:
    """Items of a request (or the plan) that are not complete."""

    no_topic: list[PlanRow] = field(default_factory=list)
    no_hours: list[PlanRow] = field(default_factory=list)
    no_cost: list[PlanRow] = field(default_factory=list)
    no_dates: list[PlanRow] = field(default_factory=list)  # neither dates nor a quarter
    duplicates: list[PlanRow] = field(default_factory=list)  # the same person, kind and topic twice

    def count(self) -> int:
        return len({r.item_id for rows in (self.no_topic, self.no_hours, self.no_cost, self.no_dates,
                                           self.duplicates) for r in rows})


def item_problems(rows: list[PlanRow]) -> ItemProblems:
    seen = Counter((r.employee_id, r.kind, " ".join(r.title.casefold().split())) for r in rows)
    return ItemProblems(
        no_topic=[r for r in rows if not r.title.strip()],
        no_hours=[r for r in rows if not r.hours or r.hours <= 0],
        no_cost=[r for r in rows if r.cost is None],
        no_dates=[r for r in rows if r.planned_start is None and not r.quarter],
        duplicates=[r for r in rows if seen[(r.employee_id, r.kind, " ".join(r.title.casefold().split()))] > 1],
    )


@dataclass(frozen=True)
class StepSummary:
    items: int
    problems: ItemProblems
    missing_departments: list[str]  # with staff but no submitted request
    drafts: list[str]  # departments whose request is still a draft (left out)
    late: bool  # the deadline of this step has passed
    deadline: date | None


def submit_summary(state: PlanState, department_id: int, as_of: date, requests_due: date) -> StepSummary:
    rows = [r for r in state.items if r.department_id == department_id]
    return StepSummary(len(rows), item_problems(rows), [], [], as_of > requests_due, requests_due)


def consolidation_summary(state: PlanState, departments: dict[int, str], staffed: set[int], as_of: date,
                          plan_due: date) -> StepSummary:
    """``staffed``: departments with someone to plan; those without a submitted request are named."""
    submitted = {dep for dep, (status, _on) in state.requests.items() if status == SUBMITTED}
    drafts = sorted(departments.get(dep, str(dep)) for dep, (status, _on) in state.requests.items()
                    if status != SUBMITTED)
    missing = sorted(departments.get(dep, str(dep)) for dep in staffed if dep not in state.requests)
    rows = [r for r in state.items if r.department_id in submitted]
    return StepSummary(len(rows), item_problems(rows), missing, drafts, as_of > plan_due, plan_due)


def approval_summary(state: PlanState, departments: dict[int, str], staffed: set[int], as_of: date,
                     plan_due: date) -> StepSummary:
    summary = consolidation_summary(state, departments, staffed, as_of, plan_due)
    included = [r for r in state.items if r.in_plan]
    return StepSummary(len(included), item_problems(included), summary.missing_departments, summary.drafts,
                       summary.late, plan_due)
