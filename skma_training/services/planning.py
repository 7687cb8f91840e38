"""The yearly plan: department requests, consolidation, approval, amendments, plan vs actual.

Before approval the plan is edited freely through the departments' requests.
After approval every change is an amendment with its date and reason (E464 5.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.planning import PlannedItem, Proposal, match_actual, proposals_for_year
from skma_training.domain.model import Activity
from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP
from skma_training.persistence.records import Snapshot
from skma_training.persistence.schema import Department, EmployeeRow, Plan, PlanAmendment, PlanItem, PlanRequest
from skma_training.services import audit
from skma_training.services.context import Context
from skma_training.services.queries import staff_statuses

DRAFT, SUBMITTED, APPROVED = "draft", "submitted", "approved"
ADDED, REMOVED, CHANGED = "added", "removed", "changed"

ITEM_FIELDS = ("kind", "title", "provider", "country", "planned_start", "planned_end", "quarter",
               "hours", "cost", "funding", "with_leave")


class PlanLocked(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The plan for {year} is approved; record the change as an amendment with its reason."
    )


class ReasonRequired(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "An amendment needs a reason.")


class PlanNotApproved(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The plan for {year} is not approved yet: edit it directly.")


@dataclass(frozen=True)
class PlanRow:
    """A plan item with what the lists and the printed plan show about it."""

    item_id: int
    request_id: int
    department_id: int
    department: str
    employee_id: int
    full_name: str
    position: str
    kind: str
    title: str
    provider: str
    country: str
    planned_start: date | None
    planned_end: date | None
    quarter: int | None
    hours: float | None
    cost: float | None
    funding: str
    with_leave: bool
    in_plan: bool
    activity_id: int | None
    request_status: str


@dataclass(frozen=True)
class PlanState:
    year: int
    status: str  # draft / approved
    approved_on: date | None
    approved_by: str
    requests: dict[int, tuple[str, date | None]]  # department id -> (status, submitted_on)
    items: list[PlanRow]
    amendments: list[PlanAmendment]


def _plan(session: Session, year: int, create: bool = True) -> Plan | None:
    plan = session.execute(select(Plan).where(Plan.year == year)).scalar_one_or_none()
    if plan is None and create:
        plan = Plan(year=year, status=DRAFT, approved_by="", notes="")
        session.add(plan)
        session.flush()
    return plan


def _request(session: Session, year: int, department_id: int) -> PlanRequest:
    request = session.execute(
        select(PlanRequest).where(PlanRequest.year == year, PlanRequest.department_id == department_id)
    ).scalar_one_or_none()
    if request is None:
        if session.get(Department, department_id) is None:
            raise NotFound(what=f"department {department_id}")
        request = PlanRequest(year=year, department_id=department_id, status=DRAFT, submitted_by="", note="")
        session.add(request)
        session.flush()
    return request


def plan_state(ctx: Context, year: int) -> PlanState:
    with ctx.database.session() as session:
        plan = _plan(session, year, create=False)
        requests = {
            r.department_id: (r.status, r.submitted_on)
            for r in session.execute(select(PlanRequest).where(PlanRequest.year == year)).scalars()
        }
        query = (
            select(PlanItem, PlanRequest.department_id, PlanRequest.status, Department.name,
                   EmployeeRow.full_name, EmployeeRow.position)
            .join(PlanRequest, PlanItem.request_id == PlanRequest.id)
            .join(Department, PlanRequest.department_id == Department.id)
            .join(EmployeeRow, PlanItem.employee_id == EmployeeRow.id)
            .where(PlanRequest.year == year)
            .order_by(Department.name, EmployeeRow.full_name, PlanItem.id)
        )
        items = [
            PlanRow(item.id, item.request_id, dep_id, dep_name, item.employee_id, name, position,
                    *(getattr(item, f) for f in ITEM_FIELDS[:-1]), item.with_leave, item.in_plan,
                    item.activity_id, req_status)
            for item, dep_id, req_status, dep_name, name, position in session.execute(query)
        ]
        amendments = []
        if plan is not None:
            amendments = list(session.execute(
                select(PlanAmendment).where(PlanAmendment.plan_id == plan.id)
                .order_by(PlanAmendment.amended_on, PlanAmendment.id)).scalars())
        return PlanState(year, plan.status if plan else DRAFT, plan.approved_on if plan else None,
                         plan.approved_by if plan else "", requests, items, amendments)


def proposals(ctx: Context, year: int, as_of: date, department_id: int | None = None,
              snapshot: Snapshot | None = None) -> list[Proposal]:
    """Who should be planned for ``year``: checks falling due before its end (as of ``as_of``)."""
    snapshot = snapshot or ctx.snapshot()
    statuses: list[EmployeeStatus] = staff_statuses(ctx, as_of, snapshot=snapshot)
    if department_id is not None:
        statuses = [s for s in statuses if s.employee.department_id == department_id]
    return proposals_for_year(statuses, year, ctx.rules_for(as_of).interpretation.hours_mode)


def add_item(ctx: Context, year: int, employee_id: int, **fields) -> int:
    """Add a planned PD to the employee's department request (only while the plan is a draft)."""
    with ctx.transaction() as session:
        plan = _plan(session, year)
        if plan.status == APPROVED:
            raise PlanLocked(year=year)
        employee = session.get(EmployeeRow, employee_id)
        if employee is None or employee.department_id is None:
            raise NotFound(what=f"employee {employee_id}")
        request = _request(session, year, employee.department_id)
        item = PlanItem(request_id=request.id, employee_id=employee_id,
                        **{k: v for k, v in fields.items() if k in ITEM_FIELDS})
        session.add(item)
        session.flush()
        audit.record(session, ctx.actor, "add", "plan_item", item.id, f"{year}: {employee.full_name}")
        return item.id


