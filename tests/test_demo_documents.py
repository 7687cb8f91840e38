"""The demo academy records what the documents print: each unit's head with the unit, and plan
amendments that say which item changed and how (issue 12, §1)."""

import re

from sqlalchemy import select

from skma_training.documents.names import short_name
from skma_training.persistence.schema import Department, EmployeeRow, PlanAmendment
from test_documents import TODAY, demo, flat, printed, text_of  # noqa: F401


def test_every_unit_records_its_head(demo):
    with demo.database.session() as session:
        units = session.execute(select(Department.id, Department.head_employee_id)).all()
        heads = {row.id: row for row in session.execute(
            select(EmployeeRow.id, EmployeeRow.department_id, EmployeeRow.is_head,
                   EmployeeRow.left_on, EmployeeRow.position))}
    recorded = [head for _, head in units if head is not None]
    assert len(recorded) >= len(units) - 2  # a unit whose head left has none
    for unit_id, head_id in units:
        if head_id is None:
            continue
        head = heads[head_id]
        assert head.department_id == unit_id and head.is_head and head.left_on is None
        assert head.position.startswith(("заведующий", "руководитель"))


def test_the_summary_and_the_internship_report_print_the_head_from_the_unit(demo, tmp_path):
    with demo.database.session() as session:
        unit, name = session.execute(
            select(Department.name_ru, EmployeeRow.full_name)
            .join(EmployeeRow, EmployeeRow.id == Department.head_employee_id)).first()
    text = text_of(printed(demo, tmp_path, "department-summary", "ru", department=unit))
    assert f"Заведующий кафедрой {flat(short_name(name))}" in text


def test_each_amendment_says_which_item_changed_and_how(demo, tmp_path):
    with demo.database.session() as session:
        amendments = session.execute(select(PlanAmendment).order_by(PlanAmendment.id)).scalars().all()
    assert {a.action for a in amendments} == {"changed", "removed", "added"}
    assert all(a.description and a.reason for a in amendments)
    days = [a.amended_on for a in amendments]
    assert days == sorted(days)  # recorded as they happened
    ru = text_of(printed(demo, tmp_path, "plan", "ru", year=TODAY.year))
    kk = text_of(printed(demo, tmp_path, "plan", "kk", year=TODAY.year))
    changes_ru = ru[ru.index("Изменения, внесённые в план"):]
    changes_kk = kk[kk.index("Жоспарға енгізілген өзгерістер"):]
    moved = next(a for a in amendments if ": quarter: " in a.description)
    before, after = re.search(r"quarter: (\d) → (\d)", moved.description).groups()
    assert f"Квартал: {before} → {after}" in changes_ru and f"Тоқсан: {before} → {after}" in changes_kk
    assert re.search(r"Тема: .+ → .+; Часы: \d+ → \d+", changes_ru)
    assert "исключено из плана" in changes_ru and "жоспардан алынып тасталды" in changes_kk
    assert "включено в план" in changes_ru and "жоспарға қосылды" in changes_kk
    assert "подробности не записаны" not in changes_ru
