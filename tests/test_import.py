"""Importing workbooks: real files from LibreOffice, bad rows, idempotence, hostile files."""

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, text

from skma_training.exchange.reading import parse_workbook
from skma_training.exchange.workbook import WorkbookError, read_sheets
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, AuditEvent, Department, EmployeeRow
from skma_training.services.context import Context
from skma_training.services.exporting import export_workbook
from skma_training.services.importing import import_workbook

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "register.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="tester")
    database.dispose()


def counts(ctx):
    with ctx.database.session() as s:
        return (s.scalar(select(func.count(EmployeeRow.id))), s.scalar(select(func.count(ActivityRow.id))),
                s.scalar(select(func.count(Department.id))))


@pytest.mark.parametrize("suffix", ["xls", "xlsx", "ods"])
def test_the_hr_roster_imports_from_every_format_libreoffice_saves(ctx, suffix):
    report = import_workbook(ctx, DATA / f"sample-roster-ru.{suffix}")
    assert report.applied and not report.errors
    assert counts(ctx) == (8, 20, 1)
    with ctx.database.session() as s:
        head = s.execute(select(EmployeeRow).where(EmployeeRow.iin == "650103302000")).scalar_one()
        assert head.full_name == "Абдуллаев Тимур Русланович"
        assert head.category == "faculty_university" and head.is_head and head.healthcare
        assert head.hired_on == date(2000, 9, 1)  # from "01.09.2000" text
        internship = s.execute(select(ActivityRow).where(ActivityRow.kind == "internship")
                               .order_by(ActivityRow.starts_on)).scalars().first()
        assert internship.scope == "national"  # "республиканский"
        course = s.execute(select(ActivityRow).where(ActivityRow.certificate_no == "№1000")).scalar_one()
        assert (course.kind, course.hours, course.starts_on) == ("course", 108, date(2022, 8, 19))


def test_importing_the_same_file_twice_changes_nothing_the_second_time(ctx):
    import_workbook(ctx, DATA / "sample-roster-ru.xls")
    with ctx.database.engine.connect() as conn:
        before = conn.execute(text("select * from activity order by id")).all()
        audits = conn.execute(select(func.count(AuditEvent.id))).scalar()
    second = import_workbook(ctx, DATA / "sample-roster-ru.xlsx")
    c = second.counts
    assert (c.staff_added, c.staff_updated, c.staff_unchanged) == (0, 0, 8)
    assert (c.activities_added, c.activities_updated, c.activities_unchanged) == (0, 0, 20)
    with ctx.database.engine.connect() as conn:
        assert conn.execute(text("select * from activity order by id")).all() == before
        assert conn.execute(select(func.count(AuditEvent.id))).scalar() == audits


def _roster(path: Path, staff_rows, activity_rows, title_row=True):
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Сотрудники"
    if title_row:
        ws.append(["Список сотрудников (для учёта ПК)"])
        ws.append([])
    ws.append(["ИИН", "ФИО", "Кафедра", "Должность", "Категория", "Руководитель / заместитель",
               "Медицинский работник", "Профиль", "Дата приёма", "Дата увольнения", "Эл. почта", "Стаж"])
    for row in staff_rows:
        ws.append(row)
    acts = workbook.create_sheet("Повышение квалификации")
    acts.append(["ИИН", "Вид", "Тема", "Организатор", "Страна", "Уровень", "Начало", "Окончание",
                 "Часы", "Кредиты", "По профилю", "Менеджмент", "№ сертификата", "Дата заявления",
                 "Дата отчёта"])
    for row in activity_rows:
        acts.append(row)
    workbook.save(path)
    return path


GOOD = ["650103302000", "Абдуллаев Тимур Русланович", "Кафедра общей хирургии", "доцент", "ППС",
        "нет", "да", "Хирургия", "01.09.2000", "", "a@skma.example"]


