"""The summaries shown before submitting, consolidating and approving the plan."""

from datetime import date

from skma_training.services.plan_checks import approval_summary, consolidation_summary, submit_summary
from skma_training.services.planning import PlanRow, PlanState


def _row(item_id, dep, employee, title="Хирургия", hours=72.0, cost=100000.0, start=date(2027, 3, 1),
         quarter=None, in_plan=False, status="draft", kind="course"):
    return PlanRow(item_id, dep, dep, f"Кафедра {dep}", employee, f"Сотрудник {employee}", "доцент", kind, title,
                   "", "", start, start, quarter, hours, cost, "academy", False, in_plan, None, status)


def _state(items, requests):
    return PlanState(2027, "draft", None, "", requests, items, [])


def test_a_request_with_gaps_and_a_duplicate_is_summed_up():
    items = [_row(1, 1, 10), _row(2, 1, 10, title=" хирургия "), _row(3, 1, 11, title="", cost=None),
             _row(4, 1, 12, hours=0, start=None, quarter=None), _row(5, 1, 13, start=None, quarter=2),
             _row(6, 2, 20, title="")]
    summary = submit_summary(_state(items, {1: ("draft", None)}), 1, date(2026, 11, 2), date(2026, 11, 1))
    p = summary.problems
    assert summary.items == 5 and summary.late
    assert [r.item_id for r in p.duplicates] == [1, 2]
    assert [r.item_id for r in p.no_topic] == [3] and [r.item_id for r in p.no_cost] == [3]
    assert [r.item_id for r in p.no_hours] == [4] and [r.item_id for r in p.no_dates] == [4]
    assert p.count() == 4
    on_time = submit_summary(_state(items, {}), 1, date(2026, 11, 1), date(2026, 11, 1))
    assert not on_time.late


def test_consolidation_names_departments_missing_and_left_in_draft():
    items = [_row(1, 1, 10, status="submitted"), _row(2, 2, 20), _row(3, 1, 11, status="submitted", cost=None)]
    state = _state(items, {1: ("submitted", date(2026, 10, 30)), 2: ("draft", None)})
    names = {1: "Хирургия", 2: "Педиатрия", 3: "Анатомия", 4: "Без сотрудников"}
    summary = consolidation_summary(state, names, {1, 2, 3}, date(2026, 11, 23), date(2026, 12, 15))
    assert summary.items == 2 and summary.missing_departments == ["Анатомия"]
    assert summary.drafts == ["Педиатрия"] and not summary.late
    assert [r.item_id for r in summary.problems.no_cost] == [3]
    approval = approval_summary(_state([_row(1, 1, 10, in_plan=True, status="submitted"), items[1]],
                                       state.requests), names, {1}, date(2026, 12, 16), date(2026, 12, 15))
    assert approval.items == 1 and approval.late and approval.missing_departments == []
