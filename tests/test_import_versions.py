"""Imports merge by version: an update the import computed from what it read is written only if the
row is still at that version. Runs on both backends (--backend postgresql)."""

from datetime import date

import pytest
from sqlalchemy import func, select, update

from skma_training.exchange.columns import ACTIVITIES, STAFF
from skma_training.exchange.writing import SheetData, write_workbook
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, EmployeeRow
from skma_training.services import importing
from skma_training.services.context import Context
from skma_training.services.importing import ChangedDuringImport, import_workbook

TODAY = date(2026, 11, 23)
IIN = "650103302000"


def _workbook(path, position="доцент", certificate="№1", second_title=None):
    staff = [(IIN, "Абдуллаев Тимур Русланович", "Кафедра хирургии", position, "ППС вуза", "нет", "да",
              "", date(2000, 9, 1), None, "")]
    activities = [(IIN, "course", "Хирургия", "ЮКМА", "Казахстан", "", date(2025, 3, 3), date(2025, 3, 14),
                   72, None, "да", "нет", certificate, None, None)]
    if second_title:
        activities.append((IIN, "course", second_title, "ЮКМА", "Казахстан", "", date(2025, 5, 5),
                           date(2025, 5, 16), 36, None, "да", "нет", "№2", None, None))
    write_workbook(path, [
        SheetData("Сотрудники", [c.title("ru") for c in STAFF.columns[:11]], staff, (), len(staff)),
        SheetData("Повышение квалификации", [c.title("ru") for c in ACTIVITIES.columns[:15]], activities,
                  (), len(activities)),
    ])
    return path


@pytest.fixture
def two_desks(tmp_path):
    path = tmp_path / "shared.sqlite3"
    first, second = open_database(path), open_database(path)
    yield Context(first, today=lambda: TODAY, actor="hr"), Context(second, today=lambda: TODAY, actor="centre")
    first.dispose()
    second.dispose()


def _state(ctx):
    with ctx.database.session() as s:
        employee = s.execute(select(EmployeeRow.position, EmployeeRow.version)).one()
        activity = s.execute(select(ActivityRow.certificate_no, ActivityRow.notes, ActivityRow.version)
                             .where(ActivityRow.title == "Хирургия")).one()
        count = s.scalar(select(func.count(ActivityRow.id)))
    return tuple(employee), tuple(activity), count


def _change_meanwhile(mine, theirs):
    """The hook: someone else changes the activity the import is about to update. On PostgreSQL a
    second connection commits it (READ COMMITTED lets it through); SQLite's write lock serialises
    writers, so there the change is made inside the import's own transaction, as if it had been."""

    def hook(session, row_class, updates):
        if row_class is not ActivityRow:
            return
        target = update(ActivityRow).where(ActivityRow.id == updates[0][0]).values(notes="их заметка")
        if mine.database.is_sqlite:
            session.execute(target)
        else:
            with theirs.transaction() as other:
                other.execute(target)
    return hook


def test_a_row_changed_between_the_import_reading_and_writing_refuses_the_whole_import(
        two_desks, tmp_path, monkeypatch):
    mine, theirs = two_desks
    assert import_workbook(mine, _workbook(tmp_path / "first.xlsx")).applied
    before = _state(mine)
    assert before == (("доцент", 1), ("№1", "", 1), 1)
    changed = _workbook(tmp_path / "second.xlsx", position="профессор", certificate="№1-bis",
                        second_title="Анестезиология")
    monkeypatch.setattr(importing, "_before_updates", _change_meanwhile(mine, theirs))
    with pytest.raises(ChangedDuringImport) as refused:
        import_workbook(mine, changed)
    text = refused.value.message("en")
    assert "Nothing was imported" in text and "«Хирургия»" in text and "Run the import again" in text
    assert "1 of the records" in text
    # all or nothing: the position, the new activity and the certificate are not there; their note is
    # (on SQLite it was made inside the refused transaction, so it is gone with it)
    position, activity, count = _state(mine)
    assert position == ("доцент", 1) and count == 1 and activity[0] == "№1"
    if not mine.database.is_sqlite:
        assert activity[1:] == ("их заметка", 2)
    # run again: it compares with the register as it is now, and keeps their note
    monkeypatch.setattr(importing, "_before_updates", None)
    again = import_workbook(mine, changed)
    assert again.applied and (again.counts.staff_updated, again.counts.activities_updated,
                              again.counts.activities_added) == (1, 1, 1)
    position, activity, count = _state(mine)
    assert position == ("профессор", 2) and count == 2 and activity[0] == "№1-bis"
    if not mine.database.is_sqlite:
        assert activity[1:] == ("их заметка", 3)


def test_an_employee_changed_meanwhile_is_named(two_desks, tmp_path, monkeypatch):
    mine, theirs = two_desks
    import_workbook(mine, _workbook(tmp_path / "first.xlsx"))

    def hook(session, row_class, updates):
        if row_class is EmployeeRow:  # their e-mail change moves the version on
            target = update(EmployeeRow).where(EmployeeRow.id == updates[0][0]).values(email="a@b.kz")
            if mine.database.is_sqlite:
                session.execute(target)
            else:
                with theirs.transaction() as other:
                    other.execute(target)

    monkeypatch.setattr(importing, "_before_updates", hook)
    with pytest.raises(ChangedDuringImport) as refused:
        import_workbook(mine, _workbook(tmp_path / "second.xlsx", position="профессор"))
    assert "«Абдуллаев Тимур Русланович»" in refused.value.message("en")
    assert _state(mine)[0][0] == "доцент"


def test_the_command_line_says_it_plainly(two_desks, tmp_path, monkeypatch, capsys):
    from skma_training.cli.main import run

    mine, theirs = two_desks
    import_workbook(mine, _workbook(tmp_path / "first.xlsx"))
    monkeypatch.setattr(importing, "_before_updates", _change_meanwhile(mine, theirs))
    code = run(["import", str(_workbook(tmp_path / "second.xlsx", certificate="№9")), "--db",
                str(tmp_path / "shared.sqlite3"), "--lang", "en"], today=lambda: TODAY)
    err = capsys.readouterr().err
    assert code == 1 and "Nothing was imported" in err and "«Хирургия»" in err and "Traceback" not in err