def test_a_workbook_with_bad_rows_changes_nothing_and_names_every_bad_cell(ctx, tmp_path):
    path = _roster(tmp_path / "bad.xlsx", [
        GOOD,
        ["650103302001", "Плохая Контрольная Цифра", "Кафедра", "ассистент", "ППС", "нет", "нет", "", "", "", ""],
        ["700204402018", "", "Кафедра", "ассистент", "ППС", "нет", "нет", "", "31.02.2020", "", ""],
        ["800406402037", "Ли Елена", "Кафедра", "ассистент", "уборщик", "может быть", "нет", "", "", "", ""],
    ], [
        ["650103302000", "курсы ПК", "Хирургия", "ЮКМА", "Казахстан", "", "10.03.2024", "05.03.2024",
         72, "", "да", "нет", "№1", "", ""],
        ["650103302000", "экскурсия", "Музей", "", "", "", "10.04.2024", "11.04.2024", "-5", "", "", "", "", "", ""],
        ["950709302068", "семинар", "Чужой", "", "", "", "10.04.2024", "11.04.2024", "abc", "", "", "", "", "", ""],
    ])
    report = import_workbook(ctx, path)
    assert not report.applied
    assert counts(ctx) == (0, 0, 0)
    found = {(p.sheet, p.row, p.column.split(":")[0], p.reason()) for p in report.errors}
    assert found == {
        ("Сотрудники", 5, "A", "the IIN's check digit is wrong"),
        ("Сотрудники", 6, "B", "a value is required"),
        ("Сотрудники", 6, "I", "not a date (expected dd.mm.yyyy or yyyy-mm-dd)"),
        ("Сотрудники", 7, "E", next(p.reason() for p in report.errors if p.value == "уборщик")),
        ("Сотрудники", 7, "F", "not yes or no"),
        ("Повышение квалификации", 2, "H", "the end date is before the start date"),
        ("Повышение квалификации", 3, "B", next(p.reason() for p in report.errors if p.value == "экскурсия")),
        ("Повышение квалификации", 3, "I", "must not be negative"),
        ("Повышение квалификации", 4, "I", "not a number"),
        ("Повышение квалификации", 4, "A",
         "no employee with this IIN in the file's staff sheet or in the register"),
    }
    unknown_category = next(p for p in report.errors if p.value == "уборщик")
    assert unknown_category.reason().startswith("not a known staff category; use one of: University faculty")
    assert {p.value for p in report.errors if p.column.startswith("I")} >= {"31.02.2020", "-5", "abc"}
    # the unrecognised column is reported, not silently dropped
    assert any(p.column == "L: Стаж" for p in report.warnings)


def test_errors_are_reported_in_the_users_language(ctx, tmp_path):
    from skma_training.i18n import set_language

    path = _roster(tmp_path / "bad.xlsx", [["650103302001", "X", "", "", "ППС"]], [])
    report = import_workbook(ctx, path)
    problem = report.errors[0]
    assert problem.reason("en") == "the IIN's check digit is wrong"
    assert problem.reason("ru") != problem.reason("en")
    assert problem.reason("kk") != problem.reason("en")
    set_language("ru")
    assert problem.reason() == problem.reason("ru")


def test_dry_run_validates_and_counts_but_writes_nothing(ctx):
    report = import_workbook(ctx, DATA / "sample-roster-ru.xls", dry_run=True)
    assert report.accepted and not report.applied
    assert (report.counts.staff_added, report.counts.activities_added) == (8, 20)
    assert counts(ctx) == (0, 0, 0)


def test_an_iin_that_lost_its_leading_zeros_is_restored_with_a_warning(ctx, tmp_path):
    path = _roster(tmp_path / "zeros.xlsx",
                   [[810602079, "Ким Ольга Сергеевна", "Кафедра", "ассистент", "ППС", "нет", "да"]], [])
    report = import_workbook(ctx, path)
    assert report.applied
    warning = next(p for p in report.warnings if p.column.startswith("A"))
    assert "000810602079" in warning.reason() and warning.row == 4
    with ctx.database.session() as s:
        assert s.scalar(select(EmployeeRow.iin)) == "000810602079"


def test_a_second_file_updates_what_it_gives_and_blank_cells_erase_nothing(ctx, tmp_path):
    import_workbook(ctx, DATA / "sample-roster-ru.xls")
    path = _roster(tmp_path / "update.xlsx",
                   [["650103302000", "Абдуллаев Тимур Русланович", "", "профессор", "", "", "", "", "", "", ""]],
                   [], title_row=False)
    report = import_workbook(ctx, path)
    assert (report.counts.staff_updated, report.counts.staff_unchanged) == (1, 0)
    with ctx.database.session() as s:
        row = s.execute(select(EmployeeRow).where(EmployeeRow.iin == "650103302000")).scalar_one()
        assert row.position == "профессор"
        assert row.email == "user0@skma.example" and row.hired_on == date(2000, 9, 1)


def test_a_new_employee_needs_a_category(ctx, tmp_path):
    path = _roster(tmp_path / "nocat.xlsx", [["650103302000", "Абдуллаев Тимур", "Кафедра"]], [])
    report = import_workbook(ctx, path)
    assert [(p.row, p.column.split(":")[0], p.reason()) for p in report.errors] == [
        (4, "E", "a category is required for a new employee")]


