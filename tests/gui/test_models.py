"""Every table model passes Qt's model tester, and sorts and filters by its own list."""

import pytest
from PySide6.QtCore import Qt

from skma_training.domain.text import sort_key
from skma_training.gui.models import activities, deadlines, internships, plan, problems, staff
from skma_training.gui.models.table import ROW_ROLE
from skma_training.services import planning


@pytest.fixture
def workspace(demo_ctx, runner):
    from skma_training.gui.workspace import Workspace

    ws = Workspace(demo_ctx, runner)
    ws.reload()
    assert ws.computed.statuses
    return ws


def _all_models(ws, ctx):
    from skma_training.persistence.records import load_activities
    from skma_training.services.importing import import_workbook

    snap = ws.snapshot
    staff_model = staff.StaffModel()
    staff_model.set_rows(staff.build_rows(snap.employees, ws.computed.status_by_employee, ws.computed.as_of))
    activity_model = activities.ActivityModel()
    activity_model.set_rows(activities.build_rows(snap.activities, snap.employee_by_id, ws.computed.deadlines))
    deadline_model = deadlines.DeadlineModel()
    deadline_model.set_rows(deadlines.build_rows(ws.computed.deadlines, snap.employee_by_id,
                                                 {a.id: a for a in snap.activities}, ws.computed.as_of))
    with ctx.database.engine.connect() as connection:
        interns = load_activities(connection, kinds=("internship",))
    internship_model = internships.InternshipModel()
    internship_model.set_rows(internships.build_rows(interns, snap.employee_by_id, ws.computed.as_of))
    plan_model = plan.PlanModel()
    plan_model.set_rows(planning.plan_state(ctx, 2026).items)
    outcome_model = plan.OutcomeModel()
    outcome_model.set_rows(planning.plan_vs_actual(ctx, 2026, ws.computed.as_of, snapshot=snap))
    problem_model = problems.ProblemModel()
    from pathlib import Path

    report = import_workbook(ctx, Path(__file__).parent.parent / "data" / "sample-roster-ru.xls", dry_run=True)
    problem_model.set_rows(report.problems or [])
    return [staff_model, activity_model, deadline_model, internship_model, plan_model, outcome_model, problem_model]


def test_every_model_passes_the_model_tester(qtmodeltester, workspace, demo_ctx):
    for model in _all_models(workspace, demo_ctx):
        assert model.rowCount() > 0 or isinstance(model, problems.ProblemModel)
        model.set_rows(model.all_rows()[:120])  # the tester reads every cell: a sample is enough
        qtmodeltester.check(model, force_py=True)
        for column in range(model.columnCount()):  # sorting keeps it consistent
            model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model, force_py=True)


def test_sorting_orders_by_raw_values_not_display_text(workspace, demo_ctx):
    model = _all_models(workspace, demo_ctx)[1]
    column = next(n for n, c in enumerate(model.columns) if c.key == "ends_on")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    ends = [model.data(model.index(r, column), ROW_ROLE).activity.ends_on for r in range(model.rowCount())]
    known = [e for e in ends if e is not None]
    assert known == sorted(known)  # dd.mm.yyyy text would sort 01.02.2026 before 02.01.2020
    assert all(e is None for e in ends[len(known):])  # blanks last
    model.sort(column, Qt.SortOrder.DescendingOrder)
    first = model.data(model.index(0, column), ROW_ROLE).activity.ends_on
    assert first == max(known)


def test_filtering_keeps_the_sort_and_the_selection_follows_its_row(workspace, demo_ctx):
    model = _all_models(workspace, demo_ctx)[0]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.row_at(r).employee.full_name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)  # Ә after А, not after Я
    overdue = [r for r in model.all_rows() if r.state == staff.OVERDUE]
    model.set_filter(lambda r: r.state == staff.OVERDUE)
    assert model.rowCount() == len(overdue) > 0
    shown = [model.row_at(r).employee.full_name for r in range(model.rowCount())]
    assert shown == sorted(shown, key=sort_key)
