"""The yearly plan: proposals, requests, consolidation, approval, amendments, plan versus actual."""

from datetime import date

import pytest
from sqlalchemy import insert, select

from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import AuditEvent, Department
from skma_training.services import editing, planning
from skma_training.services.context import Context

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "plan.sqlite3")
    context = Context(database, today=lambda: TODAY, actor="centre")
    with context.transaction() as session:
        surgery = session.execute(insert(Department).values(name="Кафедра общей хирургии")).inserted_primary_key[0]
        hr = session.execute(insert(Department).values(name="Отдел кадров")).inserted_primary_key[0]
    people = {
        # last PD ended 2024-03-10 (72 h): due 2027-03-10, inside the plan year 2027
        "due": Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university", department_id=surgery,
                        hired_on=date(2005, 9, 1)),
        # PD in 2026: due 2029, not needed in 2027
        "fine": Employee(None, "700204402018", "Сейткали Жанна", "faculty_university", department_id=surgery,
                         hired_on=date(2005, 9, 1)),
        "hr": Employee(None, "750305302029", "Оспанов Нурлан", "admin", department_id=hr, hired_on=date(2001, 1, 1)),
    }
    for person in people.values():
        editing.save_employee(context, person)
    editing.save_activity(context, Activity(None, people["due"].id, "course", "Хирургия", date(2024, 3, 1),
                                            date(2024, 3, 10), hours=72, paperwork=Paperwork(certificate_no="1")))
    editing.save_activity(context, Activity(None, people["fine"].id, "course", "Хирургия", date(2026, 2, 1),
                                            date(2026, 2, 12), hours=72, paperwork=Paperwork(certificate_no="2")))
    context.people = people
    context.departments = {"surgery": surgery, "hr": hr}
    yield context
    database.dispose()


def test_proposals_name_those_falling_due_before_the_end_of_the_plan_year(ctx):
    found = planning.proposals(ctx, 2027, TODAY)
    by_id = {p.employee_id: p for p in found}
    due, fine, hr = ctx.people["due"], ctx.people["fine"], ctx.people["hr"]
    assert fine.id not in by_id
    assert by_id[due.id].due_date == date(2027, 3, 10)
    assert by_id[due.id].rules == ("pd_once_3y", "faculty_university_72h_3y")
    # no PD on record, hired long ago: overdue since his first three years ended, first in the list
    assert found[0].employee_id == hr.id and by_id[hr.id].due_date == date(2003, 12, 31)
    only_surgery = planning.proposals(ctx, 2027, TODAY, department_id=ctx.departments["surgery"])
    assert [p.employee_id for p in only_surgery] == [due.id]


def test_requests_are_consolidated_approved_and_then_only_amended(ctx):
    due, hr = ctx.people["due"], ctx.people["hr"]
    first = planning.add_item(ctx, 2027, due.id, kind="course", title="Лапароскопия", hours=72.0, quarter=2,
                              cost=150000.0, funding="academy")
    planning.add_item(ctx, 2027, hr.id, kind="training", title="Управление персоналом", hours=36.0)
    planning.submit_request(ctx, 2027, ctx.departments["surgery"])
    assert planning.consolidate(ctx, 2027) == 1  # the HR request is still a draft: left out
    state = planning.plan_state(ctx, 2027)
    assert {(r.full_name, r.in_plan) for r in state.items} == {("Абдуллаев Тимур", True), ("Оспанов Нурлан", False)}
    assert state.requests[ctx.departments["surgery"]] == ("submitted", TODAY)

    planning.approve(ctx, 2027, date(2026, 11, 28), "Ректор")
    with pytest.raises(planning.PlanLocked):
        planning.add_item(ctx, 2027, hr.id, kind="course", title="Поздно")
    with pytest.raises(planning.PlanLocked):
        planning.update_item(ctx, first, hours=108.0)
    with pytest.raises(planning.ReasonRequired):
        planning.amend(ctx, 2027, planning.CHANGED, "  ", item_id=first, hours=108.0)

    planning.amend(ctx, 2027, planning.CHANGED, "Организатор перенёс курс", on=date(2027, 2, 1), item_id=first,
                   hours=108.0, quarter=3)
    planning.amend(ctx, 2027, planning.ADDED, "Новая программа", on=date(2027, 3, 1), employee_id=hr.id,
                   kind="seminar", title="Делопроизводство", hours=18.0)
    state = planning.plan_state(ctx, 2027)
    assert state.status == "approved" and state.approved_on == date(2026, 11, 28)
    changed = next(r for r in state.items if r.item_id == first)
    assert (changed.hours, changed.quarter) == (108.0, 3)
    assert [(a.amended_on, a.action, a.reason) for a in state.amendments] == [
        (date(2027, 2, 1), "changed", "Организатор перенёс курс"),
        (date(2027, 3, 1), "added", "Новая программа")]
    assert "72.0 → 108.0" in state.amendments[0].description
    with ctx.database.session() as session:
        actions = session.execute(select(AuditEvent.action).where(
            AuditEvent.entity == "plan", AuditEvent.action.not_in(("insert", "update", "delete")))).scalars().all()
    assert actions == ["consolidate", "approve", "amend", "amend"]


def test_plan_versus_actual_matches_the_activity_that_carried_an_item_out(ctx):
    due, hr = ctx.people["due"], ctx.people["hr"]
    done = planning.add_item(ctx, 2027, due.id, kind="course", title="Лапароскопия", hours=72.0)
    planning.add_item(ctx, 2027, hr.id, kind="training", title="Управление персоналом", hours=36.0)
    editing.save_activity(ctx, Activity(None, due.id, "course", "Лапароскопия (углублённый)", date(2027, 4, 1),
                                        date(2027, 4, 12), hours=72, paperwork=Paperwork(certificate_no="77")))
    # requests still drafts: nothing is in the plan yet, and that is what it says
    drafts = planning.plan_vs_actual(ctx, 2027, date(2027, 12, 31))
    assert [o.state for o in drafts] == ["not_submitted", "not_submitted"]
    for department in ctx.departments.values():
        planning.submit_request(ctx, 2027, department)
    outcomes = {o.row.item_id: o for o in planning.plan_vs_actual(ctx, 2027, date(2027, 12, 31))}
    assert outcomes[done].state == "done"
    assert outcomes[done].activity.title == "Лапароскопия (углублённый)"
    assert [o.state for i, o in outcomes.items() if i != done] == ["not_done"]
    # on a date before it ended the same activity is still in progress
    early = {o.row.item_id: o.state for o in planning.plan_vs_actual(ctx, 2027, date(2027, 4, 5))}
    assert early[done] == "in_progress"