def test_the_user_can_map_a_column_the_import_did_not_recognise(tmp_path):
    workbook = Workbook()
    ws = workbook.active
    ws.append(["ИИН", "ФИО", "Подразделение (по штатному)", "Категория"])
    ws.append(["650103302000", "Абдуллаев Тимур", "Кафедра общей хирургии", "ППС"])
    path = tmp_path / "odd.xlsx"
    workbook.save(path)
    parsed = parse_workbook(path)
    assert "department" not in parsed.layouts[0].columns and parsed.layouts[0].ignored == [2]
    mapped = parse_workbook(path, overrides={ws.title: {2: "department"}})
    assert mapped.staff[0].values["department"] == "Кафедра общей хирургии"


def test_formula_like_text_is_exported_as_text_and_reads_back_exactly(ctx, tmp_path):
    titles = ["=HYPERLINK(\"http://x\")", "+7 tips", "-risk", "@SUM(A1)"]
    path = _roster(tmp_path / "f.xlsx", [GOOD], [
        ["650103302000", "семинар", title, "", "", "", f"1{n}.04.2024", f"1{n}.04.2024", 6, "", "", "", "", "", ""]
        for n, title in enumerate(titles)])
    # openpyxl would store the first as a formula: write it as text explicitly
    wb = load_workbook(path)
    wb["Повышение квалификации"]["C2"].data_type = "s"
    wb.save(path)
    assert import_workbook(ctx, path).applied
    out = tmp_path / "export.xlsx"
    export_workbook(ctx, out, TODAY, "en")
    sheet = load_workbook(out)["Activities"]
    cells = {sheet.cell(row=r, column=3).value: sheet.cell(row=r, column=3) for r in range(2, 6)}
    assert set(cells) == set(titles)
    assert all(c.data_type == "s" for c in cells.values())
    assert all(c.quotePrefix for c in cells.values())  # Excel keeps them text when edited
    reread = parse_workbook(out)
    assert sorted(r.values["title"] for r in reread.activities) == sorted(titles)
    second = import_workbook(ctx, out)
    assert second.counts.activities_unchanged == 4 and second.counts.activities_added == 0


def test_export_writes_dates_as_dates_and_a_compliance_sheet(ctx, tmp_path):
    import_workbook(ctx, DATA / "sample-roster-ru.xls")
    out = tmp_path / "export.xlsx"
    result = export_workbook(ctx, out, TODAY, "en")
    assert (result.staff, result.activities) == (8, 20)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Staff", "Activities", "Compliance"]
    hired = wb["Staff"]["I2"]
    assert hired.is_date and hired.number_format == "dd.mm.yyyy"
    assert hired.value.date() == date(2000, 9, 1)
    compliance = list(wb["Compliance"].iter_rows(min_row=2, values_only=True))
    # 8 university faculty with two checks each, and the one head's management check
    assert len(compliance) == 17
    assert sum(1 for row in compliance if row[4] == "Management PD once in 3 years") == 1


def test_a_file_that_is_not_a_workbook_gets_a_plain_message(tmp_path):
    path = tmp_path / "letter.xlsx"
    path.write_text("Dear HR, please find the list attached.")
    with pytest.raises(WorkbookError) as caught:
        read_sheets(path)
    message = caught.value.message("en")
    assert str(path) in message and "not an Excel or OpenDocument workbook" in message


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(WorkbookError, match="unpacks to far more data"):
        read_sheets(path)


def test_a_sheet_with_too_many_rows_is_refused(tmp_path):
    workbook = Workbook()
    for n in range(50):
        workbook.active.append([n])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    with pytest.raises(WorkbookError, match="more than 10 rows"):
        read_sheets(path, max_rows=10)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(WorkbookError, match="does not exist"):
        read_sheets(tmp_path / "nowhere.xlsx")


def test_xml_entity_expansion_is_not_performed(tmp_path):
    """A 'billion laughs' cell: the reader must neither expand it nor hang."""
    base = tmp_path / "base.xlsx"
    wb = Workbook()
    wb.active.append(["IIN", "Full name"])
    wb.active.append(["650103302000", "PLACEHOLDER"])
    wb.save(base)
    entities = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10)) + "]>"
    hostile = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = entities + text[text.index("<worksheet"):]
                data = text.replace("PLACEHOLDER", "&lol9;").encode()
            target.writestr(item, data)
    try:
        sheets = read_sheets(hostile)
    except WorkbookError:
        return  # refusing the file is as good as reading it literally
    cell = sheets[0].rows[1][1]
    assert len(str(cell)) < 1000


