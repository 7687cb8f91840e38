"""Every value an import accepts is checked, and every value the register holds can be written out.

Workbooks are built as raw SpreadsheetML, so a cell can hold what Excel's
own escapes (_x001B_) let a file carry: control characters, overrides, 5 MB
names, 1e308.
"""

import json
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook
from sqlalchemy import String, select, update

from skma_training.cli.main import run
from skma_training.domain.iin import birth_date, iin_problem, is_valid_iin
from skma_training.domain.model import Activity, Employee
from skma_training.domain.validation import (
    TEXT_LIMITS,
    activity_problems,
    employee_problems,
    number_problem,
    text_problem,
)
from skma_training.exchange.reading import parse_workbook
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, Department, EmployeeRow, Faculty
from skma_training.services.context import Context
from skma_training.services.exporting import export_workbook
from skma_training.services.importing import import_workbook

TODAY = date(2026, 11, 23)
STAFF_HEADERS = ["IIN", "Full name", "Department", "Position", "Category", "Head or deputy",
                 "Healthcare worker", "Discipline profile", "Hired on", "Left on", "Email"]
ACTIVITY_HEADERS = ["IIN", "Kind", "Title", "Provider or host", "Country", "Scope", "Start", "End", "Hours",
                    "Credits", "In profile", "Management", "Certificate No.", "Application submitted",
                    "Report submitted", "Certificate date", "Order No.", "Order date", "Cost", "Funding source",
                    "Training contract No.", "Host supervisor", "Supervisor review", "Meeting protocol No.",
                    "Meeting date", "Implementation plan", "Days", "With a talk", "Journal quartile",
                    "Author position", "Test items", "Clinical cases"]


def _letters(index: int) -> str:
    name, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def _xml_text(value: str) -> str:
    """Escaped as OOXML does: characters XML cannot hold become _xHHHH_."""
    out = []
    for char in value:
        code = ord(char)
        if code < 0x20 and char not in "\t\n" or 0x7f <= code <= 0x9f or char in "\ufffe\uffff" or char == "_":
            out.append(f"_x{code:04X}_")
        else:
            out.append(escape(char))
    return "".join(out)


def _sheet(rows) -> str:
    body = []
    for number, row in enumerate(rows, start=1):
        cells = []
        for index, value in enumerate(row):
            ref = f"{_letters(index)}{number}"
            if value is None:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(str(value))}'
                             "</t></is></c>")
        body.append(f'<row r="{number}">{"".join(cells)}</row>')
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{''.join(body)}</sheetData></worksheet>")


def workbook(path: Path, staff, activities=()) -> Path:
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships {ns}><Relationship Id="rId1" '
                                        f'Type="{kind}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{kind}"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/>'
            '<sheet name="Activities" sheetId="2" r:id="rId2"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0"?><Relationships {ns}>'
            f'<Relationship Id="rId1" Type="{kind}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{kind}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", _sheet([STAFF_HEADERS, *staff]))
        archive.writestr("xl/worksheets/sheet2.xml", _sheet([ACTIVITY_HEADERS, *activities]))
    return path


def person(iin="650103302000", name="Абдуллаев Тимур", department="Кафедра хирургии", **changes):
    row = [iin, name, department, "доцент", "ППС", "нет", "да", "Хирургия", "01.09.2000", None, "a@skma.kz"]
    for key, value in changes.items():
        row[STAFF_HEADERS.index(key)] = value
    return row


def course(title="Хирургия", **changes):
    row = ["650103302000", "курсы ПК", title, "ЮКМА", "Казахстан", None, "10.03.2024", "20.03.2024", 72, None,
           "да", "нет", "№1", None, None] + [None] * 17
    for key, value in changes.items():
        row[ACTIVITY_HEADERS.index(key)] = value
    return row


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "register.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="tester")
    database.dispose()


def problems(path: Path) -> set[tuple]:
    parsed = parse_workbook(path)
    return {(p.sheet, p.row, p.column.split(":")[0], p.reason("en")) for p in parsed.errors}


