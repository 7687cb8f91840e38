"""Any value the register can hold prints, in every document: titles of 249 line breaks, names
and departments at their length limits, words longer than a column (issue 12, §3)."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skma_training.persistence.schema import ActivityRow, Department
from skma_training.services.importing import import_workbook
from skma_training.services.printing import PrintRequest, print_document
from test_values_checked import TODAY, course, ctx, person, workbook  # noqa: F401

LINES = "т\n" * 249 + "ab"  # 500 characters: a title may hold line breaks
LONG_NAME = " ".join(["Қасымжомарттегінұлы"] * 15)[:300]
ONE_WORD = "Ж" * 300  # a department of one 300-letter word


@pytest.fixture
def extreme(ctx, tmp_path):
    staff = [person(name=LONG_NAME, department=ONE_WORD, Position="д" * 200),
             person(iin="700204402018", name="Ли Елена", department=ONE_WORD)]
    activities = [
        course(title=LINES, **{"Provider or host": "п\n" * 149 + "x", "Certificate No.": "№" * 100}),
        course(title="x" * 500, **{"IIN": "700204402018", "Start": "10.03.2026", "End": "20.03.2026"}),
        course(title=LINES, **{"Kind": "стажировка", "Start": "01.10.2026", "End": "20.10.2026",
                               "Host supervisor": "с\n" * 149 + "x", "Meeting protocol No.": "7",
                               "Meeting date": "04.11.2026", "Implementation plan": "05.11.2026"}),
    ]
    report = import_workbook(ctx, workbook(tmp_path / "extreme.xlsx", staff, activities))
    assert report.applied, report
    return ctx


def _ids(ctx):
    with ctx.database.session() as session:
        activities = session.execute(select(ActivityRow.id, ActivityRow.kind)
                                     .order_by(ActivityRow.id)).all()
        department = session.execute(select(Department.name)).scalar()
    return activities, department


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_document_prints_the_longest_values(extreme, tmp_path, lang):
    activities, department = _ids(extreme)
    internship = next(i for i, kind in activities if kind == "internship")
    requests = [
        PrintRequest("application", lang, as_of=TODAY, activity_ids=[i for i, _ in activities]),
        PrintRequest("listener-report", lang, as_of=TODAY, activity_id=activities[0][0]),
        PrintRequest("internship-report", lang, as_of=TODAY, activity_id=internship),
        PrintRequest("implementation-plan", lang, as_of=TODAY, activity_id=internship),
        PrintRequest("cpd-form", lang, as_of=TODAY, iin="650103302000"),
        PrintRequest("hr-list", lang, as_of=TODAY),
        PrintRequest("department-summary", lang, as_of=TODAY, department=department, year=2026),
        PrintRequest("management-report", lang, as_of=TODAY),
        PrintRequest("plan", lang, as_of=TODAY, year=2027),
    ]
    for request in requests:
        out = tmp_path / f"{request.document}-{lang}.pdf"
        print_document(extreme, request, out)
        text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
        assert text.strip(), request.document
        if request.document in ("listener-report", "internship-report"):
            assert "ab" in text  # the last line of the long title printed too


def test_a_cell_taller_than_a_page_carries_on_to_the_next_page(extreme, tmp_path):
    activities, _ = _ids(extreme)
    out = tmp_path / "report.pdf"
    print_document(extreme, PrintRequest("listener-report", "ru", as_of=TODAY,
                                         activity_id=activities[0][0]), out)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert len(pages) >= 3
    # every line of the title printed once, in order, across the pages
    lines = [line.strip() for page in pages for line in page.splitlines()]
    assert lines.count("т") == 249 and "ab" in lines
    assert sum("т" in [line.strip() for line in page.splitlines()] for page in pages) >= 3
