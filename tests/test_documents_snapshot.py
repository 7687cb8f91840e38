"""The management report reads the register's PD only: the checks and figures must not change."""

from skma_training.services.printing import PrintRequest, _Job, _academy, _pd_snapshot, _plan_snapshot
from skma_training.services.queries import staff_statuses
from test_documents import TODAY, demo  # noqa: F401


def test_the_pd_snapshot_gives_the_same_checks_as_the_whole_register(demo):
    whole, pd = demo.snapshot(), _pd_snapshot(demo)
    assert any(not a.is_pd for a in whole.activities)  # the demo has publications and the like
    assert all(a.is_pd for a in pd.activities)
    assert {a.id for a in pd.activities} == {a.id for a in whole.activities if a.is_pd}
    by_id = {a.id: a for a in whole.activities}
    assert all(a == by_id[a.id] for a in pd.activities)  # every column read
    for on in (TODAY, TODAY.replace(year=TODAY.year - 1)):
        assert staff_statuses(demo, on, snapshot=pd) == staff_statuses(demo, on, snapshot=whole)
    assert pd.employees == whole.employees and pd.plans == whole.plans
    assert pd.requests == whole.requests and pd.departments == whole.departments


def test_a_plan_item_linked_to_another_kind_reads_the_whole_register(demo):
    from sqlalchemy import update

    from skma_training.persistence.schema import PlanItem
    from skma_training.services.planning import plan_state

    settings = demo.settings()
    job = _Job(demo, PrintRequest("management-report", "ru"), TODAY, settings, _academy(settings),
               "ru")
    job.use_snapshot(_pd_snapshot(demo))
    year = TODAY.year
    assert _plan_snapshot(job, year) is job.snapshot
    items = [r for r in plan_state(demo, year).items]
    assert items
    other = next(a for a in demo.snapshot().activities if not a.is_pd)
    with demo.database.session() as session:
        before = session.get(PlanItem, items[0].item_id).activity_id
        session.execute(update(PlanItem).where(PlanItem.id == items[0].item_id)
                        .values(activity_id=other.id))
        session.commit()
    try:
        chosen = _plan_snapshot(job, year)
        assert chosen is not job.snapshot and other.id in {a.id for a in chosen.activities}
    finally:
        with demo.database.session() as session:
            session.execute(update(PlanItem).where(PlanItem.id == items[0].item_id)
                            .values(activity_id=before))
            session.commit()


def test_the_papers_read_only_their_activities_with_every_column(demo):
    from skma_training.services.printing import _papers_snapshot

    whole = demo.snapshot()
    chosen = [a for a in whole.activities if a.is_pd][:3]
    ids = [chosen[2].id, chosen[0].id, chosen[2].id, chosen[1].id]
    snapshot = _papers_snapshot(demo, PrintRequest("application", "ru", activity_ids=ids))
    assert snapshot.activities == [chosen[2], chosen[0], chosen[1]]  # asked order, once each
    assert snapshot.employees == whole.employees
    one = _papers_snapshot(demo, PrintRequest("application", "ru", activity_id=chosen[1].id))
    assert one.activities == [chosen[1]]
    employee = whole.employee_by_id[chosen[0].employee_id]
    by_iin = _papers_snapshot(demo, PrintRequest("application", "ru", iin=f" {employee.iin} "))
    assert by_iin.activities == whole.activities_by_employee[employee.id]
    assert _papers_snapshot(demo, PrintRequest("application", "ru", iin="000")).activities == []