def test_control_characters_and_overrides_are_refused_with_the_cell_named(tmp_path):
    path = workbook(tmp_path / "controls.xlsx", [
        person(name="\x00"),
        person(iin="700204402018", name="Ли\x1b[31m Елена"),
        person(iin="800406402037", name="\u202eанелЕ иЛ"),
        person(iin="950709302068", name="Ким\tАнна"),
    ], [course(title="Хир\x85ургия"), course(title="Хирургия:\tмодуль 1\nмодуль 2", **{"Start": "11.03.2024"})])
    assert problems(path) == {
        ("Staff", 2, "B", "contains a control character (U+0000), which is not allowed here"),
        ("Staff", 3, "B", "contains a control character (U+001B), which is not allowed here"),
        ("Staff", 4, "B", "contains a text-direction override (U+202E), which is not allowed"),
        ("Staff", 5, "B", "contains a control character (U+0009), which is not allowed here"),
        ("Activities", 2, "C", "contains a control character (U+0085), which is not allowed here"),
    }


def test_a_value_empty_after_trimming_is_blank_so_required_applies(tmp_path):
    path = workbook(tmp_path / "blank.xlsx", [person(name="   "), person(iin="700204402018", name="\u200b\u00a0")])
    assert problems(path) == {("Staff", 2, "B", "a value is required"), ("Staff", 3, "B", "a value is required")}


def test_lengths_are_the_schemas_and_are_enforced_with_the_cell_named(tmp_path):
    path = workbook(tmp_path / "long.xlsx", [person(name="Я" * 300), person(iin="700204402018", name="Я" * 301),
                                             person(iin="800406402037", name="x" * 5_000_000)],
                    [course(title="т" * 501), course(title="т" * 500, **{"Start": "11.03.2024"})])
    assert problems(path) == {
        ("Staff", 3, "B", "longer than 300 characters (301)"),
        ("Staff", 4, "B", "longer than 300 characters (5000000)"),
        ("Activities", 2, "C", "longer than 500 characters (501)"),
    }


def test_every_text_limit_is_the_database_column_length():
    columns = {**EmployeeRow.__table__.columns, **ActivityRow.__table__.columns}
    columns["department"] = Department.__table__.columns["name"]
    columns["faculty"] = Faculty.__table__.columns["name"]
    for field, limit in TEXT_LIMITS.items():
        kind = columns[field].type
        if isinstance(kind, String) and kind.length:
            assert kind.length == limit, field
        else:
            assert field == "notes"


def test_numbers_outside_their_plausible_range_are_refused_per_cell(tmp_path):
    path = workbook(tmp_path / "numbers.xlsx", [person()], [
        course(Days=1e20),
        course(Credits=1e308, **{"Start": "11.03.2024"}),
        course(Hours=3001, **{"Start": "12.03.2024"}),
        course(Cost=2e9, **{"Start": "13.03.2024"}),
        course(**{"Test items": 10_001, "Clinical cases": 20_000, "Author position": 0, "Start": "14.03.2024"}),
        course(Hours=3000, Credits=100, Days=366, Cost=1e9, **{"Start": "15.03.2024"}),
    ])
    assert problems(path) == {
        ("Activities", 2, "AA", "1e+20 is not plausible here: from 0 to 366"),
        ("Activities", 3, "J", "1e+308 is not plausible here: from 0 to 100"),
        ("Activities", 4, "I", "3001 is not plausible here: from 0 to 3000"),
        ("Activities", 5, "S", "2e+09 is not plausible here: from 0 to 1e+09"),
        ("Activities", 6, "AE", "10001 is not plausible here: from 0 to 10000"),
        ("Activities", 6, "AF", "20000 is not plausible here: from 0 to 10000"),
        ("Activities", 6, "AD", "0 is not plausible here: from 1 to 100"),
    }


def test_iin_birth_date_century_and_zeros():
    assert birth_date("650103302000") == date(1965, 1, 3)
    assert birth_date("000810602079") == date(2000, 8, 10)
    assert iin_problem("000000000000") == "zeros"
    assert iin_problem("650103702000") == "century"  # 7th digit 7
    assert iin_problem("650103002000") == "century"  # 7th digit 0
    assert iin_problem("651303302000") == "birth_date"  # month 13
    assert iin_problem("650230302000") == "birth_date"  # 30 February
    assert iin_problem("650103302001") == "check"
    assert is_valid_iin("650103302000")