def test_a_second_import_says_nothing_changed_and_a_changed_row_is_updated_alone(ctx, tmp_path, capsys):
    from skma_training.cli.main import run

    db = str(tmp_path / "register.sqlite3")
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", db, "--lang", "en"]) == 0
    first = capsys.readouterr().out
    assert "Nothing changed" not in first
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", db, "--lang", "en"]) == 0
    assert "Nothing changed: the register already holds everything in the file." in capsys.readouterr().out

    wb = load_workbook(DATA / "sample-roster-ru.xlsx")
    sheet = next(ws for ws in wb.worksheets if ws.max_row > 15)
    row = next(r for r in sheet.iter_rows(min_row=2) if any(c.value == "№1000" for c in r))
    cell = next(c for c in row if c.value == "№1000")
    cell.value = "№1000-bis"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    report = import_workbook(ctx, changed)
    c = report.counts
    assert (c.activities_added, c.activities_updated, c.activities_unchanged) == (0, 1, 19)
    assert not report.changed_nothing
    with ctx.database.session() as s:
        assert s.execute(select(func.count(ActivityRow.id)).where(ActivityRow.certificate_no == "№1000-bis")
                         ).scalar() == 1


def test_the_certificate_copy_date_is_imported_and_closes_the_report_with_the_report(ctx, tmp_path):
    from openpyxl import Workbook

    from skma_training.domain.deadlines import DeadlineKind, DeadlineState
    from skma_training.services.queries import tracked_deadlines

    path = tmp_path / "copies.xlsx"
    wb = Workbook()
    staff = wb.active
    staff.title = "Staff"
    staff.append(["IIN", "Full name", "Category"])
    staff.append(["650103302000", "Әбенов Нұрлан", "admin"])
    activities = wb.create_sheet("Activities")
    activities.append(["IIN", "Kind", "Title", "Start", "End", "Hours", "Certificate No.",
                       "Report submitted", "Certificate copy handed in"])
    activities.append(["650103302000", "course", "Ultrasound", "02.11.2026", "10.11.2026", 24, "17",
                       "12.11.2026", "16.11.2026"])
    wb.save(path)
    report = import_workbook(ctx, path)
    assert report.applied, [p.reason() for p in report.errors]
    [activity] = ctx.snapshot().activities
    assert activity.paperwork.certificate_copy_on == date(2026, 11, 16)
    found = {d.kind: d for d in tracked_deadlines(ctx, date(2026, 11, 23), show_all=True) if d.activity_id}
    # due 15.11 (5 days after the end); both papers in by 16.11: done, a day late
    assert found[DeadlineKind.REPORT].done_on == date(2026, 11, 16)
    assert found[DeadlineKind.REPORT].state == DeadlineState.LATE


def test_one_import_adds_a_row_updates_a_row_and_leaves_the_rest(ctx, tmp_path):
    # the comparison looks every row up and compares it in one pass; the new and the changed ones
    # are then handled each: 20 activities, one with a new title (a new activity), one with a
    # new certificate number (an update), 18 as they were
    import_workbook(ctx, DATA / "sample-roster-ru.xlsx")
    wb = load_workbook(DATA / "sample-roster-ru.xlsx")
    sheet = next(ws for ws in wb.worksheets if ws.max_row > 15)
    row = next(r for r in sheet.iter_rows(min_row=2) if any(c.value == "№1000" for c in r))
    next(c for c in row if c.value == "№1000").value = "№1000-bis"
    headers = [c.value for c in sheet[1]]
    title_column = headers.index("Тема")
    other = next(r for r in sheet.iter_rows(min_row=2) if r[0].row != row[0].row and r[title_column].value)
    old_title = other[title_column].value
    other[title_column].value = f"{old_title} (second part)"
    changed = tmp_path / "mixed.xlsx"
    wb.save(changed)
    report = import_workbook(ctx, changed)
    c = report.counts
    assert (c.activities_added, c.activities_updated, c.activities_unchanged) == (1, 1, 18)
    with ctx.database.session() as s:
        titles = set(s.execute(select(ActivityRow.title)).scalars())
        assert {old_title, f"{old_title} (second part)"} <= titles
        assert s.execute(select(func.count(ActivityRow.id))).scalar() == 21