def update_item(ctx: Context, item_id: int, **fields) -> None:
    with ctx.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None:
            raise NotFound(what=f"plan item {item_id}")
        request = session.get(PlanRequest, item.request_id)
        if _plan(session, request.year).status == APPROVED:
            raise PlanLocked(year=request.year)
        for key, value in fields.items():
            if key in ITEM_FIELDS + ("in_plan", "activity_id"):
                setattr(item, key, value)
        audit.record(session, ctx.actor, "update", "plan_item", item_id, str(sorted(fields)))


def remove_item(ctx: Context, item_id: int) -> None:
    with ctx.transaction() as session:
        item = session.get(PlanItem, item_id)
        if item is None:
            return
        request = session.get(PlanRequest, item.request_id)
        if _plan(session, request.year).status == APPROVED:
            raise PlanLocked(year=request.year)
        session.execute(delete(PlanItem).where(PlanItem.id == item_id))
        audit.record(session, ctx.actor, "delete", "plan_item", item_id, "")


def submit_request(ctx: Context, year: int, department_id: int, on: date | None = None) -> None:
    with ctx.transaction() as session:
        request = _request(session, year, department_id)
        request.status = SUBMITTED
        request.submitted_on = on or ctx.today()
        request.submitted_by = ctx.actor
        audit.record(session, ctx.actor, "submit", "plan_request", request.id, str(year))


def consolidate(ctx: Context, year: int) -> int:
    """Put the items of submitted requests into the plan and leave the rest out; returns the count."""
    with ctx.transaction() as session:
        plan = _plan(session, year)
        if plan.status == APPROVED:
            raise PlanLocked(year=year)
        included = 0
        for item, status in session.execute(
            select(PlanItem, PlanRequest.status).join(PlanRequest).where(PlanRequest.year == year)
        ):
            item.in_plan = status == SUBMITTED
            included += item.in_plan
        audit.record(session, ctx.actor, "consolidate", "plan", plan.id, f"{year}: {included} items")
        return included


def approve(ctx: Context, year: int, approved_on: date | None = None, approved_by: str = "") -> None:
    with ctx.transaction() as session:
        plan = _plan(session, year)
        plan.status = APPROVED
        plan.approved_on = approved_on or ctx.today()
        plan.approved_by = approved_by or ctx.actor
        audit.record(session, ctx.actor, "approve", "plan", plan.id, str(year))


def amend(ctx: Context, year: int, action: str, reason: str, on: date | None = None,
          item_id: int | None = None, employee_id: int | None = None, **fields) -> int:
    """Change an approved plan: add, remove or change an item, recording date and reason."""
    if not reason or not reason.strip():
        raise ReasonRequired()
    with ctx.transaction() as session:
        plan = _plan(session, year)
        if plan.status != APPROVED:
            raise PlanNotApproved(year=year)
        description = ""
        if action == ADDED:
            employee = session.get(EmployeeRow, employee_id)
            if employee is None or employee.department_id is None:
                raise NotFound(what=f"employee {employee_id}")
            request = _request(session, year, employee.department_id)
            item = PlanItem(request_id=request.id, employee_id=employee_id, in_plan=True,
                            **{k: v for k, v in fields.items() if k in ITEM_FIELDS})
            session.add(item)
            session.flush()
            item_id = item.id
            description = f"{employee.full_name}: {item.title}"
        else:
            item = session.get(PlanItem, item_id)
            if item is None:
                raise NotFound(what=f"plan item {item_id}")
            employee = session.get(EmployeeRow, item.employee_id)
            if action == REMOVED:
                item.in_plan = False
                description = f"{employee.full_name}: {item.title}"
            else:
                before = {k: getattr(item, k) for k in fields if k in ITEM_FIELDS}
                for key, value in fields.items():
                    if key in ITEM_FIELDS:
                        setattr(item, key, value)
                description = f"{employee.full_name}: " + "; ".join(
                    f"{k}: {before[k]} → {fields[k]}" for k in before)
        amendment = PlanAmendment(plan_id=plan.id, amended_on=on or ctx.today(), action=action,
                                  item_id=item_id, reason=reason.strip(), description=description,
                                  recorded_by=ctx.actor)
        session.add(amendment)
        session.flush()
        audit.record(session, ctx.actor, "amend", "plan", plan.id, f"{year} {action}: {reason}")
        return amendment.id


@dataclass(frozen=True)
class PlanOutcome:
    row: PlanRow
    activity: Activity | None
    state: str  # done / in_progress / not_done / dropped / not_submitted


def plan_vs_actual(ctx: Context, year: int, as_of: date, snapshot: Snapshot | None = None) -> list[PlanOutcome]:
    snapshot = snapshot or ctx.snapshot()
    outcomes = []
    state = plan_state(ctx, year)
    for row in state.items:
        # a request never submitted is not part of the plan (an approved plan's own additions are)
        if row.request_status != SUBMITTED and not (state.status == APPROVED and row.in_plan):
            outcomes.append(PlanOutcome(row, None, "not_submitted"))
            continue
        if not row.in_plan:
            outcomes.append(PlanOutcome(row, None, "dropped"))
            continue
        item = PlannedItem(row.item_id, row.employee_id, row.kind, row.title, row.hours, row.activity_id)
        activity = match_actual(item, snapshot.activities_by_employee.get(row.employee_id, []), year)
        if activity is None:
            state = "not_done"
        elif activity.ends_on and activity.ends_on <= as_of and activity.confirmed:
            state = "done"
        else:
            state = "in_progress"
        outcomes.append(PlanOutcome(row, activity, state))
    return outcomes