def test_iin_problems_are_named_at_import(tmp_path):
    path = workbook(tmp_path / "iins.xlsx", [person(iin="000000000000"), person(iin="651303302000"),
                                             person(iin="650103702000")])
    assert problems(path) == {
        ("Staff", 2, "A", "twelve zeros are not an IIN"),
        ("Staff", 3, "A", "the first six digits of an IIN are the date of birth (YYMMDD); 651303 is not a date"),
        ("Staff", 4, "A", "the 7th digit of an IIN is 1 to 6 (century and sex)"),
    }


def test_text_dates_with_junk_are_refused_and_an_implausible_year_says_so(tmp_path):
    path = workbook(tmp_path / "dates.xlsx", [
        person(**{"Hired on": "2025-03-01T25:00"}),
        person(iin="700204402018", **{"Hired on": "01.01.1900"}),
        person(iin="800406402037", **{"Hired on": "1900-01-01"}),
        person(iin="950709302068", **{"Hired on": "2001-09-01 junk"}),
    ])
    assert problems(path) == {
        ("Staff", 2, "I", "not a date (expected dd.mm.yyyy or yyyy-mm-dd)"),
        ("Staff", 3, "I", "the year 1900 is not plausible"),
        ("Staff", 4, "I", "the year 1900 is not plausible"),
        ("Staff", 5, "I", "not a date (expected dd.mm.yyyy or yyyy-mm-dd)"),
    }


def test_a_tab_before_an_equals_sign_keeps_the_text_a_text(ctx, tmp_path):
    path = workbook(tmp_path / "formula.xlsx", [person(name="  =Абдуллаев")],
                    [course(title="\t=HYPERLINK(\"x\")"), course(title="\r\n+7 модулей", **{"Start": "11.03.2024"})])
    parsed = parse_workbook(path)
    assert parsed.staff[0].values["full_name"] == "=Абдуллаев"
    titles = [r.values.get("title") for r in parsed.activities]
    assert titles[0] == '\t=HYPERLINK("x")'
    # a carriage return is a control character even in free text
    assert {(p.row, p.reason("en")) for p in parsed.errors} == {
        (3, "contains a control character (U+000D), which is not allowed here")}


def test_dialog_checks_use_the_same_limits_and_ranges():
    person_ = Employee(None, "650103302000", "Я" * 301, category="admin")
    assert ("full_name", "Too long") in employee_problems(person_)
    work = Activity(None, 1, "course", "Курс\x1b", date(2024, 3, 1), date(2024, 3, 2), hours=72, days=10**20)
    found = dict(activity_problems(work))
    assert found["title"] == "Control characters and direction overrides are not allowed"
    assert found["days"] == "Not plausible"
    assert text_problem("title", "a\tb") is None and text_problem("full_name", "a\tb") is not None
    assert number_problem("credits", float("inf")) is not None and number_problem("credits", 100) is None


NASTY_NAME = ("Ә" + "ғқңөұүһі" + "Ёё" + "中文" + "😀" + "e\u0301" + "שלום" + "\u200e" + "\u00a0" + "'\"<>&;" + "%s{0}"
              + "\\")
NASTY_NAME = (NASTY_NAME * 20)[:299] + "Я"


def _nasty_workbook(path: Path) -> Path:
    staff = [person(name=NASTY_NAME, department="=Д" + "е" * 298, **{"Position": "@" + "p" * 199,
                                                                    "Discipline profile": "-" + "п\t" * 149 + "х",
                                                                    "Email": "+" + "e" * 199}),
             person(iin="000810602079", name="-1", department="Кафедра хирургии",
                    **{"Category": "ППС", "Hired on": "01.01.1940"})]
    activities = [
        course(title="т\n" * 4 + "т" * 492, Hours=3000, Credits=100, Days=366, Cost=1e9,
               **{"Provider or host": NASTY_NAME, "Country": "К" * 100, "Certificate No.": "№" * 100,
                  "Order No.": "=" * 100, "Training contract No.": "@" * 100, "Host supervisor": "\t=x" + "s" * 297,
                  "Meeting protocol No.": "-" * 50, "Test items": 10_000, "Clinical cases": 10_000,
                  "Author position": 100, "Journal quartile": 4, "Certificate date": "20.03.2024",
                  "Start": "01.01.1940", "End": "31.12.2100"}),
        course(title="стажировка " + "ї" * 480, Hours=0.000001, Credits=0,
               **{"Kind": "стажировка", "Start": "01.09.2024", "End": "30.09.2024"}),
    ]
    return workbook(path, staff, activities)


def test_the_nastiest_accepted_values_import_export_and_print(ctx, tmp_path):
    path = _nasty_workbook(tmp_path / "nasty.xlsx")
    report = import_workbook(ctx, path)
    assert report.applied, [(p.row, p.column, p.reason("en")) for p in report.errors]
    with ctx.database.session() as session:
        stored = session.execute(select(EmployeeRow.full_name).where(EmployeeRow.iin == "650103302000")).scalar()
    assert stored == NASTY_NAME and len(stored) == 300

    out = export_workbook(ctx, tmp_path / "export.xlsx", TODAY, "ru").path
    read = load_workbook(out)
    names = [row[1] for row in read.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert NASTY_NAME in names and "-1" in names
    again = import_workbook(ctx, out, dry_run=True)
    assert again.accepted, [(p.row, p.column, p.reason("en")) for p in again.errors]
    assert (again.counts.staff_updated, again.counts.activities_updated) == (0, 0)

    from skma_training.services.printing import DOCUMENT_IDS, PrintRequest, print_document

    with ctx.database.session() as session:
        ids = list(session.execute(select(ActivityRow.id).order_by(ActivityRow.id)).scalars())
    failures = []
    for lang in ("kk", "ru"):
        for document in DOCUMENT_IDS:
            request = PrintRequest(document, lang, year=2024, as_of=TODAY, iin="650103302000",
                                   department="=Д" + "е" * 298,
                                   activity_id=ids[1] if document == "internship-report" else ids[0])
            try:
                print_document(ctx, request, tmp_path / f"{document}-{lang}.pdf")
            except Exception as error:  # noqa: BLE001 - collected to name each failing document
                failures.append((document, lang, f"{type(error).__name__}: {error}"[:300]))
    assert not failures, failures


def test_the_table_output_escapes_whatever_is_stored(ctx, tmp_path, capsys):
    import_workbook(ctx, workbook(tmp_path / "ok.xlsx", [person()], [course()]))
    with ctx.database.session() as session, session.begin():
        session.execute(update(EmployeeRow).values(full_name="Ли\x1b[2J\u202eЕлена\x07"))
    code = run(["check", "--db", str(tmp_path / "register.sqlite3"), "--as-of", "2026-11-23", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "Ли\\x1b[2J\\u202eЕлена\\x07" in out


def test_json_is_compact_pretty_on_request_and_never_holds_infinity(ctx, tmp_path, capsys):
    import_workbook(ctx, workbook(tmp_path / "ok.xlsx", [person()], [course()]))
    db = str(tmp_path / "register.sqlite3")
    assert run(["check", "--json", "--db", db, "--as-of", "2026-11-23"]) == 0
    compact = capsys.readouterr().out
    assert compact.count("\n") == 1 and '"iin":"650103302000"' in compact
    assert run(["check", "--json", "--pretty", "--db", db, "--as-of", "2026-11-23"]) == 0
    pretty = capsys.readouterr().out
    assert json.loads(pretty) == json.loads(compact) and '\n  "staff": [' in pretty
    with ctx.database.session() as session, session.begin():
        session.execute(update(ActivityRow).values(hours=float("inf")))
    assert run(["check", "--json", "--db", db, "--as-of", "2026-11-23", "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "Infinity" not in captured.out and "a number JSON cannot express" in captured.err


def test_a_title_of_many_lines_prints_in_the_listener_report(ctx, tmp_path):
    from skma_training.services.printing import PrintRequest, print_document

    title = "т\n" * 249 + "ab"  # 500 characters, accepted: line breaks are allowed in a title
    report = import_workbook(ctx, workbook(tmp_path / "lines.xlsx", [person()], [course(title=title)]))
    assert report.applied
    with ctx.database.session() as session:
        activity_id = session.execute(select(ActivityRow.id)).scalar()
    out = print_document(ctx, PrintRequest("listener-report", "ru", as_of=TODAY, activity_id=activity_id),
                         tmp_path / "report.pdf")
    from pypdf import PdfReader

    lines = [line.strip() for page in PdfReader(str(out)).pages for line in page.extract_text().splitlines()]
    assert lines.count("т") == 249 and "ab" in lines  # every line of the title printed, once
